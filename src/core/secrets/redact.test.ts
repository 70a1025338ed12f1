import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  collectSecrets,
  createRedactor,
  describeSecret,
  knownSecrets,
  rememberSecrets,
  secretsIn,
} from './index.ts';

describe('secrets by value', () => {
  it('finds provider keys, tokens, secrets and passwords in the environment, not other values', () => {
    const env = {
      OPENAI_API_KEY: 'sk-openai-123456',
      CODIFY_SERVER_TOKEN: 'server-token-abcdef',
      GITHUB_TOKEN: 'ghp_0123456789',
      AWS_SECRET_ACCESS_KEY: 'aws-secret-0123456789',
      KEYBOARD_LAYOUT: 'us-international',
      DB_PASSWORD: 'hunter2-hunter2',
      HOME: '/home/someone/long',
      SHORT_TOKEN: 'abc',
    };
    expect(collectSecrets(env).sort()).toEqual(
      [
        'sk-openai-123456',
        'server-token-abcdef',
        'ghp_0123456789',
        'aws-secret-0123456789',
        'hunter2-hunter2',
      ].sort(),
    );
  });

  it('remembers extras (the server token) and option keys for every later redactor', () => {
    const token = `token-${Math.random().toString(36).slice(2)}-given-as-flag`;
    const key = `sk-${Math.random().toString(36).slice(2)}-given-as-option`;
    expect(knownSecrets({})).not.toContain(token);
    collectSecrets({}, [token]);
    rememberSecrets([key, undefined, 'short']);
    expect(knownSecrets({})).toEqual(expect.arrayContaining([token, key]));
    expect(knownSecrets({})).not.toContain('short');
  });

  it('says where a secret comes from without showing it', () => {
    const env = { CODIFY_API_KEY: 'sk-codify-0123456789' };
    expect(describeSecret('sk-codify-0123456789', env)).toBe('the value of CODIFY_API_KEY');
    expect(describeSecret('elsewhere-0123456789', env)).not.toContain('elsewhere');
    expect(secretsIn('a sk-codify-0123456789 b', ['sk-codify-0123456789', 'other-secret-value'])).toEqual([
      'sk-codify-0123456789',
    ]);
  });

  it('redacts a key inside a longer one whole (longest first)', () => {
    const redact = createRedactor(
      collectSecrets({ A_API_KEY: 'sk-abcdefgh', B_API_KEY: 'sk-abcdefgh-long' }),
    );
    expect(redact('x sk-abcdefgh-long y sk-abcdefgh')).toBe(`x ${REDACTED} y ${REDACTED}`);
  });
});
