import { blockVolumeM3, gradeUnitOf, resourceReport, type ResourceReport, type SceneData } from '../pipeline';
import type { EstimatePlan } from '../pipeline';
import type { Scene } from '../io/scene/schema';
import type { BlockEstimates } from '../engine/types';
import { fmt, int, table } from './text';

/** The resource report of a CLI run: the same pipeline function the app's Resources tab calls. */
export function cliResourceReport(scene: Scene, d: SceneData, plan: EstimatePlan, results: Record<string, BlockEstimates>): ResourceReport {
  return resourceReport({
    resources: scene.resources, estimates: results, elements: plan.elements.map((p) => p.element),
    unitOf: (e) => gradeUnitOf(scene.gradeUnits, e, d.report), grid: plan.grid,
    blockVolume: blockVolumeM3(plan.grid, scene.units), density: scene.resources?.density ?? 2.7,
  });
}

/** Text lines of the resource report: breakeven cutoffs with their formula, the tables by region, class and cutoff, the price curve. */
export function resourceLines(r: ResourceReport): string[] {
  const L: string[] = ['== Resources'];
  const els = Object.keys(r.units);
  for (const e of Object.keys(r.breakeven)) {
    L.push(`${e}: breakeven cutoff ${fmt(r.breakeven[e])} ${r.units[e]}, marginal cutoff ${fmt(r.marginal[e])} ${r.units[e]}`);
  }
  if (Object.keys(r.breakeven).length) {
    L.push('  breakeven = (mining + processing + admin) / (price per grade unit × recovery × (1 − royalty)); marginal = (processing + admin) / (…) — DZ/T 0339-2020 breakeven method');
  }
  if (r.equivalent) {
    L.push(`${r.equivalent.name} = ${Object.entries(r.equivalent.factors).map(([e, f]) => (e === r.equivalent!.base ? e : `${fmt(f)} × ${e}`)).join(' + ')}`);
  }
  L.push(`Cutoffs on ${r.cutElement} (${r.cutUnit}); ${fmt(r.tonnesPerBlock)} t per block; ${r.regionRule === 'proportion' ? 'a block counts in a region by the share of its volume inside' : 'a block is in a region when its centroid is inside'}.`
    + (r.classified ? ' Classes (GB/T 17766-2020) are listed separately and never added together.' : ''));
  for (const reg of r.regions) {
    L.push('', `${reg.name} (${int(reg.blocks)} blocks)`);
    for (const l of table(['class', 'cutoff', 'blocks', 'tonnes', ...els.map((e) => `${e} (${r.units[e]})`), ...els.map((e) => `${e} metal (${r.metalUnits[e]})`), `value (${r.currency || '—'})`],
      reg.rows.map((row) => [row.class, fmt(row.cutoff), int(row.blocks), int(row.tonnes), ...els.map((e) => fmt(row.grade[e])), ...els.map((e) => fmt(row.metal[e])), fmt(row.value)]))) L.push(`  ${l}`);
  }
  if (r.priceCurve.length) {
    L.push('', `Cutoff–price curve (${r.base} price, ${r.currency})`);
    for (const l of table(['price', 'cutoff', 'class', 'tonnes', `${r.base} (${r.units[r.base]})`, `${r.base} metal (${r.metalUnits[r.base]})`, 'value'],
      r.priceCurve.flatMap((p) => p.rows.map((row) => [fmt(p.price), fmt(p.cutoff), row.class, int(row.tonnes), fmt(row.grade[r.base]), fmt(row.metal[r.base]), fmt(row.value)])))) L.push(`  ${l}`);
  }
  return L;
}
