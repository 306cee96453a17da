import { describe, expect, it } from 'vitest';
import { columnContent, detectTableKind } from './detectTableKind.ts';
import { readHeader } from './readTable.ts';
import { hasDatasets, readDataset } from '../../../tests/sharedData.ts';

const kindOf = (h: string) => detectTableKind(h.split(','));

describe('detectTableKind', () => {
  it('recognises the real datasets from their headers', () => {
    const cases: [string, string][] = [
      ['babbitt/collar_BABBITT.csv', 'collars'], ['babbitt/survey_BABBITT.csv', 'surveys'], ['babbitt/assay_BABBITT.csv', 'assays'],
      ['copper_creek/collar.csv', 'collars'], ['copper_creek/survey.csv', 'surveys'], ['copper_creek/assay.csv', 'assays'],
      ['copper_creek/lithology.csv', 'assays'], // header only; with its records it is 'intervals' (below)
      ['macpass_tom_zone/collar.csv', 'collars'], ['macpass_tom_zone/survey.csv', 'surveys'], ['macpass_tom_zone/assay.csv', 'assays'],
      ['gslib_cluster/cluster.dat', 'samples'],
    ];
    // Copper Creek and Tom Zone only where ../shared/datasets exists; Babbitt and cluster.dat always (repository copies).
    for (const [file, kind] of cases.filter(([f]) => hasDatasets(f))) {
      const d = detectTableKind(readHeader(readDataset(file), file));
      expect(d.kind, file).toBe(kind);
      expect(d.ambiguous, file).toBe(false);
    }
  });

  it('reports the matched columns and element columns', () => {
    expect(kindOf('hole_ID,depth,dip,azimuth')).toEqual({ kind: 'surveys', columns: { HOLEID: 'hole_ID', AT: 'depth', AZ: 'azimuth', DIP: 'dip' }, ambiguous: false, elements: [] });
    expect(kindOf('hole_ID,x,y,z')).toMatchObject({ kind: 'collars', columns: { HOLEID: 'hole_ID', X: 'x', Y: 'y', Z: 'z' } });
    expect(kindOf('HOLE,EAST,NORTH,RL,EOH,AZ,DIP')).toMatchObject({ kind: 'collars', columns: { DEPTH: 'EOH' } });
    expect(kindOf('hole_ID,depth_from,depth_to,Cu_pct,Au_ppm,rock').elements).toEqual([
      { column: 'Cu_pct', element: 'CU', unit: 'pct' }, { column: 'Au_ppm', element: 'AU', unit: 'ppm' }]);
  });

  it('located intervals are samples (ambiguous with a hole id); unknown otherwise; duplicate roles are ambiguous', () => {
    expect(kindOf('HOLEID,FROM,TO,X,Y,Z,AU')).toMatchObject({ kind: 'samples', ambiguous: true });
    expect(kindOf('X,Y,V')).toMatchObject({ kind: 'samples', ambiguous: false });
    expect(kindOf('a,b,c')).toEqual({ kind: 'unknown', columns: {}, ambiguous: false, elements: [] });
    expect(kindOf('HOLEID,X,EASTING,Y,Z')).toMatchObject({ kind: 'collars', ambiguous: true });
  });

  it('with records: FROM/TO and only text columns → intervals; a numeric column keeps it assays', () => {
    const rec = (rows: string) => rows.split(';').map((r) => r.split(','));
    const litho = detectTableKind('hole_ID,depth_from,to_depth,rock unit,rock code'.split(','), rec('A,0,5,Monzogranite porphyry,mgp;A,5,9,Breccia,bx'));
    expect(litho).toEqual({ kind: 'intervals', columns: { HOLEID: 'hole_ID', FROM: 'depth_from', TO: 'to_depth' }, ambiguous: false, elements: [] });
    // One grade column among text columns: assays (grades with a rock code).
    expect(detectTableKind('HOLEID,FROM,TO,rock,AU'.split(','), rec('A,0,1,bx,0.5;A,1,2,bx,<0.01')).kind).toBe('assays');
    // Missing codes and blanks do not count as text; a column blank in the first records says nothing.
    expect(detectTableKind('HOLEID,FROM,TO,CU,note'.split(','), rec('A,0,1,NA,;A,1,2,0.3,;A,2,3,-,')).kind).toBe('assays');
    // Nothing but HOLEID/FROM/TO: assays or intervals, the user says.
    expect(detectTableKind('HOLEID,FROM,TO'.split(','), rec('A,0,1'))).toMatchObject({ kind: 'assays', ambiguous: true });
    // Without records the header alone decides (assays).
    expect(detectTableKind('hole_ID,depth_from,to_depth,rock code'.split(',')).kind).toBe('assays');
  });

  it('columnContent: numbers (with below-detection and exponents), text, blank; the majority decides', () => {
    const col = (cells: string[]) => columnContent(cells.map((c) => [c]), 0);
    expect(col(['0.5', '<0.01', '-0.001', '1e-3', '.5'])).toBe('number');
    expect(col(['mgp', 'pqd', '12'])).toBe('text');
    expect(col(['', 'NA', 'n/a', '-'])).toBe('blank');
    expect(col(['1', 'x'])).toBe('number');
  });
});
