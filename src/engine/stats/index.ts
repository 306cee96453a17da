/** Statistics: summaries, histograms, cell declustering. */
export { summarize, weightedQuantiles, type Quantiles, type Summary } from './summary';
export { histogram, type Histogram, type HistogramOptions } from './histogram';
export { cellDecluster, type DeclusterOptions, type DeclusterResult } from './declustering';
