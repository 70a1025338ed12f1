import { ConfigError } from '../errors.ts';

/** The host and port of a `redis://[user:password@]HOST:PORT[/DB]` URL. */
export interface RedisAddress {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
}

/** Parses a `redis://HOST:PORT` queue URL; a typed error says what is wrong with any other. */
export function parseRedisUrl(url: string): RedisAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`"${url}" is not a queue URL.`, { hint: 'Pass --queue redis://HOST:PORT.' });
  }
  if (parsed.protocol !== 'redis:') {
    throw new ConfigError(`Unsupported queue URL "${url}".`, { hint: 'Pass --queue redis://HOST:PORT.' });
  }
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
  };
}
