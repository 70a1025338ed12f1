import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';

/** A transform function: one input record in, one output record out. */
export type TransformFunction = (input: unknown) => unknown;

/**
 * A service's generated transform.ts as a plain in-process function: types stripped with Node's
 * own stripper, then imported from a data: URL. No sandbox, no schema check.
 */
export async function importTransform(serviceDir: string): Promise<TransformFunction> {
  const source = await readFile(path.join(serviceDir, 'transform.ts'), 'utf8');
  const js = stripTypeScriptTypes(source);
  const module = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as {
    default: TransformFunction;
  };
  return module.default;
}
