/**
 * Tonnes, grade and metal above a cutoff, prepared once for fast repeated queries (the app's
 * cutoff slider over ~10⁶ blocks): block grades sorted ascending with suffix sums, so a query is
 * one binary search, O(log n). The data are plain typed arrays: the curve may be built in a worker
 * and queried on the main thread (see CutoffCurve).
 *
 * Convention: a block counts when its grade ≥ cutoff. tonnes = Σ volume·density; metal =
 * Σ grade·tonnes in grade-units × t (g/t·t = grams; %·t = t/100 of metal, see metalContent);
 * grade = metal / tonnes (tonnage-weighted mean). NaN (unestimated) blocks are left out.
 */
export interface CutoffCurveData {
  /** Grades of the estimated blocks, ascending. */
  grades: Float64Array;
  /** suffixTonnes[i] = tonnes of blocks i..n-1 (length n + 1, last 0). */
  suffixTonnes: Float64Array;
  /** suffixMetal[i] = Σ grade·tonnes of blocks i..n-1 (length n + 1, last 0). */
  suffixMetal: Float64Array;
  /** Blocks left out because their estimate is NaN. */
  unestimated: number;
}

/**
 * A prepared curve: its data fields plus `query`. A structured clone (postMessage, comlink) keeps
 * the data and loses the method: query a clone with queryCutoffCurve(data, cutoff).
 */
export class CutoffCurve implements CutoffCurveData {
  constructor(
    readonly grades: Float64Array, readonly suffixTonnes: Float64Array,
    readonly suffixMetal: Float64Array, readonly unestimated: number,
  ) {}

  /** Tonnes, grade and metal of the blocks with grade ≥ cutoff, O(log n). */
  query(cutoff: number, out?: CutoffResult): CutoffResult {
    return queryCutoffCurve(this, cutoff, out);
  }

  /** Estimated blocks in the curve. */
  get blocks(): number {
    return this.grades.length;
  }
}

export interface CutoffResult {
  cutoff: number;
  blocks: number;
  /** t */
  tonnes: number;
  /** Tonnage-weighted mean grade above cutoff (grade units); NaN when no block is above it. */
  grade: number;
  /** grade-units × t */
  metal: number;
}

/**
 * Build the curve from block estimates. blockVolume in unit³ (m³), density in t/m³: one number
 * for all blocks, or one per block (same length as estimate).
 */
export function prepareCutoffCurve(estimate: Float64Array, blockVolume: number, density: number | Float64Array): CutoffCurve {
  if (!(blockVolume > 0 && blockVolume < Infinity)) throw new Error(`grade–tonnage: block volume must be positive, got ${blockVolume}`);
  const perBlock = typeof density !== 'number';
  if (perBlock && density.length !== estimate.length) throw new Error(`grade–tonnage: ${density.length} densities for ${estimate.length} blocks`);
  if (!perBlock && !(density > 0 && density < Infinity)) throw new Error(`grade–tonnage: density must be positive, got ${density}`);

  let n = 0;
  for (let i = 0; i < estimate.length; i++) if (!Number.isNaN(estimate[i])) n++;
  const grades = new Float64Array(n);
  const tonnes = new Float64Array(n);
  if (!perBlock) {
    let k = 0;
    for (let i = 0; i < estimate.length; i++) if (!Number.isNaN(estimate[i])) grades[k++] = estimate[i];
    grades.sort();
    tonnes.fill(blockVolume * density);
  } else {
    const idx = new Uint32Array(n);
    let k = 0;
    for (let i = 0; i < estimate.length; i++) if (!Number.isNaN(estimate[i])) idx[k++] = i;
    idx.sort((a, b) => estimate[a] - estimate[b]);
    for (let j = 0; j < n; j++) {
      const d = density[idx[j]];
      if (!(d >= 0 && d < Infinity)) throw new Error(`grade–tonnage: density of block ${idx[j]} is ${d}`);
      grades[j] = estimate[idx[j]]; tonnes[j] = blockVolume * d;
    }
  }
  // Summed from the top down, so high cutoffs (few blocks) keep full precision.
  const suffixTonnes = new Float64Array(n + 1), suffixMetal = new Float64Array(n + 1);
  for (let j = n - 1; j >= 0; j--) {
    suffixTonnes[j] = suffixTonnes[j + 1] + tonnes[j];
    suffixMetal[j] = suffixMetal[j + 1] + tonnes[j] * grades[j];
  }
  return new CutoffCurve(grades, suffixTonnes, suffixMetal, estimate.length - n);
}

/** Tonnes, grade and metal of the blocks with grade ≥ cutoff, in O(log n); written into out when given. */
export function queryCutoffCurve(curve: CutoffCurveData, cutoff: number, out?: CutoffResult): CutoffResult {
  const g = curve.grades;
  // First index with grade >= cutoff.
  let lo = 0, hi = g.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (g[m] < cutoff) lo = m + 1; else hi = m; }
  const tonnes = curve.suffixTonnes[lo], metal = curve.suffixMetal[lo];
  const r = out ?? { cutoff, blocks: 0, tonnes: 0, grade: NaN, metal: 0 };
  r.cutoff = cutoff; r.blocks = g.length - lo; r.tonnes = tonnes; r.metal = metal;
  r.grade = tonnes > 0 ? metal / tonnes : NaN;
  return r;
}
