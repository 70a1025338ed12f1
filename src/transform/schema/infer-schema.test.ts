import { describe, expect, it } from 'vitest';
import { inferInputSchema, inferSchema } from './infer-schema.ts';
import { compileSchema } from './validate.ts';

describe('inferSchema', () => {
  it('infers types, required keys and closes output objects', () => {
    const schema = inferSchema([
      { name: 'Ada', age: 36, tags: ['x'] },
      { name: 'Alan', age: 41.5, tags: [], nickname: null },
    ]);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).toBe('object');
    expect(schema['required']).toEqual(['name', 'age', 'tags']);
    expect(schema['additionalProperties']).toBe(false);
    const properties = schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['age']).toEqual({ type: 'number' });
    expect(properties['tags']).toEqual({ type: 'array', items: { type: 'string' } });
    expect(properties['nickname']).toEqual({ type: 'null' });
  });

  it('detects formats only when every value has them', () => {
    const props = (values: unknown[]) =>
      (inferSchema(values.map((v) => ({ v }))) as { properties: { v: Record<string, unknown> } }).properties
        .v;
    expect(props(['2024-01-31', '1999-12-01'])).toEqual({ type: 'string', format: 'date' });
    expect(props(['2024-02-30'])).toEqual({ type: 'string' });
    expect(props(['2024-01-31T10:00:00Z'])).toEqual({ type: 'string', format: 'date-time' });
    expect(props(['a@b.co', 'c@d.org'])).toEqual({ type: 'string', format: 'email' });
    expect(props(['https://x.org/a'])).toEqual({ type: 'string', format: 'uri' });
    expect(props(['a@b.co', 'not an email'])).toEqual({ type: 'string' });
  });

  it('makes an enum only from a small set of repeated values', () => {
    const prop = (values: unknown[]) =>
      (inferSchema(values.map((v) => ({ v }))) as { properties: { v: Record<string, unknown> } }).properties
        .v;
    expect(prop(['M', 'F', 'F', 'M'])).toEqual({ type: 'string', enum: ['F', 'M'] });
    // Each seen once: could be anything, so no enum.
    expect(prop(['red', 'green', 'blue'])).toEqual({ type: 'string' });
    // A single repeated value is not evidence of a closed set.
    expect(prop(['US', 'US', 'US'])).toEqual({ type: 'string' });
  });

  it('unions mixed types and makes nullable types', () => {
    const schema = inferSchema([{ v: 1 }, { v: 'a' }, { v: null }]) as { properties: { v: unknown } };
    expect(schema.properties.v).toEqual({
      anyOf: [{ type: 'integer' }, { type: 'string' }, { type: 'null' }],
    });
    const nullable = inferSchema([{ v: 'x' }, { v: null }]) as { properties: { v: unknown } };
    expect(nullable.properties.v).toEqual({ type: ['string', 'null'] });
  });

  it('produces schemas every input validates against', () => {
    const values = [
      { a: 1, b: { c: ['x', 2] }, d: '2020-01-01' },
      { a: 2.5, b: { c: [] }, e: true },
    ];
    const validator = compileSchema(inferSchema(values));
    for (const value of values) expect(validator.validate(value)).toEqual([]);
    expect(validator.validate({ a: 'no', b: { c: [] } }).length).toBeGreaterThan(0);
  });

  it('keeps input schemas open and free of formats', () => {
    const schema = inferInputSchema([{ when: '2024-01-01' }]);
    expect(schema['additionalProperties']).toBeUndefined();
    expect((schema['properties'] as Record<string, unknown>)['when']).toEqual({ type: 'string' });
  });
});
