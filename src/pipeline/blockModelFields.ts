import type { BlockEstimates } from '../engine/types';
import type { NamedField } from '../engine/export';
import { resourceFields, type FieldsInput, type ResourceFields } from './resourceFields';
import type { BlockDomains } from './domains/estimateDomains';

/** Names of one element's columns in the block model: estimate, variance, samples, slope, pass, holes, mean distance. */
export function elementFieldNames(e: string): string[] {
  return [e, `${e}_VAR`, `${e}_NS`, `${e}_SLOPE`, `${e}_PASS`, `${e}_NH`, `${e}_DIST`];
}

function elementFields(e: string, r: BlockEstimates): NamedField[] {
  const names = elementFieldNames(e);
  return [r.estimate, r.variance, r.nSamples, r.slope, r.pass, r.nHoles, r.meanDistance].map((values, k) => ({ name: names[k], values }));
}

/**
 * The block model's fields as every export writes them (the estimate CSV after X,Y,Z, the
 * block-model CSV, GSLIB and VTK files; app and CLI alike): per element its seven columns, then
 * CLASS, the metal equivalent and VALUE_T when the scene's resources configure them; then, for a
 * scene with domains (`domains`, blockDomainsOf of its plan), DOMAIN_P (indicator models) and DOMAIN,
 * a code field (its codes' 1-based indices, 0 for none; the CSV writes the code text).
 * `fields` are the resource fields when already computed (the app keeps them), else computed here.
 */
export function blockModelFields(inp: FieldsInput, fields?: ResourceFields | null, domains?: BlockDomains | null): NamedField[] {
  const out = inp.elements.flatMap((e) => elementFields(e, inp.estimates[e]));
  const f = fields ?? resourceFields(inp);
  if (f.class) out.push({ name: 'CLASS', values: f.class });
  if (f.equivalent && inp.resources?.equivalent) out.push({ name: inp.resources.equivalent.name, values: f.equivalent });
  if (f.value) out.push({ name: 'VALUE_T', values: f.value });
  if (domains) {
    if (domains.probability) out.push({ name: 'DOMAIN_P', values: domains.probability });
    out.push({ name: 'DOMAIN', values: domains.domain.map((d) => d + 1), codes: domains.codes });
  }
  return out;
}
