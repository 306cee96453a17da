/** Public API of the estimator: search neighbourhood, kriging / IDW of blocks and points, cross-validation. */
export { estimateBlocks, estimatePoints, prepareEstimator } from './estimateBlocks';
export type { EstimateRequest, EstimateResult, PointRequest, PreparedEstimation, Progress } from './estimateBlocks';
export { Estimator, countDuplicates, NEGATIVE_WEIGHT } from './estimator';
export type { EstimatorSetup, KrigeAtResult } from './estimator';
export { CONDITION_LIMIT, discretizationOffsets, KrigingSystem } from './krigingSystem';
export { Neighbourhood, searchPasses } from './neighbourhood';
export { crossValidate, summarize } from './crossValidate';
export type { CrossValidationRequest, CrossValidationResult, CrossValidationSummary } from './crossValidate';
