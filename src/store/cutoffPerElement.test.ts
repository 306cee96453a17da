import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLode } from './index';
import { parseScene } from '../io/scene';
import { allocateResult } from '../../workers/results';
import { sceneFileText } from '../ui/files/saveScene';

const DIR = new URL('../../sample-models/synthetic-gold/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const FILES = { 'collars.csv': read('collars.csv'), 'surveys.csv': read('surveys.csv'), 'assays.csv': read('assays.csv') };
const initial = useLode.getState();
beforeEach(() => useLode.setState(initial, true));

describe('store: the cutoff belongs to the element', () => {
  it('switching element keeps each element\'s cutoff, the slider range follows, a saved file keeps them all', async () => {
    await useLode.getState().openScene(parseScene(read('scene.json'), 'scene.json'), null, FILES, { estimate: false });
    const grid = useLode.getState().grid!;
    const n = grid.count[0] * grid.count[1] * grid.count[2];
    const au = allocateResult(0, n), cu = allocateResult(0, n);
    au.estimate.fill(1); au.estimate[7] = 12.5;
    cu.estimate.fill(0.01); cu.estimate[9] = 0.037;
    useLode.setState({ estimates: { AU: au, CU: cu } });
    const s = () => useLode.getState();
    expect(s().cutoff).toBe(0.5); // the scene's saved AU cutoff
    s().setCutoff(0.8);
    s().setView({ element: 'CU' });
    // CU has no saved cutoff: its first reporting cutoff (resources.cutoffs.CU[0] = 0), not AU's 0.8 g/t.
    expect(s().cutoff).toBe(0);
    expect(s().cutoffRange).toEqual([0, 0.037]); // up to the largest CU block, not a percentile
    s().setCutoff(0.02);
    s().setView({ element: 'AU' });
    expect(s().cutoff).toBe(0.8);
    expect(s().cutoffRange).toEqual([0, 12.5]);
    s().setView({ element: 'CU' });
    expect(s().cutoff).toBe(0.02);
    const saved = JSON.parse(await sceneFileText(s()));
    expect(saved.view.cutoffs).toEqual({ AU: 0.8, CU: 0.02 });
    expect(saved.view.element).toBe('CU');
    expect(saved.view.cutoff).toBe(0.02);
  });
});
