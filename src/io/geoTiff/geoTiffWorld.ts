import type { WorldFile } from '../worldFile';

/** The georeferencing tags of a GeoTIFF (GeoTIFF 1.1, OGC 19-008r4, §7): what places raster space in model space. */
export interface GeoTiffTags {
  /** ModelPixelScaleTag (33550): Sx, Sy, Sz. */
  pixelScale?: ArrayLike<number>;
  /** ModelTiepointTag (33922): I, J, K, X, Y, Z (the first tiepoint is used). */
  tiepoint?: ArrayLike<number>;
  /** ModelTransformationTag (34264): a 4 × 4 matrix, row-major, raster (I, J, K, 1) → model (X, Y, Z, 1). */
  transformation?: ArrayLike<number>;
  /** GTRasterTypeGeoKey = 2 (RasterPixelIsPoint): raster (0, 0) is the centre of the first pixel, not its corner. */
  pixelIsPoint?: boolean;
}

/**
 * The world file (A, D, B, E, C, F: the centre of pixel (col, row) at x = A·col + B·row + C,
 * y = D·col + E·row + F) equivalent to a GeoTIFF's tags, or null when it has none. For
 * RasterPixelIsArea (the default) raster point (I, J) = (col + ½, row + ½) is a pixel's centre;
 * for RasterPixelIsPoint it is (col, row). With a tiepoint and a scale, X = Xt + (I − It)·Sx and
 * Y = Yt − (J − Jt)·Sy (north up); with the transformation matrix M, X = M0·I + M1·J + M3 and
 * Y = M4·I + M5·J + M7 (GeoTIFF 1.1 §7.2).
 */
export function worldFromGeoTiffTags(tags: GeoTiffTags): WorldFile | null {
  const h = tags.pixelIsPoint ? 0 : 0.5;
  const m = tags.transformation;
  if (m && m.length >= 16) {
    const w: WorldFile = [m[0], m[4], m[1], m[5], m[0] * h + m[1] * h + m[3], m[4] * h + m[5] * h + m[7]];
    return w.every(Number.isFinite) && (w[0] !== 0 || w[1] !== 0) && (w[2] !== 0 || w[3] !== 0) ? w : null;
  }
  const s = tags.pixelScale, t = tags.tiepoint;
  if (!s || s.length < 2 || !t || t.length < 6) return null;
  const [sx, sy] = [s[0], s[1]];
  if (!(sx > 0) || !(sy > 0)) return null;
  const w: WorldFile = [sx, 0, 0, -sy, t[3] + (h - t[0]) * sx, t[4] - (h - t[1]) * sy];
  return w.every(Number.isFinite) ? w : null;
}
