import { createReadStream, existsSync } from 'node:fs';
import { lstat, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import {
  BrowserTestFolder,
  CreateTestBody,
  TestNameSchema,
  UpdateTestBody,
  exportPlaywrightTest,
  traceCommandFor,
} from '../../browser/index.ts';
import type { ServerContext, ServerPlugin } from '../context.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { safeJoin } from '../safe-path.ts';
import { DeletedResponse, ErrorBodySchema, bodySchema, jsonSchema } from '../schemas.ts';
import {
  BROWSER_REPLAY_KIND,
  BROWSER_RUN_KIND,
  recordRun,
  replayRun,
  splitVariables,
  subjectOfTest,
  type BrowserJobDeps,
  type BrowserJobInput,
} from '../browser-tests/jobs.ts';
import { SharedBrowser } from '../browser-tests/shared-browser.ts';
import {
  rebuildBrowserTestIndex,
  syncBrowserTestRow,
  trackBrowserTestRuns,
} from '../browser-tests/test-index.ts';
import { runBrief } from '../run-brief.ts';

export interface BrowserTestRoutesOptions {
  /** How the shared browser is launched (default: the system Chromium, headless). */
  launchBrowser?: () => Promise<Browser>;
  /** Environment for model specs and provider keys (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

const TAGS = ['browser-tests'];

const NameParams = z.object({ name: TestNameSchema }).strict();
const VariablesSchema = z
  .record(z.string().min(1).max(64), z.string().max(10_000))
  .describe('Values for this run. Secret ones are used and forgotten: never stored or returned.');
const RunBody = z.object({ variables: VariablesSchema.optional() }).strict();
const ReplayBody = z
  .object({
    variables: VariablesSchema.optional(),
    heal: z
      .boolean()
      .optional()
      .describe(
        'Re-decide broken steps with the test planner; saves spec.healed.json + diff, never overwrites.',
      ),
  })
  .strict();
const HistoryQuery = z.object({ limit: z.number().int().min(1).max(500).optional() }).strict();
const RunIdParams = z.object({ id: z.string().min(1).max(200) });

/** Names uploaded files may be stored under (no dot files, no separators). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Keys the planner sees for upload files: matched against the upload field's label. */
const FILE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
  '.diff': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/plain; charset=utf-8',
};

/**
 * The browser-test routes as a server plugin. Tests are folders under `<dataDir>/browser-tests/`;
 * record and replay run as jobs `browser-run` / `browser-replay` on one Chromium shared by the
 * server process, launched on first use and closed when the server closes.
 */
export function createBrowserTestRoutes(options: BrowserTestRoutesOptions = {}): ServerPlugin {
  return (app, context) => registerBrowserTestRoutes(app, context, options);
}

/** Ready-made plugin: `createServer({ plugins: [browserTestRoutes] })`. */
export const browserTestRoutes: ServerPlugin = createBrowserTestRoutes();

async function registerBrowserTestRoutes(
  app: FastifyInstance,
  context: ServerContext,
  options: BrowserTestRoutesOptions,
): Promise<void> {
  const tests = new BrowserTestFolder(context.dataDir);
  // The browser_tests table indexes the folders: rebuilt now, then kept in sync by the routes.
  await rebuildBrowserTestIndex(context, tests);
  trackBrowserTestRuns(context, tests, (failure) =>
    app.log.warn({ err: failure }, 'could not update the browser_tests index'),
  );
  const browser = new SharedBrowser(options.launchBrowser);
  const deps: BrowserJobDeps = {
    tests,
    browser,
    runsDir: context.dataPath('runs'),
    env: options.env ?? process.env,
  };
  app.addHook('onClose', async () => browser.close());

  const parseJobInput = (raw: unknown): BrowserJobInput =>
    z
      .object({
        test: TestNameSchema,
        variables: z.record(z.string(), z.string()),
        heal: z.boolean().optional(),
      })
      .strict()
      .parse(raw);
  // Registered so a finished run can be rerun; a rerun has no secret values (they were never stored).
  context.runs.register<BrowserJobInput>({
    kind: BROWSER_RUN_KIND,
    parseInput: parseJobInput,
    subjectOf: (input) => subjectOfTest(input.test),
    run: (job, input) => recordRun(deps, job, input),
  });
  context.runs.register<BrowserJobInput>({
    kind: BROWSER_REPLAY_KIND,
    parseInput: parseJobInput,
    subjectOf: (input) => subjectOfTest(input.test),
    run: (job, input) => replayRun(deps, job, input),
  });

  const nameOf = (request: { params: unknown }): string => NameParams.parse(request.params).name;
  const nameParams = jsonSchema(NameParams);

  app.get('/browser-tests', { schema: { tags: TAGS, summary: 'List browser tests' } }, async () => {
    const configs = await tests.list();
    const listed = [];
    for (const config of configs) {
      // A folder made by hand since startup gets its row now.
      const row =
        context.store.getBrowserTest(config.name) ??
        (await syncBrowserTestRow(context, tests, config.name, config).catch(() => null));
      listed.push({
        ...config,
        hasSpec: existsSpec(tests, config.name),
        liveRunId: context.runs.liveRunOf(subjectOfTest(config.name)) ?? null,
        lastRun: runBrief(context, row?.lastRunId),
      });
    }
    return { tests: listed };
  });

  app.post(
    '/browser-tests',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a browser test (URL, goal, variable names and non-secret defaults)',
        body: bodySchema(CreateTestBody),
      },
    },
    async (request, reply) => {
      const test = await tests.create(CreateTestBody.parse(request.body));
      await syncBrowserTestRow(context, tests, test.name, test);
      return reply.code(201).send({ test });
    },
  );

  app.get(
    '/browser-tests/:name',
    {
      schema: {
        tags: TAGS,
        summary: 'A browser test: settings, recorded spec and healed specs',
        params: nameParams,
      },
    },
    async (request) => {
      const name = nameOf(request);
      const test = await tests.read(name);
      return {
        test,
        spec: await tests.readSpec(name),
        healed: await tests.healedSpecs(name),
        liveRunId: context.runs.liveRunOf(subjectOfTest(name)) ?? null,
      };
    },
  );

  app.put(
    '/browser-tests/:name',
    {
      schema: {
        tags: TAGS,
        summary: 'Change a browser test: the given fields replace the stored ones',
        params: nameParams,
        body: bodySchema(UpdateTestBody),
      },
    },
    async (request) => {
      const test = await tests.update(nameOf(request), UpdateTestBody.parse(request.body ?? {}));
      await syncBrowserTestRow(context, tests, test.name, test);
      return { test };
    },
  );

  app.delete(
    '/browser-tests/:name',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a browser test (its folder: settings, spec, healed specs, files); 409 while it runs',
        description:
          'Its runs stay in the history (and their artifacts under runs/), with the test name as subject.',
        params: nameParams,
        response: {
          200: jsonSchema(DeletedResponse, 'output'),
          ...Object.fromEntries([400, 404, 409].map((code) => [code, jsonSchema(ErrorBodySchema, 'output')])),
        },
      },
    },
    async (request) => {
      const name = nameOf(request);
      await tests.read(name); // 404 for an unknown test
      const live = context.runs.liveRunOf(subjectOfTest(name));
      if (live !== undefined) {
        throw new ConflictError(
          `Browser test "${name}" cannot be deleted while run ${live} is in progress.`,
          {
            hint: `Stop it with POST /api/v1/runs/${live}/stop (or wait for it to end), then delete again.`,
          },
        );
      }
      // No await between the check above and the folder's move: no run can start in between.
      await tests.remove(name);
      context.store.removeIndexRow('browser_tests', name);
      return { deleted: name };
    },
  );

  app.post(
    '/browser-tests/:name/files',
    {
      schema: {
        tags: TAGS,
        summary: 'Upload files for upload steps (multipart; field name = the name the planner sees)',
        params: nameParams,
      },
    },
    async (request, reply) => {
      const name = nameOf(request);
      const config = await tests.read(name);
      if (!request.isMultipart()) {
        throw new BadRequestError('Send the files as multipart/form-data.', {
          hint: 'e.g. curl -F receipt=@receipt.pdf …/files (the field name is the file name the planner sees).',
        });
      }
      const dir = tests.pathIn(name, 'files');
      await mkdir(dir, { recursive: true });
      const added: Record<string, string> = {};
      for await (const part of request.parts()) {
        if (part.type !== 'file') continue;
        const fileName = part.filename.split(/[\\/]/).pop() ?? '';
        if (!FILE_NAME.test(fileName)) {
          part.file.resume();
          throw new BadRequestError(`File name "${part.filename}" is not allowed.`, {
            hint: 'Use letters, digits, ".", "-" and "_" (up to 128 characters, not starting with a dot).',
          });
        }
        const key = fileKey(part.fieldname, fileName);
        const data = await part.toBuffer(); // throws 413 past the upload limit
        const relativePath = `files/${fileName}`;
        const target = tests.pathIn(name, relativePath);
        await writeFile(`${target}.part`, data);
        await rename(`${target}.part`, target);
        added[key] = relativePath;
      }
      if (Object.keys(added).length === 0) {
        throw new BadRequestError('The request had no files.', { hint: 'Attach at least one file part.' });
      }
      // Read again: another upload may have finished meanwhile.
      const latest = await tests.read(config.name);
      const updated = {
        ...latest,
        files: { ...latest.files, ...added },
        updatedAt: new Date().toISOString(),
      };
      await tests.write(updated);
      await syncBrowserTestRow(context, tests, updated.name, updated);
      return reply.code(201).send({ added, files: updated.files });
    },
  );

  const startJob = async (
    kind: string,
    name: string,
    body: { variables?: Record<string, string> | undefined; heal?: boolean | undefined },
  ) => {
    const config = await tests.read(name);
    if (kind === BROWSER_REPLAY_KIND && !existsSpec(tests, name)) {
      throw new NotFoundError(`Browser test "${name}" has no recorded spec yet.`, {
        hint: `Record it first with POST /api/v1/browser-tests/${name}/run.`,
      });
    }
    const { stored, secrets } = splitVariables(config, body.variables ?? {});
    const input: BrowserJobInput = { test: name, variables: stored, ...(body.heal ? { heal: true } : {}) };
    const job = kind === BROWSER_RUN_KIND ? recordRun : replayRun;
    return context.runs.start({
      kind,
      subjectId: subjectOfTest(name),
      input,
      job: (jobContext) => job(deps, jobContext, input, secrets),
    });
  };

  app.post(
    '/browser-tests/:name/run',
    {
      schema: {
        tags: TAGS,
        summary: 'Record: drive Chromium toward the goal (job browser-run); a pass saves spec.json',
        params: nameParams,
        body: bodySchema(RunBody),
      },
    },
    async (request, reply) => {
      const run = await startJob(BROWSER_RUN_KIND, nameOf(request), RunBody.parse(request.body ?? {}));
      return reply.code(202).send({ run });
    },
  );

  app.post(
    '/browser-tests/:name/replay',
    {
      schema: {
        tags: TAGS,
        summary: 'Replay spec.json with no model (job browser-replay); heal saves spec.healed.json',
        params: nameParams,
        body: bodySchema(ReplayBody),
      },
    },
    async (request, reply) => {
      const run = await startJob(BROWSER_REPLAY_KIND, nameOf(request), ReplayBody.parse(request.body ?? {}));
      return reply.code(202).send({ run });
    },
  );

  app.get(
    '/browser-tests/:name/export',
    {
      schema: {
        tags: TAGS,
        summary: 'The recorded spec as a Playwright Test file (text/plain)',
        params: nameParams,
      },
    },
    async (request, reply) => {
      const name = nameOf(request);
      await tests.read(name);
      const spec = await tests.readSpec(name);
      if (!spec) {
        throw new NotFoundError(`Browser test "${name}" has no recorded spec to export.`, {
          hint: `Record it first with POST /api/v1/browser-tests/${name}/run.`,
        });
      }
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `inline; filename="${name}.spec.ts"`)
        .send(exportPlaywrightTest(spec, { specDir: tests.dirOf(name) }));
    },
  );

  app.get(
    '/browser-tests/:name/history',
    {
      schema: {
        tags: TAGS,
        summary: 'Runs of this test (record and replay), newest first',
        params: nameParams,
        querystring: jsonSchema(HistoryQuery),
      },
    },
    async (request) => {
      const name = nameOf(request);
      await tests.read(name);
      const { limit } = HistoryQuery.parse(request.query ?? {});
      return { runs: context.store.listRuns({ subjectId: subjectOfTest(name), limit: limit ?? 50 }) };
    },
  );

  const runDirOf = (id: string): string => {
    context.runs.get(id); // 404 for an unknown run
    return safeJoin(deps.runsDir, id);
  };

  app.get(
    '/runs/:id/artifacts',
    {
      schema: {
        tags: TAGS,
        summary: "A run's artifact files (screenshots, trace, report)",
        params: jsonSchema(RunIdParams),
      },
    },
    async (request) => {
      const { id } = RunIdParams.parse(request.params);
      const dir = runDirOf(id);
      const files = await listFiles(dir);
      return {
        runId: id,
        artifacts: files.map((file) => {
          const open = file.path === 'trace.zip' ? traceCommandFor(join(dir, file.path)) : null;
          return {
            path: file.path,
            bytes: file.bytes,
            url: `/api/v1/runs/${encodeURIComponent(id)}/artifacts/${file.path.split('/').map(encodeURIComponent).join('/')}`,
            ...(open ? { open } : {}),
          };
        }),
      };
    },
  );

  app.get(
    '/runs/:id/artifacts/*',
    { schema: { tags: TAGS, summary: 'Download one artifact of a run' } },
    async (request, reply) => {
      const params = request.params as { id?: string; '*'?: string };
      const { id } = RunIdParams.parse({ id: params.id });
      const path = safeJoin(runDirOf(id), params['*'] ?? '');
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) {
        throw new NotFoundError(`Run ${id} has no artifact "${params['*'] ?? ''}".`, {
          hint: `GET /api/v1/runs/${id}/artifacts lists them.`,
        });
      }
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return reply
        .type(type)
        .header('content-length', info.size)
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(path));
    },
  );
}

function existsSpec(tests: BrowserTestFolder, name: string): boolean {
  return existsSync(tests.specPath(name));
}

/** The planner's name for an uploaded file: the multipart field name, or the file's stem. */
function fileKey(fieldName: string, fileName: string): string {
  if (FILE_KEY.test(fieldName) && !['file', 'files', 'upload'].includes(fieldName)) return fieldName;
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-');
  return FILE_KEY.test(stem) ? stem : `file-${stem}`.slice(0, 64);
}

/** Regular files under `dir` (recursively, symbolic links skipped), paths with `/`. */
async function listFiles(dir: string): Promise<{ path: string; bytes: number }[]> {
  const out: { path: string; bytes: number }[] = [];
  const walk = async (current: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory() && depth < 4) await walk(full, depth + 1);
      else if (entry.isFile()) {
        const info = await lstat(full);
        out.push({ path: relative(dir, full).split(sep).join('/'), bytes: info.size });
      }
    }
  };
  await walk(dir, 0);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
