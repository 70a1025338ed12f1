import { describe, expect, it } from 'vitest';
import { parseRedisUrl, parseReply } from './resp-connection.ts';

describe('parseReply (RESP2)', () => {
  it('reads every reply type, nested arrays and nulls (bulk lengths in bytes, not characters)', () => {
    const bytes = Buffer.from('*4\r\n+OK\r\n:42\r\n$4\r\nhé!\r\n*2\r\n$-1\r\n*-1\r\n');
    expect(parseReply(bytes, 0)).toEqual({ value: ['OK', 42, 'hé!', [null, null]], end: bytes.length });
  });

  it('returns errors as Error values and waits for incomplete replies', () => {
    const error = parseReply(Buffer.from('-NOSCRIPT No matching script\r\n'), 0);
    expect(error?.value).toBeInstanceOf(Error);
    expect((error?.value as Error).message).toBe('NOSCRIPT No matching script');
    expect(parseReply(Buffer.from('$10\r\nhalf'), 0)).toBeNull();
    expect(parseReply(Buffer.from('*2\r\n:1\r\n'), 0)).toBeNull();
  });
});

describe('parseRedisUrl', () => {
  it('reads host, port, credentials and database', () => {
    expect(parseRedisUrl('redis://10.0.0.5:6380')).toEqual({ host: '10.0.0.5', port: 6380 });
    expect(parseRedisUrl('redis://:s%40cret@q/2')).toEqual({
      host: 'q',
      port: 6379,
      password: 's@cret',
      db: 2,
    });
  });

  it('refuses other URLs with a hint', () => {
    expect(() => parseRedisUrl('http://q:6379')).toThrow(/Unsupported queue URL/);
    expect(() => parseRedisUrl('q:6379:x')).toThrow();
  });
});
