/**
 * Test data outside the repository. Babbitt and GSLIB's cluster.dat / kt3d.out have copies in the
 * repository (sample-models/babbitt, tests/fixtures/kt3d) and are always read from there; Copper
 * Creek and Tom Zone (no licence to redistribute) live only in ../shared/datasets beside the
 * repository (CI). Tests that need those use describeShared, which skips them with one printed
 * line when the folder is absent. Paths resolve from the repository root: no absolute paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** ../shared/datasets beside the repository (present on CI only). */
export const SHARED_DATASETS = join(REPO_ROOT, '..', 'shared', 'datasets');

/** True when ../shared/datasets exists. */
export const hasShared = existsSync(SHARED_DATASETS);

/** Datasets with a copy in the repository: their folder under ../shared/datasets → the repository's folder. */
const IN_REPO: Record<string, string> = {
  babbitt: 'sample-models/babbitt',
  gslib_cluster: 'tests/fixtures/kt3d',
};

/**
 * Path of a dataset file given as under ../shared/datasets ('babbitt/collar_BABBITT.csv'): the
 * repository's copy when there is one, else the shared file (which may not exist: see hasShared).
 */
export function datasetPath(rel: string): string {
  const [top, ...rest] = rel.split('/');
  const local = IN_REPO[top] ? join(REPO_ROOT, IN_REPO[top], ...rest) : undefined;
  return local && existsSync(local) ? local : join(SHARED_DATASETS, rel);
}

/** Text of a dataset file (see datasetPath). */
export function readDataset(rel: string): string {
  return readFileSync(datasetPath(rel), 'utf8');
}

/** True when every dataset file named is readable (the repository's copy, or ../shared/datasets). */
export function hasDatasets(...rel: string[]): boolean {
  return rel.every((r) => existsSync(datasetPath(r)));
}

const said = new Set<string>();

/** describe() that runs only with ../shared/datasets, else is skipped with one printed line saying why. */
export function describeShared(name: string, fn: () => void): void {
  if (hasShared) { describe(name, fn); return; }
  if (!said.has(name)) {
    said.add(name);
    console.log(`skipped "${name}": needs ${join('..', 'shared', 'datasets')} beside the repository (Copper Creek and Tom Zone are not redistributed; CI has them)`);
  }
  describe.skip(name, fn);
}
