/** Drillholes: desurvey (minimum curvature), positions along holes, compositing, capping. */
export { deepestDepths, desurvey, type DesurveyOptions, type DesurveyResult } from './desurvey';
export { densifyTraces, holeIndexOf, intervalMidpoints, locate, positionsAt } from './locate';
export { composite, type CompositeOptions, type CompositeResult, type CompositeStats, type ResidualRule } from './composite';
export { capGrades, type CapReport } from './capping';
export { arcDirection, directionOf, dogleg, minimumCurvatureStep, ratioFactor } from './minimumCurvature';
