import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.ts';
import { formatModelSpec, parseModelSpec, resolveModelSpec } from './spec.ts';

describe('parseModelSpec', () => {
  it('parses every documented form', () => {
    expect(parseModelSpec('local')).toEqual({ kind: 'local' });
    expect(parseModelSpec('auto')).toEqual({ kind: 'auto', model: null });
    expect(parseModelSpec('openai:gpt-4.1-mini')).toEqual({ kind: 'openai', modelId: 'gpt-4.1-mini' });
    expect(parseModelSpec('anthropic:claude-sonnet-4-5')).toEqual({
      kind: 'anthropic',
      modelId: 'claude-sonnet-4-5',
    });
    expect(parseModelSpec('openai-compatible:qwen2.5-coder')).toEqual({
      kind: 'openai-compatible',
      modelId: 'qwen2.5-coder',
    });
    expect(parseModelSpec('auto:openai:gpt-4o')).toEqual({
      kind: 'auto',
      model: { kind: 'openai', modelId: 'gpt-4o' },
    });
  });

  it('keeps colons inside model ids and trims whitespace', () => {
    expect(parseModelSpec(' ollama:llama3.1:8b ')).toEqual({ kind: 'ollama', modelId: 'llama3.1:8b' });
  });

  it.each(['gemini:pro', 'gpt-4o', '', 'openai:', 'auto:', 'auto:auto', 'auto:local', 'auto:nope:x'])(
    'rejects %j with a ConfigError listing the valid forms',
    (spec) => {
      let caught: unknown;
      try {
        parseModelSpec(spec);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      const hint = (caught as ConfigError).hint ?? '';
      for (const form of ['local', 'openai:<model-id>', 'anthropic:<model-id>', 'ollama:<model-id>']) {
        expect(hint).toContain(form);
      }
    },
  );

  it('names the unknown provider', () => {
    expect(() => parseModelSpec('gemini:pro')).toThrow(/unknown provider "gemini"/);
  });

  it('round-trips through formatModelSpec', () => {
    for (const spec of ['local', 'auto', 'auto:anthropic:claude-haiku-4-5', 'ollama:llama3.1:8b']) {
      expect(formatModelSpec(parseModelSpec(spec))).toBe(spec);
    }
  });
});

describe('resolveModelSpec', () => {
  it('prefers the CLI value, then CODIFY_MODEL, then local', () => {
    expect(resolveModelSpec('openai:gpt-4o', { CODIFY_MODEL: 'anthropic:x' })).toBe('openai:gpt-4o');
    expect(resolveModelSpec(undefined, { CODIFY_MODEL: 'anthropic:x' })).toBe('anthropic:x');
    expect(resolveModelSpec('  ', { CODIFY_MODEL: '' })).toBe('local');
    expect(resolveModelSpec(undefined, {})).toBe('local');
  });

  it('validates what it resolves', () => {
    expect(() => resolveModelSpec(undefined, { CODIFY_MODEL: 'bogus' })).toThrow(ConfigError);
  });
});
