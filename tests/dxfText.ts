/** DXF text for tests: an ENTITIES section of 3DFACEs (AutoCAD DXF Reference group codes). */

/** A DXF file: the ENTITIES section holding the given entity texts (group-code / value lines). */
export const dxfText = (...entities: string[]) => ['0', 'SECTION', '2', 'ENTITIES', ...entities, '0', 'ENDSEC', '0', 'EOF', ''].join('\n');

/** A 3DFACE through the corners, then edge flags (group 70) after the fourth corner, as AutoCAD writes them. */
export const dxfFace = (corners: number[][]) => ['0', '3DFACE', '8', 'LODE',
  ...corners.flatMap((p, i) => [`1${i}`, String(p[0]), `2${i}`, String(p[1]), `3${i}`, String(p[2])]), '70', '0'].join('\n');

/** A cube of side s at (x0, y0, z0) as six quad 3DFACEs, outward-wound. */
export function dxfCubeFaces(x0: number, y0: number, z0: number, s: number): string[] {
  const c = (i: number, j: number, k: number) => [x0 + i * s, y0 + j * s, z0 + k * s];
  return [
    [c(0, 0, 0), c(0, 1, 0), c(1, 1, 0), c(1, 0, 0)], // bottom, facing -Z
    [c(0, 0, 1), c(1, 0, 1), c(1, 1, 1), c(0, 1, 1)], // top
    [c(0, 0, 0), c(1, 0, 0), c(1, 0, 1), c(0, 0, 1)], // south, facing -Y
    [c(0, 1, 0), c(0, 1, 1), c(1, 1, 1), c(1, 1, 0)], // north
    [c(0, 0, 0), c(0, 0, 1), c(0, 1, 1), c(0, 1, 0)], // west, facing -X
    [c(1, 0, 0), c(1, 1, 0), c(1, 1, 1), c(1, 0, 1)], // east
  ].map(dxfFace);
}
