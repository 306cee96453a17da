import { describe, expect, it } from 'vitest';
import { normalizeColumnName, roleOfName, ROLES, type Role } from './columnNames.ts';

describe('normalizeColumnName', () => {
  it('lower-cases, drops separators, brackets and trailing length/angle units', () => {
    expect(normalizeColumnName('HOLE_ID')).toBe('holeid');
    expect(normalizeColumnName('hole_ID')).toBe('holeid');
    expect(normalizeColumnName(' Hole ID ')).toBe('holeid');
    expect(normalizeColumnName('FROM_M')).toBe('from');
    expect(normalizeColumnName('Depth (m)')).toBe('depth');
    expect(normalizeColumnName('Easting [ft]')).toBe('easting');
    expect(normalizeColumnName('AZ_deg')).toBe('az');
    expect(normalizeColumnName('to_depth')).toBe('todepth');
    expect(normalizeColumnName('MAX-DEPTH')).toBe('maxdepth');
    // A lone unit word is the whole name, not a suffix.
    expect(normalizeColumnName('M')).toBe('m');
    // Grade units are not stripped (Y_ppm is not the Y coordinate).
    expect(normalizeColumnName('Y_ppm')).toBe('yppm');
  });
});

describe('roleOfName', () => {
  const cases: [string, Role[], Role | undefined][] = [
    ['BHID', ROLES as Role[], 'HOLEID'], ['HOLE', ['HOLEID'], 'HOLEID'], ['hole_ID', ['HOLEID'], 'HOLEID'],
    ['XCOLLAR', ['X'], 'X'], ['EAST', ['X'], 'X'], ['Easting', ['X'], 'X'],
    ['NORTHING', ['Y'], 'Y'], ['YCOLLAR', ['Y'], 'Y'],
    ['RL', ['Z'], 'Z'], ['ELEV', ['Z'], 'Z'], ['Elevation', ['Z'], 'Z'], ['ZCOLLAR', ['Z'], 'Z'],
    ['EOH', ['DEPTH'], 'DEPTH'], ['MAX_DEPTH', ['DEPTH'], 'DEPTH'], ['LENGTH', ['DEPTH'], 'DEPTH'],
    ['DISTANCE', ['AT'], 'AT'], ['depth', ['HOLEID', 'AT', 'AZ', 'DIP'], 'AT'], ['depth', ['HOLEID', 'X', 'Y', 'Z', 'DEPTH'], 'DEPTH'],
    ['BRG', ['AZ'], 'AZ'], ['BEARING', ['AZ'], 'AZ'], ['Azimuth', ['AZ'], 'AZ'],
    ['INCL', ['DIP'], 'DIP'], ['Inclination', ['DIP'], 'DIP'],
    ['depth_from', ['FROM', 'TO'], 'FROM'], ['FROM_M', ['FROM', 'TO'], 'FROM'],
    ['depth_to', ['FROM', 'TO'], 'TO'], ['to_depth', ['FROM', 'TO'], 'TO'], ['TO_M', ['FROM', 'TO'], 'TO'],
    ['Au_ppm', ROLES as Role[], undefined], ['depth', ['FROM', 'TO'], undefined],
  ];
  it.each(cases)('%s among %j → %s', (name, roles, want) => {
    expect(roleOfName(name, roles)).toBe(want);
  });
});
