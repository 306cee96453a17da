import { describe, expect, it } from 'vitest';
import { capGrades } from './capping';
import { composite, type CompositeOptions } from './composite';
import { desurvey } from './desurvey';
import { collarTable, intervalTable, surveyTable } from './testTables';

const { holes } = desurvey(collarTable([['A', 0, 0, 100, 20], ['B', 50, 0, 100, 20]]), surveyTable([]));
const arr = (a: Float64Array | undefined) => Array.from(a ?? []);
const run = (rows: [string, number, number, ...number[]][], opts: CompositeOptions, els = ['AU'], cats: Record<string, string[]> = {}) =>
  composite(intervalTable(els, rows, cats), holes, opts);

describe('composite: length weighting', () => {
  it('averages partial overlaps by length and places composites at mid-depth', () => {
    const r = run([['A', 0, 1.5, 1], ['A', 1.5, 3, 2], ['A', 3, 4, 4]], { length: 2 });
    expect(arr(r.samples.from)).toEqual([0, 2]);
    expect(arr(r.samples.to)).toEqual([2, 4]);
    expect(arr(r.samples.values.AU)).toEqual([1.25, 3]); // (1·1.5 + 2·0.5)/2, (2·1 + 4·1)/2
    expect(arr(r.samples.z)).toEqual([99, 97]);
    expect(arr(r.samples.weight)).toEqual([2, 2]);
    expect(r.samples.holeIds[r.samples.hole[0]]).toBe('A');
  });

  it('spans gaps but takes grades from sampled length only; missing grades are not zero', () => {
    const rows: [string, number, number, ...number[]][] = [
      ['A', 0, 1, 2, 0.5], ['A', 2, 3, 4, NaN], ['A', 3, 4, NaN, NaN], ['A', 4, 6, 1, 1]];
    const r = run(rows, { length: 2 }, ['AU', 'CU']);
    expect(arr(r.samples.from)).toEqual([0, 2, 4]);
    expect(arr(r.samples.values.AU)).toEqual([2, 4, 1]); // 1 m sampled of 2 m = 50%: enough
    expect(arr(r.samples.values.CU)).toEqual([0.5, NaN, 1]);
    expect(arr(r.samples.weight)).toEqual([1, 1, 2]);
    expect(r.stats.ungradedRows).toBe(1);
    const strict = run(rows, { length: 2, minCoverage: 0.6 }, ['AU', 'CU']);
    expect(arr(strict.samples.values.AU)).toEqual([NaN, NaN, 1]);
  });

  it('places a partly sampled composite at the centre of its sampled part (length-weighted mean depth of the overlaps)', () => {
    // Hole A is vertical from z = 100. [0, 2) sampled over [0, 1) only: centre at depth 0.5 → z 99.5 (mid-depth would be 99);
    // [2, 4) sampled over [2, 3) and [3.5, 4): (1·2.5 + 0.5·3.75) / 1.5 = 2.9167 → z 97.0833; [4, 6) fully sampled: mid-depth 5.
    const r = run([['A', 0, 1, 2], ['A', 2, 3, 4], ['A', 3.5, 4, 1], ['A', 4, 6, 1]], { length: 2 });
    expect(arr(r.samples.from)).toEqual([0, 2, 4]);
    expect(r.samples.z[0]).toBeCloseTo(99.5, 12);
    expect(r.samples.z[1]).toBeCloseTo(100 - (1 * 2.5 + 0.5 * 3.75) / 1.5, 12);
    expect(r.samples.z[2]).toBeCloseTo(95, 12);
    expect(arr(r.samples.weight)).toEqual([1, 1.5, 2]);
    // On an inclined hole the centre lies along the trace: dip −60° from (0, 0, 0), azimuth 90°; [0, 4) sampled over [0, 2): depth 1.
    const inclined = desurvey(collarTable([['C', 0, 0, 0, 10]]), surveyTable([['C', 0, 90, -60]])).holes;
    const c = composite(intervalTable(['AU'], [['C', 0, 2, 1]]), inclined, { length: 4 });
    expect(c.samples.x[0]).toBeCloseTo(Math.cos(Math.PI / 3), 12);
    expect(c.samples.z[0]).toBeCloseTo(-Math.sin(Math.PI / 3), 12);
  });

  it('makes no composite inside a gap longer than the composite length', () => {
    const r = run([['A', 0, 2, 1], ['A', 6, 8, 3]], { length: 2 });
    expect(arr(r.samples.from)).toEqual([0, 6]);
    expect(arr(r.samples.values.AU)).toEqual([1, 3]);
    expect(r.stats.emptySkipped).toBe(2);
  });

  it('starts at the first sampled FROM of each hole and keeps holes apart', () => {
    const r = run([['A', 1, 3, 1], ['B', 0.5, 2.5, 7]], { length: 2 });
    expect(arr(r.samples.from)).toEqual([1, 0.5]);
    expect(r.samples.hole[1]).toBe(1);
    expect(r.samples.x[1]).toBe(50);
  });

  it('is exact with decimal depths (0.1 m intervals into 0.2 m composites, no residual)', () => {
    const rows: [string, number, number, ...number[]][] = [];
    let d = 0;
    for (let k = 0; k < 10; k++) { rows.push(['A', d, d + 0.1, k]); d += 0.1; }
    const r = run(rows, { length: 0.2, residual: 'keep' });
    expect(r.samples.values.AU.length).toBe(5);
    r.samples.values.AU.forEach((v, k) => expect(v).toBeCloseTo(2 * k + 0.5, 12));
    expect(r.stats.kept).toBe(0);
  });
});

