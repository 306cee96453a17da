import type { ResourceReport } from './resourceReport';

/** A CSV cell: numbers as given (NaN empty), text quoted when it needs to be. */
function cell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The report's tables as CSV: one row per region, class and cutoff; metal in oz or t as named in the header. */
export function reportCsv(r: ResourceReport): string {
  const els = Object.keys(r.units);
  const head = ['region', 'class', `cutoff_${r.cutElement}`, 'blocks', 'tonnes',
    ...els.map((e) => `${e}_${r.units[e]}`), ...els.map((e) => `${e}_metal_${r.metalUnits[e]}`), `value_${r.currency || 'currency'}`];
  const lines = [head.map(cell).join(',')];
  for (const reg of r.regions) {
    for (const row of reg.rows) {
      lines.push([reg.name, row.class, row.cutoff, row.blocks, row.tonnes, ...els.map((e) => row.grade[e]), ...els.map((e) => row.metal[e]), row.value].map(cell).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/** The report as plain JSON (NaN → null), with the fields `lode report --json` promises. */
export function reportJson(r: ResourceReport): unknown {
  return JSON.parse(JSON.stringify(r, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}
