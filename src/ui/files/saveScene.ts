import { serializeScene } from '../../io/scene';
import { sceneWithCutoff, type LodeStore } from '../../store';

/**
 * The scene file of the current state: every table embedded (gzip+base64), all parameters,
 * and the view (camera, cutoff, colours, visibility, section).
 */
export async function sceneFileText(s: Pick<LodeStore, 'scene' | 'cutoff' | 'tableTexts'>): Promise<string> {
  if (!s.scene) throw new Error('there is no scene to save');
  const scene = sceneWithCutoff(s.scene, s.cutoff);
  return serializeScene(scene, {
    embed: true,
    readFile: async (path) => {
      const text = s.tableTexts[path];
      if (text === undefined) throw new Error(`${path}: the table is no longer available; open the scene again`);
      return text;
    },
  });
}

/** File name for a scene: its name made safe, with the .lode.json extension. */
export function sceneFileName(name: string | undefined): string {
  const base = (name ?? 'scene').normalize('NFKC').replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim().slice(0, 80) || 'scene';
  return `${base}.lode.json`;
}

/** Starts a download of text as a file. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
