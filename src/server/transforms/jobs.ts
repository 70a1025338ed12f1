import { createWriteStream, existsSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { z } from 'zod';
import type { CodifyEvent } from '../../core/events/types.ts';
import { fileSource } from '../../transform/run/sources.ts';
import type { RunSummary } from '../../transform/run/run.ts';
import type { TransformEvent } from '../../transform/events.ts';
import { loadService } from '../../transform/service.ts';
import type { LoadServiceOptions, ServiceBuildResult, TransformService } from '../../transform/service.ts';
import type { ServerContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { finishAs } from '../run-manager.ts';
import type { JobContext, JobKind } from '../run-manager.ts';
import { SERVICE_NAME_PATTERN, requireServiceDir, serviceSubject } from './service-dir.ts';

export const TRANSFORM_BUILD_KIND = 'transform-build';
export const TRANSFORM_RUN_KIND = 'transform-run';

/** Folder under the data directory for per-run files (`<runId>/output.jsonl`, `errors.jsonl`). */
export const RUNS_FOLDER = 'runs';
/** Folder under the data directory for uploaded inputs; kept so a run can be rerun. */
export const UPLOADS_FOLDER = 'uploads';

const ServiceName = z.string().regex(SERVICE_NAME_PATTERN, 'must be a valid service name');

export const BuildJobInput = z
  .object({
    service: ServiceName,
    model: z.string().min(1).max(200).optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
  })
  .strict();
export type BuildJobInput = z.infer<typeof BuildJobInput>;

export const RunJobInput = z
  .object({
    service: ServiceName,
    /** The uploaded file, relative to the data directory (`uploads/<id>/<file>`). */
    upload: z.string().regex(/^uploads\/[a-f0-9-]{36}\/input\.(json|jsonl|csv)$/),
    format: z.enum(['json', 'jsonl', 'csv']),
    fileName: z.string().max(300).optional(),
    frozen: z.boolean().optional(),
    model: z.string().min(1).max(200).optional(),
  })
  .strict();
export type RunJobInput = z.infer<typeof RunJobInput>;

/** Options for the jobs, mostly so tests can pass a sandbox or synthesizer. */
export interface TransformJobOptions {
  loadOptions?: LoadServiceOptions;
  /** Least time between two forwarded `run-progress` events (default 250 ms). */
  progressIntervalMs?: number;
}

/**
 * The transform service's own `run-finished` would collide with the run manager's final event of
 * the same name; its content is the run's summary anyway.
 */
const NOT_FORWARDED = new Set(['run-finished']);

/** Forwards a service's events to the run (loop events fill the attempts and usage tables). */
function forwardEvents(
  service: TransformService,
  context: JobContext,
  filter: (event: TransformEvent) => boolean = () => true,
): () => void {
  return service.events.subscribe(({ event }) => {
    if (NOT_FORWARDED.has(event.type) || !filter(event)) return;
    context.emit(event as CodifyEvent);
  });
}

/** A build's summary: what a person needs to judge it (the attempts are in the run's attempts). */
export function buildSummary(result: ServiceBuildResult, dir: string) {
  return {
    status: result.status,
    reason: result.reason,
    attempts: result.attempts,
    builtBy: result.builtBy,
    wrote: result.wrote === null ? null : path.relative(dir, result.wrote),
    report: result.report,
    ...(result.schemaViolations ? { schemaViolations: result.schemaViolations } : {}),
    ...(result.diff !== undefined ? { diff: result.diff } : {}),
  };
}

export function transformBuildKind(
  server: ServerContext,
  options: TransformJobOptions = {},
): JobKind<BuildJobInput> {
  return {
    kind: TRANSFORM_BUILD_KIND,
    parseInput: (raw) => BuildJobInput.parse(raw),
    subjectOf: (input) => serviceSubject(input.service),
    run: async (context, input) => {
      const dir = requireServiceDir(server, input.service);
      const service = await loadService(dir, options.loadOptions);
      const unsubscribe = forwardEvents(service, context);
      let result: ServiceBuildResult;
      try {
        result = await service.build({
          signal: context.signal,
          ...(input.model ? { model: input.model } : {}),
          ...(input.maxAttempts ? { maxAttempts: input.maxAttempts } : {}),
        });
      } finally {
        unsubscribe();
      }
      const summary = buildSummary(result, dir);
      context.signal.throwIfAborted();
      if (result.status === 'passed' || result.status === 'up-to-date') {
        // A rebuild of a hand-edited transform.ts waits in transform.next.ts for a person.
        const toReview = result.wrote !== null && path.basename(result.wrote) !== 'transform.ts';
        return toReview ? finishAs('awaiting-review', summary) : summary;
      }
      if (result.status === 'schema-conflict') return finishAs('awaiting-review', summary);
      return finishAs('failed', summary, { code: `build-${result.status}`, message: result.reason });
    },
  };
}

export function transformRunKind(
  server: ServerContext,
  options: TransformJobOptions = {},
): JobKind<RunJobInput> {
  const interval = options.progressIntervalMs ?? 250;
  return {
    kind: TRANSFORM_RUN_KIND,
    parseInput: (raw) => RunJobInput.parse(raw),
    subjectOf: (input) => serviceSubject(input.service),
    run: async (context, input) => {
      const dir = requireServiceDir(server, input.service);
      const upload = server.dataPath(input.upload);
      if (!existsSync(upload)) {
        throw new NotFoundError(`The uploaded input ${input.upload} is gone.`, {
          hint: 'Upload the file again with POST /api/v1/services/:name/runs.',
        });
      }
      const runDir = server.dataPath(`${RUNS_FOLDER}/${context.runId}`);
      await mkdir(runDir, { recursive: true });
      const service = await loadService(dir, options.loadOptions);
      let lastProgressAt = 0;
      let lastProgress: TransformEvent | null = null;
      const unsubscribe = forwardEvents(service, context, (event) => {
        if (event.type !== 'run-progress') return true;
        const now = Date.now();
        lastProgress = event;
        if (now - lastProgressAt < interval) return false;
        lastProgressAt = now;
        lastProgress = null;
        return true;
      });
      const output = createWriteStream(path.join(runDir, 'output.jsonl'));
      const errors = createWriteStream(path.join(runDir, 'errors.jsonl'));
      let summary: RunSummary;
      try {
        const handle = service.runSource(fileSource(upload, input.format), {
          signal: context.signal,
          ...(input.frozen !== undefined ? { frozen: input.frozen } : {}),
          ...(input.model ? { model: input.model } : {}),
        });
        for await (const result of handle) {
          const line = result.ok
            ? JSON.stringify(result.output)
            : JSON.stringify({ index: result.index, input: result.input, error: result.error });
          await write(result.ok ? output : errors, `${line}\n`);
        }
        summary = await handle.summary;
      } finally {
        unsubscribe();
        await Promise.all([close(output), close(errors)]);
      }
      // The last progress is always told, however the throttle fell.
      if (lastProgress) context.emit(lastProgress as CodifyEvent);
      context.signal.throwIfAborted();
      return summary;
    },
  };
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  await new Promise<void>((resolve, reject) => {
    stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
  });
}
