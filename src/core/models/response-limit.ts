/**
 * A cap on the bytes of one model response, applied at the fetch level so it holds for every
 * provider, streamed or not: the body is counted as it arrives and reading stops at the cap. A
 * limit on parsed text alone would miss bodies that never parse (an SSE line that never ends, a
 * JSON body that keeps growing), which the SDK buffers whole before it sees any text.
 */
import { AnswerTooLargeError } from './errors.ts';

/**
 * Wrap `fetchImpl` so no response body yields more than `maxBytes`: a declared Content-Length over
 * the cap is refused before reading, and a body that grows past it errors with
 * {@link AnswerTooLargeError} (the SDK then cancels the request).
 */
export function limitResponseBytes(
  fetchImpl: typeof globalThis.fetch,
  maxBytes: number,
): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.body) return response;
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
