import { describe, expect, it } from 'vitest';
import { desurvey } from '../../engine/drillholes/desurvey.ts';
import { importCollars } from './importCollars.ts';
import { importSurveys } from './importSurveys.ts';
import { validateDrillholes } from './validateDrillholes.ts';

const csv = (...lines: string[]) => lines.join('\n');
const rad = Math.PI / 180;

/** End of hole h (last station) of a desurvey. */
function endOf(d: ReturnType<typeof desurvey>, id: string): [number, number, number] {
  const h = d.holes.holeIds.indexOf(id), k = d.holes.offset[h + 1] - 1;
  return [d.holes.x[k], d.holes.y[k], d.holes.z[k]];
}

const collars = csv('HOLEID,EAST,NORTH,RL,EOH,BRG,INCL',
  'H1,100,200,50,100,90,-30', // azimuth and dip: traced straight east, 30° down
  'H2,0,0,10,40,,',           // no direction: vertical
  'H3,500,500,0,50,0,-90');   // has survey rows: they win over the collar's direction
const surveys = csv('HOLE,AT,AZ,DIP', 'H3,0,45,-45');

describe('collar orientation', () => {
  it('traces a hole without survey rows straight from its collar azimuth and dip (hand geometry); one finding lists those holes', () => {
    const v = validateDrillholes({ collars: importCollars(collars, 'c.csv'), surveys: importSurveys(surveys, 's.csv') });
    const d = desurvey(v.collars, v.surveys);
    // H1: 100 m at azimuth 90°, dip −30°: east 100·cos 30° = 86.603, down 100·sin 30° = 50.
    const h1 = endOf(d, 'H1');
    expect(h1[0]).toBeCloseTo(100 + 100 * Math.cos(30 * rad), 9);
    expect(h1[1]).toBeCloseTo(200, 9);
    expect(h1[2]).toBeCloseTo(0, 9);
    expect(endOf(d, 'H2')).toEqual([0, 0, -30]);
    // H3 follows its survey (azimuth 45°, dip −45°), not the collar's vertical.
    const h3 = endOf(d, 'H3');
    expect(h3[0]).toBeCloseTo(500 + 50 * Math.cos(45 * rad) * Math.sin(45 * rad), 9);
    expect(h3[1]).toBeCloseTo(500 + 50 * Math.cos(45 * rad) * Math.cos(45 * rad), 9);
    const f = v.report.findings;
    const traced = f.filter((x) => x.code === 'collar-orientation');
    expect(traced).toHaveLength(1);
    expect(traced[0].message).toBe("1 hole without survey rows traced as a straight line from the collar's azimuth and dip to the end of hole: H1");
    expect(f.filter((x) => x.code === 'no-survey').map((x) => x.holeId)).toEqual(['H2']);
  });

  it('reads all-positive collar dips as positive down (import.dipSign auto) and warns of a bad angle', () => {
    const r = importCollars(csv('HOLE,X,Y,Z,AZ,DIP', 'A,0,0,0,270,60', 'B,0,0,0,abc,90', 'C,0,0,0,10,95'), 'c.csv');
    expect(Array.from(r.table.dip!)).toEqual([-60, -90, NaN]);
    expect(Array.from(r.table.azimuth!)).toEqual([270, NaN, 10]);
    expect(r.findings.map((x) => x.code).sort()).toEqual(['bad-collar-angle', 'bad-collar-angle', 'dip-positive-down']);
  });

  it('magnetic declination is added to survey azimuths and to collar azimuths', () => {
    const v = validateDrillholes({ collars: importCollars(collars, 'c.csv'), surveys: importSurveys(surveys, 's.csv') });
    const d = desurvey(v.collars, v.surveys, { declination: 10 });
    // H1: azimuth 90 + 10 = 100°: east 100·cos30°·sin100°, north 100·cos30°·cos100° (negative: south of east).
    const h1 = endOf(d, 'H1');
    expect(h1[0]).toBeCloseTo(100 + 100 * Math.cos(30 * rad) * Math.sin(100 * rad), 9);
    expect(h1[1]).toBeCloseTo(200 + 100 * Math.cos(30 * rad) * Math.cos(100 * rad), 9);
    expect(h1[2]).toBeCloseTo(0, 9);
    // H3: survey azimuth 45 + 10 = 55°.
    const h3 = endOf(d, 'H3');
    expect(h3[0]).toBeCloseTo(500 + 50 * Math.cos(45 * rad) * Math.sin(55 * rad), 9);
    expect(h3[1]).toBeCloseTo(500 + 50 * Math.cos(45 * rad) * Math.cos(55 * rad), 9);
    // The vertical hole H2 stays vertical.
    expect(endOf(d, 'H2')).toEqual([0, 0, -30]);
  });
});
