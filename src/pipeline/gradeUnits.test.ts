import { describe, expect, it } from 'vitest';
import { importIntervals } from '../io/csv';
import { gradeUnitOf, metalAmount } from './gradeUnits';

const report = (header: string) => ({ elements: importIntervals(`HOLEID,FROM,TO,${header}\nA,0,1,${header.split(',').map(() => '1').join(',')}\n`, 'a.csv').elements });

describe('grade units', () => {
  it('come from the scene first, then the column name, then the convention', () => {
    const r = report('Cu_ppm,Zn_pct,Au_gpt,AG,NI');
    expect(gradeUnitOf(undefined, 'CU', r)).toBe('ppm');
    expect(gradeUnitOf(undefined, 'ZN', r)).toBe('%');
    expect(gradeUnitOf(undefined, 'AU', r)).toBe('g/t');
    expect(gradeUnitOf(undefined, 'AG', r)).toBe('g/t');
    expect(gradeUnitOf(undefined, 'NI', r)).toBe('%');
    expect(gradeUnitOf({ cu: 'ppb' }, 'CU', r)).toBe('ppb');
    expect(gradeUnitOf(undefined, 'CU')).toBe('%');
  });

  it('turn metal (grade-units × t) into ounces or tonnes by hand', () => {
    // 1,000 t at 2 g/t Au = 2,000 g = 2,000 / 31.1034768 oz.
    expect(metalAmount(2000, 'g/t', 'AU')).toEqual({ amount: 2000 / 31.1034768, unit: 'oz' });
    // 1,000 t at 0.5 % Cu = 5 t of copper.
    expect(metalAmount(500, '%', 'CU')).toEqual({ amount: 5, unit: 't' });
    // 1,000 t at 500 ppm Cu = 500,000 g = 0.5 t of copper (not 5,000 t as if it were %).
    expect(metalAmount(500_000, 'ppm', 'CU').unit).toBe('t');
    expect(metalAmount(500_000, 'ppm', 'CU').amount).toBeCloseTo(0.5, 12);
    // 1,000 t at 20 ppb Au = 20 g.
    expect(metalAmount(20_000, 'ppb', 'AU').amount).toBeCloseTo(20 / 31.1034768, 12);
    // A key named after its column when two columns share an element (Au_ppm and Au_ppb) is still gold.
    expect(metalAmount(20_000, 'ppb', 'AU_PPB').unit).toBe('oz');
    expect(metalAmount(7, 'oz/t', 'AU')).toEqual({ amount: 7, unit: 'oz/t·t' });
  });
});
