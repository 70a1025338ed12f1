import { describe, expect, it } from 'vitest';
import { typecheckModule } from '../check/typecheck.ts';
import { printTypeDeclaration } from './print-types.ts';

describe('printTypeDeclaration', () => {
  it('prints objects with required and optional keys, enums, nullables and arrays', () => {
    const printed = printTypeDeclaration('Output', {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'Full name' },
        kind: { enum: ['a', 'b'] },
        age: { type: ['integer', 'null'] },
        tags: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
        'first-name': { type: 'string', format: 'date' },
      },
      required: ['name', 'kind'],
      additionalProperties: false,
    });
    expect(printed).toContain('export type Output = {');
    expect(printed).toContain('  /** Full name */\n  name: string;');
    expect(printed).toContain('kind: "a" | "b";');
    expect(printed).toContain('age?: number | null;');
    expect(printed).toContain('tags?: (string | number)[];');
    expect(printed).toContain('/** format: date */\n  "first-name"?: string;');
    expect(printed).not.toContain('[key: string]');
  });

  it('adds an index signature to open objects and resolves $defs', () => {
    const printed = printTypeDeclaration('Output', {
      type: 'object',
      properties: { home: { $ref: '#/$defs/address' } },
      $defs: { address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
    });
    expect(printed).toContain('home?: Output_address;');
    expect(printed).toContain('[key: string]: unknown;');
    expect(printed).toContain('type Output_address = {');
  });

  it('prints types the compiler accepts and enforces', () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'number' }, list: { type: 'array', items: { type: ['string', 'null'] } } },
      required: ['n', 'list'],
      additionalProperties: false,
    };
    const declaration = printTypeDeclaration('Output', schema);
    expect(
      typecheckModule(`${declaration}\nexport const ok: Output = { n: 1, list: ['a', null] };\n`),
    ).toEqual([]);
    const errors = typecheckModule(`${declaration}\nexport const bad: Output = { n: 'x', list: [] };\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('handles const, tuples, allOf and boolean schemas', () => {
    expect(printTypeDeclaration('T', { const: 'x' })).toBe('export type T = "x";');
    expect(
      printTypeDeclaration('T', { prefixItems: [{ type: 'string' }, { type: 'number' }], items: false }),
    ).toBe('export type T = [string, number];');
    expect(printTypeDeclaration('T', true)).toBe('export type T = unknown;');
    expect(printTypeDeclaration('T', { allOf: [{ type: 'string' }, { enum: ['a', 'b'] }] })).toBe(
      'export type T = string & ("a" | "b");',
    );
  });
});
