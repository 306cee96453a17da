/**
 * The scene-driven pipeline shared by the CLI and the app (no DOM, no workers): load and
 * validate a scene's data, plan an estimate (models, search, grid, with serious defaults),
 * run it on a runner (worker pool or in process), and the variogram, statistics and
 * grade–tonnage steps.
 */
export { InputError, isInputError } from './inputError';
export type { SceneData } from './sceneData';
export { loadSceneData } from './loadSceneData';
export { elementData, resolveElement, type ElementData } from './estimationData';
export { defaultGrid, type DerivedGrid, type GridDefaultsOptions } from './defaultGrid';
export { medianNearestXY, niceNumber } from './spacing';
export { searchFromModel, densityRadius } from './searchDefaults';
export { planEstimate, plannedElements, withPlan, fitInProcess, type EstimatePlan, type ElementPlan, type ModelFitter } from './planEstimate';
export { localRunner, type EstimateRunner, type RunnerOptions } from './runner';
export { estimateAll, crossValidateAll, evenlySpaced, type ElementCrossValidation, type RunCallbacks } from './runEstimate';
export { variogramReport, downholeLags, type VariogramReport } from './variogramStep';
export { elementStatistics, type ElementStatistics } from './statistics';
export { gradeTonnageTable, defaultCutoffs, blockVolumeM3, CUBIC_METRES_PER_CUBIC_FOOT } from './gradeTonnageStep';
export { gradeUnitOf, metalAmount, isPrecious } from './gradeUnits';
export { densityOf, resourceBasis, type ResourceBasis } from './resourceBasis';
export { gradeTonnageReport, type ElementGradeTonnage, type ReportRow } from './gradeTonnageReport';
export { blockJobOf, elementPlanOf } from './blockJob';
export { interceptSettings, significantIntercepts, interceptsFor, type InterceptSettings, type HoleIntercept, type InterceptResult } from './interceptsStep';
export { swathTable, swathHeader, defaultSwathWidth, SWATH_AXES, type SwathAxis, type SwathTable } from '../engine/stats/swathTable';
export { economicsOf, resourceFields, baseElement, reportCutoffs, type ResourceFields, type FieldsInput } from './resourceFields';
export { resourceReport, curvePrices, ALL_BLOCKS, type ResourceReport, type ReportRow as ResourceReportRow, type PricePoint, type ReportInput } from './resourceReport';
export { reportCsv, reportJson } from './reportCsv';
