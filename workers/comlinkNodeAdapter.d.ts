// Types of comlink's Node adapter (it ships node-adapter.d.ts, which TypeScript does not pair with the .mjs file).
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
  export type { NodeEndpoint } from 'comlink/dist/esm/node-adapter';
}
