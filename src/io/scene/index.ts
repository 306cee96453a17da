/** Scene file v1: parse (untrusted), restore/upgrade, serialize, and read its tables. */
export * from './schema';
export { SceneError } from './sceneError';
export { parseScene } from './parseScene';
export { restoreScene } from './restore';
export { cutoffOf, withCutoff, restoreViewCutoffs, type ViewCutoffs } from './viewCutoffs';
export { parseJsonText, MAX_SCENE_CHARS, lineColumn } from './jsonText';
export { formatIssue, formatPath } from './formatIssue';
export { serializeScene, embedTables, type SerializeOptions } from './serializeScene';
export {
  readTableSource, embedTable, tableEntries, gunzipBounded, bytesToBase64, base64ToBytes,
  MAX_TABLE_BYTES, type ReadFile, type TableText, type TableEntry,
} from './tableSource';
