import { useRef } from 'react';
import { useLode } from '../../store';
import { readFiles } from './readFiles';
import { toUserMessage } from '../../io/userMessage';

/** A button that opens the file picker and opens the chosen files (scene or tables). */
export function OpenFilesButton({ label, accept }: { label: string; accept: string }) {
  const picker = useRef<HTMLInputElement>(null);
  const onPick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    try {
      await useLode.getState().openFiles(await readFiles(files));
    } catch (e) {
      useLode.getState().setError(toUserMessage(e));
    } finally {
      if (picker.current) picker.current.value = '';
    }
  };
  return (
    <>
      <button type="button" onClick={() => picker.current?.click()}>{label}</button>
      <input ref={picker} type="file" hidden multiple accept={accept} tabIndex={-1}
        onChange={(e) => void onPick(e.target.files)} />
    </>
  );
}
