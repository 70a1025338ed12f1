import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.ts';
import { DEFAULT_HOST, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_PORT, resolveServerConfig } from './config.ts';

const token = 'a-long-enough-token-123';

describe('resolveServerConfig', () => {
  it('fills defaults: loopback host, port 8787, 10 MiB uploads, no token', () => {
    expect(resolveServerConfig({ dataDir: 'data' })).toEqual({
      dataDir: resolve('data'),
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
      token: null,
      maxUploadBytes: DEFAULT_MAX_UPLOAD_BYTES,
    });
    expect(DEFAULT_HOST).toBe('127.0.0.1');
  });

  it('refuses a non-loopback host without a token, naming the fix', () => {
    for (const host of ['0.0.0.0', '::', '192.168.0.4', 'example.com']) {
      expect(() => resolveServerConfig({ dataDir: 'd', host })).toThrow(ConfigError);
    }
    try {
      resolveServerConfig({ dataDir: 'd', host: '0.0.0.0', token: '' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).hint).toMatch(/--token/);
    }
    expect(resolveServerConfig({ dataDir: 'd', host: '0.0.0.0', token }).token).toBe(token);
    expect(resolveServerConfig({ dataDir: 'd', host: 'localhost' }).token).toBeNull();
  });

  it('refuses weak tokens, bad ports, bad limits and a missing data dir', () => {
    expect(() => resolveServerConfig({ dataDir: 'd', token: 'short' })).toThrow(/at least 16/);
    expect(() => resolveServerConfig({ dataDir: 'd', token: 'has spaces in the token' })).toThrow(
      ConfigError,
    );
    expect(() => resolveServerConfig({ dataDir: 'd', port: 70_000 })).toThrow(/not a valid TCP port/);
    expect(() => resolveServerConfig({ dataDir: 'd', port: 1.5 })).toThrow(ConfigError);
    expect(() => resolveServerConfig({ dataDir: 'd', maxUploadBytes: 0 })).toThrow(ConfigError);
    expect(() => resolveServerConfig({ dataDir: '' })).toThrow(/data directory/);
    expect(resolveServerConfig({ dataDir: 'd', port: 0 }).port).toBe(0);
  });
});
