/**
 * Shapes and calls of the transform routes (docs/server.md, "Transform routes"), kept beside the
 * pages that use them so the shared lib stays product-neutral.
 */
import { apiFetch, getJson, sendForm, sendJson } from '../../lib/api.ts';
import type {
  BuildRequest,
  BuildSummary,
  CheckFailure,
  CheckReport,
  ErrorLine,
  TransformRunSummary,
  CreatedServiceAnswer,
  InferredSchemaAnswer,
  LockAnswer,
  ServiceAnswer,
  ServiceDetail,
  ServiceList,
  ServiceListItem,
  ServiceSettings,
  CreateServiceRequest,
  ExampleRequest,
  SampleRef,
  SampleUpload,
  StartedRun,
  UpdateServiceRequest,
} from '../../../../src/server/protocol/index.ts';

/** One labelled example: what goes in and what must come out. */
export type Example = ExampleRequest;

export type { SampleRef, SampleUpload, ServiceAnswer, ServiceDetail, ServiceListItem, ServiceSettings };

/** A build's and a run's summaries, the check report and failures they hold (see the protocol). */
export type { BuildSummary, CheckReport, TransformRunSummary };
export type Failure = CheckFailure;

export type RecordFormat = 'json' | 'jsonl' | 'csv';

const path = (name: string) => `/services/${encodeURIComponent(name)}`;

export const serviceApi = {
  list: () => getJson<ServiceList>('/services'),
  create: (body: CreateServiceRequest) => sendJson<CreatedServiceAnswer>('/services', body),
  update: (name: string, body: UpdateServiceRequest) => sendJson<ServiceAnswer>(path(name), body, 'PUT'),
  inferSchema: (name: string, examples?: Example[]) =>
    sendJson<InferredSchemaAnswer>(`${path(name)}/infer-schema`, examples ? { examples } : {}),
  build: (name: string, body: BuildRequest = {}) => sendJson<StartedRun>(`${path(name)}/build`, body),
  run: (name: string, file: File, options: { format?: RecordFormat; frozen: boolean; model?: string }) => {
    const form = new FormData();
    // Fields before the file: the server reads them as the multipart stream arrives.
    if (options.format) form.append('format', options.format);
    form.append('frozen', String(options.frozen));
    if (options.model) form.append('model', options.model);
    form.append('file', file, file.name);
    return sendForm<StartedRun>(`${path(name)}/runs`, form);
  },
  /** Store a sample of the input to come, to name in a build's `sample`. */
  uploadSample: (name: string, file: File, format?: RecordFormat) => {
    const form = new FormData();
    if (format) form.append('format', format);
    form.append('file', file, file.name);
    return sendForm<SampleUpload>(`${path(name)}/samples`, form);
  },
  accept: (name: string) => sendJson<ServiceAnswer>(`${path(name)}/accept`),
  acceptSchema: (name: string) => sendJson<ServiceAnswer>(`${path(name)}/accept-schema`),
  setLocked: (name: string, locked: boolean) =>
    sendJson<LockAnswer>(`${path(name)}/${locked ? 'lock' : 'unlock'}`),
  history: (name: string, limit = 50) => `${path(name)}/history?limit=${limit}`,
};

/** Record formats the run upload accepts, guessed from a file name (null: let the server decide). */
export function formatFromFileName(fileName: string): RecordFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** The error file's lines: `{index, line?, input, error: {kind, message}}`. */
export type { ErrorLine };

/** Parse NDJSON text, keeping the lines that parse (a partial last line during a run is skipped). */
export function parseNdjson<T>(text: string, limit = Infinity): T[] {
  const rows: T[] = [];
  for (const line of text.split('\n')) {
    if (rows.length >= limit) break;
    if (line.trim() === '') continue;
    try {
      rows.push(JSON.parse(line) as T);
    } catch {
      // A line still being written.
    }
  }
  return rows;
}

/**
 * The first `maxLines` lines of an API text file, read from the stream and cancelled once enough
 * arrived, so a preview of a large output costs only what it shows. `complete` is false when the
 * file had more.
 */
export async function readFirstLines(
  apiPath: string,
  maxLines: number,
  signal?: AbortSignal,
): Promise<{ lines: string[]; complete: boolean }> {
  const response = await apiFetch(apiPath, signal ? { signal } : {});
  if (!response.body) {
    const all = (await response.text()).split('\n').filter((l) => l !== '');
    return { lines: all.slice(0, maxLines), complete: all.length <= maxLines };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const lines: string[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line === '') continue;
      if (lines.length === maxLines) {
        await reader.cancel();
        return { lines, complete: false };
      }
      lines.push(line);
    }
  }
  // A last line without a newline is either complete (end of file) or still being written.
  if (buffer.trim() !== '' && lines.length < maxLines) lines.push(buffer);
  return { lines, complete: true };
}
