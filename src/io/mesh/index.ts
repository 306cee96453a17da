export { readObj } from './readObj.ts';
export { readStl } from './readStl.ts';
export { readDxf } from './readDxf.ts';
export { readMesh, isMeshFile, MESH_EXTENSIONS } from './readMesh.ts';
export { MeshError } from './meshError.ts';
