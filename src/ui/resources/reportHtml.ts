import type { TFunction } from 'i18next';
import type { ResourceReportRow as ReportRow, ResourceReport } from '../../pipeline';
import { formatNumber } from './formatReport';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A printable HTML report: the 3D view (an image), the breakeven cutoffs and formulas, tables by region, class and cutoff, the price curve. */
export function reportHtml(r: ResourceReport, t: TFunction, lang: string, opts: { title: string; image?: string; curveSvg?: string }): string {
  const els = Object.keys(r.units);
  const f = (v: number, d = 3) => esc(formatNumber(v, lang, d));
  const head = `<tr><th>${esc(t('resources.col.class'))}</th><th>${esc(t('resources.col.cutoff'))}</th><th>${esc(t('resources.col.tonnes'))}</th>`
    + els.map((e) => `<th>${esc(t('resources.col.grade', { el: e, unit: r.units[e] }))}</th>`).join('')
    + els.map((e) => `<th>${esc(t('resources.col.metal', { el: e, unit: r.metalUnits[e] }))}</th>`).join('')
    + `<th>${esc(t('resources.col.value', { currency: r.currency }))}</th></tr>`;
  const row = (x: ReportRow) => `<tr><td>${esc(t(`resources.class.${x.class}`))}</td><td>${f(x.cutoff)}</td><td>${f(x.tonnes, 0)}</td>`
    + els.map((e) => `<td>${f(x.grade[e])}</td>`).join('') + els.map((e) => `<td>${f(x.metal[e], 0)}</td>`).join('') + `<td>${f(x.value, 0)}</td></tr>`;
  const be = Object.entries(r.breakeven).map(([e, v]) => `<li>${esc(e)}: ${esc(t('resources.breakeven'))} ${f(v)} ${esc(r.units[e])}, ${esc(t('resources.marginal'))} ${f(r.marginal[e])} ${esc(r.units[e])}</li>`).join('');
  const regions = r.regions.map((g) => `<h2>${esc(g.name === 'All blocks' ? t('resources.allBlocks') : g.name)}</h2><table>${head}${g.rows.map(row).join('')}</table>`).join('');
  const curve = r.priceCurve.length ? `<h2>${esc(t('resources.curve'))}</h2>${opts.curveSvg ?? ''}<table><tr><th>${esc(t('resources.col.price', { currency: r.currency }))}</th>${head.slice(4)}`
    + r.priceCurve.flatMap((p) => p.rows.map((x) => `<tr><td>${f(p.price)}</td>${row(x).slice(4)}`)).join('') + '</table>' : '';
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(opts.title)}</title>
<style>body{font:13px system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}th{background:#eee}td:first-child{text-align:left}img{max-width:100%}</style></head><body>
<h1>${esc(opts.title)}</h1>${opts.image ? `<img alt="3D" src="${opts.image}">` : ''}
<ul>${be}</ul><p>${esc(t('resources.breakevenFormula'))}</p><p>${esc(t('resources.valueFormula'))}</p>
<p>${esc(t(r.regionRule === 'proportion' ? 'resources.regionRuleProportion' : 'resources.regionRule'))} ${esc(t('resources.classNote'))}</p>${regions}${curve}</body></html>`;
}
