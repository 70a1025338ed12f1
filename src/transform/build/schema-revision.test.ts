import { describe, expect, it } from 'vitest';
import { inferOutputChecks, learnShapes, outputCheckProblem, shapeCovered } from '../run/trust.ts';
import { inferSchema } from '../schema/infer-schema.ts';
import { compileSchema } from '../schema/validate.ts';
import { schemaWithOutputChecks, shapePattern } from './schema-revision.ts';

const labelled = (values: string[]) => values.map((code, i) => ({ input: { i }, output: { code } }));

/** Texts near the labels: each label with one character dropped, doubled, or swapped for another class. */
function variants(labels: readonly string[]): string[] {
  const swaps = ['7', 'x', 'Q', ' ', '  ', '-', ',', '.', '\t', 'é', ''];
  const found = new Set<string>(['', ' ', 'Wilkes', 'TX', '12 34', 'New York City', '1,299', '1 299']);
  for (const label of labels) {
    const chars = [...label];
    for (let i = 0; i <= chars.length; i++) {
      for (const swap of swaps) {
        found.add([...chars.slice(0, i), swap, ...chars.slice(i + 1)].join(''));
        found.add([...chars.slice(0, i), swap, ...chars.slice(i)].join(''));
      }
    }
    found.add(label.toUpperCase());
    found.add(label.toLowerCase());
    found.add(` ${label} `);
  }
  return [...found];
}

describe('the output shape check as a schema pattern', () => {
  const labelSets: string[][] = [
    ['AB-1234', 'CD-5678', 'EF-9012'],
    ['2024-03-05', '1999-12-31', '2001-01-09'],
    ['62701', '02139', '94105'],
    ['Springfield', 'Fort Worth', 'Wilkes Barre'],
    ['$1,299.00', '$12.50', '$3,000.00'],
    ['1h 30m', '2h 05m', '0h 45m'],
    ['sku-A12', 'sku-B7', 'sku-ZZ9'],
    ['+1 555 123 4567', '+1 555 987 6543', '+44 20 7946 0958'],
    ['NEW  YORK', 'LOS  ANGELES', 'SAN  DIEGO'],
    ['12 345', '7 001', '99 999'],
    ['Main St 5', 'Oak Ave 12', 'Elm Rd 7'],
  ];

  it('accepts exactly what the shape check accepts, on the labels and on texts near them', () => {
    for (const labels of labelSets) {
      const groups = learnShapes(labels);
      const pattern = shapePattern(groups);
      if (pattern === null) continue;
      const regex = new RegExp(pattern, 'u');
      for (const label of labels) expect(regex.test(label), `${pattern} on label ${label}`).toBe(true);
      for (const text of variants(labels)) {
        const byShape = text.trim() === '' || shapeCovered(groups, text);
        expect(
          regex.test(text),
          `${JSON.stringify(text)} against ${pattern} (labels ${labels.join(' | ')})`,
        ).toBe(byShape);
      }
    }
  });

  it('maps the common formats (codes, dates, zips, amounts) rather than giving up on them', () => {
    const mapped = labelSets.filter((labels) => shapePattern(learnShapes(labels)) !== null);
    expect(mapped.length).toBeGreaterThanOrEqual(8);
  });

  it('is written into the proposed schema, and once accepted the review flag for it stops', () => {
    const examples = labelled(['AB-1234', 'CD-5678', 'EF-9012']);
    const schema = inferSchema(examples.map((e) => e.output));
    const checks = inferOutputChecks(examples, schema);
    expect(checks.map((c) => c.kind)).toContain('shape');
    const proposed = schemaWithOutputChecks(schema, checks) as {
      properties: { code: { pattern?: string; allOf?: { pattern: string }[] } };
    };
    const node = proposed.properties.code;
    const patterns = [node.pattern, ...(node.allOf ?? []).map((p) => p.pattern)];
    expect(patterns.some((p) => p !== undefined && new RegExp(p, 'u').test('AB-1234'))).toBe(true);
    // Before: an off-shape output goes to review. After accept-schema: the schema refuses it
    // (an error a person sees), and no review flag is inferred for it any more.
    expect(outputCheckProblem(checks, { code: 'ABC-123' })).toMatch(/looked like/);
    const validator = compileSchema(proposed);
    for (const example of examples) expect(validator.validate(example.output)).toEqual([]);
    expect(validator.validate({ code: 'AB-12345' }).length).toBeGreaterThan(0);
    // Seven characters like the labels (the length check passes it): only the shape refuses it.
    expect(validator.validate({ code: 'ABC-123' }).length).toBeGreaterThan(0);
    const after = inferOutputChecks(examples, proposed);
    expect(after.filter((c) => c.field === 'code')).toEqual([]);
  });
});
