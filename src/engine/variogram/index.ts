/** Variograms: models, experimental (directional, downhole, map), fitting and the automatic default. */
export { correlation, STRUCTURE_CODE } from './correlation';
export { compileModel, covariance, structuredCovariance, semivariogram, COINCIDENT, type CompiledModel } from './covariance';
export {
  experimentalVariogram, experimentalVariograms,
  type ExperimentalVariogram, type ExperimentalOptions, type VariogramDirection,
} from './experimental';
export { downholeVariogram, type DownholeSamples } from './downhole';
export { variogramMap, type VariogramMap, type VariogramMapOptions } from './variogramMap';
export { fitVariogram, fitVariogramDetailed, type FitInput, type FitOptions, type VariogramFit } from './fit';
export { defaultVariogram, defaultLags, medianNearestNeighbour, type DefaultVariogram } from './defaultVariogram';
export { anglesFromAxes, directionVector } from './directionAxes';
