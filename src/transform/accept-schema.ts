import { existsSync } from 'node:fs';
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../core/errors.ts';
import { compileSchema } from './schema/validate.ts';
import { writeFileAtomic } from './service/files.ts';
import { serviceLayout } from './service/layout.ts';

/** No schema change is proposed (a build proposes one when examples contradict schema.json). */
export class NoSchemaProposedError extends ConfigError {
  constructor(dir: string) {
    super(`No schema change is proposed for ${dir}.`, {
      hint: 'A proposal is written when a build finds examples that contradict schema.json.',
    });
  }
}

/**
 * Promotes `.codify/schema.proposed.json` (written when examples contradicted schema.json) to
 * schema.json; the old one is kept in `.codify/`.
 * @throws NoSchemaProposedError when there is no proposal; ConfigError when it is not a valid schema
 */
export async function acceptSchema(
  dir: string,
): Promise<{ schemaPath: string; previousPath: string | null }> {
  const layout = serviceLayout(dir);
  if (!existsSync(layout.proposedSchema)) {
    throw new NoSchemaProposedError(dir);
  }
  const text = await readFile(layout.proposedSchema, 'utf8');
  compileSchema(JSON.parse(text) as Record<string, unknown>, layout.proposedSchema);
  let previousPath: string | null = null;
  if (existsSync(layout.schema)) {
    previousPath = path.join(layout.internal, `schema.previous.${Date.now()}.json`);
    await copyFile(layout.schema, previousPath);
  }
  await writeFileAtomic(layout.schema, text);
  await rm(layout.proposedSchema, { force: true });
  return { schemaPath: layout.schema, previousPath };
}
