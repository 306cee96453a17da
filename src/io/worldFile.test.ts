import { describe, expect, it } from 'vitest';
import { imageCorners, parseWorldFile, pixelToWorld, worldFileNames, worldToUv } from './worldFile';

describe('world files', () => {
  const w = parseWorldFile('2.0\n0\n0\n-2.0\n1001\n5999\n')!;

  it('reads six numbers in the world-file order', () => {
    expect(w).toEqual([2, 0, 0, -2, 1001, 5999]);
    expect(parseWorldFile('1\n2\n3\n')).toBeNull();
    expect(parseWorldFile('a\n0\n0\n-1\n0\n0')).toBeNull();
  });

  it('places pixel centres and the outer corners (north-up, 2 m pixels)', () => {
    expect(pixelToWorld(w, 0, 0)).toEqual([1001, 5999]);
    expect(pixelToWorld(w, 10, 5)).toEqual([1021, 5989]);
    // a 100 × 50 image covers x 1000..1200, y 5900..6000
    expect(imageCorners(w, 100, 50)).toEqual([[1000, 6000], [1200, 6000], [1200, 5900], [1000, 5900]]);
  });

  it('applies the rotation terms', () => {
    // 90° rotated: columns run north, rows run east
    const r = parseWorldFile('0\n1\n1\n0\n0\n0')!;
    expect(pixelToWorld(r, 3, 2)).toEqual([2, 3]);
  });

  it('maps real points back to texture coordinates (outer corners 0/1, v up)', () => {
    // The 100 × 50 image above covers x 1000..1200, y 5900..6000: its top-left corner is (u, v) = (0, 1),
    // the centre (1100, 5950) is (0.5, 0.5); the z of each triple is ignored.
    const uv = worldToUv(w, 100, 50, [1000, 6000, 7, 1200, 5900, 0, 1100, 5950, -3, 1050, 5975, 0]);
    expect(Array.from(uv, (v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 1, 1, 0, 0.5, 0.5, 0.25, 0.75]);
    // Rotated 90°: pixel (3, 2) of a 10 × 10 image is at (2, 3); its centre lies at u = 3.5 / 10, v = 1 − 2.5 / 10.
    const r = parseWorldFile('0\n1\n1\n0\n0\n0')!;
    expect(Array.from(worldToUv(r, 10, 10, [2, 3, 0]), (v) => Math.round(v * 1e6) / 1e6)).toEqual([0.35, 0.75]);
  });

  it('knows the world-file names of an image', () => {
    expect(worldFileNames('geology.png')).toEqual(['geology.pgw', 'geology.pngw', 'geology.wld']);
    expect(worldFileNames('photo.JPEG')).toEqual(['photo.jgw', 'photo.jpegw', 'photo.wld']);
  });
});
