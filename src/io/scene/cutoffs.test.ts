import { describe, expect, it } from 'vitest';
import { cutoffsFor, resourcesSection } from './schema';

describe('resources.cutoffs', () => {
  it('accepts one list for every element', () => {
    const r = resourcesSection.parse({ cutoffs: [0, 0.5, 1] });
    expect(cutoffsFor(r, 'AU')).toEqual([0, 0.5, 1]);
    expect(cutoffsFor(r, 'CU')).toEqual([0, 0.5, 1]);
  });

  it('accepts a list per element, matched case-insensitively; other elements get none', () => {
    const r = resourcesSection.parse({ cutoffs: { AU: [0.3, 0.5], Cu: [0.1] } });
    expect(cutoffsFor(r, 'au')).toEqual([0.3, 0.5]);
    expect(cutoffsFor(r, 'CU')).toEqual([0.1]);
    expect(cutoffsFor(r, 'AG')).toBeUndefined();
    expect(cutoffsFor(undefined, 'AU')).toBeUndefined();
  });

  it('rejects negative cutoffs, naming the element', () => {
    const r = resourcesSection.safeParse({ cutoffs: { AU: [0.5, -1] } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['cutoffs', 'AU', 1]);
  });
});
