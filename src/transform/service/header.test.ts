import { describe, expect, it } from 'vitest';
import {
  codeFingerprint,
  isHumanEdited,
  legacyCodeFingerprint,
  parseTransformFile,
  withHeader,
} from './header.ts';

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

describe('a comment is an edit', () => {
  const header = { service: 'svc', model: 'local', attempts: 1, examplesHash: 'abc123', examplesCount: 3 };

  it('counts an added or changed comment as an edit', () => {
    const text = withHeader(header, MODULE);
    const commented = text.replace('  return {', '  // Ops asked for trimmed names (ticket 42).\n  return {');
    expect(isHumanEdited(commented)).toBe(true);
    const block = text.replace('export default', '/** Keeps the first name only. */\nexport default');
    expect(isHumanEdited(block)).toBe(true);
  });

  it('still ignores re-indenting a comment codify wrote', () => {
    const withDoc = MODULE.replace(
      'export default',
      '/**\n * Why: the CRM sends padded names.\n */\nexport default',
    );
    const text = withHeader(header, withDoc);
    expect(isHumanEdited(text)).toBe(false);
    expect(isHumanEdited(text.replace(' * Why: the CRM', '   *   Why:  the CRM'))).toBe(false);
    expect(isHumanEdited(text.replace('padded names', 'padded names and tabs'))).toBe(true);
  });

  it('reads headers written before comments counted with the old token fingerprint', () => {
    // Files codify wrote earlier carry a bare 16-hex hash of the tokens without comments: they stay
    // unedited (no spurious review for every existing service) until rebuilt.
    const text = withHeader(header, MODULE);
    const legacyHash = parseTransformFile(text).header?.codeHash ?? '';
    expect(legacyHash).toMatch(/^v2\./);
    const legacy = text.replace(legacyHash, legacyCodeFingerprint(MODULE));
    expect(isHumanEdited(legacy)).toBe(false);
    expect(isHumanEdited(legacy.replace('"x"', '"y"'))).toBe(true);
  });
});
