/** Resources: grade–tonnage tables and the fast cutoff curve. */
export { CutoffCurve, prepareCutoffCurve, queryCutoffCurve, type CutoffCurveData, type CutoffResult } from './cutoffCurve';
export { GRAMS_PER_TROY_OUNCE, POUNDS_PER_TONNE, gradeTonnage, metalContent, troyOunces, type GradeTonnageRow } from './gradeTonnage';
