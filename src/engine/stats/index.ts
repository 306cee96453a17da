/** Statistics: summaries, histograms, cell declustering. */
export { summarize, weightedQuantiles, type Quantiles, type Summary } from './summary';
export { histogram, type Histogram, type HistogramOptions } from './histogram';
export { cellDecluster, type DeclusterOptions, type DeclusterResult } from './declustering';
export { distribution, PROBABILITY_LEVELS, cumulativeCurve, capEffect, positiveRange, type Distribution, type DistributionInput, type CumulativeCurve, type CapEffect } from './distribution';
export { swath, type Swath, type SwathSamples } from './swath';
export { swathTable, swathHeader, defaultSwathWidth, SWATH_AXES, type SwathAxis, type SwathTable } from './swathTable';
export { normalQuantile } from './normalQuantile';
