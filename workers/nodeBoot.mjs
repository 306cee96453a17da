// Entry of a Node worker thread: loads the TypeScript worker module through tsx.
// (Node 20 does not apply `--import tsx` from a Worker's execArgv, so the loader is registered here.)
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
