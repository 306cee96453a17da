import { describe, expect, it } from 'vitest';
import { detectTableKind } from './detectTableKind.ts';
import { readHeader } from './readTable.ts';
import { hasDatasets, readDataset } from '../../../tests/sharedData.ts';

const kindOf = (h: string) => detectTableKind(h.split(','));

describe('detectTableKind', () => {
  it('recognises the real datasets from their headers', () => {
    const cases: [string, string][] = [
      ['babbitt/collar_BABBITT.csv', 'collars'], ['babbitt/survey_BABBITT.csv', 'surveys'], ['babbitt/assay_BABBITT.csv', 'assays'],
      ['copper_creek/collar.csv', 'collars'], ['copper_creek/survey.csv', 'surveys'], ['copper_creek/assay.csv', 'assays'],
      ['copper_creek/lithology.csv', 'assays'],
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
});
