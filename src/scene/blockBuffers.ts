import type { InstancedBufferAttribute, InstancedBufferGeometry } from 'three';
import type { BlockEstimates, BlockGrid } from '../engine/types';
import { blockCount } from '../engine/grid/blockGrid';
import { fillBlockValues, fillNeighbourMin, type BlockField } from './blockAttributes';
import { BLOCK_ATTRIBUTES, blockGeometry } from './blockMaterial';
import { countAtOrAbove, sortByGradeDescending } from './blockOrder';

type Attr = InstancedBufferAttribute & { array: Float32Array };

/**
 * CPU side of the block instances. Full-grid arrays (grade, field, neighbour minimum; also used for
 * picking) are copied into the instance attributes in one of two layouts:
 * - settled: estimated blocks sorted by decreasing grade, so a cutoff only changes how many
 *   instances are drawn (geometry.instanceCount) — the GPU never touches hidden blocks;
 * - streaming (an estimate running): block b at instance b, so each chunk of results uploads
 *   only its range (bufferSubData) and the main thread stays free.
 */
export class BlockBuffers {
  readonly geometry: InstancedBufferGeometry;
  /** Estimate per block of the grid (NO_VALUE where none), float32. */
  readonly grade: Float32Array;
  private readonly field: Float32Array;
  private readonly nbMin: Float32Array;
  private readonly attrs: Record<(typeof BLOCK_ATTRIBUTES)[number], Attr>;
  private readonly order: Uint32Array;
  private layout: 'none' | 'streaming' | 'settled' = 'none';
  private sortedCount = 0;
  private cutoff = -Infinity;

  constructor(readonly grid: BlockGrid) {
    const n = blockCount(grid);
    this.geometry = blockGeometry(grid);
    this.grade = new Float32Array(n);
    this.field = new Float32Array(n);
    this.nbMin = new Float32Array(n);
    this.order = new Uint32Array(n);
    this.attrs = Object.fromEntries(BLOCK_ATTRIBUTES.map((k) => [k, this.geometry.getAttribute(k) as Attr])) as BlockBuffers['attrs'];
  }

  /**
   * Take new values for blocks [start, end) (the whole grid when `range` is null): fill the grid
   * arrays, then the instances in the streaming or the settled layout. Returns the blocks written.
   */
  update(est: BlockEstimates | undefined, field: BlockField, range: { start: number; end: number } | null, streaming: boolean): number {
    const n = this.grade.length;
    const start = range ? Math.max(0, range.start) : 0, end = range ? Math.min(n, range.end) : n;
    const values = field === 'estimate' ? this.grade : this.field;
    fillBlockValues(est, field, this.grade, values, start, end);
    const nxy = this.grid.count[0] * this.grid.count[1];
    const nbStart = Math.max(0, start - nxy), nbEnd = Math.min(n, end + nxy);
    fillNeighbourMin(this.grid, this.grade, this.nbMin, nbStart, nbEnd);
    const { aIndex, aGrade, aField, aNbMin } = this.attrs;
    if (streaming) {
      const whole = this.layout !== 'streaming';
      if (whole) {
        for (let b = 0; b < n; b++) aIndex.array[b] = b;
        this.upload(aIndex, 0, n);
      }
      const [s0, s1, m0, m1] = whole ? [0, n, 0, n] : [start, end, nbStart, nbEnd];
      aGrade.array.set(this.grade.subarray(s0, s1), s0);
      aField.array.set(values.subarray(s0, s1), s0);
      aNbMin.array.set(this.nbMin.subarray(m0, m1), m0);
      this.upload(aGrade, s0, s1);
      this.upload(aField, s0, s1);
      this.upload(aNbMin, m0, m1);
      this.layout = 'streaming';
      this.geometry.instanceCount = n;
      return end - start;
    }
    const count = sortByGradeDescending(this.grade, this.order);
    const o = this.order;
    for (let i = 0; i < count; i++) {
      const b = o[i];
      aIndex.array[i] = b; aGrade.array[i] = this.grade[b]; aField.array[i] = values[b]; aNbMin.array[i] = this.nbMin[b];
    }
    for (const a of [aIndex, aGrade, aField, aNbMin]) this.upload(a, 0, count);
    this.layout = 'settled';
    this.sortedCount = count;
    this.setCutoff(this.cutoff);
    return count;
  }

  /** Set the cutoff: in the settled layout, draw only the blocks at or above it. */
  setCutoff(cutoff: number): void {
    this.cutoff = cutoff;
    if (this.layout === 'settled') this.geometry.instanceCount = countAtOrAbove(this.attrs.aGrade.array, this.sortedCount, Math.fround(cutoff));
  }

  /** Number of instances the next draw covers. */
  get drawn(): number { return this.geometry.instanceCount; }

  dispose(): void { this.geometry.dispose(); }

  private upload(a: Attr, start: number, end: number): void {
    if (end <= start) return;
    // Ranges add up until the next upload (three.js clears them after uploading).
    a.addUpdateRange(start, end - start);
    a.needsUpdate = true;
  }
}
