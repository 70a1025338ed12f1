import { pipeline, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { REDACTED, createRedactingStream, createTextRedactor } from './redact.ts';

/** Content types whose bodies are text, so secrets in them can be found and replaced. */
const TEXT_TYPE =
  /^(text\/|application\/(json|x-ndjson|ndjson|javascript|xml|x-yaml|yaml)\b|application\/[\w.+-]+\+(json|xml)\b)/i;

/**
 * Replaces known secret values in every response body before it leaves the server: serialized
 * JSON and text (strings and buffers) at once, text streams (run outputs, artifacts, exports) as
 * they flow, so nothing a route forgot to redact gets out. Binary bodies (images, zips) pass
 * untouched, as do the public routes, which serve codify's own files (docs, web UI). SSE streams
 * bypass this hook (they are hijacked) and redact their events themselves.
 */
export function installResponseRedaction(app: FastifyInstance, secrets: readonly string[]): void {
  if (secrets.length === 0) return;
  const redactText = createTextRedactor(secrets);
  app.addHook('onSend', async (request, reply, payload) => {
    if (payload === null || payload === undefined) return payload;
    if (!request.is404 && request.routeOptions.config.public === true) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (typeof payload === 'string') return redactText(payload);
    if (Buffer.isBuffer(payload)) {
      if (!TEXT_TYPE.test(type)) return payload;
      const text = payload.toString('utf8');
      const clean = redactText(text);
      if (clean === text) return payload;
      reply.removeHeader('content-length');
      return clean;
    }
    if (isNodeStream(payload) && TEXT_TYPE.test(type)) {
      // The length can change, so the body goes out chunked.
      reply.removeHeader('content-length');
      return pipeline(payload, createRedactingStream(secrets), () => {});
    }
    return payload;
  });
}

function isNodeStream(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function';
}

/** Query parameters whose values are credentials by their name. */
const SECRET_PARAM = /token|key|secret|password|passwd|auth|credential|signature|session/i;

/**
 * A URL fit for a log: the values of credential-like query parameters (`?token=`, `?api_key=`)
 * replaced whatever they are, then any known secret value replaced wherever it is.
 */
export function redactUrlForLog(url: string, redactText: (text: string) => string): string {
  const query = url.indexOf('?');
  if (query === -1) return redactText(url);
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      let name = pair.slice(0, equals);
      try {
        name = decodeURIComponent(name.replaceAll('+', ' '));
      } catch {
        // An undecodable name is judged as written.
      }
      return SECRET_PARAM.test(name) ? `${pair.slice(0, equals)}=${REDACTED}` : pair;
    });
  return redactText(`${url.slice(0, query)}?${params.join('&')}`);
}

/**
 * The `req` log serializer: Fastify's default fields, with the URL redacted. The logger's value
 * redaction does not reach serializer output, so the URL must be clean here.
 */
export function createRequestLogSerializer(secrets: readonly string[]) {
  const redactText = createTextRedactor(secrets);
  return (request: FastifyRequest) => ({
    method: request.method,
    url: redactUrlForLog(String(request.url ?? ''), redactText),
    // No Host header (HTTP/1.0) leaves it undefined.
    host: typeof request.host === 'string' ? redactText(request.host) : request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  });
}
