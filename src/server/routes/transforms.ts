import { createReadStream, existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  NoSchemaProposedError,
  NothingToAcceptError,
  acceptSchema,
  acceptTransform,
  compileSchema,
  inferSchema,
  initService,
  serviceLayout,
  writeJsonFile,
} from '../../transform/index.ts';
import type { Example } from '../../transform/index.ts';
import type { ServerContext, ServerPlugin } from '../context.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import {
  BuildBody,
  CreateServiceBody,
  DeletedResponse,
  ErrorBodySchema,
  type Examples,
  InferSchemaBody,
  RunIdParams,
  RunSchema,
  SampleUploadResponse,
  ServiceHistoryQuery,
  ServiceNameParams,
  StartedRunResponse,
  UpdateServiceBody,
  bodySchema,
  jsonSchema,
} from '../schemas.ts';
import {
  RUNS_FOLDER,
  TRANSFORM_BUILD_KIND,
  TRANSFORM_RUN_KIND,
  transformBuildKind,
  transformRunKind,
  loadOptionsFor,
  reattachRuns,
  type TransformJobOptions,
} from '../transforms/jobs.ts';
import { EmbeddedQueue, ThreadedQueue, type JobQueue } from '../../core/jobs/index.ts';
import { JOB_HANDLERS_URL, RUN_JOB_KIND, runJobHandler } from '../../transform/index.ts';
import {
  assertServiceName,
  createServiceDirAtomically,
  deleteServiceDir,
  listServiceNames,
  readServiceDetail,
  readServiceListItemCached,
  removeStagingDirs,
  requireServiceDir,
  serviceDir,
  serviceExists,
  serviceSubject,
  updateConfigFile,
} from '../transforms/service-dir.ts';
import { receiveUpload } from '../transforms/upload.ts';
import { rebuildServiceIndex, syncServiceRow, trackServiceRuns } from '../transforms/service-index.ts';
import { runBrief } from '../run-brief.ts';
import { registerQuestionRoutes } from './questions.ts';

const NameParams = ServiceNameParams;
const HistoryQuery = ServiceHistoryQuery;

const error = jsonSchema(ErrorBodySchema, 'output');
const errors = { 400: error, 404: error, 409: error };
const started = { 202: jsonSchema(StartedRunResponse, 'output'), ...errors };

/**
 * The transform product's routes and job kinds (`transform-build`, `transform-run`). Services are
 * directories under `<data>/services/<name>/` and stay the source of truth; run outputs go to
 * `<data>/runs/<runId>/`, uploads to `<data>/uploads/<id>/` (kept, so a run can be rerun).
 */
export function createTransformRoutes(options: TransformJobOptions = {}): ServerPlugin {
  return (app, context) => registerTransformRoutes(app, context, options);
}

/**
 * The queue of transform runs when none is given: one worker thread of this process running every
 * run (so they share its sandbox pools), with the server's environment for model keys. Tests that
 * inject a sandbox or model (functions, which cannot cross a thread) get an in-process queue.
 */
function defaultRunQueue(context: ServerContext, options: TransformJobOptions): JobQueue {
  // The run manager bounds live runs; the queue must not make them wait a second time.
  const concurrency = 1000;
  if (options.loadOptions) {
    const given = options.loadOptions;
    const loadOptions = { ...given, modelOptions: { env: context.env, ...given.modelOptions } };
    return new EmbeddedQueue({ [RUN_JOB_KIND]: runJobHandler(loadOptions) }, { concurrency });
  }
  return new ThreadedQueue({ handlers: JOB_HANDLERS_URL, env: context.env, concurrency });
}

/** The plugin with default options; pass it in `createServer({ plugins: [transformRoutes] })`. */
export const transformRoutes: ServerPlugin = createTransformRoutes();

