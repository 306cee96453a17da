/**
 * Significant intercepts of one hole from its raw assay intervals (not composites).
 *
 * The rule (stated in the app and the README):
 * - an intercept starts and ends on an interval whose grade is at or above the cutoff;
 * - inside it may carry runs of dilution: intervals below the cutoff, intervals with a missing
 *   value and unsampled gaps between intervals (missing values and gaps count at grade 0), each
 *   run no longer than `maxDilution`;
 * - a dilution run and the next interval at or above the cutoff are added only when the
 *   length-weighted grade of the whole intercept stays at or above the cutoff; otherwise the
 *   intercept closes before the run;
 * - it is reported when its length is at least `minLength` and, when given, its grade × length
 *   at least `minGradeLength`; its grade is length-weighted over its whole span;
 * - "including": sub-intercepts by the same rule at `includeCutoff`, inside each intercept.
 * Intervals are scanned down the hole from the first one at or above the cutoff (greedy, the
 * usual practice of drill-result announcements).
 */

/** Parameters of the intercept rule (lengths in the scene's units, grades in the element's unit). */
export interface InterceptRule {
  cutoff: number;
  /** Longest run of dilution (below cutoff, missing, gap) carried inside an intercept. */
  maxDilution: number;
  /** Shortest reported intercept. */
  minLength: number;
  /** Smallest reported grade × length, when given. */
  minGradeLength?: number;
  /** Cutoff of the "including" sub-intercepts, when given (above `cutoff`). */
  includeCutoff?: number;
}

/** One significant intercept down a hole. */
export interface Intercept {
  from: number;
  to: number;
  length: number;
  /** Length-weighted grade over the whole span (dilution at its grade, missing and gaps at 0). */
  grade: number;
  gradeLength: number;
  /** Sub-intercepts at the include cutoff (empty when none or not asked). */
  including: Intercept[];
}

/** The assay intervals of one hole, down the hole (sorted by from; overlaps already resolved). */
export interface HoleIntervals {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  /** Grade per interval; NaN = missing. */
  grade: ArrayLike<number>;
}

/** Depths closer than this are the same depth (no gap). */
const EPS = 1e-9;

interface Segment { from: number; to: number; grade: number }

/** Intervals and the unsampled gaps between them as one contiguous run of segments (gaps: NaN). */
function segmentsOf(h: HoleIntervals): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < h.from.length; i++) {
    const from = h.from[i];
    const to = h.to[i];
    if (!(to > from)) continue;
    const prev = out[out.length - 1];
    const start = prev ? Math.max(from, prev.to) : from;
    if (to <= start + EPS) continue;
    if (prev && start > prev.to + EPS) out.push({ from: prev.to, to: start, grade: Number.NaN });
    out.push({ from: start, to, grade: h.grade[i] });
  }
  return out;
}

/** Grade × length of a segment, with missing values and gaps at grade 0. */
const metalOf = (s: Segment) => (Number.isFinite(s.grade) ? s.grade * (s.to - s.from) : 0);

function interceptsIn(seg: Segment[], lo: number, hi: number, rule: InterceptRule, cutoff: number, nested: boolean): Intercept[] {
  const above = (s: Segment) => Number.isFinite(s.grade) && s.grade >= cutoff;
  const out: Intercept[] = [];
  let i = lo;
  while (i < hi) {
    if (!above(seg[i])) { i++; continue; }
    let end = i;
    let metal = metalOf(seg[i]);
    let length = seg[i].to - seg[i].from;
    for (;;) {
      let k = end + 1;
      let runLength = 0;
      let runMetal = 0;
      while (k < hi && !above(seg[k])) {
        runLength += seg[k].to - seg[k].from;
        runMetal += metalOf(seg[k]);
        k++;
      }
      if (k >= hi || runLength > rule.maxDilution + EPS) break;
      const m = metal + runMetal + metalOf(seg[k]);
      const l = length + runLength + (seg[k].to - seg[k].from);
      if (m / l < cutoff - EPS * Math.max(1, cutoff)) break;
      metal = m;
      length = l;
      end = k;
    }
    const grade = metal / length;
    const minGL = rule.minGradeLength;
    if (length >= rule.minLength - EPS && (minGL === undefined || grade * length >= minGL - EPS)) {
      const including = !nested && rule.includeCutoff !== undefined && rule.includeCutoff > cutoff
        ? interceptsIn(seg, i, end + 1, rule, rule.includeCutoff, true) : [];
      out.push({ from: seg[i].from, to: seg[end].to, length, grade, gradeLength: metal, including });
    }
    i = end + 1;
  }
  return out;
}

/** Significant intercepts of one hole, down the hole, by the rule above. */
export function holeIntercepts(hole: HoleIntervals, rule: InterceptRule): Intercept[] {
  if (!(rule.maxDilution >= 0) || !(rule.minLength >= 0) || !Number.isFinite(rule.cutoff)) {
    throw new RangeError('intercepts: cutoff must be a number, maxDilution and minLength ≥ 0');
  }
  const seg = segmentsOf(hole);
  return interceptsIn(seg, 0, seg.length, rule, rule.cutoff, false);
}

/** An intercept as announced: "12.0 m @ 3.41 from 120.0" (lengths to 0.1, grade to 3 significant digits). */
export function describeIntercept(x: Intercept, unit = 'm'): string {
  return `${x.length.toFixed(1)} ${unit} @ ${gradeText(x.grade)} from ${x.from.toFixed(1)}`;
}

/** A grade to three significant digits, without exponent for ordinary values. */
export function gradeText(g: number): string {
  if (g === 0) return '0';
  if (Math.abs(g) >= 1000) return g.toFixed(0);
  return Number(g.toPrecision(3)).toString();
}
