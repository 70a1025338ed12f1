import { describe, expect, it } from 'vitest';
import { REDACTED, collectSecrets, createRedactingStream, createRedactor } from './redact.ts';

describe('collectSecrets', () => {
  it('takes the values of variables ending in _API_KEY, plus extras, longest first', () => {
    const secrets = collectSecrets(
      {
        OPENAI_API_KEY: 'sk-openai-123456',
        ANTHROPIC_API_KEY: 'sk-ant-abcdefghijkl',
        HOME: '/home/me',
        SHORT_API_KEY: 'abc',
      },
      ['server-token-0123456789', undefined],
    );
    expect(secrets).toEqual(['server-token-0123456789', 'sk-ant-abcdefghijkl', 'sk-openai-123456']);
  });
});

describe('createRedactor', () => {
  const redact = createRedactor(['sk-secret-value-1', 'tok-9876543210']);

  it('replaces secrets in strings, nested objects, arrays and errors', () => {
    expect(redact('key=sk-secret-value-1!')).toBe(`key=${REDACTED}!`);
    const value = {
      a: ['x', 'Bearer tok-9876543210'],
      b: { c: 'sk-secret-value-1 sk-secret-value-1' },
      n: 3,
      z: null,
    };
    expect(redact(value)).toEqual({
      a: ['x', `Bearer ${REDACTED}`],
      b: { c: `${REDACTED} ${REDACTED}` },
      n: 3,
      z: null,
    });
    expect(value.b.c).toBe('sk-secret-value-1 sk-secret-value-1');
    const error = Object.assign(new TypeError('bad key sk-secret-value-1'), {
      code: 'x',
      detail: 'tok-9876543210',
    });
    const clean = redact(error);
    expect(clean).toBeInstanceOf(Error);
    expect(clean.message).toBe(`bad key ${REDACTED}`);
    expect(clean.name).toBe('TypeError');
    expect(clean.stack).not.toContain('sk-secret-value-1');
    expect((clean as unknown as { detail: string }).detail).toBe(REDACTED);
  });

  it('copes with cycles and leaves non-plain objects alone', () => {
    const cyclic: Record<string, unknown> = { s: 'sk-secret-value-1' };
    cyclic['self'] = cyclic;
    expect((redact(cyclic) as { s: string }).s).toBe(REDACTED);
    const date = new Date(0);
    expect(redact({ date }).date).toBe(date);
  });

  it('is the identity with no secrets', () => {
    const value = { a: 1 };
    expect(createRedactor([])(value)).toBe(value);
  });
});

describe('createRedactingStream', () => {
  it('redacts secrets split across chunks and multi-byte characters split across chunks', async () => {
    const { Readable } = await import('node:stream');
    const { text } = await import('node:stream/consumers');
    const secret = 'sk-split-secret-0123';
    const source = Buffer.from(`é${secret}ü and "${secret}" ${'x'.repeat(50)}${secret}`);
    for (const size of [1, 2, 3, 7, 19, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < source.length; i += size) chunks.push(source.subarray(i, i + size));
      const out = await text(Readable.from(chunks).pipe(createRedactingStream([secret])));
      expect(out, `chunks of ${size}`).toBe(`é${REDACTED}ü and "${REDACTED}" ${'x'.repeat(50)}${REDACTED}`);
    }
  });

  it('also finds a secret in its JSON-escaped spelling', () => {
    const redact = createRedactor(['quote"and\\slash-key']);
    expect(redact(JSON.stringify({ k: 'quote"and\\slash-key' }))).toBe(`{"k":"${REDACTED}"}`);
  });

  it('keeps a __proto__ key as a key', () => {
    const redact = createRedactor(['sk-secret-value-1']);
    const value = JSON.parse('{"__proto__": {"x": "sk-secret-value-1"}, "a": 1}') as Record<string, unknown>;
    const clean = redact(value);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(JSON.stringify(clean)).toBe(`{"__proto__":{"x":"${REDACTED}"},"a":1}`);
  });
});
