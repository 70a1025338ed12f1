/**
 * Checks on a model response before the SDK reads it, at the fetch level so they hold for every
 * provider: a streamed request must get a stream, and one response may carry at most so many
 * bytes, streamed or not. The body is counted as it arrives and reading stops at the cap: a limit
 * on parsed text alone would miss bodies that never parse (an SSE line that never ends, a JSON
 * body that keeps growing), which the SDK buffers whole before it sees any text.
 */
import { AnswerTooLargeError, NotAStreamError } from './errors.ts';

/**
 * Wrap `fetchImpl` so a streamed request answered with HTML or JSON fails with
 * {@link NotAStreamError}, and no response body yields more than `maxBytes`: a declared
 * Content-Length over the cap is refused before reading, and a body that grows past it errors
 * with {@link AnswerTooLargeError} (the SDK then cancels the request).
 */
export function guardedFetch(fetchImpl: typeof globalThis.fetch, maxBytes: number): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.body) return response;
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && asksForStream(init) && /html|json/i.test(type)) {
      await response.body.cancel().catch(() => {});
      throw new NotAStreamError(type);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new AnswerTooLargeError(maxBytes);
    }
    let seen = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > maxBytes) controller.error(new AnswerTooLargeError(maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** Whether the request body (JSON, as every provider sends it) asks for a stream. */
function asksForStream(init: RequestInit | undefined): boolean {
  if (typeof init?.body !== 'string' || !init.body.includes('"stream"')) return false;
  try {
    const body: unknown = JSON.parse(init.body);
    return typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream === true;
  } catch {
    return false;
  }
}
