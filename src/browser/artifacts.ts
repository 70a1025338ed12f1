import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a run keeps its evidence: `runs/<run-id>/` (trace, screenshots, per-step JSON, report). */
export class RunArtifacts {
  readonly dir: string;
  readonly runId: string;
  private ready: Promise<void>;

  constructor(runsDir: string, runId = newRunId()) {
    this.runId = runId;
    this.dir = join(runsDir, runId);
    this.ready = mkdir(this.dir, { recursive: true }).then(() => {});
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  async writeJson(name: string, data: unknown): Promise<string> {
    await this.ready;
    const path = this.path(name);
    await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
    return path;
  }

  async writeText(name: string, text: string): Promise<string> {
    await this.ready;
    const path = this.path(name);
    await writeFile(path, text);
    return path;
  }

  async ensure(): Promise<void> {
    await this.ready;
  }
}

/** Sortable and unique enough for one machine: `20261126-061502-a1b2`. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${Math.random().toString(16).slice(2, 6)}`;
}

export function stepFileName(step: number, suffix: string): string {
  return `step-${String(step).padStart(2, '0')}-${suffix}`;
}
