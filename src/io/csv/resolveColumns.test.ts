import { describe, expect, it } from 'vitest';
import { ImportError } from './importError.ts';
import { parseCsv } from './parseCsv.ts';
import { resolveColumns } from './resolveColumns.ts';

const header = (h: string) => parseCsv(`${h}\n`, 'f.csv');

function thrown(fn: () => unknown): ImportError {
  try { fn(); } catch (e) { if (e instanceof ImportError) return e; throw e; }
  throw new Error('did not throw');
}

describe('resolveColumns', () => {
  it('recognises roles by name and leaves the rest as other columns', () => {
    const r = resolveColumns(header('BHID,FROM_M,to_depth,Au_ppm,rock code'), 'intervals');
    expect(r.names).toEqual({ HOLEID: 'BHID', FROM: 'FROM_M', TO: 'to_depth' });
    expect(r.index).toEqual({ HOLEID: 0, FROM: 1, TO: 2 });
    expect(r.others.map((o) => o.name)).toEqual(['Au_ppm', 'rock code']);
  });

  it('a missing required column is an ImportError naming the file, the role and the names looked for', () => {
    const e = thrown(() => resolveColumns(header('ID_HOLE_X,X,Y,Z'), 'collars'));
    expect(e.file).toBe('f.csv');
    expect(e.column).toBe('HOLEID');
    expect(e.candidates).toEqual(expect.arrayContaining(['HOLEID', 'BHID', 'HOLE_ID', 'hole_ID', 'HOLE']));
    expect(e.message).toMatch(/^f\.csv: no HOLEID column \(looked for HOLEID, BHID, HOLE_ID, hole_ID, HOLE/);
  });

  it('two columns for one role is an ImportError naming both', () => {
    const e = thrown(() => resolveColumns(header('HOLEID,X,EASTING,Y,Z'), 'collars'));
    expect(e.column).toBe('X');
    expect(e.candidates).toEqual(['X', 'EASTING']);
    expect(e.message).toMatch(/ambiguous X column: 'X' and 'EASTING' both match/);
  });

  it('an explicit mapping overrides recognition and resolves ambiguity; aliases and case are accepted', () => {
    const r = resolveColumns(header('HOLEID,X,EASTING,Y,Z'), 'collars', { x: 'easting' });
    expect(r.names.X).toBe('EASTING');
    const p = resolveColumns(header('Xlocation,Yloc2,Gold g/t'), 'samples', { X: 'Xlocation', north: 'Yloc2', AU: 'Gold g/t' });
    expect(p.names).toEqual({ X: 'Xlocation', Y: 'Yloc2' });
    expect(p.others).toEqual([{ index: 2, name: 'Gold g/t', key: 'AU' }]);
  });

  it('a mapping to a column that is not there, or to a role the table does not take, is an ImportError', () => {
    const e = thrown(() => resolveColumns(header('HOLEID,X,Y,Z'), 'collars', { X: 'Xlocation' }));
    expect(e.column).toBe('X');
    expect(e.message).toMatch(/column 'Xlocation' \(mapped to X\) is not in the file/);
    expect(() => resolveColumns(header('HOLEID,X,Y,Z'), 'collars', { FROM: 'X' })).toThrow(/does not apply to a collars table/);
  });

  it('unnamed columns and coordinates in an interval table are left out with an info finding', () => {
    const r = resolveColumns(header(',hole_ID,depth_from,depth_to,X,code'), 'intervals');
    expect(r.others.map((o) => o.name)).toEqual(['code']);
    expect(r.findings.map((f) => [f.code, f.severity, f.excluded])).toEqual([['unnamed-column', 'info', false], ['ignored-column', 'info', false]]);
  });

  it('optional roles: collar DEPTH, sample Z and HOLEID', () => {
    expect(resolveColumns(header('HOLE,X,Y,RL,EOH'), 'collars').names.DEPTH).toBe('EOH');
    expect(resolveColumns(header('HOLE,X,Y,RL'), 'collars').names.DEPTH).toBeUndefined();
    expect(resolveColumns(header('X,Y,V'), 'samples').index.Z).toBeUndefined();
  });
});
