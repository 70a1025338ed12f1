import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { choosePlanner } from './choose-planner.ts';

describe('choosePlanner', () => {
  it('is the local planner for "local" and for nothing set', () => {
    expect(choosePlanner('local', { env: {} }).name).toBe('local');
    expect(choosePlanner(undefined, { env: {} }).name).toBe('local');
  });

  it('follows CODIFY_MODEL when no spec is given, and builds a model planner for a provider spec', () => {
    const env = { CODIFY_MODEL: 'openai:gpt-4o-mini', OPENAI_API_KEY: 'sk-test' };
    const planner = choosePlanner(undefined, { env });
    expect(planner.name).not.toBe('local');
    expect(planner.name).toContain('gpt-4o-mini');
    expect(choosePlanner('openai:gpt-4o-mini', { env, vision: true }).wantsScreenshot).toBe(true);
  });

  it('fails with a ConfigError saying what to set when the provider has no key', () => {
    expect(() => choosePlanner('openai:gpt-4o-mini', { env: {} })).toThrow(ConfigError);
  });
});
