/**
 * The distinct ArrayBuffers of every typed array in a result (nested objects and arrays
 * searched a few levels deep), for Comlink.transfer: results move, they are not copied.
 */
export function transferables(value: unknown, depth = 3, out: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (depth > 0 && value !== null && typeof value === 'object') {
    for (const v of Array.isArray(value) ? value : Object.values(value)) transferables(v, depth - 1, out);
  }
  return [...out];
}
