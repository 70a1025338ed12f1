import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../core/errors.ts';

/**
 * Where an input's bytes live: a local path, or an `http(s)://` URL served with byte ranges (any
 * static file server, object store or presigned link). Chunked runs read each chunk's range
 * straight from here on whichever machine runs it, so records never travel through the queue.
 */
export interface ByteSource {
  /** The path (resolved) or URL, as every worker will open it. */
  readonly location: string;
  readonly size: number;
  /** A validator of the content (ETag, or Last-Modified + size) for a URL; null for a file. */
  readonly version: string | null;
  /** Bytes `[start, end)` as a stream of pieces. */
  read(start: number, end: number, signal?: AbortSignal): AsyncIterable<Buffer>;
}

/** True when the input names an HTTP(S) URL rather than a path. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The part of an input that names its file type: a URL's path without query or fragment. */
export function inputNameForFormat(input: string): string {
  if (!isUrlInput(input)) return input;
  try {
    return new URL(input).pathname;
  } catch {
    return input;
  }
}

/**
 * Opens `location` for ranged reads. For a URL, `expectedVersion` (from the split) makes every
 * later read refuse content that changed since: a chunk must never mix two versions of the file.
 */
export async function openByteSource(
  location: string,
  expectedVersion: string | null = null,
): Promise<ByteSource> {
  return isUrlInput(location) ? openUrl(location, expectedVersion) : openFile(location);
}

async function openFile(file: string): Promise<ByteSource> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile())
    throw new ConfigError(`Input ${file} not found.`, {
      hint: 'Pass a file or folder every worker can read at the same path, or an http(s):// URL.',
    });
  const location = path.resolve(file);
  return {
    location,
    size: info.size,
    version: null,
    async *read(start, end) {
      if (end <= start) return;
      for await (const piece of createReadStream(location, { start, end: end - 1 })) yield piece as Buffer;
    },
  };
}

/** Redacts the query (presigned links carry credentials there) from what is shown. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.search ? `${parsed.origin}${parsed.pathname}?…` : url;
  } catch {
    return url;
  }
}

function versionOf(response: Response, size: number): string | null {
  const etag = response.headers.get('etag');
  if (etag) return `etag:${etag}`;
  const modified = response.headers.get('last-modified');
  return modified ? `modified:${modified};size:${size}` : null;
}

async function openUrl(url: string, expectedVersion: string | null): Promise<ByteSource> {
  const failed = (why: string, cause?: unknown) =>
    new ConfigError(`Input ${shown(url)} cannot be read by byte ranges: ${why}`, {
      hint: 'Serve the file with HTTP range support (Accept-Ranges: bytes and a Content-Length), or download it to a path every worker can read.',
      ...(cause !== undefined ? { cause } : {}),
    });
  let head: Response;
  try {
    head = await fetch(url, { method: 'HEAD', redirect: 'follow' });
  } catch (error) {
    throw failed(`the server did not answer (${(error as Error).message}).`, error);
  }
  if (!head.ok) throw failed(`HEAD answered ${head.status}.`);
  const length = Number(head.headers.get('content-length'));
  if (!Number.isSafeInteger(length) || length < 0) throw failed('no Content-Length.');
  if (head.headers.get('content-encoding') && head.headers.get('content-encoding') !== 'identity')
    throw failed(
      `the content is served ${head.headers.get('content-encoding')}-encoded, so byte ranges are not the file's.`,
    );
  const version = versionOf(head, length);
  if (expectedVersion !== null && version !== expectedVersion)
    throw new ConfigError(
      `Input ${shown(url)} changed since the run was split (${expectedVersion} → ${version}).`,
      {
        hint: 'Start the run again over the new content (a chunk must never mix two versions of the input).',
      },
    );
  return {
    location: url,
    size: length,
    version,
    async *read(start, end, signal) {
      if (end <= start) return;
      let response: Response;
      try {
        response = await fetch(url, {
          headers: {
            range: `bytes=${start}-${end - 1}`,
            // Refuse (412) rather than read a different version of the file than the split saw.
            ...(version?.startsWith('etag:') ? { 'if-match': version.slice(5) } : {}),
            'accept-encoding': 'identity',
          },
          redirect: 'follow',
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        throw failed(`the range request failed (${(error as Error).message}).`, error);
      }
      if (response.status === 412)
        throw new ConfigError(`Input ${shown(url)} changed since the run was split.`, {
          hint: 'Start the run again over the new content.',
        });
      // A server that ignores Range answers 200 with the whole file: reading it as the range would be wrong.
      if (response.status !== 206 && !(response.status === 200 && start === 0 && end === length)) {
        await response.body?.cancel();
        throw failed(`a request for bytes ${start}-${end - 1} answered ${response.status}, not 206.`);
      }
      if (!response.body) return;
      let received = 0;
      for await (const piece of response.body) {
        const bytes = Buffer.from(piece as Uint8Array);
        received += bytes.length;
        if (received > end - start) throw failed(`bytes ${start}-${end - 1} came back longer than asked.`);
        yield bytes;
      }
      if (received !== end - start)
        throw failed(`bytes ${start}-${end - 1} came back ${received} byte(s) long (connection cut?).`);
    },
  };
}
