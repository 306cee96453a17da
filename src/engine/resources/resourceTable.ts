import { CLASS_CODE, CLASSES, type ResourceClass } from './classification';

/** One row of a resource table: the blocks of one class at or above one cutoff. */
export interface ResourceRow {
  /** The class, or 'all' when the blocks are not classified. */
  class: ResourceClass | 'unclassified' | 'all';
  cutoff: number;
  /** Blocks counted (block equivalents, fractional, when a region counts the share of each block inside it). */
  blocks: number;
  /** t */
  tonnes: number;
  /** Tonnage-weighted mean grade per element (its grade unit); NaN without tonnes. */
  grade: Record<string, number>;
  /** Σ grade × tonnes per element (grade-units·t; see metalContent for physical units). */
  metal: Record<string, number>;
  /** Σ VALUE_T × tonnes: net value of the blocks (currency); NaN without economics. */
  value: number;
}

/** What a table is computed from: full-grid arrays of equal length. */
export interface TableInput {
  /** Grade compared with the cutoffs (the element's estimate or a metal equivalent); NaN = left out. */
  cutGrade: ArrayLike<number>;
  /** Grades reported per element. */
  grades: Record<string, ArrayLike<number>>;
  /** Tonnes of one block (volume m³ × density t/m³). */
  tonnesPerBlock: number;
  /** Class code per block (CLASS_CODE); absent = not classified (one 'all' row per cutoff). */
  classes?: ArrayLike<number> | null;
  /** Share of each block counted: 1 or 0 (a region's centroid-in mask) or a fraction (regionFraction); absent = all. */
  mask?: ArrayLike<number> | null;
  /** Net value per tonne (VALUE_T); absent = value NaN. */
  value?: ArrayLike<number> | null;
  cutoffs: number[];
}

/**
 * Resource table by class and cutoff: a block counts at every cutoff ≤ its cut grade (grade ≥ cutoff).
 * Classes are listed separately (measured, indicated, inferred, unclassified) and never summed
 * (GB/T 17766-2020). One pass over the blocks, O(blocks × cutoffs).
 */
export function resourceTable(inp: TableInput): ResourceRow[] {
  const { cutGrade: cut, grades, tonnesPerBlock: t, classes, mask, value, cutoffs } = inp;
  for (const c of cutoffs) if (!Number.isFinite(c)) throw new Error(`resource table: cutoff must be a number, got ${c}`);
  const els = Object.keys(grades);
  const cls: (ResourceClass | 'unclassified' | 'all')[] = classes ? [...CLASSES, 'unclassified'] : ['all'];
  const nc = cutoffs.length, ne = els.length;
  const blocks = new Float64Array(cls.length * nc), val = new Float64Array(cls.length * nc);
  const metal = new Float64Array(cls.length * nc * ne), tonnesEl = new Float64Array(cls.length * nc * ne);
  const g = els.map((e) => grades[e]);
  for (let b = 0; b < cut.length; b++) {
    const x = cut[b];
    const w = mask ? mask[b] : 1;
    if (!(x === x) || !(w > 0)) continue;
    let ci = 0;
    if (classes) {
      const code = classes[b];
      if (!(code === code)) continue;
      ci = code === 0 ? 3 : code - 1;
    }
    for (let k = 0; k < nc; k++) {
      if (!(x >= cutoffs[k])) continue;
      const r = ci * nc + k;
      const tw = t * w;
      blocks[r] += w;
      if (value) val[r] += value[b] * tw;
      for (let e = 0; e < ne; e++) {
        const v = g[e][b];
        if (v === v) { metal[r * ne + e] += v * tw; tonnesEl[r * ne + e] += tw; }
      }
    }
  }
  const rows: ResourceRow[] = [];
  cls.forEach((c, ci) => cutoffs.forEach((cutoff, k) => {
    const r = ci * nc + k;
    const row: ResourceRow = { class: c, cutoff, blocks: blocks[r], tonnes: blocks[r] * t, grade: {}, metal: {}, value: value ? val[r] : NaN };
    els.forEach((e, i) => {
      row.metal[e] = metal[r * ne + i];
      row.grade[e] = tonnesEl[r * ne + i] > 0 ? metal[r * ne + i] / tonnesEl[r * ne + i] : NaN;
    });
    rows.push(row);
  }));
  return rows;
}

/** The class name of a CLASS code (NaN → null). */
export function className(code: number): ResourceClass | 'unclassified' | null {
  if (!(code === code)) return null;
  return (Object.entries(CLASS_CODE).find(([, v]) => v === code)?.[0] as ResourceClass | 'unclassified') ?? null;
}
