import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../core/errors.ts';
import { compileSchema } from '../schema/validate.ts';
import { writeFileAtomic } from '../service/files.ts';
import { serviceLayout } from '../service/layout.ts';

/** Promotes transform.next.ts (a rebuild waiting for review) to transform.ts. */
export async function acceptTransform(dir: string): Promise<{ accepted: string; replaced: string }> {
  const layout = serviceLayout(dir);
  if (!existsSync(layout.transformNext)) {
    throw new ConfigError(`Nothing to accept: ${layout.transformNext} does not exist.`, {
      hint: 'It appears when a rebuild finds transform.ts edited by hand; run `codify transform build` first.',
    });
  }
  if (existsSync(layout.transform)) {
    // Keep the hand-edited version: accepting must never lose a person's work. `.codify/` is
    // git-ignored, so a fresh checkout may not have it yet.
    await mkdir(layout.internal, { recursive: true });
    await copyFile(layout.transform, path.join(layout.internal, `transform.replaced.${Date.now()}.ts`));
  }
  await writeFileAtomic(layout.transform, await readFile(layout.transformNext, 'utf8'));
  await rm(layout.transformNext, { force: true });
  await rm(layout.transformDiff, { force: true });
  return { accepted: layout.transform, replaced: layout.transformNext };
}

/** Promotes `.codify/schema.proposed.json` to schema.json (the old one is kept in .codify). */
export async function acceptSchema(
  dir: string,
): Promise<{ schemaPath: string; previousPath: string | null }> {
  const layout = serviceLayout(dir);
  if (!existsSync(layout.proposedSchema)) {
    throw new ConfigError(`No schema change is proposed for ${dir}.`, {
      hint: 'A proposal is written when a build finds examples that contradict schema.json.',
    });
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