describe('composite: residual rules', () => {
  // Run 0–7 m at 2 m: composites 0–2, 2–4, 4–6 and a 1 m residual 6–7.
  const rows: [string, number, number, ...number[]][] = [['A', 0, 3, 1], ['A', 3, 6.5, 3], ['A', 6.5, 7, 5]];

  it("'append' merges a residual shorter than minFraction·length into the previous composite", () => {
    const r = run(rows, { length: 2, residual: 'append', minFraction: 0.6 });
    expect(arr(r.samples.to)).toEqual([2, 4, 7]);
    expect(r.samples.values.AU[2]).toBeCloseTo(10 / 3, 14); // (3·2.5 + 5·0.5)/3
    expect(r.stats.appended).toBe(1);
  });

  it("'append' keeps a residual of at least minFraction·length on its own", () => {
    const r = run(rows, { length: 2, residual: 'append', minFraction: 0.5 });
    expect(arr(r.samples.to)).toEqual([2, 4, 6, 7]);
    expect(arr(r.samples.values.AU)).toEqual([1, 2, 3, 4]); // 6–7: (3·0.5 + 5·0.5)/1
  });

  it("'keep' keeps every residual", () => {
    const r = run(rows, { length: 2, residual: 'keep', minFraction: 0.9 });
    expect(arr(r.samples.to)).toEqual([2, 4, 6, 7]);
    expect(r.stats.kept).toBe(1);
  });

  it("'discard' drops a short residual with a finding and keeps a long one", () => {
    const r = run(rows, { length: 2, residual: 'discard', minFraction: 0.6 });
    expect(arr(r.samples.to)).toEqual([2, 4, 6]);
    const f = r.findings.find((x) => x.code === 'composite-residual-discarded');
    expect(f).toMatchObject({ holeId: 'A', excluded: true });
    expect(f!.message).toContain('6–7');
    expect(arr(run(rows, { length: 2, residual: 'discard', minFraction: 0.5 }).samples.to)).toEqual([2, 4, 6, 7]);
  });

  it("a run shorter than the length stays one composite under 'append'", () => {
    const r = run([['A', 0, 1.5, 2]], { length: 2 });
    expect(arr(r.samples.to)).toEqual([1.5]);
    expect(r.stats.kept).toBe(1);
  });

  it('states the rule in an info finding', () => {
    const f = run(rows, { length: 2 }).findings.find((x) => x.code === 'composite-rule')!;
    expect(f.message).toContain("Residual rule 'append'");
    expect(f.message).toContain('first sampled FROM');
  });
});

