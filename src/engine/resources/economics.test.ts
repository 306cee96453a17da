import { describe, expect, it } from 'vitest';
import {
  breakevenCutoff, equivalentFactors, marginalCutoff, metalEquivalent, netValuePerTonne, pricePerGradeUnit, pricePerGram, type Economics,
} from './economics';
import { gramsPerGradeTonne } from './gradeTonnage';

const gold: Economics = {
  prices: { AU: { value: 2400, unit: 'USD/oz' }, AG: { value: 30, unit: 'USD/oz' }, CU: { value: 9000, unit: 'USD/t' } },
  recoveries: { AU: 0.9, AG: 0.8, CU: 0.85 },
  costs: { mining: 10, processing: 25, admin: 5 },
  royalty: 0,
};
const units = { AU: 'g/t', AG: 'g/t', CU: '%' };

describe('price units', () => {
  it('converts prices per troy ounce, gram, kilogram, tonne and pound to a price per gram', () => {
    expect(pricePerGram({ value: 2400, unit: 'USD/oz' })).toBeCloseTo(77.161792, 5); // 2400 / 31.1034768
    expect(pricePerGram({ value: 560, unit: 'CNY/g' })).toBe(560);
    expect(pricePerGram({ value: 77000, unit: 'USD/kg' })).toBe(77);
    expect(pricePerGram({ value: 9000, unit: 'USD/t' })).toBe(0.009);
    expect(pricePerGram({ value: 4, unit: 'USD/lb' })).toBeCloseTo(4 / 453.59237, 12);
    expect(() => pricePerGram({ value: 1, unit: 'USD/bushel' })).toThrow(/expected <currency>/);
  });

  it('prices one grade unit in a tonne of rock: g/t and ppm 1 g, ppb 1 mg, % 10 kg', () => {
    expect(gramsPerGradeTonne('ppm')).toBe(1);
    expect(gramsPerGradeTonne('ppb')).toBe(0.001);
    expect(gramsPerGradeTonne('%')).toBe(10000);
    expect(pricePerGradeUnit({ value: 9000, unit: 'USD/t' }, '%')).toBeCloseTo(90, 10); // 1 % of 1 t = 10 kg = 0.01 t × 9000
    expect(pricePerGradeUnit({ value: 2400, unit: 'USD/oz' }, 'ppb')).toBeCloseTo(0.077161792, 8);
    expect(() => pricePerGradeUnit({ value: 1, unit: 'USD/g' }, 'oz/t')).toThrow(/not a mass fraction/);
  });
});

describe('breakeven and marginal cutoff (DZ/T 0339-2020 breakeven method)', () => {
  it('2,400 USD/oz, 90 % recovery, 40 USD/t → 0.576 g/t', () => {
    // 40 / (2400 / 31.1034768 × 0.9) = 40 / 69.445613 = 0.575990
    expect(breakevenCutoff(gold, 'AU', 'g/t')).toBeCloseTo(0.575990, 5);
  });
  it('marginal cutoff counts processing and admin only: 30 USD/t → 0.432 g/t', () => {
    expect(marginalCutoff(gold, 'AU', 'g/t')).toBeCloseTo(30 / 69.445613, 5);
    expect(marginalCutoff(gold, 'AU', 'g/t')).toBeCloseTo(0.431993, 5);
  });
  it('a 5 % royalty raises the cutoff by 1/0.95', () => {
    expect(breakevenCutoff({ ...gold, royalty: 0.05 }, 'AU', 'g/t')).toBeCloseTo(0.575990 / 0.95, 5); // 0.606305
  });
  it('copper at 9,000 USD/t, 85 % recovery, in %: 40 / 76.5 = 0.523 %', () => {
    expect(breakevenCutoff(gold, 'CU', '%')).toBeCloseTo(0.522876, 5);
  });
  it('ppb gold needs 1000× the grade number', () => {
    expect(breakevenCutoff(gold, 'AU', 'ppb')).toBeCloseTo(575.990, 2);
  });
});

describe('metal equivalent and net value per tonne', () => {
  const grades = { AU: [1.0, 0.5, NaN], AG: [10, 0, 3], CU: [0.2, 0.1, 0.1] };
  it('equivalent factors are (price per grade unit × recovery) ratios', () => {
    const f = equivalentFactors(gold, 'AU', units, ['AU', 'AG', 'CU']);
    expect(f.AU).toBe(1);
    expect(f.AG).toBeCloseTo((30 * 0.8) / (2400 * 0.9), 12); // same units: 0.011111
    expect(f.CU).toBeCloseTo(76.5 / 69.445613, 6); // 1.101581
  });
  it('AUEQ = 1.0 + 10 × 0.011111 + 0.2 × 1.101581 = 1.331427 g/t; NaN when a priced grade is missing', () => {
    const eq = metalEquivalent(gold, 'AU', grades, units, 3);
    expect(eq[0]).toBeCloseTo(1.331427, 5);
    expect(eq[1]).toBeCloseTo(0.5 + 0.1 * 1.101581, 5);
    expect(eq[2]).toBeNaN();
  });
  it('VALUE_T = Σ grade × price per unit × recovery × (1 − royalty) − cost', () => {
    const v = netValuePerTonne(gold, grades, units, 3);
    // 1.0 × 69.445613 + 10 × 0.771618 + 0.2 × 76.5 − 40 = 52.461792
    expect(v[0]).toBeCloseTo(52.461792, 5);
    const withRoyalty = netValuePerTonne({ ...gold, royalty: 0.1 }, grades, units, 3);
    expect(withRoyalty[0]).toBeCloseTo(43.215613, 5);
    expect(v[2]).toBeNaN();
  });
});
