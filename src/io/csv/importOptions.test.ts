import { describe, expect, it } from 'vitest';
import { importSection, sceneSchema } from '../scene/schema.ts';
import { importIntervals } from './importIntervals.ts';
import { resolveImportOptions, type ImportOptions } from './importOptions.ts';

describe('import options', () => {
  it("defaults equal the scene schema's import defaults", () => {
    const schema = importSection.parse({});
    const mine = resolveImportOptions({});
    expect(mine.missingCodes).toEqual(schema.missingCodes);
    expect(mine.belowDetection).toEqual({ ...schema.belowDetection, value: undefined });
    expect(mine.dipSign).toBe(schema.dipSign);
  });

  it("a parsed scene's import section is passed straight in", () => {
    const scene = sceneSchema.parse({
      lode: 1, data: { collars: { path: 'c.csv' } },
      import: { missingCodes: ['NS'], belowDetection: { rule: 'limit' } },
    });
    const options: ImportOptions = { ...scene.import, columns: { AU: 'gold' } };
    const r = importIntervals('HOLE,FROM,TO,gold\nA,0,1,<0.5\nA,1,2,NS\nA,2,3,-99\n', 'a.csv', options);
    expect(Array.from(r.table.values.AU)).toEqual([0.5, NaN, 99]);
    expect(r.elements[0]).toEqual({ name: 'AU', column: 'gold', values: 2, missing: 1, belowDetection: 2 });
  });
});
