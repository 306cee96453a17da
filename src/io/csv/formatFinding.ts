import type { Finding } from '../../engine/types.ts';

/**
 * One-line human message for a finding, as the CLI and UI show it:
 * "assay.csv row 1234: FROM 12.0 ≥ TO 10.0 (hole NE-6) — excluded".
 */
export function formatFinding(f: Finding): string {
  const where = f.row !== undefined && f.row > 0 ? `${f.file} row ${f.row}` : f.file;
  const hole = f.holeId !== undefined && !f.message.includes(`hole ${f.holeId}`) ? ` (hole ${f.holeId})` : '';
  return `${where}: ${f.message}${hole}${f.excluded ? ' — excluded' : ''}`;
}
