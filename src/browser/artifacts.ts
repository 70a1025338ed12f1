import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTextRedactor, knownSecrets } from '../core/secrets/index.ts';

/** Options for {@link RunArtifacts}. */
export interface RunArtifactsOptions {
  /**
   * Secret values kept out of every text file written here. Default: the process's known secrets
   * ({@link knownSecrets}), read at each write so a key remembered after the run started counts too.
   */
  secrets?: readonly string[];
}

/**
 * Where a run keeps its evidence: `runs/<run-id>/` (trace, screenshots, per-step JSON, report).
 * Text written through {@link writeJson} and {@link writeText} is redacted by value: a planner model
 * can echo a key it saw (in a prompt, a page, an error), and these files outlive the run. Binary
 * files written by others at {@link path} (screenshots, the Playwright trace) are not rewritten.
 */
export class RunArtifacts {
  readonly dir: string;
  readonly runId: string;
  private ready: Promise<void>;
  private readonly secrets: readonly string[] | undefined;

  constructor(runsDir: string, runId = newRunId(), options: RunArtifactsOptions = {}) {
    this.runId = runId;
    this.dir = join(runsDir, runId);
    this.secrets = options.secrets;
    this.ready = mkdir(this.dir, { recursive: true }).then(() => {});
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  async writeJson(name: string, data: unknown): Promise<string> {
    await this.ready;
    const path = this.path(name);
    await writeFile(path, `${redactedJson(data, this.redactor())}\n`);
    return path;
  }

  async writeText(name: string, text: string): Promise<string> {
    await this.ready;
    const path = this.path(name);
    await writeFile(path, this.redactor()(text));
    return path;
  }

  async ensure(): Promise<void> {
    await this.ready;
  }

  private redactor(): (text: string) => string {
    return createTextRedactor(this.secrets ?? knownSecrets());
  }
}

/**
 * `JSON.stringify(data, null, 2)` with secrets replaced in every string and object key it writes.
 * Redacting during serialization (not the finished text) keeps the JSON valid whatever the secret
 * contains, and reaches values a walk over plain objects would miss (class instances, `toJSON`).
 */
function redactedJson(data: unknown, redact: (text: string) => string): string {
  return JSON.stringify(
    data,
    (_key, value: unknown) => {
      if (typeof value === 'string') return redact(value);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const entries = Object.entries(value);
      if (entries.every(([key]) => redact(key) === key)) return value;
      const out: Record<string, unknown> = {};
      // defineProperty: a `__proto__` key stays a key.
      for (const [key, item] of entries)
        Object.defineProperty(out, redact(key), {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    },
    2,
  );
}

/** Sortable and unique enough for one machine: `20261126-061502-a1b2`. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${Math.random().toString(16).slice(2, 6)}`;
}

export function stepFileName(step: number, suffix: string): string {
  return `step-${String(step).padStart(2, '0')}-${suffix}`;
}
