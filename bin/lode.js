#!/usr/bin/env node
// The `lode` command: runs the TypeScript CLI (src/cli/run.ts) through tsx, in this process.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/run.ts', import.meta.url);
