import type { DesurveyedHoles, Finding, IntervalTable, SampleSet } from '../types';
import { locate } from './locate';
import { assayPieces, splitAtContacts, type Piece } from './pieces';

export type ResidualRule = 'append' | 'keep' | 'discard';

export interface CompositeOptions {
  /** Composite length, in the tables' length unit. */
  length: number;
  /** What to do with the last, shorter piece of a run (see composite). Default 'append'. */
  residual?: ResidualRule;
  /** A residual shorter than minFraction·length is appended ('append') or dropped ('discard'). Default 0.5. */
  minFraction?: number;
  /** An element's grade needs sampled length ≥ minCoverage·(composite length), else NaN. Default 0.5. */
  minCoverage?: number;
  /**
   * Break runs where a category changes: a text column of the assay table, one category per
   * assay row, or a column of a separate interval table (assays are then cut at its contacts).
   */
  breakOn?: string | string[] | { table: IntervalTable; column: string };
  /** Elements to composite; default every value column of the assay table. */
  elements?: string[];
}

export interface CompositeStats {
  composites: number;
  /** Residuals merged into the previous composite, kept on their own, dropped. */
  appended: number; kept: number; discarded: number;
  /** Composite slots lying wholly in unsampled gaps (no composite made). */
  emptySkipped: number;
  /** Assay rows without any value of the composited elements (treated as gaps). */
  ungradedRows: number;
}

export interface CompositeResult {
  samples: SampleSet;
  findings: Finding[];
  stats: CompositeStats;
}

const EPS = 1e-9;

/**
 * Composite assays to a fixed downhole length (length-weighted), per hole and per run.
 *
 * Rule, as a resource geologist expects (Datamine COMPDH, Leapfrog "fixed length"):
 * - A run is a maximal sequence of sampled intervals of one hole with the same breakOn category
 *   (the whole hole without breakOn). Runs span unsampled gaps; a category change ends a run.
 * - Each run is cut into composites of `length` starting at its first sampled FROM and ending at
 *   its last sampled TO. The leftover r = run length − n·length (0 < r < length) is the residual:
 *   'keep' makes it a composite of its own; 'append' merges it into the previous composite when
 *   r < minFraction·length (a longer residual, or one with no previous composite, stays on its own);
 *   'discard' drops it when r < minFraction·length (with a finding) and keeps it otherwise.
 * - Grade of element e = Σ(grade·overlap)/Σ overlap over the intervals where e has a value: missing
 *   grades do not count as zero. If that sampled length is < minCoverage·(composite length), the
 *   grade is NaN. Composites with no sampled length at all (inside a gap) are not made.
 * - weight = sampled length (overlap with intervals having any composited value); X, Y, Z = the
 *   desurveyed position (on the minimum-curvature arc) of the centre of the sampled part: the
 *   length-weighted mean depth of the sampled overlaps, Σ o·mid(o) / Σ o, which is the mid-depth
 *   for a fully sampled composite (a composite sampled only over its top half sits at its top quarter).
 */
