import { describe, expect, it } from 'vitest';
import { SandboxCompileError } from './errors.ts';
import { prepareSource } from './prepare-source.ts';

describe('prepareSource', () => {
  it('blanks erasable types in place so every position is unchanged', async () => {
    const source = 'type Row = { a: number };\nexport default (row: Row): number => row.a as number;\n';
    const prepared = await prepareSource(source, 'transform.ts');
    expect(prepared.method).toBe('strip');
    expect(prepared.code).toHaveLength(source.length);
    expect(prepared.code.split('\n')[1]!.indexOf('row.a')).toBe(source.split('\n')[1]!.indexOf('row.a'));
    expect(prepared.code).not.toMatch(/: Row|as number/);
    expect(prepared.toSource(2, 7)).toEqual({ line: 2, column: 7 });
  });

  it('leaves JavaScript alone', async () => {
    const source = 'export default (r) => r;';
    expect(await prepareSource(source, 'transform.mjs')).toMatchObject({ code: source, method: 'none' });
  });

  it('falls back to transpiling for non-erasable syntax', async () => {
    const source = 'enum E { A = 1 }\nexport default (r: unknown): E => E.A;\n';
    const prepared = await prepareSource(source, 'transform.ts');
    expect(prepared.method).toBe('transpile');
    expect(prepared.code).not.toMatch(/sourceMappingURL/);
    expect(prepared.code).toMatch(/export default/);
  });

  it('reports TypeScript syntax errors with their position', async () => {
    const error = await prepareSource(
      'export default (r: number) => {\n  return r +;\n};\n',
      'transform.ts',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SandboxCompileError);
    expect(error).toMatchObject({ line: 2, column: 13 });
  });
});
