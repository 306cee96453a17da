/**
 * Data import and validation: CSV / GEO-EAS reading, column recognition, typed tables with
 * row-level findings, and the drillhole validation report.
 */
export { ImportError, isImportError } from './importError.ts';
export type { RawTable } from './rawTable.ts';
export { parseCsv } from './parseCsv.ts';
export { parseGslib } from './parseGslib.ts';
export { readTable, readHeader, guessFormat, type TableFormat } from './readTable.ts';
export { normalizeColumnName, ROLE_NAMES, type Role } from './columnNames.ts';
export { parseElementName, type ElementName } from './elementName.ts';
export { detectTableKind, type DetectedKind, type DetectedTable } from './detectTableKind.ts';
export { resolveImportOptions, type ImportOptions, type ImportSettings, type ResolvedImportOptions } from './importOptions.ts';
export type { ImportResult, TableSummary, ElementSummary, ValueColumnInfo } from './importTypes.ts';
export { importCollars } from './importCollars.ts';
export { importSurveys } from './importSurveys.ts';
export { importIntervals } from './importIntervals.ts';
export { importPoints } from './importPoints.ts';
export { validateDrillholes, type DrillholeImports, type ValidatedDrillholes } from './validateDrillholes.ts';
export { FAR_STATION_DEPTH } from './validateSurveys.ts';
export { pointsReport } from './pointsReport.ts';
export { formatFinding } from './formatFinding.ts';
