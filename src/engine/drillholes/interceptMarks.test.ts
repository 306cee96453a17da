import { describe, expect, it } from 'vitest';
import { desurvey } from './desurvey';
import { interceptMarks } from './interceptMarks';
import { collarTable, surveyTable } from './testTables';

describe('interceptMarks', () => {
  it('draws each intercept along its vertical hole from `from` to `to`, labelled at mid-depth; unknown holes are left out', () => {
    const { holes } = desurvey(collarTable([['V', 100, 200, 300, 50]]), surveyTable([]));
    const rows = [
      { holeId: 'V', from: 10, to: 20, length: 10, grade: 1.5, gradeLength: 15, including: [] },
      { holeId: 'nowhere', from: 0, to: 5, length: 5, grade: 9, gradeLength: 45, including: [] },
    ];
    const m = interceptMarks(holes, rows, [100, 200, 0]);
    // 4 pieces of 6 floats: x, y stay at the collar; z from 300 − 10 to 300 − 20, relative to the origin.
    expect(m.positions.length).toBe(24);
    expect(m.positions[2]).toBeCloseTo(290);
    expect(m.positions[23]).toBeCloseTo(280);
    for (let i = 0; i < 24; i += 3) { expect(m.positions[i]).toBe(0); expect(m.positions[i + 1]).toBe(0); }
    expect([...m.anchors]).toEqual([0, 0, 285]);
    expect(m.texts).toEqual(['V 10.0 m @ 1.5 from 10.0']);
  });
});
