import { formatFinding } from '../../io/csv';
import type { SceneData } from '../../pipeline';
import type { CliContext } from '../context';
import { int, table } from '../text';

/** Summary lines of a validation report: tables, elements, findings by code. */
export function reportSummary(d: SceneData): string[] {
  const r = d.report;
  const lines = ['Tables', ...table(['kind', 'file', 'rows', 'excluded', 'columns'], r.tables.map((t) => [
    t.kind, t.file, int(t.rows), int(t.excluded), Object.entries(t.columns).map(([k, v]) => `${k}=${v}`).join(' '),
  ]), new Set([2, 3])).map((l) => `  ${l}`)];
  if (r.elements.length) {
    lines.push('', 'Elements', ...table(['element', 'column', 'values', 'missing', 'below detection'], r.elements.map((e) => [
      e.name, e.column, int(e.values), int(e.missing), int(e.belowDetection),
    ])).map((l) => `  ${l}`));
  }
  const byCode = new Map<string, { severity: string; n: number; excluded: number }>();
  for (const f of r.findings) {
    const k = byCode.get(f.code) ?? { severity: f.severity, n: 0, excluded: 0 };
    k.n++; if (f.excluded) k.excluded++;
    byCode.set(f.code, k);
  }
  const excluded = r.findings.filter((f) => f.excluded).length;
  lines.push('', `Findings: ${int(r.findings.length)} (${int(excluded)} rows excluded)`);
  if (byCode.size) {
    lines.push(...table(['severity', 'code', 'count', 'excluded'], [...byCode].map(([code, k]) => [k.severity, code, int(k.n), int(k.excluded)]), new Set([2, 3])).map((l) => `  ${l}`));
  }
  return lines;
}

/** `lode validate`: the validation report, every finding listed; exit 0 even with findings. CSV of findings with --out *.csv. */
export async function validateCommand(ctx: CliContext): Promise<void> {
  const d = await ctx.data(false);
  const out = ctx.out;
  if (ctx.args.out?.toLowerCase().endsWith('.csv')) {
    await out.row(['SEVERITY', 'CODE', 'FILE', 'ROW', 'COLUMN', 'HOLEID', 'EXCLUDED', 'MESSAGE']);
    for (const f of d.findings) {
      await out.row([f.severity, f.code, f.file, f.row ?? '', f.column ?? '', f.holeId ?? '', f.excluded ? 'yes' : 'no', f.message]);
    }
  } else {
    await out.line(`Scene: ${ctx.args.scene} (${d.kind}, ${ctx.scene.units})`);
    for (const l of reportSummary(d)) await out.line(l);
    if (d.findings.length) await out.line('');
    for (const f of d.findings) await out.line(`${f.severity.padEnd(7)} ${f.code}: ${formatFinding(f)}`);
  }
  ctx.progress.note(`validate: ${d.findings.length} findings, ${d.findings.filter((f) => f.excluded).length} rows excluded`);
}
