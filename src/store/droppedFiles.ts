/**
 * The dropped files' own Blobs, by the text read from them. A dropped table becomes embedded text
 * in the scene; the import worker is sent the file itself (a handle) for that text instead of the
 * text encoded again to UTF-8 on the page (~80 ms of its thread for Copper Creek's 3 MB), and the
 * autosave keeps that Blob. Only the files of the last read are kept.
 */
let last: { text: string; blob: Blob }[] = [];

/** Remembers the files just read with their texts (forgetting those of the read before). */
export function rememberDroppedFiles(files: { text: string; blob: Blob }[]): void {
  last = files.map(({ text, blob }) => ({ text, blob }));
}

/**
 * The file a text was read from, when it is one of the last files read. Compared with ===: the
 * scene holds the very string read (identical strings compare by reference; others by length first).
 */
export function droppedFileOf(text: string): Blob | undefined {
  return last.find((f) => f.text === text)?.blob;
}
