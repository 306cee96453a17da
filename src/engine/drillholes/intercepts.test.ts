import { describe, expect, it } from 'vitest';
import { describeIntercept, holeIntercepts, type HoleIntervals, type InterceptRule } from './intercepts';

/** A hole from [from, to, grade] rows. */
function hole(rows: [number, number, number][]): HoleIntervals {
  return { from: rows.map((r) => r[0]), to: rows.map((r) => r[1]), grade: rows.map((r) => r[2]) };
}

const rule = (r: Partial<InterceptRule> = {}): InterceptRule => ({ cutoff: 1, maxDilution: 2, minLength: 1, ...r });

/** [from, to, grade] of each intercept, grade to 1e-12. */
const spans = (xs: ReturnType<typeof holeIntercepts>) => xs.map((x) => [x.from, x.to, Number(x.grade.toFixed(12))]);

describe('significant intercepts (hand-made holes)', () => {
  it('starts and ends on intervals at or above the cutoff; grade length-weighted', () => {
    const xs = holeIntercepts(hole([[0, 1, 0.1], [1, 2, 2], [2, 3, 3], [3, 4, 0.2]]), rule());
    expect(spans(xs)).toEqual([[1, 3, 2.5]]);
    expect(xs[0].length).toBe(2);
    expect(xs[0].gradeLength).toBeCloseTo(5, 12);
  });

  it('an interval exactly at the cutoff counts as above it', () => {
    expect(spans(holeIntercepts(hole([[0, 1, 0], [1, 2, 1], [2, 3, 0]]), rule()))).toEqual([[1, 2, 1]]);
  });

  it('carries a dilution run as long as maxDilution, not longer', () => {
    const h = hole([[0, 2, 5], [2, 4, 0], [4, 6, 5]]);
    // (2·5 + 2·0 + 2·5) / 6 = 3.333…
    expect(spans(holeIntercepts(h, rule({ maxDilution: 2 })))).toEqual([[0, 6, Number((20 / 6).toFixed(12))]]);
    expect(spans(holeIntercepts(h, rule({ maxDilution: 1.9 })))).toEqual([[0, 2, 5], [4, 6, 5]]);
  });

  it('closes before a run that would take the whole intercept below the cutoff', () => {
    // (1.2 + 0 + 1.2) / 4 = 0.6 < 1: two intercepts
    const xs = holeIntercepts(hole([[0, 1, 1.2], [1, 3, 0], [3, 4, 1.2]]), rule());
    expect(spans(xs)).toEqual([[0, 1, 1.2], [3, 4, 1.2]]);
    // with a richer second interval the run is carried: (1.2 + 0 + 3.6) / 4 = 1.2
    expect(spans(holeIntercepts(hole([[0, 1, 1.2], [1, 3, 0], [3, 4, 3.6]]), rule()))).toEqual([[0, 4, 1.2]]);
  });

  it('counts unsampled gaps and missing values as dilution at grade 0', () => {
    // gap 2–3 and a missing value 3–4: a 2 m run; (2·4 + 0 + 0 + 2·4) / 6
    const h = hole([[0, 2, 4], [3, 4, Number.NaN], [4, 6, 4]]);
    const xs = holeIntercepts(h, rule());
    expect(spans(xs)).toEqual([[0, 6, Number((16 / 6).toFixed(12))]]);
    expect(xs[0].length).toBe(6);
    // the same run is too long at maxDilution 1.5
    expect(spans(holeIntercepts(h, rule({ maxDilution: 1.5 })))).toEqual([[0, 2, 4], [4, 6, 4]]);
  });

  it('reports "including" sub-intercepts at the higher cutoff', () => {
    const xs = holeIntercepts(hole([[0, 2, 2], [2, 3, 12], [3, 4, 9], [4, 6, 2]]), rule({ includeCutoff: 8 }));
    expect(spans(xs)).toEqual([[0, 6, Number((29 / 6).toFixed(12))]]);
    expect(spans(xs[0].including)).toEqual([[2, 4, 10.5]]);
    expect(describeIntercept(xs[0])).toBe('6.0 m @ 4.83 from 0.0');
    expect(describeIntercept(xs[0].including[0])).toBe('2.0 m @ 10.5 from 2.0');
  });

  it('a hole with nothing above the cutoff has no intercept', () => {
    expect(holeIntercepts(hole([[0, 1, 0.5], [1, 2, Number.NaN], [3, 4, 0.9]]), rule())).toEqual([]);
    expect(holeIntercepts(hole([]), rule())).toEqual([]);
  });

  it('a single interval is an intercept when long enough', () => {
    expect(spans(holeIntercepts(hole([[4, 5, 0.2], [5, 6, 3], [6, 10, 0]]), rule()))).toEqual([[5, 6, 3]]);
    expect(holeIntercepts(hole([[5, 5.5, 3]]), rule())).toEqual([]);
  });

  it('drops intercepts below minGradeLength', () => {
    const h = hole([[0, 2, 1.5]]);
    expect(holeIntercepts(h, rule({ minGradeLength: 4 }))).toEqual([]);
    expect(spans(holeIntercepts(h, rule({ minGradeLength: 3 })))).toEqual([[0, 2, 1.5]]);
  });

  it('does not end on a trailing run of dilution', () => {
    expect(spans(holeIntercepts(hole([[0, 1, 0], [1, 3, 2], [3, 4, 0.5]]), rule()))).toEqual([[1, 3, 2]]);
  });

  it('rejects a negative maxDilution', () => {
    expect(() => holeIntercepts(hole([[0, 1, 2]]), rule({ maxDilution: -1 }))).toThrow(/maxDilution/);
  });
});
