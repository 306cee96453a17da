import { describe, expect, it } from 'vitest';
import { cholesky, choleskyBackward, choleskyForward2, choleskySolve, choleskySolve2, luFactor, luSolve } from './solve';

describe('Cholesky', () => {
  it('solves a hand-checked SPD system', () => {
    // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], x = [1, -1, 2] → b = [2, -1, 5]
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    expect(cholesky(a, 3)).toBe(true);
    expect(a[0]).toBe(2); expect(a[3]).toBe(1); expect(a[4]).toBe(2); // L = [[2],[1,2],[0,0.5,√2.75]]
    const b = Float64Array.from([2, -1, 5]);
    choleskySolve(a, 3, b);
    expect(Array.from(b).map((v) => +v.toFixed(12))).toEqual([1, -1, 2]);
    const b1 = Float64Array.from([2, -1, 5]), b2 = Float64Array.from([4, 2, 0]); // second: x = e1
    choleskySolve2(a, 3, b1, b2);
    expect(Array.from(b1).map((v) => +v.toFixed(12))).toEqual([1, -1, 2]);
    expect(Array.from(b2).map((v) => +v.toFixed(12))).toEqual([1, 0, 0]);
  });

  it('solves larger systems (odd and even sizes) to round-off', () => {
    for (const m of [1, 2, 5, 6, 7, 8, 32, 33]) {
      const a = new Float64Array(m * m), x = new Float64Array(m), b = new Float64Array(m);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) a[i * m + j] = Math.exp(-Math.abs(i - j) / 3) + (i === j ? 0.1 : 0);
      for (let i = 0; i < m; i++) x[i] = Math.sin(i + 1);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) b[i] += a[i * m + j] * x[j];
      expect(cholesky(a, m)).toBe(true);
      choleskySolve(a, m, b);
      for (let i = 0; i < m; i++) expect(b[i]).toBeCloseTo(x[i], 10);
    }
  });

  it('forward and back substitution separately: L·y = b, then Lᵀ·x = y', () => {
    // L = [[2],[1,2],[0,0.5,√2.75]] (A above); b = [2, −1, 5] → y = [1, −1, (5 + 0.5)/√2.75]; x = [1, −1, 2]
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    expect(cholesky(a, 3)).toBe(true);
    const b1 = Float64Array.from([2, -1, 5]), b2 = Float64Array.from([4, 2, 0]);
    choleskyForward2(a, 3, b1, b2);
    expect(b1[0]).toBe(1); expect(b1[1]).toBe(-1); expect(b1[2]).toBeCloseTo(5.5 / Math.sqrt(2.75), 14);
    expect(b2[0]).toBe(2); expect(b2[1]).toBe(0); expect(b2[2]).toBe(0); // L⁻¹·(A e1) = Lᵀe1 = [2, 0, 0]
    choleskyBackward(a, 3, b1);
    expect(Array.from(b1).map((v) => +v.toFixed(12))).toEqual([1, -1, 2]);
    for (const m of [6, 9, 33]) {
      const l = new Float64Array(m * m), x = new Float64Array(m), b = new Float64Array(m), one = new Float64Array(m).fill(1);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) l[i * m + j] = Math.exp(-Math.abs(i - j) / 4) + (i === j ? 0.2 : 0);
      for (let i = 0; i < m; i++) x[i] = Math.cos(2 * i + 1);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) b[i] += l[i * m + j] * x[j];
      expect(cholesky(l, m)).toBe(true);
      choleskyForward2(l, m, b, one);
      choleskyBackward(l, m, b);
      for (let i = 0; i < m; i++) expect(b[i]).toBeCloseTo(x[i], 10);
    }
  });

  it('reports a singular (duplicate-row) matrix', () => {
    expect(cholesky(Float64Array.from([1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5, 1]), 3)).toBe(false);
    expect(cholesky(Float64Array.from([1, 2, 2, 1]), 2)).toBe(false); // indefinite
  });
});

describe('LU with partial pivoting', () => {
  it('solves a system that needs pivoting (zero leading entry)', () => {
    // [[0, 1, 1], [1, 0, 1], [1, 1, 0]] x = [5, 4, 3] → x = [1, 2, 3]
    const a = Float64Array.from([0, 1, 1, 1, 0, 1, 1, 1, 0]);
    const piv = new Int32Array(3), out = new Float64Array(3);
    expect(luFactor(a, 3, piv)).toBe(true);
    luSolve(a, 3, piv, Float64Array.from([5, 4, 3]), out);
    expect(Array.from(out).map((v) => +v.toFixed(12))).toEqual([1, 2, 3]);
  });

  it('solves the bordered ordinary-kriging system', () => {
    // C = [[1, .5], [.5, 1]], c̄ = [.6, .2]: λ1 − λ2 = .8 → λ = [.9, .1], μ = .6 − .9 − .05 = −.35
    const a = Float64Array.from([1, 0.5, 1, 0.5, 1, 1, 1, 1, 0]);
    const piv = new Int32Array(3), out = new Float64Array(3);
    expect(luFactor(a, 3, piv)).toBe(true);
    luSolve(a, 3, piv, Float64Array.from([0.6, 0.2, 1]), out);
    expect(out[0]).toBeCloseTo(0.9, 14); expect(out[1]).toBeCloseTo(0.1, 14); expect(out[2]).toBeCloseTo(-0.35, 14);
  });

  it('reports a singular matrix instead of dividing by zero', () => {
    expect(luFactor(Float64Array.from([1, 2, 2, 4]), 2, new Int32Array(2))).toBe(false);
    expect(luFactor(Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 0]), 3, new Int32Array(3))).toBe(false);
  });
});
