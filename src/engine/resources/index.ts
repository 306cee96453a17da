/** Resources: grade–tonnage tables and the fast cutoff curve. */
export { CutoffCurve, prepareCutoffCurve, queryCutoffCurve, type CutoffCurveData, type CutoffResult } from './cutoffCurve';
export { GRAMS_PER_TROY_OUNCE, POUNDS_PER_TONNE, gradeTonnage, gramsPerGradeTonne, metalContent, troyOunces, type GradeTonnageRow } from './gradeTonnage';
export * from './economics';
export * from './classification';
export * from './regions';
export * from './resourceTable';
export * from './regionFraction';
