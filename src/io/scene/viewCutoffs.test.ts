import { describe, expect, it } from 'vitest';
import { cutoffOf, restoreViewCutoffs, withCutoff } from './viewCutoffs';
import { restoreScene } from './restore';

describe('view cutoffs: one per element', () => {
  it('reads an element\'s own cutoff (names compare without case), else nothing', () => {
    const view = { element: 'AU', cutoff: 0.5, cutoffs: { AU: 0.5, Cu: 0.2 } };
    expect(cutoffOf(view, 'AU')).toBe(0.5);
    expect(cutoffOf(view, 'CU')).toBe(0.2);
    expect(cutoffOf(view, 'MO')).toBeUndefined();
  });

  it('an older file\'s single cutoff belongs to its element only', () => {
    expect(cutoffOf({ element: 'CU', cutoff: 0.258 }, 'CU')).toBe(0.258);
    expect(cutoffOf({ element: 'CU', cutoff: 0.258 }, 'AU')).toBeUndefined();
    // A view naming no element: its cutoff is for the element shown first.
    expect(cutoffOf({ cutoff: 0.3 }, 'MO')).toBe(0.3);
  });

  it('setting keeps the other elements and the single cutoff of the shown one', () => {
    const v = withCutoff({ element: 'AU', cutoff: 0.5, cutoffs: { AU: 0.5, CU: 0.2 } }, 'cu', 0.3);
    expect(v.cutoffs).toEqual({ AU: 0.5, cu: 0.3 });
    expect(v.cutoff).toBe(0.5); // CU is not the element shown
    expect(withCutoff(v, 'AU', 1).cutoff).toBe(1);
  });

  it('restore moves an older single cutoff into cutoffs; cutoffs wins when both are there', () => {
    expect(restoreViewCutoffs({ element: 'CU', cutoff: 0.258 })).toEqual({ element: 'CU', cutoff: 0.258, cutoffs: { CU: 0.258 } });
    expect(restoreViewCutoffs({ element: 'AU', cutoff: 9, cutoffs: { AU: 0.5 } })).toEqual({ element: 'AU', cutoff: 0.5, cutoffs: { AU: 0.5 } });
    const scene = restoreScene({ lode: 1, data: { samples: { path: 'x.csv' } }, view: { element: 'AU', cutoff: 0.7 } }, 'old.json');
    expect(scene.view?.cutoffs).toEqual({ AU: 0.7 });
    expect(() => restoreScene({ lode: 1, data: { samples: { path: 'x.csv' } }, view: { cutoffs: { AU: 'high' } } }, 'bad.json')).toThrow(/view\.cutoffs\.AU/);
  });
});
