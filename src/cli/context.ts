import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseScene, MAX_SCENE_CHARS, type Scene, type ReadFile } from '../io/scene';
import { formatFinding } from '../io/csv';
import { InputError, loadSceneData, localRunner, type EstimateRunner, type SceneData } from '../pipeline';
import { createNodePool } from '../../workers/nodePool';
import type { WorkerPool } from '../../workers/pool';
import type { CliArgs } from './args';
import { Output } from './output';
import { Progress } from './progress';

/** How many excluded rows a non-validate command lists on standard error. */
const LISTED_EXCLUSIONS = 5;

/** Reads files relative to the scene file; a missing file is bad input (exit 2). */
export function sceneReader(sceneFile: string): ReadFile {
  const dir = dirname(resolve(sceneFile));
  return async (path: string) => {
    const abs = resolve(dir, path);
    try {
      const bytes = await readFile(abs);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new InputError(`${path}: file not found (looked for ${abs})`);
      if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not a table`);
      if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
      throw e;
    }
  };
}

/** Reads and parses the scene file (exit 2 when missing, too large or invalid). */
export async function loadScene(file: string): Promise<Scene> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new InputError(`${file}: scene file not found`);
  }
  if (size > MAX_SCENE_CHARS * 2) throw new InputError(`${file}: scene file is too large (${Math.round(size / 1048576)} MB)`);
  return parseScene(await readFile(file, 'utf8'), file);
}

/** What a command works with: the scene, its data (loaded once), a runner, the output and progress. */
export class CliContext {
  readonly progress: Progress;
  readonly out: Output;
  private dataPromise: Promise<SceneData> | null = null;
  private pool: WorkerPool | null = null;

  constructor(readonly args: CliArgs, readonly scene: Scene) {
    this.progress = new Progress(args.quiet);
    this.out = new Output(args.out);
  }

  /** The scene's data. With `announce`, says on stderr what was loaded and which rows were excluded. */
  data(announce = true): Promise<SceneData> {
    this.dataPromise ??= loadSceneData(this.scene, sceneReader(this.args.scene)).then((d) => {
      if (announce) this.announce(d);
      return d;
    });
    return this.dataPromise;
  }

  private announce(d: SceneData): void {
    const what = d.kind === 'points' ? `${d.samples.x.length.toLocaleString('en-US')} point samples`
      : `${d.samples.x.length.toLocaleString('en-US')} ${this.scene.composite ? 'composites' : 'intervals'} of ${d.holes?.holeIds.length ?? 0} holes`;
    const excluded = d.findings.filter((f) => f.excluded);
    const counts = ['error', 'warning', 'info'].map((s) => [s, d.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    this.progress.note(`data: ${what}; elements ${d.elements.join(', ') || 'none'}; ${d.findings.length} findings${counts.length ? ` (${counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ')})` : ''}`);
    if (excluded.length) {
      this.progress.note(`${excluded.length} row${excluded.length === 1 ? '' : 's'} excluded from processing:`);
      for (const f of excluded.slice(0, LISTED_EXCLUSIONS)) this.progress.note(`  ${formatFinding(f)}`);
      if (excluded.length > LISTED_EXCLUSIONS) this.progress.note(`  … and ${excluded.length - LISTED_EXCLUSIONS} more (lode validate ${this.args.scene} lists them all)`);
    }
  }

  /** The worker pool (--threads N, default one per core) or the main thread (--threads 0). */
  runner(): EstimateRunner {
    if (this.args.threads === 0) return localRunner();
    this.pool ??= createNodePool(this.args.threads);
    return this.pool;
  }

  /** Starts the worker threads now, so that they load while the scene's data is read (commands that will estimate). */
  startWorkers(): void {
    if (this.args.threads === 0) return;
    this.pool ??= createNodePool(this.args.threads);
    this.pool.prestart();
  }

  /** Number of threads the runner uses. */
  get threads(): number {
    return this.args.threads === 0 ? 0 : (this.pool?.size ?? this.args.threads ?? 0);
  }

  /** Ends the workers and the output; after a failure (ok false) an --out file is removed, not left half-written. */
  async close(ok = true): Promise<void> {
    this.pool?.terminate();
    this.pool = null;
    await (ok ? this.out.close() : this.out.discard());
  }
}
