import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScene, serializeScene } from '../../io/scene';
import { sceneReader } from '../../cli/context';
import { loadSceneData } from '../../pipeline';
import { withCap } from './withCap';

const TINY = fileURLToPath(new URL('../../../tests/fixtures/scenes/tiny.json', import.meta.url));

describe('the cap chosen in the Statistics tab', () => {
  it('is written to composite.caps, survives saving and reopening, and caps the composites on load', async () => {
    const scene = parseScene(readFileSync(TINY, 'utf8'), TINY);
    const capped = withCap(scene, 'AU', 3);
    expect(capped.composite?.caps).toEqual({ AU: 3 });
    const reopened = parseScene(await serializeScene(capped), 'saved.json');
    expect(reopened.composite?.caps).toEqual({ AU: 3 });
    const before = await loadSceneData(scene, sceneReader(TINY));
    const after = await loadSceneData(reopened, sceneReader(TINY));
    const over = Array.from(before.samples.values.AU).filter((v) => v > 3).length;
    expect(over).toBeGreaterThan(0);
    expect(after.caps?.AU.capped).toBe(over);
    expect(Math.max(...Array.from(after.samples.values.AU).filter(Number.isFinite))).toBe(3);
    expect(Array.from(after.uncapped!.AU)).toEqual(Array.from(before.samples.values.AU));
    expect(withCap(reopened, 'AU', undefined).composite?.caps).toBeUndefined();
  });
});
