import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from './redis-url.ts';

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
