export { blockModelCsv } from './blockCsv';
export { blockModelGslib, GSLIB_MISSING } from './gslib';
export { blockModelVti } from './vti';
export { polyDataVtp, type PolyData } from './vtp';
export { meshObj, meshStl, meshesObj, meshesStl, type ExportMesh, type NamedMesh } from './mesh';
export { holesCsv, holesPolyData, compositesCsv, compositesPolyData } from './drillholes';
export { csvCell, csvNumber, csvRow } from './csvText';
export type { FieldArray, NamedField } from './fields';
export { BLOCK_FORMATS, type BlockFormat } from './formats';