export function composite(assays: IntervalTable, holes: DesurveyedHoles, opts: CompositeOptions): CompositeResult {
  const L = opts.length;
  if (!(Number.isFinite(L) && L > 0)) throw new Error(`composite: length must be a positive number, got ${L}`);
  const rule = opts.residual ?? 'append';
  if (rule !== 'append' && rule !== 'keep' && rule !== 'discard') throw new Error(`composite: residual must be append, keep or discard, got "${String(rule)}"`);
  const minFraction = opts.minFraction ?? 0.5, minCoverage = opts.minCoverage ?? 0.5;
  if (!(minFraction >= 0 && minFraction <= 1)) throw new Error(`composite: minFraction must be within 0..1, got ${minFraction}`);
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new Error(`composite: minCoverage must be within 0..1, got ${minCoverage}`);
  const elements = opts.elements ?? Object.keys(assays.values);
  for (const e of elements) {
    if (!assays.values[e]) throw new Error(`composite: ${assays.file} has no element "${e}" (elements: ${Object.keys(assays.values).join(', ') || 'none'})`);
  }

  const findings: Finding[] = [];
  let domainOf: ((i: number) => string) | null = null;
  const b = opts.breakOn;
  if (typeof b === 'string') {
    const col = assays.categories[b];
    if (!col) throw new Error(`composite: ${assays.file} has no text column "${b}" to break on (columns: ${Object.keys(assays.categories).join(', ') || 'none'})`);
    domainOf = (i) => col[i];
  } else if (Array.isArray(b)) {
    if (b.length !== assays.holeId.length) throw new Error(`composite: breakOn has ${b.length} categories for ${assays.holeId.length} assay rows`);
    domainOf = (i) => b[i];
  } else if (b && !b.table.categories[b.column]) {
    throw new Error(`composite: ${b.table.file} has no text column "${b.column}" to break on (columns: ${Object.keys(b.table.categories).join(', ') || 'none'})`);
  }

  const holeIndex = new Map<string, number>();
  holes.holeIds.forEach((id, i) => holeIndex.set(id, i));
  const prepared = assayPieces(assays, holeIndex, holes.holeIds.length, elements, domainOf, findings);
  let pieces = prepared.pieces;
  if (b && typeof b === 'object' && !Array.isArray(b)) pieces = splitAtContacts(pieces, holes.holeIds, b.table, b.column, findings);

  const stats: CompositeStats = { composites: 0, appended: 0, kept: 0, discarded: 0, emptySkipped: 0, ungradedRows: prepared.ungraded };
  const out = { hole: [] as number[], from: [] as number[], to: [] as number[], weight: [] as number[], mid: [] as number[], domain: [] as string[] };
  const vals: number[][] = elements.map(() => []);
  const cols = elements.map((e) => assays.values[e]);
  const sum = new Float64Array(elements.length), len = new Float64Array(elements.length);

  let first = 0; // first piece of the current run that may still overlap the next composite
  /** Make the composite [a, c) from the run's pieces (sorted, non-overlapping; composites come in order). */
  const emit = (h: number, run: Piece[], a: number, c: number, domain: string) => {
    sum.fill(0); len.fill(0);
    let covered = 0, depth = 0;
    while (first < run.length && run[first].to <= a) first++;
    for (let j = first; j < run.length && run[j].from < c; j++) {
      const p = run[j];
      const o = Math.min(c, p.to) - Math.max(a, p.from);
      if (o <= 0) continue;
      covered += o;
      depth += o * (Math.max(a, p.from) + Math.min(c, p.to)) / 2;
      for (let e = 0; e < cols.length; e++) {
        const v = cols[e][p.i];
        if (Number.isFinite(v)) { sum[e] += v * o; len[e] += o; }
      }
    }
    if (covered <= 0) { stats.emptySkipped++; return; }
    const need = minCoverage * (c - a) * (1 - EPS);
    out.hole.push(h); out.from.push(a); out.to.push(c); out.weight.push(covered); out.mid.push(depth / covered); out.domain.push(domain);
    for (let e = 0; e < cols.length; e++) vals[e].push(len[e] > 0 && len[e] >= need ? sum[e] / len[e] : NaN);
  };

  for (let h = 0; h < pieces.length; h++) {
    const list = pieces[h];
    let r0 = 0;
    while (r0 < list.length) {
      let r1 = r0;
      while (r1 + 1 < list.length && list[r1 + 1].domain === list[r0].domain) r1++;
      const run = list.slice(r0, r1 + 1), domain = list[r0].domain;
      const start = run[0].from, end = run[run.length - 1].to;
      const n = Math.floor((end - start) / L + EPS);
      let residual = end - (start + n * L);
      if (residual <= EPS * L) residual = 0;
      const bounds: number[] = [];
      for (let k = 0; k <= n; k++) bounds.push(k === n && residual === 0 ? end : start + k * L);
      if (residual > 0) {
        const short = residual < minFraction * L;
        if (rule === 'append' && short && n >= 1) { bounds[n] = end; stats.appended++; }
        else if (rule === 'discard' && short) {
          stats.discarded++;
          findings.push({ file: assays.file, holeId: holes.holeIds[h], severity: 'info', code: 'composite-residual-discarded', excluded: true,
            message: `Hole ${holes.holeIds[h]}: residual ${fmt(start + n * L)}–${fmt(end)} (${fmt(residual)} < ${minFraction}·${L}) dropped${domain ? ` (domain ${domain})` : ''}.` });
        } else { bounds.push(end); stats.kept++; }
      }
      first = 0;
      for (let k = 0; k + 1 < bounds.length; k++) emit(h, run, bounds[k], bounds[k + 1], domain);
      r0 = r1 + 1;
    }
  }

  const n = out.hole.length;
  stats.composites = n;
  const from = Float64Array.from(out.from), to = Float64Array.from(out.to), hole = Int32Array.from(out.hole);
  const x = new Float64Array(n), y = new Float64Array(n), z = new Float64Array(n), p = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    locate(holes, hole[i], out.mid[i], p);
    x[i] = p[0]; y[i] = p[1]; z[i] = p[2];
  }
  const values: Record<string, Float64Array> = {};
  elements.forEach((e, k) => { values[e] = Float64Array.from(vals[k]); });
  const samples: SampleSet = { x, y, z, hole, holeIds: holes.holeIds, from, to, weight: Float64Array.from(out.weight), values };
  if (b) samples.domain = out.domain;

  findings.push({
    file: assays.file, severity: 'info', code: 'composite-rule', excluded: false,
    message: `${n} composites of length ${L} from ${assays.holeId.length} intervals. Runs start at the first sampled FROM of each hole`
      + `${b ? ' and at every change of the break category' : ''} and span unsampled gaps; grades are length-weighted over sampled length only`
      + ` and NaN below ${minCoverage * 100}% coverage. Residual rule '${rule}' (minFraction ${minFraction}): ${stats.appended} appended,`
      + ` ${stats.kept} kept, ${stats.discarded} discarded; ${stats.emptySkipped} slots inside gaps skipped; ${stats.ungradedRows} rows without grades treated as gaps.`,
  });
  return { samples, findings, stats };
}

function fmt(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}
