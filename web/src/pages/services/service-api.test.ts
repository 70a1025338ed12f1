import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFirstLines, serviceApi } from './service-api.ts';

/** A response whose body arrives in the given chunks, recording whether the reader cancelled it. */
function streamed(chunks: string[]) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[state.pulled++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { status: 200 }), state };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(response: Response) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  vi.stubGlobal('localStorage', { getItem: () => null });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return response;
  });
  return calls;
}

describe('readFirstLines', () => {
  it('stops reading once it has enough lines, across chunk boundaries', async () => {
    const { response, state } = streamed(['{"a":1}\n{"a"', ':2}\n{"a":3}\n', '{"a":4}\n', '{"a":5}\n']);
    const calls = stubFetch(response);
    const result = await readFirstLines('/runs/r1/output', 2);
    expect(result).toEqual({ lines: ['{"a":1}', '{"a":2}'], complete: false });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(4);
    expect(calls[0]?.url).toBe('/api/v1/runs/r1/output');
  });

  it('reads a short file to its end, keeping a last line without a newline', async () => {
    stubFetch(streamed(['x\n\ny\nz']).response);
    expect(await readFirstLines('/runs/r1/errors', 10)).toEqual({ lines: ['x', 'y', 'z'], complete: true });
  });

  it('says complete when the file has exactly as many lines as asked', async () => {
    stubFetch(streamed(['x\ny\n']).response);
    expect(await readFirstLines('/runs/r1/errors', 2)).toEqual({ lines: ['x', 'y'], complete: true });
  });
});

describe('serviceApi.run', () => {
  it('uploads the file as multipart with the format and frozen fields', async () => {
    const calls = stubFetch(new Response(JSON.stringify({ run: { id: 'r9' } }), { status: 202 }));
    const file = new File(['{"a":1}\n'], 'in.jsonl');
    const answer = await serviceApi.run('svc', file, { format: 'jsonl', frozen: true });
    expect(answer.run.id).toBe('r9');
    expect(calls[0]?.url).toBe('/api/v1/services/svc/runs');
    const form = calls[0]?.init?.body as FormData;
    expect(form.get('format')).toBe('jsonl');
    expect(form.get('frozen')).toBe('true');
    expect((form.get('file') as File).name).toBe('in.jsonl');
    expect([...form.keys()].at(-1)).toBe('file');
  });
});
