import { InputError } from '../pipeline/inputError';

/** Extensions of the files Lode's commands export (engine/export), and which command writes each. */
const WRITTEN_BY: Record<string, string> = {
  csv: 'every command', dat: 'estimate', gslib: 'estimate', vti: 'estimate', vtp: 'composite and holes', obj: 'envelope and solids', stl: 'envelope and solids', vtk: 'no command (use .vti or .vtp)',
};

/**
 * The lower-case extension of --out when the command writes that format; throws (exit 2) when
 * the extension names an export format this command does not write (rather than writing CSV
 * into, say, blocks.vtp). Other extensions (.txt, none) give the command's plain output: null.
 */
export function outFormat(out: string | undefined, command: string, formats: string[]): string | null {
  const ext = /\.([^./\\]+)$/.exec(out ?? '')?.[1]?.toLowerCase();
  if (!ext) return null;
  if (formats.includes(ext)) return ext;
  if (ext in WRITTEN_BY && ext !== 'csv') throw new InputError(`--out ${out}: ${command} does not write .${ext} files (it writes ${formats.map((f) => `.${f}`).join(', ')}; .${ext} is written by ${WRITTEN_BY[ext]})`);
  return null;
}
