import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function lode(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/lode.js'), ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

// Two holes listed B before A in the collar file; A has a gap (6–7) and a missing value (7–8).
const collars = 'HOLEID,X,Y,Z,DEPTH,AZ,DIP\nB,100,0,50,20,0,-90\nA,0,0,50,20,0,-90\n';
const assays = [
  'HOLEID,FROM,TO,AU',
  'A,0,2,0.1', 'A,2,4,4', 'A,4,6,12', 'A,7,8,NA', 'A,8,10,4', 'A,10,12,0.1',
  'B,0,1,0.2', 'B,1,2,0.3',
  'B,5,6,2', 'B,6,8,0', 'B,8,9,0.5',
].join('\n');

function sceneFile(intercepts: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'lode-intercepts-'));
  const file = join(dir, 'scene.json');
  writeFileSync(file, JSON.stringify({ lode: 1, data: { collars: { text: collars }, assays: { text: assays } }, intercepts }));
  return file;
}

describe('lode intercepts', () => {
  it('writes the intercepts of each hole in file order, with "including"', async () => {
    const r = await lode('intercepts', sceneFile({ element: 'AU', cutoff: 1, maxDilution: 2, minLength: 1, includeCutoff: 8 }), '--quiet');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('HOLEID,FROM,TO,LENGTH,AU,GRADE_LENGTH,INCLUDING');
    // B: one 1 m interval at 2 g/t; its 2 m run below would give (2 + 0) / 3 < 1 before 0.5 … and 0.5 is below: closed.
    // A: 2–10 with a gap and a missing value (2 m of dilution at 0): (8 + 24 + 0 + 8) / 8 = 5; including 4–6 @ 12.
    expect(lines.slice(1)).toEqual([
      'B,5,6,1,2,2,',
      'A,2,10,8,5,40,2.0 m @ 12 from 4.0',
    ]);
  });

  it('closes an intercept before a dilution run longer than maxDilution', async () => {
    const r = await lode('intercepts', sceneFile({ cutoff: 1, maxDilution: 1.5, minLength: 2 }), '--quiet');
    expect(r.code).toBe(0);
    // A's 2 m of gap and missing value now split it; B's single metre is shorter than minLength.
    expect(r.stdout.trimEnd().split('\n').slice(1)).toEqual(['A,2,6,4,8,32,', 'A,8,10,2,4,8,']);
  });

  it('states the rule and what was derived on stderr', async () => {
    const r = await lode('intercepts', sceneFile({ cutoff: 1 }));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/intercepts: \d+ in \d+ holes; AU cutoff 1 g\/t, dilution ≤ 4 m, length ≥ 4 m \(derived from the assays: element, maxDilution, minLength\)/);
  });

  it('names the field of an unknown element (exit 2)', async () => {
    const r = await lode('intercepts', sceneFile({ element: 'ZN', cutoff: 1 }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/intercepts\.element: the data has no element "ZN"/);
  });
});
