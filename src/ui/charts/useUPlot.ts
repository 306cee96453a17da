import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './chartLegend.css';

/** Axis style shared by the workbench charts (dark panel). */
export const AXIS: uPlot.Axis = {
  stroke: '#93a0b0', grid: { stroke: '#2b3440', width: 1 }, ticks: { stroke: '#2b3440', width: 1 }, labelSize: 18,
};

/**
 * A uPlot chart in `host`, rebuilt when `deps` change (options from `make(width)`, or no chart when it
 * returns null), resized with its container and destroyed on unmount. Returns the host ref and the plot ref.
 */
export function useUPlot(make: (width: number) => { opts: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData } | null, deps: unknown[]) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const spec = make(el.clientWidth || 340);
    if (!spec) return;
    const u = new uPlot({ ...spec.opts, width: el.clientWidth || 340 } as uPlot.Options, spec.data, el);
    plot.current = u;
    const ro = new ResizeObserver(() => { if (el.clientWidth > 0) u.setSize({ width: el.clientWidth, height: spec.opts.height }); });
    ro.observe(el);
    return () => { ro.disconnect(); u.destroy(); plot.current = null; };
  }, deps);
  return { host, plot };
}

/** Numbers for a chart: NaN and ±Infinity become null (a gap). */
export function gaps(a: ArrayLike<number>): (number | null)[] {
  return Array.from(a, (v) => (Number.isFinite(v) ? v : null));
}
