/**
 * A triangle mesh as read from OBJ/STL/DXF (surfaces such as topography, or closed solids such as
 * a domain). Coordinates in the scene's length unit, X east, Y north, Z up.
 */
export interface TriangleMesh {
  /** Vertex coordinates, x0 y0 z0 x1 y1 z1 … */
  positions: Float64Array;
  /** Three vertex indices (0-based) per triangle. */
  indices: Uint32Array;
  /** The file (or OBJ object) name the mesh came from. */
  name: string;
}

/** Number of vertices of a mesh. */
export function vertexCount(mesh: TriangleMesh): number {
  return mesh.positions.length / 3;
}

/** Number of triangles of a mesh. */
export function triangleCount(mesh: TriangleMesh): number {
  return mesh.indices.length / 3;
}
