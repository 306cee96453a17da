/**
 * `lode estimate` of a 10,000,000-block model as a whole process (bench/cliScenes.ts
 * largeModelScene): elapsed time and peak RSS, worker threads included. The command streams its
 * output window by window, so memory must stay bounded (target < 1.5 GB).
 */
import { availableParallelism, loadavg } from 'node:os';
import { krigingBenchCase } from './kriging';
import { largeModelScene } from './cliScenes';
import { runLode } from './cliRun';

const TARGET_PEAK = 1.5 * 2 ** 30;

/** Runs the large-model part; false when the peak RSS misses its target. */
export async function largeModelBench(): Promise<boolean> {
  const scene = largeModelScene(krigingBenchCase());
  console.log(`large: 10,000,000 blocks (500 × 400 × 50), 20,000 samples in one corner, 2 worker threads, CSV to /dev/null; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
  const r = await runLode(['estimate', scene, '--threads', '2', '--quiet', '--out', '/dev/null']);
  const counts = /V: ([\d,]+) of ([\d,]+) blocks estimated/.exec(r.stderr);
  const ok = r.peakBytes < TARGET_PEAK;
  console.log(`  ${counts ? `${counts[1]} of ${counts[2]} blocks kriged (the rest beyond every sample), all rows written` : r.stderr.trim()}; ${r.seconds.toFixed(1)} s`);
  console.log(`  memory : peak RSS ${Math.round(r.peakBytes / 2 ** 20)} MB (target < 1,536 MB) ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}
