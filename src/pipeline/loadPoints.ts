import { importPoints, pointsReport } from '../io/csv';
import type { Scene } from '../io/scene/schema';
import type { ReadFile } from '../io/scene/tableSource';
import { readSceneTable } from './readTables';
import { samplesFromPoints } from './samplesFromPoints';
import { numericAsCategory, pointCodes } from './domains/codeColumn';
import type { OnStage, SceneData } from './sceneData';

/** Imports point samples (CSV or GSLIB/GEO-EAS): no desurvey, no compositing (a composite section gets an info finding). */
export async function loadPoints(scene: Scene, readFile: ReadFile, onStage?: OnStage): Promise<Omit<SceneData, 'caps'>> {
  const src = scene.data.samples!;
  onStage?.('read');
  const t = await readSceneTable(src, 'data.samples', readFile);
  onStage?.('validate');
  const r = importPoints(t.text, t.name, { ...scene.import, columns: src.columns, format: src.format });
  if (scene.composite) {
    const caps = scene.composite.caps && Object.keys(scene.composite.caps).length > 0;
    r.findings.push({ severity: 'info', code: 'composite-skipped', file: t.name, excluded: false, params: {}, ...(caps ? { variant: 'caps' } : {}),
      message: `point samples are not composited: the composite section is ignored${caps ? ' except its top-cuts (caps), which apply to the samples' : ''}` });
  }
  const report = pointsReport(r);
  // The domain column (domains.column) holds codes, not a grade, even when they are numbers.
  const col = scene.domains?.column;
  const table = col === undefined ? r.table : numericAsCategory(r.table, col);
  const samples = samplesFromPoints(table);
  if (col !== undefined) samples.domain = pointCodes(table, col, t.name);
  return {
    kind: 'points', report, findings: report.findings, holes: null, samples,
    elements: Object.keys(samples.values), is2D: r.table.is2D,
  };
}
