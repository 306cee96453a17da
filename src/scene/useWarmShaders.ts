import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import type { Object3D } from 'three';

/**
 * True once the shader programs of these objects are compiled (renderer.compileAsync, which lets the
 * GPU process compile them in parallel with KHR_parallel_shader_compile): an object drawn before that
 * makes its first frame wait for the compile on the page's thread (~100 ms for the thick lines in
 * software WebGL). Mount the objects when it turns true; new objects are compiled again.
 */
export function useWarmShaders(...objects: (Object3D | null)[]): boolean {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const [warm, setWarm] = useState<(Object3D | null)[]>([]);
  const key = objects;
  const same = warm.length === key.length && warm.every((o, i) => o === key[i]);
  useEffect(() => {
    if (same) return;
    let live = true;
    const list = key.filter((o): o is Object3D => o !== null);
    Promise.all(list.map((o) => gl.compileAsync(o, camera, scene)))
      .catch(() => undefined)
      .then(() => { if (live) setWarm(key); }, () => undefined);
    return () => { live = false; };
  }, [gl, camera, scene, same, ...key]);
  return same;
}
