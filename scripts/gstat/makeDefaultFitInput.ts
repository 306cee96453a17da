/**
 * Writes the automatic variogram's fit input for R gstat: for each dataset, the omnidirectional
 * lags the isotropic fit used (pairs, mean distance, γ) and its starting model, plus Lode's fit.
 * Usage: npx tsx scripts/gstat/makeDefaultFitInput.ts OUT_DIR (run by make-default-fit.sh).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sceneReader, loadScene } from '../../src/cli/context';
import { loadSceneData } from '../../src/pipeline';
import { defaultFitCase, DEFAULT_FIT_CASES } from '../../tests/defaultFitCases';

const out = process.argv[2];
if (!out) throw new Error('usage: makeDefaultFitInput.ts OUT_DIR');
for (const c of DEFAULT_FIT_CASES) {
  if (!existsSync(c.scene)) { console.error(`${c.name}: ${c.scene} not found, skipped`); continue; }
  const scene = await loadScene(c.scene);
  const data = await loadSceneData(scene, sceneReader(c.scene));
  const r = defaultFitCase(data.samples, c.element);
  writeFileSync(join(out, `defaultFit_${c.name}.json`), JSON.stringify(r, null, 1) + '\n');
  console.error(`${c.name}: ${r.points.dist.length} lags, start ${JSON.stringify(r.start)}`);
}
