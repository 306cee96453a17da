import type { PointTable, ValidationReport } from '../../engine/types.ts';
import type { ImportResult } from './importTypes.ts';

/** The validation report of a point-sample import (its findings, table summary and value counts). */
export function pointsReport(r: ImportResult<PointTable>): ValidationReport {
  const findings = [...r.findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { findings, tables: [r.summary], elements: r.elements };
}
