import type { CodifyEvent } from '../core/events/types.ts';
import type { CheckReport } from '../core/loop/types.ts';
import type { Usage } from '../core/models/types.ts';
import type { Store } from './store/store.ts';

/**
 * Fills the attempts and usage tables from the generic loop's events (`attempt-started`,
 * `check-finished`, `attempt-error`, `usage`), so a job that forwards its loop events gets
 * per-attempt history and cost accounting without writing them itself. Other events pass by.
 */
export class LoopRecorder {
  private readonly store: Store;
  private readonly runId: string;
  private readonly started = new Map<number, { proposer: string; startedAt: string; at: number }>();

  constructor(store: Store, runId: string) {
    this.store = store;
    this.runId = runId;
  }

  observe(event: CodifyEvent, at: string): void {
    switch (event.type) {
      case 'attempt-started': {
        const attempt = numberField(event, 'attempt');
        if (attempt === null) return;
        const proposer = stringField(event, 'proposer') ?? 'unknown';
        this.started.set(attempt, { proposer, startedAt: at, at: Date.parse(at) });
        this.store.recordAttempt({ runId: this.runId, attempt, proposer, status: 'running', startedAt: at });
        return;
      }
      case 'check-finished': {
        const attempt = numberField(event, 'attempt');
        const report = event['report'] as CheckReport | undefined;
        if (attempt === null || !report || typeof report.pass !== 'boolean') return;
        this.finish(attempt, at, report.pass ? 'passed' : 'failed', {
          counts: report.counts,
          checked: report.checked ?? null,
        });
        return;
      }
      case 'attempt-error': {
        const attempt = numberField(event, 'attempt');
        if (attempt === null) return;
        this.finish(attempt, at, 'error', { error: stringField(event, 'error') ?? '' });
        return;
      }
      case 'usage': {
        const usage = event['usage'] as Usage | undefined;
        if (!usage || typeof usage.provider !== 'string' || typeof usage.inputTokens !== 'number') return;
        this.store.recordUsage(usage, { runId: this.runId, attempt: numberField(event, 'attempt'), at });
        return;
      }
    }
  }

  private finish(attempt: number, at: string, status: string, data: unknown): void {
    const start = this.started.get(attempt);
    this.store.recordAttempt({
      runId: this.runId,
      attempt,
      proposer: start?.proposer ?? 'unknown',
      status,
      startedAt: start?.startedAt ?? at,
      durationMs: start ? Math.max(0, Date.parse(at) - start.at) : null,
      data,
    });
  }
}

function numberField(event: CodifyEvent, name: string): number | null {
  const value = event[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

function stringField(event: CodifyEvent, name: string): string | null {
  const value = event[name];
  return typeof value === 'string' ? value : null;
}
