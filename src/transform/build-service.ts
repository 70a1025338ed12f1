import { buildTransform } from './build/build.ts';
import { answerWithModel } from './build/questions.ts';
import { commitService } from './review/commit-service.ts';
import type { CommitResult } from './review/git.ts';
import type { ServiceBuildOptions, ServiceBuildResult, TransformService } from './service.ts';

/**
 * Builds (or re-checks) a service's transform.ts: the build loop ({@link buildTransform}) with
 * the service's engines, its events published on `service.events`. With a model configured, the
 * model answers the questions the examples leave open (its answers become model-labeled examples)
 * and the build runs again, up to `modelAnswerRounds` times. With `commit`, a passing build is
 * committed on a branch `codify/<service>/<run-id>`.
 *
 * @param service the loaded service: its directory is read again first, so a person's edits count
 */
export async function buildService(
  service: TransformService,
  options: ServiceBuildOptions = {},
): Promise<ServiceBuildResult> {
  let files = await service.reload();
  const engines = service.engines(options.model);
  const { maxBuildTimeMs: serviceBudget, ...overrides } = service.dependencies;
  const maxBuildTimeMs = options.maxBuildTimeMs ?? serviceBudget;
  const once = () =>
    buildTransform(files, {
      model: engines.model,
      useLocal: engines.useLocal,
      trigger: 'build',
      onEvent: (event) => service.events.publish(event),
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      ...(maxBuildTimeMs !== undefined ? { maxBuildTimeMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sample ? { sample: options.sample } : {}),
      ...overrides,
    });
  let result = await once();
  const usage = [...result.usage];
  let modelAnswers: ServiceBuildResult['modelAnswers'];
  // A model answers what the examples leave open; its answers become examples, and the build reruns.
  for (let round = 0; round < (options.modelAnswerRounds ?? 2) && engines.model; round++) {
    const questions = result.ambiguity?.questions ?? [];
    if (questions.length === 0 || (result.status !== 'passed' && result.status !== 'up-to-date')) break;
    const answered = await answerWithModel(engines.model, files, questions, options.signal);
    usage.push(...answered.usage);
    modelAnswers = {
      asked: (modelAnswers?.asked ?? 0) + questions.length,
      added: [...(modelAnswers?.added ?? []), ...answered.examples],
      unanswered: [...(modelAnswers?.unanswered ?? []), ...answered.unanswered],
      usage: [...(modelAnswers?.usage ?? []), ...answered.usage],
    };
    if (answered.added === 0) break;
    files = await service.reload();
    result = await once();
    usage.push(...result.usage);
  }
  result = { ...result, usage };
  let commit: CommitResult | null = null;
  if (options.commit && result.status === 'passed' && result.wrote) {
    commit = await commitService(service, result.wrote, `Build transform "${service.name}"`, result);
  }
  await service.reload();
  return { ...result, commit, ...(modelAnswers ? { modelAnswers } : {}) };
}
