/** Test helpers for the CLI's file outputs: run a command in-process into a file, and read CSV text as rows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../src/cli/main';

/** Runs `lode <command> <scene> -o <dir>/<out> -t 0 -q` in this process, expects exit 0, returns the file's text. */
export async function cliToFile(dir: string, command: string, scene: string, out: string): Promise<string> {
  const file = join(dir, out);
  expect(await main([command, scene, '-o', file, '-t', '0', '-q'])).toBe(0);
  return readFileSync(file, 'utf8');
}

/** CSV text as rows of cells (no quoting in Lode's numeric outputs). */
export const csvRows = (s: string): string[][] => s.trimEnd().split('\n').map((l) => l.split(','));
