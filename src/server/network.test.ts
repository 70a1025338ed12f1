import { describe, expect, it } from 'vitest';
import { bearerToken, hostOfHeader, isLoopbackHost, tokensEqual } from './network.ts';

describe('isLoopbackHost', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    'app.localhost',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
  ])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true));
  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.10',
    '10.0.0.1',
    'example.com',
    '127.0.0.1.nip.io',
    'localhost.evil.com',
    '',
  ])('%s is not loopback', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('hostOfHeader', () => {
  it('drops the port', () => {
    expect(hostOfHeader('127.0.0.1:8787')).toBe('127.0.0.1');
    expect(hostOfHeader('localhost')).toBe('localhost');
    expect(hostOfHeader('[::1]:8787')).toBe('[::1]');
    expect(hostOfHeader('evil.example:80')).toBe('evil.example');
  });
});

describe('tokens', () => {
  it('compares tokens of any length without throwing', () => {
    expect(tokensEqual('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(tokensEqual('abcdefghijklmnoq', 'abcdefghijklmnop')).toBe(false);
    expect(tokensEqual('short', 'abcdefghijklmnop')).toBe(false);
    expect(tokensEqual('', 'abcdefghijklmnop')).toBe(false);
  });

  it('reads bearer tokens strictly', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
