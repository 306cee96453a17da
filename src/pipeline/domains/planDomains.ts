import type { Scene } from '../../io/scene/schema';
import type { BlockGrid, EstimationData, SampleSet, SearchParams, VariogramModel, Vec3 } from '../../engine/types';
import { SolidIndex } from '../../engine/mesh/solidIndex';
import { blockDomainsFromSolids } from '../../engine/domains/blockDomains';
import { elementData } from '../estimationData';
import { InputError } from '../inputError';
import { searchFromModel } from '../searchDefaults';
import { planElement, type ElementPlan, type ModelFitter } from '../planEstimate';
import type { DomainSolid } from './readSolids';

/** The indicator model of one domain code: its 0/1 data over every coded sample, model and search. */
export interface IndicatorPlan {
  code: string;
  data: EstimationData;
  model: VariogramModel;
  modelSource: 'scene' | 'fitted';
  search: SearchParams;
}

/** How domains are used in an estimate: the codes, the samples' codes, where block domains come from, and one element plan per estimated code. */
export interface DomainPlan {
  /** The sample column giving the codes (domains.column). */
  column: string;
  /** Every code (the solids' codes first, in order, then the samples' codes sorted). */
  codes: string[];
  /** The codes estimated (domains.estimate, else all). */
  estimate: string[];
  /** Per sample of SceneData.samples: index into codes, −1 for a sample without a code. */
  sampleCode: Int32Array;
  /** 'solids' when the scene gives domain solids, else 'indicator'. */
  source: 'solids' | 'indicator';
  /** Block domains (index into codes, −1 none), known at plan time for solids. */
  blocks?: Int32Array;
  /** Indicator models, one per code (source 'indicator'). */
  indicators: IndicatorPlan[];
  /** Per element, the plan of each estimated code from that code's samples only (hard boundaries). */
  elements: Record<string, { code: string; plan: ElementPlan }[]>;
}

const byCase = <T>(r: Record<string, T> | undefined, key: string): T | undefined =>
  r === undefined ? undefined : r[key] ?? Object.entries(r).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];

/** Sample codes as indices into `codes` (the solids' codes then the samples' own, sorted), −1 where blank. */
function codeIndex(samples: SampleSet, column: string, solidCodes: string[]): { codes: string[]; sampleCode: Int32Array } {
  const dom = samples.domain;
  if (!dom) throw new InputError(`domains.column: the samples carry no code from column "${column}"`, 'domain-no-codes', { column }, 'domains.column');
  const seen = [...new Set(dom.filter((c) => c !== ''))].sort();
  const codes = [...solidCodes, ...seen.filter((c) => !solidCodes.includes(c))];
  const at = new Map(codes.map((c, i) => [c, i]));
  return { codes, sampleCode: Int32Array.from(dom, (c) => at.get(c) ?? -1) };
}

/** The 0/1 indicator of code d over every sample that has a code and a location. */
function indicatorData(samples: SampleSet, sampleCode: Int32Array, d: number): EstimationData {
  const keep: number[] = [];
  for (let i = 0; i < sampleCode.length; i++) {
    if (sampleCode[i] >= 0 && Number.isFinite(samples.x[i]) && Number.isFinite(samples.y[i]) && Number.isFinite(samples.z[i])) keep.push(i);
  }
  return {
    x: Float64Array.from(keep, (i) => samples.x[i]), y: Float64Array.from(keep, (i) => samples.y[i]), z: Float64Array.from(keep, (i) => samples.z[i]),
    v: Float64Array.from(keep, (i) => (sampleCode[i] === d ? 1 : 0)), hole: Int32Array.from(keep, (i) => samples.hole[i]),
  };
}

/**
 * Plans an estimate with domains (scene.domains): the codes of the samples, the block domains
 * from the solids (or the indicator models that will give them), and per element and estimated
 * code a plan using only that code's samples, with the code's model and search where
 * domains.models gives them, else the element's (scene's, else fitted to the code's samples).
 */
export async function planDomains(scene: Scene, samples: SampleSet, solids: DomainSolid[], grid: BlockGrid,
  elements: string[], discretization: Vec3, fit: ModelFitter): Promise<DomainPlan> {
  const dm = scene.domains!;
  const solidCodes = [...new Set(solids.map((s) => s.code))];
  const { codes, sampleCode } = codeIndex(samples, dm.column, solidCodes);
  const estimate = (dm.estimate ?? codes).map((c) => {
    if (!codes.includes(c)) throw new InputError(`domains.estimate: no domain "${c}" (codes: ${codes.join(', ')})`, 'domain-unknown', { code: c, codes: codes.join(', ') }, 'domains.estimate');
    return c;
  });
  let blocks: Int32Array | undefined;
  const indicators: IndicatorPlan[] = [];
  if (solids.length > 0) {
    const solidDomain = blockDomainsFromSolids(grid, solids.map((s) => new SolidIndex(s.mesh)));
    blocks = Int32Array.from(solidDomain, (s) => (s < 0 ? -1 : codes.indexOf(solids[s].code)));
  } else {
    for (let d = 0; d < codes.length; d++) {
      const data = indicatorData(samples, sampleCode, d);
      const given = dm.indicator?.variogram as VariogramModel | undefined;
      const model = given ?? (await fit(data)).model;
      const search: SearchParams = dm.indicator?.search ? { ...dm.indicator.search } : searchFromModel(model, data);
      indicators.push({ code: codes[d], data, model, modelSource: given ? 'scene' : 'fitted', search });
    }
  }
  const byElement: DomainPlan['elements'] = {};
  for (const element of elements) {
    const all = elementData(samples, element);
    byElement[element] = [];
    for (const code of estimate) {
      const d = codes.indexOf(code);
      const pick = [...all.index.keys()].filter((k) => sampleCode[all.index[k]] === d);
      const data: EstimationData = {
        x: Float64Array.from(pick, (k) => all.data.x[k]), y: Float64Array.from(pick, (k) => all.data.y[k]), z: Float64Array.from(pick, (k) => all.data.z[k]),
        v: Float64Array.from(pick, (k) => all.data.v[k]), hole: Int32Array.from(pick, (k) => all.data.hole[k]),
      };
      if (data.x.length === 0) throw new InputError(`${element}: domain ${code} has no sample with a value`, 'domain-no-samples', { element, code }, 'domains.estimate');
      const over = byCase(dm.models, code);
      const plan = await planElement(scene, samples, element, data, Int32Array.from(pick, (k) => all.index[k]), discretization, fit, {
        model: byCase(over?.variograms, element) as VariogramModel | undefined, search: over?.search,
      });
      byElement[element].push({ code, plan });
    }
  }
  return { column: dm.column, codes, estimate, sampleCode, source: solids.length > 0 ? 'solids' : 'indicator', blocks, indicators, elements: byElement };
}
