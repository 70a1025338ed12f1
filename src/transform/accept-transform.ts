import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../core/errors.ts';
import { commitService } from './review/commit-service.ts';
import type { CommitResult } from './review/git.ts';
import { readServiceFiles, writeFileAtomic } from './service/files.ts';
import { serviceLayout } from './service/layout.ts';

/** There is no transform.next.ts (a rebuild of a hand-edited transform.ts waiting for review). */
export class NothingToAcceptError extends ConfigError {
  constructor(file: string) {
    super(`Nothing to accept: ${file} does not exist.`, {
      hint: 'It appears when a rebuild finds transform.ts edited by hand; run `codify transform build` first.',
    });
  }
}

/**
 * Promotes transform.next.ts (a rebuild waiting for review) to transform.ts. The replaced,
 * hand-edited transform.ts is kept in `.codify/`: accepting never loses a person's work.
 * @param options.commit also commit the result on a branch `codify/<service>/<run-id>`
 * @throws NothingToAcceptError when no rebuild waits for review
 */
export async function acceptTransform(
  dir: string,
  options: { commit?: boolean } = {},
): Promise<{ accepted: string; replaced: string; commit: CommitResult | null }> {
  const layout = serviceLayout(dir);
  if (!existsSync(layout.transformNext)) throw new NothingToAcceptError(layout.transformNext);
  if (existsSync(layout.transform)) {
    // `.codify/` is git-ignored, so a fresh checkout may not have it yet.
    await mkdir(layout.internal, { recursive: true });
    await copyFile(layout.transform, path.join(layout.internal, `transform.replaced.${Date.now()}.ts`));
  }
  await writeFileAtomic(layout.transform, await readFile(layout.transformNext, 'utf8'));
  await rm(layout.transformNext, { force: true });
  await rm(layout.transformDiff, { force: true });
  let commit: CommitResult | null = null;
  if (options.commit) {
    const { name } = (await readServiceFiles(dir)).config;
    commit = await commitService(
      { dir, name },
      layout.transform,
      `Accept reviewed transform "${name}"`,
      null,
    );
  }
  return { accepted: layout.transform, replaced: layout.transformNext, commit };
}
