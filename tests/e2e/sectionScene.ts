/**
 * A small drillhole scene for the section tests: vertical holes B (20, 0) and C (20, 40), A (0, 0),
 * D (40, 0), and E from (0, 20) towards the east dipping 45°, each 60 m of 5 m samples; a grid of
 * 5 m blocks. Hand counts of the 5 m intervals in the automatic slab (two blocks: 10 m wide):
 * at X = 20: B 12 + C 12 + E 4 (its 20–40 m along the hole, X 14.1–28.3) = 28 in 3 holes;
 * at X = 30: E only, 35–50 m = 3; at X = 10: E 5–25 m = 4.
 */
export function sectionScene(extra: Record<string, unknown> = {}): string {
  const holes = [['A', 0, 0, 0, -90], ['B', 20, 0, 0, -90], ['C', 20, 40, 0, -90], ['D', 40, 0, 0, -90], ['E', 0, 20, 90, -45]] as const;
  const collars = ['HOLEID,X,Y,Z', ...holes.map(([h, x, y]) => `${h},${x},${y},0`)].join('\n');
  const surveys = ['HOLEID,AT,AZ,DIP', ...holes.map(([h, , , az, dip]) => `${h},0,${az},${dip}`)].join('\n');
  const assays = ['HOLEID,FROM,TO,AU'];
  holes.forEach(([h], k) => { for (let d = 0; d < 60; d += 5) assays.push(`${h},${d},${d + 5},${(1 + ((d / 5 + k) % 4)).toFixed(1)}`); });
  return JSON.stringify({
    lode: 1, name: 'Section test holes', units: 'm',
    data: { collars: { text: collars, name: 'collars.csv' }, surveys: { text: surveys, name: 'surveys.csv' }, assays: { text: assays.join('\n'), name: 'assays.csv' } },
    import: { dipSign: 'negativeDown' },
    composite: { length: 5 },
    estimate: {
      elements: ['AU'], discretization: [1, 1, 1],
      variograms: { AU: { nugget: 0.1, structures: [{ type: 'spherical', sill: 0.9, ranges: [60, 60, 30] }] } },
      search: { ranges: [60, 60, 40], minSamples: 2, maxSamples: 8 },
      grid: { origin: [-2.5, -2.5, -57.5], size: [5, 5, 5], count: [10, 10, 12] },
    },
    view: { visible: { drillholes: true, blocks: true, envelope: false, labels: true, axes: true } },
    ...extra,
  });
}

/** A tent-shaped topography over the section scene: corners at z = −25, the apex at (20, 20, −8). */
export const TENT_OBJ = ['o topo', 'v -10 -10 -25', 'v 60 -10 -25', 'v 60 60 -25', 'v -10 60 -25', 'v 20 20 -8',
  'f 1 2 5', 'f 2 3 5', 'f 3 4 5', 'f 4 1 5', ''].join('\n');
