/** Size and time of the block-model writers on 10⁶ blocks × 7 fields (1 in 11 NaN): node --import tsx scripts/benchExport.ts */
import { BLOCK_FORMATS } from '../src/engine/export';
const grid = { origin: [0, 0, 0] as [number, number, number], size: [5, 5, 2.5] as [number, number, number], count: [100, 100, 100] as [number, number, number] };
const n = 1e6;
const f = (s: number) => Float64Array.from({ length: n }, (_, b) => (b % 11 === 0 ? NaN : Math.sin(b * s) * 3 + 3));
const fields = [{ name: 'AU', values: f(1) }, { name: 'AU_VAR', values: f(2) }, { name: 'AU_NS', values: Int32Array.from({ length: n }, (_, b) => b % 24) }, { name: 'AU_SLOPE', values: f(3) }, { name: 'AU_PASS', values: Uint8Array.from({ length: n }, (_, b) => b % 3) }, { name: 'AU_NH', values: Int32Array.from({ length: n }, (_, b) => b % 7) }, { name: 'AU_DIST', values: f(4) }];
for (const ext of ['csv', 'dat', 'vti'] as const) {
  const t0 = performance.now(); let bytes = 0, maxPiece = 0;
  for (const p of BLOCK_FORMATS[ext](grid, fields)) { bytes += p.length; maxPiece = Math.max(maxPiece, p.length); }
  console.log(`${ext}: ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(2)} s, largest piece ${(maxPiece / 1e3).toFixed(0)} kB`);
}
