import { downloadBlob } from './download';
import { serializeScene } from '../../io/scene';
import { CodedError } from '../../io/userMessage';
import { sceneWithCutoff, type LodeStore } from '../../store';

/**
 * The scene file of the current state: every table embedded (gzip+base64), all parameters,
 * and the view (camera, cutoff, colours, visibility, section).
 */
export async function sceneFileText(s: Pick<LodeStore, 'scene' | 'cutoff' | 'tableTexts'>): Promise<string> {
  if (!s.scene) throw new CodedError('there is no scene to save', 'save-no-scene');
  const scene = sceneWithCutoff(s.scene, s.cutoff);
  return serializeScene(scene, {
    embed: true,
    readFile: async (path) => {
      const text = s.tableTexts[path];
      if (text === undefined) throw new CodedError(`${path}: the table is no longer available; open the scene again`, 'save-table-gone', { file: path });
      return text;
    },
  });
}

/** A scene's name made safe as the start of a file name ('scene' when it has none). */
export function safeFileBase(name: string | undefined): string {
  return (name ?? 'scene').normalize('NFKC').replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim().slice(0, 80) || 'scene';
}

/** File name for a scene: its name made safe, with the .lode.json extension. */
export function sceneFileName(name: string | undefined): string {
  return `${safeFileBase(name)}.lode.json`;
}

/** Starts a download of text (a scene file) as a file. */
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}
