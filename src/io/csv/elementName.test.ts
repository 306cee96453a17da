import { describe, expect, it } from 'vitest';
import { parseElementName } from './elementName.ts';

describe('parseElementName', () => {
  it.each([
    ['Au_ppm', 'AU', 'ppm'], ['Cu_pct', 'CU', 'pct'], ['AU', 'AU', undefined], ['Ag_gpt', 'AG', 'gpt'],
    ['Au_ppb', 'AU', 'ppb'], ['Cu%', 'CU', 'pct'], ['Cu (%)', 'CU', 'pct'], ['Ag (g/t)', 'AG', 'gpt'],
    ['AuPPM', 'AU', 'ppm'], ['Mo_pct', 'MO', 'pct'], ['Zn_pct', 'ZN', 'pct'], ['S', 'S', undefined], ['FE', 'FE', undefined],
    ['Au_FA_ppm', 'AU', 'ppm'], ['Fe2O3_pct', 'FE2O3', 'pct'], ['U3O8', 'U3O8', undefined], ['CaO', 'CAO', undefined],
  ])('%s → %s %s', (name, element, unit) => {
    const e = parseElementName(name);
    expect(e?.element).toBe(element);
    expect(e?.unit).toBe(unit);
  });

  it.each(['Primary', 'Secondary', 'Declustering Weight', 'RQD', 'SG', 'rock code', 'Recovery', 'CuEq', ''])('%s is not an element', (name) => {
    expect(parseElementName(name)).toBeUndefined();
  });
});
