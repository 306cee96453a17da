import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLode } from '../../store';
import { parseScene } from '../../io/scene';
import { sceneFileText } from '../files/saveScene';
import { setSceneVariogram } from './VariogramEditor';
import { editVariogramSection } from './LagSettings';

const DIR = new URL('../../../sample-models/synthetic-gold/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const FILES = { 'collars.csv': read('collars.csv'), 'surveys.csv': read('surveys.csv'), 'assays.csv': read('assays.csv') };
const initial = useLode.getState();
beforeEach(() => useLode.setState(initial, true));

describe('Variogram tab edits are saved in the scene and restored on open', () => {
  it('model, lags and directions survive save → open', async () => {
    const open = (text: string) => useLode.getState().openScene(parseScene(text, 'scene.json'), null, FILES, { estimate: false });
    expect(await open(read('scene.json'))).toBe(true);
    const model = { nugget: 0.1, structures: [{ type: 'exponential' as const, sill: 0.9, ranges: [150, 80, 20] as [number, number, number], angles: [120, -40, 30] as [number, number, number] }] };
    setSceneVariogram('AU', model);
    editVariogramSection({ lag: 12.5, lagCount: 18, lagTolerance: 7, directions: [{ azimuth: 120, dip: -40, tolerance: 22.5, dipTolerance: 15 }, { azimuth: 0, dip: -90, tolerance: 90, dipTolerance: 22.5 }] });
    const text = await sceneFileText(useLode.getState());
    useLode.setState(initial, true);
    expect(await open(text)).toBe(true);
    const s = useLode.getState().scene!;
    expect(s.estimate!.variograms.AU).toEqual(model);
    // The other elements' models are untouched.
    expect(s.estimate!.variograms.AG.nugget).toBe(0.2);
    expect(s.variogram).toEqual({ lag: 12.5, lagCount: 18, lagTolerance: 7, directions: [{ azimuth: 120, dip: -40, tolerance: 22.5, dipTolerance: 15 }, { azimuth: 0, dip: -90, tolerance: 90, dipTolerance: 22.5 }] });
  });
});