async function registerTransformRoutes(
  app: FastifyInstance,
  context: ServerContext,
  options: TransformJobOptions,
): Promise<void> {
  const { runs, store } = context;
  const queue = options.queue ?? defaultRunQueue(context, options);
  if (!options.queue) app.addHook('onClose', () => queue.close());
  runs.register(transformBuildKind(context, options));
  runs.register(transformRunKind(context, { ...options, queue }));
  // The services table indexes the directories: rebuilt now, then kept in sync by the routes.
  await removeStagingDirs(context);
  await rebuildServiceIndex(context);
  trackServiceRuns(context, (failure) =>
    app.log.warn({ err: failure }, 'could not update the services index'),
  );
  // Runs the last server left running on a shared queue's workers are watched again.
  await reattachRuns(context, queue, (runId, failure) =>
    app.log.warn({ err: failure, runId }, 'could not re-attach a run left on the job queue'),
  );
  const tags = ['transforms'];

  /** 409 while a build or run of the service is live: files must not change under it. */
  const assertIdle = (name: string): void => {
    const live = runs.liveRunOf(serviceSubject(name));
    if (live !== undefined) {
      throw new ConflictError(`Service "${name}" has a run in progress (${live}).`, {
        hint: `Wait for it to finish, or stop it with POST /api/v1/runs/${live}/stop.`,
      });
    }
  };

  registerQuestionRoutes(app, context, assertIdle, loadOptionsFor(context, options));

  app.post(
    '/services',
    {
      schema: {
        tags,
        summary: 'Create a service from labeled examples (the schema is inferred when absent)',
        body: bodySchema(CreateServiceBody),
        response: { 201: { type: 'object', additionalProperties: true }, ...errors },
      },
    },
    async (request, reply) => {
      const body = CreateServiceBody.parse(request.body);
      const name = assertServiceName(body.name);
      const dir = serviceDir(context, name);
      if (serviceExists(dir)) {
        throw new ConflictError(`Service "${name}" already exists.`, {
          hint: `Change it with PUT /api/v1/services/${name}.`,
        });
      }
      const examples = toExamples(body.examples);
      if (body.schema) assertSchemaCompiles(body.schema);
      // All or nothing: the files are written in a hidden folder beside the services, which is
      // renamed into place only when complete; any failure leaves no service folder behind.
      await createServiceDirAtomically(context, name, dir, async (staging) => {
        await initService(staging, {
          name,
          model: body.model ?? 'local',
          examples,
          ...(body.settings ? { settings: body.settings } : {}),
          ...(body.schema ? { schema: { value: body.schema } } : {}),
        });
      });
      await syncServiceRow(context, name);
      return reply
        .code(201)
        .send({ service: await readServiceDetail(name, dir), schemaInferred: !body.schema });
    },
  );

  app.get(
    '/services',
    { schema: { tags, summary: "List services (with each one's latest run)" } },
    async () => {
      const names = await listServiceNames(context);
      const services = await Promise.all(
        names.map(async (name) => {
          const item = await readServiceListItemCached(name, serviceDir(context, name)).catch(
            (failure: unknown) => ({
              name,
              error: failure instanceof Error ? failure.message : String(failure),
            }),
          );
          // A directory made by hand since startup gets its row now.
          const row = store.getService(name) ?? (await syncServiceRow(context, name).catch(() => null));
          return {
            ...item,
            liveRun: runs.liveRunOf(serviceSubject(name)) ?? null,
            createdAt: row?.createdAt ?? null,
            updatedAt: row?.updatedAt ?? null,
            lastRun: runBrief(context, row?.lastRunId),
          };
        }),
      );
      return { services };
    },
  );

  app.get(
    '/services/:name',
    {
      schema: {
        tags,
        summary: 'A service: config, examples, schema, transform code, pending review and its diff',
        params: jsonSchema(NameParams),
        response: errors,
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      return {
        service: await readServiceDetail(name, dir),
        liveRun: runs.liveRunOf(serviceSubject(name)) ?? null,
      };
    },
  );

  app.put(
    '/services/:name',
    {
      schema: {
        tags,
        summary: 'Change examples, schema, model or settings (only the fields given)',
        params: jsonSchema(NameParams),
        body: bodySchema(UpdateServiceBody),
        response: errors,
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const body = UpdateServiceBody.parse(request.body);
      const dir = requireServiceDir(context, name);
      if (Object.keys(body).length === 0) {
        throw new BadRequestError('Nothing to change.', {
          hint: 'Send at least one of examples, schema, model, settings.',
        });
      }
      assertIdle(name);
      const layout = serviceLayout(dir);
      if (body.schema) {
        assertSchemaCompiles(body.schema);
        await writeJsonFile(layout.schema, body.schema);
      }
      if (body.examples) await writeJsonFile(layout.examples, toExamples(body.examples));
      if (body.model !== undefined || body.settings !== undefined) {
        await updateConfigFile(name, dir, {
          ...(body.model !== undefined ? { model: body.model } : {}),
          ...(body.settings ? { settings: body.settings } : {}),
        });
      }
      await syncServiceRow(context, name);
      return { service: await readServiceDetail(name, dir) };
    },
  );

  app.delete(
    '/services/:name',
    {
      schema: {
        tags,
        summary: 'Delete a service (its folder and files); 409 while a build or run of it is live',
        description:
          'Its runs stay in the history (and their outputs under runs/), with the service name as subject.',
        params: jsonSchema(NameParams),
        response: { 200: jsonSchema(DeletedResponse, 'output'), ...errors },
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      const live = runs.liveRunOf(serviceSubject(name));
      if (live !== undefined) {
        throw new ConflictError(`Service "${name}" cannot be deleted while run ${live} is in progress.`, {
          hint: `Stop it with POST /api/v1/runs/${live}/stop (or wait for it to end), then delete again.`,
        });
      }
      // No await between the check above and the folder's move: no run can start in between.
      await deleteServiceDir(context, name, dir);
      store.removeIndexRow('services', name);
      return { deleted: name };
    },
  );

  app.post(
    '/services/:name/infer-schema',
    {
      schema: {
        tags,
        summary: "Infer an output schema from the service's examples (or the ones given); nothing is saved",
        params: jsonSchema(NameParams),
        body: bodySchema(InferSchemaBody),
        response: errors,
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const body = InferSchemaBody.parse(request.body ?? {});
      const dir = requireServiceDir(context, name);
      const examples = body.examples
        ? toExamples(body.examples)
        : (await readServiceDetail(name, dir)).examples;
      return { schema: inferSchema(examples.map((example) => example.output)) };
    },
  );

  app.post(
    '/services/:name/build',
    {
      schema: {
        tags,
        summary: `Start a build (job kind ${TRANSFORM_BUILD_KIND}); 409 while the service has a live run`,
        params: jsonSchema(NameParams),
        body: bodySchema(BuildBody),
        response: started,
      },
    },
    async (request, reply) => {
      const { name } = NameParams.parse(request.params);
      const body = BuildBody.parse(request.body ?? {});
      requireServiceDir(context, name);
      if (body.sample && !existsSync(context.dataPath(body.sample.upload))) {
        throw new NotFoundError(`No uploaded file ${body.sample.upload}.`, {
          hint: `Upload the sample with POST /api/v1/services/${name}/samples and pass its sample.upload.`,
        });
      }
      const run = runs.startKind(TRANSFORM_BUILD_KIND, { service: name, ...body });
      return reply.code(202).send({ run });
    },
  );

  app.post(
    '/services/:name/samples',
    {
      schema: {
        tags,
        summary:
          'Upload a sample of the input to come (multipart field "file": JSON, JSONL or CSV), for a build',
        description:
          'Optional field: format (json, jsonl, csv; default from the file extension). Build with it: ' +
          'POST /services/:name/build with {"sample": {"upload": …}}; its first 1000 records are checked for inputs the examples do not settle.',
        params: jsonSchema(NameParams),
        response: { 201: jsonSchema(SampleUploadResponse, 'output'), ...errors, 413: error, 415: error },
      },
    },
    async (request, reply) => {
      const { name } = NameParams.parse(request.params);
      requireServiceDir(context, name);
      const stored = await receiveUpload(request, context, ['format']);
      return reply.code(201).send({
        sample: { upload: stored.upload, format: stored.format, fileName: stored.fileName.slice(0, 300) },
      });
    },
  );

  app.post(
    '/services/:name/runs',
    {
      schema: {
        tags,
        summary: `Upload records (multipart field "file": JSON, JSONL or CSV) and run the transform over them (job kind ${TRANSFORM_RUN_KIND})`,
        description:
          'Optional fields: format (json, jsonl, csv; default from the file extension), frozen (true/false), model. ' +
          'Results: GET /runs/:id/output and /runs/:id/errors.',
        params: jsonSchema(NameParams),
        response: { ...started, 413: error, 415: error },
      },
    },
    async (request, reply) => {
      const { name } = NameParams.parse(request.params);
      requireServiceDir(context, name);
      // Refuse before reading a possibly large body.
      assertIdle(name);
      const stored = await receiveUpload(request, context);
      try {
        const run = runs.startKind(TRANSFORM_RUN_KIND, {
          service: name,
          upload: stored.upload,
          format: stored.format,
          fileName: stored.fileName.slice(0, 300),
          ...stored.fields,
        });
        return await reply.code(202).send({ run });
      } catch (failure) {
        await stored.discard();
        throw failure;
      }
    },
  );

  for (const file of ['output', 'errors'] as const) {
    app.get(
      `/runs/:id/${file}`,
      {
        schema: {
          tags,
          summary:
            file === 'output'
              ? 'Download the outputs of a transform run (JSONL, one output per line)'
              : 'Download the failed records of a transform run (JSONL: index (0-based), line (1-based, of the input file), input, error {kind, message; for kind review: reason, competing or codeOutput})',
          params: jsonSchema(RunIdParams),
          response: { 404: error },
        },
      },
      async (request, reply) => {
        const { id } = RunIdParams.parse(request.params);
        const run = runs.get(id);
        const path = context.dataPath(`${RUNS_FOLDER}/${id}/${file}.jsonl`);
        if (run.kind !== TRANSFORM_RUN_KIND || !existsSync(path)) {
          throw new NotFoundError(`Run ${id} has no ${file} file.`, {
            hint: `Only ${TRANSFORM_RUN_KIND} runs write one, once they have started.`,
          });
        }
        return reply
          .type('application/x-ndjson; charset=utf-8')
          .header('content-disposition', `attachment; filename="${id}-${file}.jsonl"`)
          .send(createReadStream(path));
      },
    );
  }

  app.post(
    '/services/:name/accept',
    {
      schema: {
        tags,
        summary: 'Promote transform.next.ts (a rebuild waiting for review) to transform.ts',
        params: jsonSchema(NameParams),
        response: errors,
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      assertIdle(name);
      await acceptTransform(dir).catch((failure: unknown) => {
        if (!(failure instanceof NothingToAcceptError)) throw failure;
        throw new ConflictError(`Service "${name}" has no transform waiting for review.`, {
          hint: 'One appears when a build finds transform.ts edited by hand.',
        });
      });
      await syncServiceRow(context, name);
      return { service: await readServiceDetail(name, dir) };
    },
  );

  app.post(
    '/services/:name/accept-schema',
    {
      schema: {
        tags,
        summary: 'Replace schema.json with the schema a build proposed',
        params: jsonSchema(NameParams),
        response: errors,
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const dir = requireServiceDir(context, name);
      assertIdle(name);
      await acceptSchema(dir).catch((failure: unknown) => {
        if (!(failure instanceof NoSchemaProposedError)) throw failure;
        throw new ConflictError(`Service "${name}" has no proposed schema.`, {
          hint: 'A build proposes one when examples contradict schema.json.',
        });
      });
      return { service: await readServiceDetail(name, dir) };
    },
  );

  for (const action of ['lock', 'unlock'] as const) {
    app.post(
      `/services/:name/${action}`,
      {
        schema: {
          tags,
          summary:
            action === 'lock'
              ? 'Lock the service: runs never regenerate its transform'
              : 'Unlock the service: runs may rebuild its transform again',
          params: jsonSchema(NameParams),
          response: errors,
        },
      },
      async (request) => {
        const { name } = NameParams.parse(request.params);
        const dir = requireServiceDir(context, name);
        await updateConfigFile(name, dir, { settings: { locked: action === 'lock' } });
        await syncServiceRow(context, name);
        const service = await readServiceDetail(name, dir);
        return { name, locked: service.config.settings.locked };
      },
    );
  }

  app.get(
    '/services/:name/history',
    {
      schema: {
        tags,
        summary: 'Builds and runs of this service, newest first',
        params: jsonSchema(NameParams),
        querystring: jsonSchema(HistoryQuery),
        response: { 200: jsonSchema(z.object({ runs: z.array(RunSchema) }), 'output'), ...errors },
      },
    },
    async (request) => {
      const { name } = NameParams.parse(request.params);
      const query = HistoryQuery.parse(request.query);
      requireServiceDir(context, name);
      runs.flushEvents();
      return { runs: store.listRuns({ subjectId: serviceSubject(name), limit: query.limit ?? 50 }) };
    },
  );
}

function toExamples(body: z.infer<typeof Examples>): Example[] {
  return body.map((entry, index) => {
    if (!Object.hasOwn(entry, 'input') || !Object.hasOwn(entry, 'output')) {
      throw new BadRequestError(`examples[${index}] must have both "input" and "output".`);
    }
    const example: Example = { input: entry.input, output: entry.output };
    if (entry.source) example.source = entry.source;
    if (entry.note !== undefined) example.note = entry.note;
    return example;
  });
}

function assertSchemaCompiles(schema: Record<string, unknown>): void {
  try {
    compileSchema(schema, 'schema');
  } catch (failure) {
    throw new BadRequestError(
      `The schema is not a valid JSON Schema: ${failure instanceof Error ? failure.message : String(failure)}`,
      { hint: 'Send a JSON Schema 2020-12 object, or leave it out to infer one from the examples.' },
    );
  }
}
