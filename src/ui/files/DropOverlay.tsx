import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLode } from '../../store';
import { readFiles } from './readFiles';
import { addSurfaceFiles, splitMeshFiles } from './addSurfaces';
import { toUserMessage } from '../../io/userMessage';

/** Files dropped anywhere on the window open as a scene or as tables, or (OBJ/STL/DXF) join the scene's surfaces; an overlay shows while dragging. */
export function DropOverlay() {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => { if (!hasFiles(e)) return; e.preventDefault(); depth++; setOver(true); };
    const leave = (e: DragEvent) => { if (!hasFiles(e)) return; depth = Math.max(0, depth - 1); if (depth === 0) setOver(false); };
    const overFn = (e: DragEvent) => { if (!hasFiles(e)) return; e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = e.dataTransfer?.files;
      if (!files || files.length === 0) return;
      try {
        // OBJ/STL/DXF files become surfaces of the open scene; the rest open as before.
        const { meshes, others } = splitMeshFiles(Array.from(files));
        if (meshes.length) await addSurfaceFiles(meshes);
        if (others.length) await useLode.getState().openFiles(await readFiles(others));
      } catch (err) {
        useLode.getState().setError(toUserMessage(err));
      }
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return <div className="drop-overlay" aria-hidden="true"><div>{t('drop.hint')}</div></div>;
}
