/**
 * World files (.pgw, .jgw, .pngw, .jpgw, .tfw, .wld): six numbers, one per line — A (x size of a
 * pixel), D and B (rotation terms), E (y size of a pixel, negative for north-up), C and F (x and y
 * of the centre of the top-left pixel). A pixel (col, row) has its centre at
 * x = A·col + B·row + C, y = D·col + E·row + F (ESRI's definition of the world file).
 */
export type WorldFile = [number, number, number, number, number, number];

/** The six numbers of a world file's text, or null when it is not one. */
export function parseWorldFile(text: string): WorldFile | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length !== 6) return null;
  const v = lines.map(Number);
  if (!v.every(Number.isFinite) || (v[0] === 0 && v[1] === 0) || (v[2] === 0 && v[3] === 0)) return null;
  return v as WorldFile;
}

/** Real x, y of a point of the image given in pixel units (col, row from the top-left pixel's centre). */
export function pixelToWorld(w: WorldFile, col: number, row: number): [number, number] {
  const [a, d, b, e, c, f] = w;
  return [a * col + b * row + c, d * col + e * row + f];
}

/**
 * Texture coordinates (u right, v up, 0–1 over the image's outer edges) of real points x, y, z
 * given as xyz triples: the world file's affine map inverted. For draping the image on a surface.
 */
export function worldToUv(w: WorldFile, width: number, height: number, xyz: ArrayLike<number>): Float32Array {
  const [a, d, b, e, c, f] = w;
  const det = a * e - b * d;
  const n = Math.floor(xyz.length / 3), uv = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const dx = xyz[3 * i] - c, dy = xyz[3 * i + 1] - f;
    const col = (e * dx - b * dy) / det, row = (a * dy - d * dx) / det;
    uv[2 * i] = (col + 0.5) / width;
    uv[2 * i + 1] = 1 - (row + 0.5) / height;
  }
  return uv;
}

/** The four outer corners of a width × height image: top-left, top-right, bottom-right, bottom-left. */
export function imageCorners(w: WorldFile, width: number, height: number): [number, number][] {
  return [[-0.5, -0.5], [width - 0.5, -0.5], [width - 0.5, height - 0.5], [-0.5, height - 0.5]].map(([c, r]) => pixelToWorld(w, c, r));
}

/** World-file extensions that go with an image file name (photo.png → photo.pgw, photo.pngw, photo.wld). */
export function worldFileNames(imageName: string): string[] {
  const dot = imageName.lastIndexOf('.');
  const base = dot > 0 ? imageName.slice(0, dot) : imageName;
  const ext = dot > 0 ? imageName.slice(dot + 1).toLowerCase() : '';
  const short = ext.length >= 3 ? `${ext[0]}${ext[ext.length - 1]}w` : '';
  return [...new Set([short && `${base}.${short}`, `${base}.${ext}w`, `${base}.wld`].filter(Boolean))];
}
