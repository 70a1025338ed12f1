/**
 * A build run's story, folded from its events: the attempts (who proposed, the code, the check
 * report, errors, model usage) and how the build ended. Pure functions, so the build page and the
 * code tab read the same thing.
 */
import type { RunEvent } from '../../lib/events.ts';
import type { CheckReport } from './service-api.ts';

export interface UsageEntry {
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs?: number;
  costUsd: number | null;
  source?: string;
}

export interface AttemptView {
  attempt: number;
  proposer: string;
  status: 'running' | 'checking' | 'passed' | 'failed' | 'error';
  /** The candidate's code once proposed; before that, what streamed in. */
  code: string | null;
  streamed: string;
  notes: string[];
  report: CheckReport | null;
  error: string | null;
  usage: UsageEntry[];
  startedAt: string;
  endedAt: string | null;
}

export interface BuildStory {
  attemptsBudget: number | null;
  attempts: AttemptView[];
  finished: { status: string; reason: string } | null;
  schemaConflict: { violations: string[] } | null;
  reviewPending: { file: string; diff: string } | null;
  /** The code the build settled on: the passing attempt's, else the last proposed. */
  finalCode: string | null;
}

export function foldBuildEvents(events: RunEvent[]): BuildStory {
  const attempts = new Map<number, AttemptView>();
  const story: BuildStory = {
    attemptsBudget: null,
    attempts: [],
    finished: null,
    schemaConflict: null,
    reviewPending: null,
    finalCode: null,
  };
  const attemptOf = (n: number, at: string, proposer = '?'): AttemptView => {
    let view = attempts.get(n);
    if (!view) {
      view = {
        attempt: n,
        proposer,
        status: 'running',
        code: null,
        streamed: '',
        notes: [],
        report: null,
        error: null,
        usage: [],
        startedAt: at,
        endedAt: null,
      };
      attempts.set(n, view);
    }
    return view;
  };
  for (const { event, at } of events) {
    const n = typeof event['attempt'] === 'number' ? event['attempt'] : null;
    switch (event.type) {
      case 'build-started':
        story.attemptsBudget = typeof event['attemptsBudget'] === 'number' ? event['attemptsBudget'] : null;
        break;
      case 'attempt-started':
        // Streamed text can arrive before its attempt-started event: fill in who and when then.
        if (n !== null) {
          const view = attemptOf(n, at);
          view.proposer = String(event['proposer'] ?? view.proposer);
          view.startedAt = at;
        }
        break;
      case 'candidate-delta':
        if (n !== null) attemptOf(n, at).streamed += String(event['text'] ?? '');
        break;
      case 'candidate':
        if (n !== null) {
          const view = attemptOf(n, at, String(event['proposer'] ?? '?'));
          view.code = codeText(event['candidate']);
          view.notes = Array.isArray(event['notes']) ? event['notes'].map(String) : [];
          view.status = 'checking';
        }
        break;
      case 'check-finished':
        if (n !== null) {
          const view = attemptOf(n, at);
          view.report = (event['report'] as CheckReport | undefined) ?? null;
          view.status = view.report?.pass ? 'passed' : 'failed';
          view.endedAt = at;
        }
        break;
      case 'attempt-error':
        if (n !== null) {
          const view = attemptOf(n, at, String(event['proposer'] ?? '?'));
          view.error = String(event['error'] ?? 'unknown error');
          view.status = 'error';
          view.endedAt = at;
        }
        break;
      case 'usage':
        if (n !== null && event['usage'] && typeof event['usage'] === 'object') {
          attemptOf(n, at).usage.push(event['usage'] as UsageEntry);
        }
        break;
      case 'build-finished':
        story.finished = { status: String(event['status']), reason: String(event['reason'] ?? '') };
        break;
      case 'schema-conflict':
        story.schemaConflict = {
          violations: Array.isArray(event['violations']) ? event['violations'].map(String) : [],
        };
        break;
      case 'review-pending':
        story.reviewPending = { file: String(event['file'] ?? ''), diff: String(event['diff'] ?? '') };
        break;
    }
  }
  story.attempts = [...attempts.values()].sort((a, b) => a.attempt - b.attempt);
  const passed = story.attempts.find((a) => a.status === 'passed');
  const proposed = story.attempts.filter((a) => a.code !== null);
  story.finalCode = passed?.code ?? proposed.at(-1)?.code ?? null;
  return story;
}

/** Candidates of transforms are source text; anything else is shown as JSON. */
function codeText(candidate: unknown): string {
  return typeof candidate === 'string' ? candidate : JSON.stringify(candidate, null, 2);
}
