import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Root of the shared read-only datasets: '../shared/datasets' from the repository root (test use only). */
export const DATASETS = fileURLToPath(new URL('../../../../shared/datasets/', import.meta.url));

/** Text of a shared dataset file, e.g. readDataset('babbitt/collar_BABBITT.csv'). */
export function readDataset(rel: string): string {
  return readFileSync(DATASETS + rel, 'utf8');
}
