import { describe, expect, it } from 'vitest';
import { formatGrade, formatInteger, formatMetal, formatNumber, formatTonnes } from './format';

describe('format', () => {
  it('tonnes in t, kt, Mt (English) and 吨, 万吨, 亿吨 (Chinese)', () => {
    expect(formatTonnes(950, 'en')).toBe('950 t');
    expect(formatTonnes(18_098_100, 'en')).toBe('18.1 Mt');
    expect(formatTonnes(3_090_000, 'zh')).toBe('309 万吨');
    expect(formatTonnes(2.5e8, 'zh')).toBe('2.50 亿吨');
  });

  it('metal: % grades give tonnes of metal (÷100); g/t give kg or t with troy ounces (31.1034768 g); base metals in ppm give tonnes', () => {
    // 1,000,000 t at 0.5 % Cu = 5,000 t Cu.
    expect(formatMetal(1e6 * 0.5, '%', 'CU', 'en')).toBe('5.00 kt');
    // 18.1 Mt at 1.907 g/t = 34.51 t Au = 1.110 Moz.
    expect(formatMetal(34_511_271.6, 'g/t', 'AU', 'en')).toBe('34.5 t (1.11 Moz)');
    // 100,000 t at 2 g/t = 200 kg = 6,430 oz.
    expect(formatMetal(200_000, 'g/t', 'AU', 'en')).toBe('200 kg (6.43 koz)');
    // Chinese: 吨 and 万盎司 (10⁴ troy ounces).
    expect(formatMetal(24_200_000, 'g/t', 'AU', 'zh')).toBe('24.2 吨 (77.8 万盎司)');
    // 1,000,000 t at 500 ppm Cu = 500 t of copper (tonnes, never ounces or % × 10,000).
    expect(formatMetal(5e8, 'ppm', 'CU', 'en')).toBe('500 t');
  });

  it('numbers with about three significant digits; missing values as a dash', () => {
    expect(formatNumber(1.90690026, 'en')).toBe('1.91');
    expect(formatNumber(0.0123456, 'en')).toBe('0.0123');
    expect(formatNumber(12345.6, 'en')).toBe('12,346');
    expect(formatGrade(NaN, 'g/t', 'en')).toBe('—');
    expect(formatInteger(17906, 'en')).toBe('17,906');
  });
});
