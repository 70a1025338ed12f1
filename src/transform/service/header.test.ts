import { describe, expect, it } from 'vitest';
import { codeFingerprint, isHumanEdited, parseTransformFile, withHeader } from './header.ts';

const MODULE = `export type Output = { a: string };\n\nexport default function transform(input: { s?: string }): Output {\n  return { a: (input.s ?? "x").trim(), };\n}\n`;

describe('transform header', () => {
  const header = { service: 'svc', model: 'local', attempts: 2, examplesHash: 'abc123', examplesCount: 3 };

  it('round-trips the header fields', () => {
    const text = withHeader(header, MODULE);
    const parsed = parseTransformFile(text);
    expect(parsed.moduleText).toBe(MODULE);
    expect(parsed.header).toMatchObject(header);
    expect(isHumanEdited(text)).toBe(false);
  });

  it('treats reformatting as no edit, and any change to the code as one', () => {
    const text = withHeader(header, MODULE);
    const reformatted = text
      .replace('(input.s ?? "x").trim(), }', "(input.s ?? 'x')\n      .trim() }")
      .replace('};', '}');
    expect(reformatted).not.toBe(text);
    expect(isHumanEdited(reformatted)).toBe(false);
    expect(isHumanEdited(text.replace('"x"', '"y"'))).toBe(true);
    expect(isHumanEdited(text.replace('.trim()', '.toUpperCase()'))).toBe(true);
    expect(isHumanEdited(MODULE)).toBe(true); // no header at all: a person wrote it
  });

  it('fingerprints tokens, not bytes', () => {
    expect(codeFingerprint('const a = [1, 2,];')).toBe(codeFingerprint('const a = [1, 2]'));
    expect(codeFingerprint('const a = [1, 2]')).not.toBe(codeFingerprint('const a = [1, 3]'));
  });
});
