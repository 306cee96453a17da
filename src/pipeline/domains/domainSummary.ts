import { blockVolume } from '../../engine/grid/blockGrid';
import type { BlockGrid } from '../../engine/types';
import type { BlockDomains } from './estimateDomains';

/** Blocks and volume of one domain code. */
export interface DomainRow { code: string; blocks: number; /** Volume in the scene's length unit cubed. */ volume: number; estimated: boolean }

/** Per code, the blocks that take it and their volume (blocks × block volume); the volume of the domain envelope. */
export function domainSummary(bd: BlockDomains, grid: BlockGrid, estimated: string[]): DomainRow[] {
  const counts = new Array<number>(bd.codes.length).fill(0);
  for (const d of bd.domain) if (d >= 0) counts[d]++;
  const v = blockVolume(grid);
  return bd.codes.map((code, i) => ({ code, blocks: counts[i], volume: counts[i] * v, estimated: estimated.includes(code) }));
}

/** One line per code for the CLI: "domain 1: 1,830 blocks, 457,500 m³ (estimated)". */
export function domainSummaryText(rows: DomainRow[], unit: 'm' | 'ft', source: 'solids' | 'indicator'): string[] {
  const int = (v: number) => Math.round(v).toLocaleString('en-US');
  return rows.map((r) => `domain ${r.code}: ${int(r.blocks)} blocks, ${int(r.volume)} ${unit}³ (${source === 'solids' ? 'inside its solid' : 'most probable code of the indicator model'}${r.estimated ? ', estimated' : ', not estimated'})`);
}