describe('composite: domain breaks', () => {
  it('breaks runs where the assay category changes', () => {
    const r = run([['A', 0, 1, 1], ['A', 1, 3, 2], ['A', 3, 4, 10], ['A', 4, 5, 20]], { length: 2, residual: 'keep', breakOn: 'LITH' },
      ['AU'], { LITH: ['OX', 'OX', 'SU', 'SU'] });
    expect(arr(r.samples.from)).toEqual([0, 2, 3]);
    expect(arr(r.samples.to)).toEqual([2, 3, 5]);
    expect(arr(r.samples.values.AU)).toEqual([1.5, 2, 15]);
    expect(r.samples.domain).toEqual(['OX', 'OX', 'SU']);
  });

  it('cuts assays at the contacts of a separate lithology table', () => {
    const lith = intervalTable([], [['A', 0, 3], ['A', 3, 6]], { ROCK: ['OX', 'SU'] });
    const r = run([['A', 0, 4, 2], ['A', 4, 6, 6]], { length: 2, residual: 'keep', breakOn: { table: lith, column: 'ROCK' } });
    expect(arr(r.samples.from)).toEqual([0, 2, 3, 5]);
    expect(arr(r.samples.values.AU)).toEqual([2, 2, 4, 6]); // 3–5: (2·1 + 6·1)/2
    expect(r.samples.domain).toEqual(['OX', 'OX', 'SU', 'SU']);
  });
});

describe('composite: bad rows and options', () => {
  it('trims overlaps, excludes contained and invalid rows, each with a finding', () => {
    const r = run([['A', 0, 2, 1], ['A', 1.5, 3, 3], ['A', 2.2, 2.8, 100], ['A', 5, 4, 1], ['Z', 0, 1, 1], ['A', NaN, 9, 1]], { length: 3 });
    expect(arr(r.samples.values.AU)).toEqual([5 / 3]); // (1·2 + 3·1)/3
    const f = r.findings.filter((x) => x.code !== 'composite-rule').map((x) => `${x.code}:${x.row}:${x.excluded}`).sort();
    expect(f).toEqual(['from-ge-to:5:true', 'no-collar:6:true', 'not-numeric:7:true', 'overlap-trimmed:3:false', 'overlap:4:true']);
  });

  it('rejects impossible options with a clear error', () => {
    expect(() => run([['A', 0, 1, 1]], { length: 0 })).toThrow(/length must be a positive number/);
    expect(() => run([['A', 0, 1, 1]], { length: 2, elements: ['CU'] })).toThrow(/no element "CU"/);
    expect(() => run([['A', 0, 1, 1]], { length: 2, breakOn: 'LITH' })).toThrow(/no text column "LITH"/);
  });
});

describe('composite positions on a curved hole', () => {
  it('puts composite midpoints on the minimum-curvature arc', () => {
    const R = 100, L = (Math.PI / 2) * R;
    const curved = desurvey(collarTable([['Q', 0, 0, 0, L]]), surveyTable([['Q', 0, 90, -90], ['Q', L, 90, 0]])).holes;
    const r = composite(intervalTable(['AU'], [['Q', 0, L, 1]]), curved, { length: L / 2 });
    const th = Math.PI / 8; // first composite mid-depth = L/4
    expect(r.samples.x[0]).toBeCloseTo(R - R * Math.cos(th), 9);
    expect(r.samples.z[0]).toBeCloseTo(-R * Math.sin(th), 9);
  });
});

describe('capGrades', () => {
  const samples = {
    x: new Float64Array(4), y: new Float64Array(4), z: new Float64Array(4), hole: new Int32Array(4), holeIds: [],
    weight: Float64Array.from([1, 2, 1, 1]), values: { AU: Float64Array.from([1, 5, 10, NaN]), CU: Float64Array.from([1, 1, 1, 1]) },
  };

  it('caps grades, counts them and reports the metal removed (length-weighted)', () => {
    const r = capGrades(samples, { au: 4 });
    expect(arr(r.samples.values.AU)).toEqual([1, 4, 4, NaN]);
    expect(r.counts).toEqual({ AU: 2 });
    expect(r.report.AU.metalRemoved).toBe(8); // (5−4)·2 + (10−4)·1
    expect(r.report.AU.metalFraction).toBeCloseTo(8 / 21, 14);
    expect(r.report.AU.meanBefore).toBeCloseTo(21 / 4, 14);
    expect(r.report.AU.meanAfter).toBeCloseTo(13 / 4, 14);
    expect(arr(samples.values.AU)).toEqual([1, 5, 10, NaN]); // input untouched
    expect(r.samples.values.CU).toBe(samples.values.CU);
  });

  it('rejects a cap for an unknown element', () => {
    expect(() => capGrades(samples, { AG: 3 })).toThrow(/no element "AG"/);
  });
});
