import type { Browser } from 'playwright-core';
import { CodifyError } from '../core/errors.ts';
import { launchChromium } from './chromium.ts';
import type { Planner } from './planner.ts';
import { replayTest, type ReplayTestRequest, type ReplayTestResult } from './replay-test.ts';

/** One spec's verdict in a batch. */
export interface SpecVerdict {
  specPath: string;
  /** `failed` also when the spec could not be replayed at all (unreadable, invalid). */
  status: ReplayTestResult['status'];
  reason: string;
  /** The full replay result; absent when the replay could not start (see `reason`). */
  result?: ReplayTestResult;
  /** Wall time of this spec's replay (its own browser context), in milliseconds. */
  wallMs: number;
}

export interface ReplayManyDeps {
  /** Specs replayed at once, each in its own context of the one browser (default 1). */
  workers?: number;
  /** A browser to share; otherwise one is launched for the batch and closed after it. */
  browser?: Browser;
  headed?: boolean;
  /** Heals broken steps of every spec (each heal is saved beside its own spec). */
  healer?: Planner;
  /** Called as each spec finishes, in completion order. */
  onVerdict?: (verdict: SpecVerdict, index: number) => void;
}

/**
 * Replays many specs in ONE browser with `workers` parallel contexts (a context per spec: cookies
 * and storage never leak between specs), and returns each spec's verdict in the input order. A
 * spec that cannot be read is a `failed` verdict for that spec, not an error of the batch.
 */
export async function replayMany(
  requests: readonly ReplayTestRequest[],
  deps: ReplayManyDeps = {},
): Promise<SpecVerdict[]> {
  const workers = Math.max(1, Math.min(deps.workers ?? 1, requests.length || 1));
  const ownBrowser = deps.browser ? null : await launchChromium(deps.headed ? { headed: true } : {});
  const browser = deps.browser ?? ownBrowser!;
  const verdicts: SpecVerdict[] = new Array(requests.length);
  let next = 0;
  const work = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      const request = requests[index]!;
      const started = performance.now();
      let verdict: SpecVerdict;
      try {
        const result = await replayTest(request, {
          browser,
          ...(deps.healer ? { healer: deps.healer } : {}),
        });
        verdict = {
          specPath: request.specPath,
          status: result.status,
          reason: result.reason,
          result,
          wallMs: performance.now() - started,
        };
      } catch (error) {
        verdict = {
          specPath: request.specPath,
          status: 'failed',
          reason:
            error instanceof CodifyError
              ? error.describe()
              : error instanceof Error
                ? error.message
                : String(error),
          wallMs: performance.now() - started,
        };
      }
      verdicts[index] = verdict;
      deps.onVerdict?.(verdict, index);
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, work));
  } finally {
    await ownBrowser?.close().catch(() => {});
  }
  return verdicts;
}
