/**
 * The engine worker: one module for browser Web Workers and Node worker threads.
 * Browser: new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }).
 * Node: started through workers/nodeBoot.mjs (which loads this file with tsx).
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { workerApi } from './exposeEngine';

const api = workerApi();

/** A Node worker thread (not a browser worker): Node's process exists and there is no WorkerGlobalScope. */
const inNode = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'undefined'
  && typeof process !== 'undefined' && !!process.versions?.node;

if (inNode) {
  // The specifier is a variable so that bundlers never pull node: modules into the browser worker.
  const wt = 'node:worker_threads';
  const { parentPort } = (await import(/* @vite-ignore */ wt)) as typeof import('node:worker_threads');
  if (!parentPort) throw new Error('engine.worker: not started as a worker thread');
  Comlink.expose(api, nodeEndpoint(parentPort as unknown as Parameters<typeof nodeEndpoint>[0]));
} else {
  Comlink.expose(api);
}
