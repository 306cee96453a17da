import type { Finding, IntervalTable } from '../types';

/** A usable stretch of one assay interval (possibly cut at domain contacts). */
export interface Piece {
  from: number;
  to: number;
  /** Row index (0-based) in the assay table. */
  i: number;
  domain: string;
}

/**
 * The usable assay intervals of each hole, sorted by FROM, without overlaps.
 * Rows with a hole that was not desurveyed, non-numeric or negative depths, or FROM ≥ TO are
 * excluded with a finding. An interval overlapping the previous one is trimmed to start where
 * that one ends (warning), or excluded when it lies wholly inside it. Rows without any value of
 * the composited elements carry no grade: they are not pieces (they act as gaps) and are counted.
 */
export function assayPieces(
  assays: IntervalTable, holeIndex: Map<string, number>, nHoles: number, elements: string[],
  domainOf: ((i: number) => string) | null, findings: Finding[],
): { pieces: Piece[][]; ungraded: number } {
  const pieces: Piece[][] = Array.from({ length: nHoles }, () => []);
  const cols = elements.map((e) => assays.values[e]);
  let ungraded = 0;
  for (let i = 0; i < assays.holeId.length; i++) {
    const id = assays.holeId[i], from = assays.from[i], to = assays.to[i];
    const h = holeIndex.get(id);
    if (h !== undefined && from >= 0 && from < to && to < Infinity) { // the common case first: no finding
      let graded = false;
      for (let e = 0; e < cols.length && !graded; e++) graded = Number.isFinite(cols[e][i]);
      if (graded) pieces[h].push({ from, to, i, domain: domainOf ? domainOf(i) : '' });
      else ungraded++;
      continue;
    }
    const ref = { file: assays.file, row: assays.row[i], holeId: id, excluded: true };
    if (h === undefined) {
      findings.push({ ...ref, severity: 'error', code: 'no-collar', params: { hole: id }, variant: 'interval', message: `Interval of hole ${id}, which was not desurveyed (no usable collar); row left out of compositing.` });
    } else if (!Number.isFinite(from) || !Number.isFinite(to)) {
      findings.push({ ...ref, severity: 'error', code: 'not-numeric', params: { hole: id }, variant: 'interval', message: `Interval of hole ${id}: FROM or TO is not a number; row left out of compositing.` });
    } else if (from < 0) {
      findings.push({ ...ref, severity: 'error', code: 'negative-depth', column: 'FROM', params: { hole: id, value: from }, variant: 'interval', message: `Interval of hole ${id}: FROM ${from} < 0; row left out of compositing.` });
    } else if (from >= to) {
      findings.push({ ...ref, severity: 'error', code: 'from-ge-to', params: { hole: id, from, to }, variant: 'interval', message: `Interval of hole ${id}: FROM ${from} ≥ TO ${to}; row left out of compositing.` });
    }
  }
  for (const list of pieces) {
    list.sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
    let w = 0, end = -Infinity;
    for (const p of list) {
      const ref = { file: assays.file, row: assays.row[p.i], holeId: assays.holeId[p.i] };
      if (p.to <= end) {
        findings.push({ ...ref, severity: 'error', code: 'overlap', excluded: true, variant: 'inside', params: { hole: ref.holeId ?? '', span: `${p.from}–${p.to}`, end },
          message: `Interval ${p.from}–${p.to} of hole ${ref.holeId} lies inside the previous interval (to ${end}); row left out of compositing.` });
        continue;
      }
      if (p.from < end) {
        findings.push({ ...ref, severity: 'warning', code: 'overlap-trimmed', excluded: false, params: { hole: ref.holeId ?? '', span: `${p.from}–${p.to}`, end },
          message: `Interval ${p.from}–${p.to} of hole ${ref.holeId} overlaps the previous one (to ${end}); composited from ${end}.` });
        p.from = end;
      }
      end = p.to;
      list[w++] = p;
    }
    list.length = w;
  }
  return { pieces, ungraded };
}

/**
 * Cut each hole's pieces at the contacts of a separate interval table (lithology, domain):
 * every sub-piece takes the category of the interval covering it ('' where none does).
 * The domain table is assumed sorted-able and non-overlapping per hole (validation reports overlaps).
 */
export function splitAtContacts(
  pieces: Piece[][], holeIds: string[], table: IntervalTable, column: string, findings: Finding[],
): Piece[][] {
  const cats = table.categories[column];
  const byHole = new Map<string, { from: number; to: number; c: string }[]>();
  for (let i = 0; i < table.holeId.length; i++) {
    const from = table.from[i], to = table.to[i];
    if (!(from < to)) {
      findings.push({ file: table.file, row: table.row[i], holeId: table.holeId[i], severity: 'error', code: 'from-ge-to', excluded: true, variant: 'domain', params: { hole: table.holeId[i], from, to },
        message: `Domain interval of hole ${table.holeId[i]}: FROM ${from} is not below TO ${to}; row not used for composite breaks.` });
      continue;
    }
    let list = byHole.get(table.holeId[i]);
    if (!list) byHole.set(table.holeId[i], (list = []));
    list.push({ from, to, c: cats[i] });
  }
  for (const list of byHole.values()) list.sort((a, b) => a.from - b.from);

  return pieces.map((list, h) => {
    const dom = byHole.get(holeIds[h]) ?? [];
    // Category at depth d: last domain interval with from <= d, if it reaches past d.
    const categoryAt = (d: number): string => {
      let lo = 0, hi = dom.length - 1, k = -1;
      while (lo <= hi) { const m = (lo + hi) >> 1; if (dom[m].from <= d) { k = m; lo = m + 1; } else hi = m - 1; }
      return k >= 0 && dom[k].to > d ? dom[k].c : '';
    };
    const out: Piece[] = [];
    for (const p of list) {
      const cuts = [p.from];
      for (const d of dom) {
        if (d.from > p.from && d.from < p.to) cuts.push(d.from);
        if (d.to > p.from && d.to < p.to) cuts.push(d.to);
      }
      cuts.sort((a, b) => a - b);
      cuts.push(p.to);
      for (let k = 0; k + 1 < cuts.length; k++) {
        if (cuts[k + 1] <= cuts[k]) continue;
        const c = categoryAt((cuts[k] + cuts[k + 1]) / 2);
        const prev = out[out.length - 1];
        if (prev && prev.i === p.i && prev.domain === c && prev.to === cuts[k]) prev.to = cuts[k + 1];
        else out.push({ from: cuts[k], to: cuts[k + 1], i: p.i, domain: c });
      }
    }
    return out;
  });
}
