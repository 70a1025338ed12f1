/**
 * The few API calls the load benchmark makes, over plain `fetch` (what any client would use).
 * Every failure throws with the status and the server's error body, so a broken run is loud.
 */
import { openAsBlob } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface RunRecord {
  id: string;
  kind: string;
  status: string;
  createdAt: string;
  startedAt: string | null;
  summary: unknown;
  error: unknown;
}

/** Run statuses after which a run never changes again. */
export const ENDED_STATUSES = new Set(['completed', 'failed', 'stopped', 'awaiting-review', 'interrupted']);

export class ApiClient {
  readonly base: string;

  constructor(url: string) {
    this.base = `${url.replace(/\/+$/, '')}/api/v1`;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : null) as T;
    return { status: response.status, body: parsed };
  }

  private async expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await this.json<T>(method, path, body);
    if (result.status >= 300) {
      throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
    }
    return result.body;
  }

  createService(name: string, examples: unknown[]): Promise<unknown> {
    return this.expectOk('POST', '/services', { name, examples });
  }

  async build(name: string): Promise<RunRecord> {
    return (await this.expectOk<{ run: RunRecord }>('POST', `/services/${name}/build`, {})).run;
  }

  /** Uploads a JSONL file (streamed from disk) and starts a run over it. */
  async startRun(name: string, file: string, fields: Record<string, string> = {}): Promise<RunRecord> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', await openAsBlob(file), 'input.jsonl');
    const response = await fetch(`${this.base}/services/${name}/runs`, { method: 'POST', body: form });
    const body = (await response.json()) as { run: RunRecord };
    if (response.status !== 202)
      throw new Error(`upload to ${name} answered ${response.status}: ${JSON.stringify(body)}`);
    return body.run;
  }

  startDemoRun(steps: number, delayMs: number): Promise<{ run: RunRecord }> {
    return this.expectOk('POST', '/demo-runs', { steps, delayMs });
  }

  async run(id: string): Promise<{ run: RunRecord; live: boolean; lastSeq: number }> {
    return this.expectOk('GET', `/runs/${id}`);
  }

  stop(id: string): Promise<{ status: number; body: unknown }> {
    return this.json('POST', `/runs/${id}/stop`);
  }

  async rerun(id: string): Promise<RunRecord> {
    return (await this.expectOk<{ run: RunRecord }>('POST', `/runs/${id}/rerun`)).run;
  }

  /** Polls until the run has ended; returns its final record and last event seq. */
  async waitForEnd(id: string, pollMs = 200): Promise<{ run: RunRecord; lastSeq: number }> {
    for (;;) {
      const detail = await this.run(id);
      if (!detail.live && ENDED_STATUSES.has(detail.run.status)) return detail;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Streams a JSONL download line by line (never the whole file in memory as one string). */
  async *lines(path: string): AsyncGenerator<string> {
    const response = await fetch(`${this.base}${path}`);
    if (response.status !== 200 || !response.body) throw new Error(`GET ${path} answered ${response.status}`);
    const reader = createInterface({
      input: Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
      crlfDelay: Infinity,
    });
    for await (const line of reader) if (line.length > 0) yield line;
  }
}
