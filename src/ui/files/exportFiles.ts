import {
  BLOCK_FORMATS, compositesCsv, compositesPolyData, holesCsv, holesPolyData, meshObj, meshStl, polyDataVtp,
} from '../../engine/export';
import { blockModelFields } from '../../pipeline/blockModelFields';
import { blockDomainsOf } from '../../pipeline/domains/estimateDomains';
import { sceneMeshes, sceneMeshesFile } from '../../pipeline/sceneMeshes';
import { localRunner, type EstimateRunner } from '../../pipeline/runner';
import { CodedError } from '../../io/userMessage';
import { fieldsInput } from '../../store/resourceSlice';
import type { LodeStore } from '../../store';
import { safeFileBase } from './saveScene';

/** What the Export menu offers: a thing and a format. */
export type ExportKind =
  | 'blocks.csv' | 'blocks.dat' | 'blocks.vti'
  | 'composites.csv' | 'composites.vtp'
  | 'holes.csv' | 'holes.vtp'
  | 'envelope.obj' | 'envelope.stl'
  | 'solids.obj' | 'solids.stl';

type State = Pick<LodeStore, 'scene' | 'grid' | 'estimates' | 'status' | 'report' | 'blockResources' | 'samples' | 'holes' | 'elements' | 'envelope' | 'data' | 'plan'>;

/** Why `kind` cannot be exported from this state (a key of exportMenu.), or null when it can. */
export function exportBlocker(s: State, kind: ExportKind): 'needEstimate' | 'needEnvelope' | 'needData' | 'needSolids' | null {
  if (kind.startsWith('blocks.')) return s.grid && !s.status.running && Object.keys(s.estimates).length ? null : 'needEstimate';
  if (kind.startsWith('envelope.')) return s.envelope && s.envelope.indices.length ? null : 'needEnvelope';
  if (kind.startsWith('solids.')) return s.data && sceneMeshes(s.data).length ? null : 'needSolids';
  if (kind.startsWith('holes.')) return s.holes?.holeIds.length ? null : 'needData';
  return s.samples?.x.length ? null : 'needData';
}

/**
 * File name and text pieces of an export of the current state (the writers of engine/export, fed as
 * the CLI feeds them). A domain scene's blocks get their domains from blockDomainsOf(plan) (cached
 * after a run; else kriged on `runner`, by default the main thread), as `lode estimate --out` does.
 */
export async function exportFile(s: State, kind: ExportKind, runner?: EstimateRunner): Promise<{ name: string; pieces: Iterable<string> }> {
  if (exportBlocker(s, kind)) throw new CodedError(`nothing to export as ${kind}`, 'export-nothing', { kind });
  const [what, ext] = kind.split('.') as [string, string];
  const name = `${safeFileBase(s.scene?.name)}-${what}.${ext}`;
  switch (kind) {
    case 'blocks.csv': case 'blocks.dat': case 'blocks.vti': {
      const domains = s.plan?.domains ? await blockDomainsOf(s.plan, runner ?? localRunner()) : null;
      const fields = blockModelFields(fieldsInput(s), s.blockResources?.estimates === s.estimates ? s.blockResources.fields : null, domains);
      return { name, pieces: BLOCK_FORMATS[ext as 'csv' | 'dat' | 'vti'](s.grid!, fields) };
    }
    case 'composites.csv': return { name, pieces: compositesCsv(s.samples!, s.elements, s.scene?.composite?.breakOn) };
    case 'composites.vtp': return { name, pieces: polyDataVtp(compositesPolyData(s.samples!, s.elements, s.holes)) };
    case 'holes.csv': return { name, pieces: holesCsv(s.holes!) };
    case 'holes.vtp': return { name, pieces: polyDataVtp(holesPolyData(s.holes!)) };
    case 'envelope.obj': return { name, pieces: meshObj(s.envelope!, 'envelope') };
    case 'envelope.stl': return { name, pieces: meshStl(s.envelope!, 'envelope') };
    case 'solids.obj': case 'solids.stl': return { name, pieces: sceneMeshesFile(s.data!, ext as 'obj' | 'stl') };
  }
}
