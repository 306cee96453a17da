/**
 * Gives one index per distinct (x, y, z), so triangles sharing a corner share its vertex (STL and
 * DXF store each face's corners separately; a closed solid needs its shared edges back).
 */
export function vertexMerger() {
  const coords: number[] = [];
  const seen = new Map<string, number>();
  return {
    add(x: number, y: number, z: number): number {
      const key = `${x},${y},${z}`;
      let i = seen.get(key);
      if (i === undefined) {
        i = coords.length / 3;
        seen.set(key, i);
        coords.push(x, y, z);
      }
      return i;
    },
    positions: () => Float64Array.from(coords),
  };
}
