/**
 * Column roles and the names that are recognised for them. A name is compared after
 * normalizeColumnName: lower case, bracketed parts and trailing length/angle unit words
 * removed, separators dropped ('Hole_ID' → 'holeid', 'FROM (m)' → 'from', 'to_depth' → 'todepth').
 */

export type Role = 'HOLEID' | 'X' | 'Y' | 'Z' | 'DEPTH' | 'AT' | 'AZ' | 'DIP' | 'FROM' | 'TO';

export const ROLES: readonly Role[] = ['HOLEID', 'X', 'Y', 'Z', 'DEPTH', 'AT', 'AZ', 'DIP', 'FROM', 'TO'];

/** Normalised names per role, most common first (the first few are quoted in error messages). */
export const ROLE_NAMES: Record<Role, readonly string[]> = {
  HOLEID: ['holeid', 'bhid', 'hole', 'dhid', 'holeno', 'holenumber', 'holename', 'borehole', 'boreholeid', 'drillhole', 'drillholeid', 'collarid'],
  X: ['x', 'east', 'easting', 'eastings', 'xcollar', 'collarx', 'xcoord', 'xcoordinate', 'xlocation', 'xloc', 'xmid', 'midx'],
  Y: ['y', 'north', 'northing', 'northings', 'ycollar', 'collary', 'ycoord', 'ycoordinate', 'ylocation', 'yloc', 'ymid', 'midy'],
  Z: ['z', 'rl', 'elev', 'elevation', 'zcollar', 'collarz', 'zcoord', 'zcoordinate', 'zlocation', 'zloc', 'collarrl', 'rlcollar', 'zmid', 'midz', 'altitude'],
  DEPTH: ['depth', 'eoh', 'maxdepth', 'length', 'totaldepth', 'td', 'holedepth', 'holelength', 'enddepth', 'eohdepth', 'finaldepth', 'totallength'],
  AT: ['at', 'depth', 'distance', 'surveydepth', 'surveyat', 'depthat', 'md'],
  AZ: ['az', 'azimuth', 'brg', 'bearing', 'azi', 'azim'],
  DIP: ['dip', 'incl', 'inclination', 'inc'],
  FROM: ['from', 'depthfrom', 'fromdepth', 'mfrom', 'samplefrom', 'intervalfrom'],
  TO: ['to', 'depthto', 'todepth', 'mto', 'sampleto', 'intervalto'],
};

/** Names read as a sample identifier: always a text (category) column, never an element. */
export const SAMPLE_ID_NAMES: ReadonlySet<string> = new Set([
  'sampleid', 'sample', 'sampleno', 'samplenumber', 'sampno', 'sampid', 'sampleref', 'id', 'no', 'index', 'seq', 'barcode',
]);

const UNIT_WORDS = new Set(['m', 'ft', 'feet', 'foot', 'metre', 'metres', 'meter', 'meters', 'mts', 'deg', 'degree', 'degrees']);

/** Normalise a column name for matching (see module comment). */
export function normalizeColumnName(name: string): string {
  const tokens = name.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ').split(/[^a-z0-9%]+/).filter((t) => t !== '');
  while (tokens.length > 1 && UNIT_WORDS.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join('');
}

/** The role a name denotes among the given roles, or undefined. */
export function roleOfName(name: string, roles: readonly Role[]): Role | undefined {
  const n = normalizeColumnName(name);
  for (const r of roles) if (ROLE_NAMES[r].includes(n)) return r;
  return undefined;
}

/** Readable list of accepted names for a role, for error messages (e.g. 'HOLEID, BHID, HOLE_ID, hole_ID, HOLE, …'). */
export function describeRoleNames(role: Role): string[] {
  const extra: Partial<Record<Role, string[]>> = {
    HOLEID: ['HOLEID', 'BHID', 'HOLE_ID', 'hole_ID', 'HOLE', 'DHID'],
    FROM: ['FROM', 'depth_from', 'FROM_M'],
    TO: ['TO', 'depth_to', 'to_depth', 'TO_M'],
  };
  return extra[role] ?? ROLE_NAMES[role].slice(0, 6).map((s) => s.toUpperCase());
}
