import { resolve } from 'node:path';
import { ConfigError } from '../core/errors.ts';
import { isLoopbackHost } from './network.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Long enough that guessing is hopeless; `openssl rand -hex 24` gives 48 characters. */
export const MIN_TOKEN_LENGTH = 16;

export interface ServerConfigInput {
  dataDir: string;
  host?: string;
  port?: number;
  token?: string;
  maxUploadBytes?: number;
}

export interface ServerConfig {
  dataDir: string;
  host: string;
  port: number;
  token: string | null;
  maxUploadBytes: number;
}

/**
 * Check and complete the server settings. Binding to anything but loopback without a token is
 * refused: the API runs jobs and reads files, so it must never be open to the network unguarded.
 */
export function resolveServerConfig(input: ServerConfigInput): ServerConfig {
  if (!input.dataDir || input.dataDir.trim() === '') {
    throw new ConfigError('The server needs a data directory.', { hint: 'Pass --data DIR.' });
  }
  const host = (input.host ?? DEFAULT_HOST).trim();
  if (host === '')
    throw new ConfigError('The host is empty.', { hint: `Pass --host ${DEFAULT_HOST}, or leave it out.` });
  const port = input.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`Port ${String(port)} is not a valid TCP port.`, {
      hint: 'Use a whole number from 0 to 65535 (0 picks a free one).',
    });
  }
  const token = input.token === undefined || input.token === '' ? null : input.token;
  if (token !== null && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) {
    throw new ConfigError(`The API token must be at least ${MIN_TOKEN_LENGTH} characters, without spaces.`, {
      hint: 'Generate one with: openssl rand -hex 24',
    });
  }
  if (token === null && !isLoopbackHost(host)) {
    throw new ConfigError(
      `Binding to ${host} exposes the server beyond this machine, so it needs an API token.`,
      {
        hint: 'Pass --token T (or set CODIFY_SERVER_TOKEN); clients then send "Authorization: Bearer T". Or bind to 127.0.0.1.',
      },
    );
  }
  const maxUploadBytes = input.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (!Number.isInteger(maxUploadBytes) || maxUploadBytes < 1) {
    throw new ConfigError(
      `The upload limit must be a positive whole number of bytes, got ${String(maxUploadBytes)}.`,
    );
  }
  return { dataDir: resolve(input.dataDir), host, port, token, maxUploadBytes };
}
