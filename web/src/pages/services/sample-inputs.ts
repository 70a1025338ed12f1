import type { Run } from '../../lib/types.ts';

/** An input an earlier run of the service read: the server keeps its upload, so a build can sample it. */
export interface EarlierInput {
  upload: string;
  fileName: string;
  runId: string;
  createdAt: string;
}

/** The inputs of the service's earlier transform runs, newest first, each file once. */
export function earlierInputs(runs: readonly Run[]): EarlierInput[] {
  const seen = new Set<string>();
  const inputs: EarlierInput[] = [];
  for (const run of runs) {
    if (run.kind !== 'transform-run') continue;
    const input = run.input as { upload?: unknown; fileName?: unknown } | null;
    if (typeof input?.upload !== 'string' || seen.has(input.upload)) continue;
    seen.add(input.upload);
    inputs.push({
      upload: input.upload,
      fileName: typeof input.fileName === 'string' ? input.fileName : 'input',
      runId: run.id,
      createdAt: run.createdAt,
    });
  }
  return inputs;
}
