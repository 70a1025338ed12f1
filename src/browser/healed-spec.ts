import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { CodifyError } from '../core/errors.ts';
import { serializeSpec, type Spec } from './spec.ts';

/**
 * Healed specs have one naming rule, for files anywhere and for test folders alike: `.healed`
 * (then `.healed-2`, `.healed-3`, …) goes before the original's ending, which is kept:
 * `signup.spec.json` → `signup.healed.spec.json`, a test folder's `spec.json` → `spec.healed.json`.
 * Keeping `.spec.json` keeps healed specs in `*.spec.json` globs and gives their export the usual
 * `X.spec.ts` name. (Until this rule, the CLI named a `login.json` original's heal
 * `login.healed.spec.json`: {@link saveHealedSpec} never reuses such a number, and
 * {@link HEALED_SPEC_PATTERN} still lists those files.)
 */
export function healedSpecPath(specPath: string, n: number): string {
  const ending = specPath.endsWith('.spec.json') ? '.spec.json' : specPath.endsWith('.json') ? '.json' : '';
  const stem = specPath.slice(0, specPath.length - ending.length);
  return `${stem}.healed${n === 1 ? '' : `-${n}`}${ending || '.json'}`;
}

/** Matches the file name of a healed spec by either the rule or the CLI's older `.healed.spec.json`. */
export const HEALED_SPEC_PATTERN = /\.healed(-\d+)?(\.spec)?\.json$/;

/** The number in a healed spec's name (1 for `.healed.`, N for `.healed-N.`), for oldest-first order. */
export function healedSpecIndex(file: string): number {
  const match = /\.healed-(\d+)(\.spec)?\.json$/.exec(file);
  return match ? Number(match[1]) : 1;
}

/** The name the CLI gave a heal of `X.json` before the rule (`X.healed-N.spec.json`), else null. */
function olderName(specPath: string, n: number): string | null {
  if (specPath.endsWith('.spec.json') || !specPath.endsWith('.json')) return null;
  return `${specPath.slice(0, -'.json'.length)}.healed${n === 1 ? '' : `-${n}`}.spec.json`;
}

/**
 * Writes a healed spec beside its original by {@link healedSpecPath}, with its diff beside it
 * (`.json` → `.diff`), never overwriting anything: the file is created exclusively (`wx`), so two
 * replays that finish at once get two numbers. Returns both paths.
 */
export async function saveHealedSpec(
  specPath: string,
  spec: Spec,
  diff: string,
): Promise<{ spec: string; diff: string }> {
  for (let n = 1; n < 10_000; n++) {
    const target = healedSpecPath(specPath, n);
    const older = olderName(specPath, n);
    if (older && existsSync(older)) continue;
    try {
      await writeFile(target, serializeSpec(spec), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const diffPath = target.replace(/\.json$/, '.diff');
    await writeFile(diffPath, diff);
    return { spec: target, diff: diffPath };
  }
  throw new CodifyError('conflict', `Too many healed specs beside ${specPath}.`, {
    hint: 'Review them and delete the ones you do not need.',
  });
}
