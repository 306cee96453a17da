/** Reading user files (drop, picker) as text, bounded in size and count. */
import { CodedError } from '../../io/userMessage';
import { rememberDroppedFiles } from '../../store/droppedFiles';

/** Largest file read from disk, in bytes (scene files are bounded again by the parser). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Most files taken from one drop. */
export const MAX_FILES = 32;

/** Reads files as text ('.gz' files are left to the caller); throws naming the file that is too large. */
export async function readFiles(list: FileList | File[]): Promise<{ name: string; text: string }[]> {
  const files = Array.from(list);
  if (files.length > MAX_FILES) throw new CodedError(`${files.length} files dropped: at most ${MAX_FILES} at a time`, 'too-many-files', { n: files.length, max: MAX_FILES });
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      const mb = Math.round(f.size / 1048576), max = MAX_FILE_BYTES / 1048576;
      throw new CodedError(`${f.name}: file is too large (${mb} MB; at most ${max} MB)`, 'file-too-large', { file: f.name, mb, max });
    }
  }
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text(), blob: f })));
  rememberDroppedFiles(read);
  return read.map(({ name, text }) => ({ name, text }));
}
