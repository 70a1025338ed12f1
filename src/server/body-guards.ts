import type { FastifyInstance } from 'fastify';
import { BadRequestError } from './errors.ts';

/**
 * How deep a JSON request body may nest. Real examples, schemas and settings stay far below it;
 * recursive code downstream (schema inference, validation, `JSON.stringify`) overflows the stack
 * somewhere past a thousand levels, and that was a 500 with half-written files.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Whether `text` opens more than `max` arrays/objects inside each other. A scan of the text, not
 * a parse: the deep value is never built. Invalid JSON is left for the parser to refuse.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/**
 * Replaces Fastify's JSON body parser with the same parser (same `__proto__`/`constructor`
 * handling) behind a nesting check: a body deeper than {@link MAX_JSON_DEPTH} is a 400.
 */
export function installJsonDepthLimit(app: FastifyInstance, maxDepth = MAX_JSON_DEPTH): void {
  const parse = app.getDefaultJsonParser(
    app.initialConfig.onProtoPoisoning ?? 'error',
    app.initialConfig.onConstructorPoisoning ?? 'error',
  );
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = typeof raw === 'string' ? raw : raw.toString('utf8');
    if (jsonNestsDeeperThan(body, maxDepth)) {
      done(
        new BadRequestError(`The JSON body nests deeper than ${maxDepth} levels.`, {
          hint: 'Flatten the data; no example, schema or setting needs that depth.',
        }),
        undefined,
      );
      return;
    }
    parse(request, body, done);
  });
}

/**
 * Whether an error is the multipart parser refusing a malformed body (no boundary, cut-off parts,
 * bad part headers). Busboy throws plain errors, which would otherwise be 500s.
 */
export function isMalformedMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || typeof (error as { statusCode?: unknown }).statusCode === 'number') {
    return false;
  }
  return (
    /[\\/]@fastify[\\/]busboy[\\/]/.test(error.stack ?? '') ||
    /^(Multipart: |Unexpected end of (multipart data|form)|Malformed part header)|terminated early due to unexpected end of multipart data/.test(
      error.message,
    )
  );
}
