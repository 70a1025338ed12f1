import { EventBus } from '../core/events/event-bus.ts';
import type { CreateModelOptions } from '../core/models/index.ts';
import type { LanguageModel, Usage } from '../core/models/types.ts';
import { buildService } from './build-service.ts';
import type { BuildResult } from './build/build.ts';
import type { Synthesizer } from './build/synth-adapter.ts';
import type { TransformEvent } from './events.ts';
import { chooseEngines } from './model-choice.ts';
import type { EngineChoice } from './model-choice.ts';
import { acceptSchema } from './accept-schema.ts';
import { acceptTransform } from './accept-transform.ts';
import { labelExamples } from './label-examples.ts';
import type { LabelResult } from './label-examples.ts';
import type { CommitResult } from './review/git.ts';
import { runService } from './run/run.ts';
import type { RunHandle } from './run/run.ts';
import { valuesSource } from './run/sources.ts';
import type { RecordSource } from './run/sources.ts';
import type { SandboxFactory, SandboxOptions } from './sandbox-adapter.ts';
import { readServiceFiles } from './service/files.ts';
import type { Example, ServiceFiles } from './service/types.ts';

/** Options shared by every operation of a loaded service. */
export interface LoadServiceOptions {
  /** Model spec or model object; default: codify.json's `model`, else $CODIFY_MODEL, else `local`. */
  model?: string | LanguageModel;
  /** Passed to `createModel` (base URL, key, cassettes, timeouts…). */
  modelOptions?: CreateModelOptions;
  sandboxFactory?: SandboxFactory;
  sandboxOptions?: SandboxOptions;
  synthesizer?: Synthesizer;
  /** Wall-time budget of every build this service runs (runs' rebuilds too), over codify.json's. */
  maxBuildTimeMs?: number;
}

export interface ServiceBuildOptions {
  model?: string | LanguageModel;
  maxAttempts?: number;
  /** Wall-time budget of this build in ms (default: the service's, else codify.json's). */
  maxBuildTimeMs?: number;
  /** Commit the result on a branch `codify/<service>/<run-id>` (inside a git repository). */
  commit?: boolean;
  signal?: AbortSignal;
  /** Records of the input to come: inputs the examples do not settle are found among them too. */
  sample?: unknown[];
  /**
   * With a model configured, let it answer the ambiguity questions (they become model-labeled
   * examples) and rebuild, up to this many rounds (default 2; 0 leaves the questions to a person).
   */
  modelAnswerRounds?: number;
}

export interface ServiceBuildResult extends BuildResult {
  commit: CommitResult | null;
  /**
   * What the model answered during this build (with a model configured and questions open): the
   * model-labeled examples it added, for a person to review, and the questions it left open.
   */
  modelAnswers?: {
    asked: number;
    added: Example[];
    unanswered: { input: unknown; reason: string }[];
    /** The model calls these answers took (also in `usage`). */
    usage: Usage[];
  };
}

export interface ServiceRunOptions {
  model?: string | LanguageModel;
  /** Never regenerate during this run. */
  frozen?: boolean;
  /** Write records the examples do not settle too (no `review` rows). */
  trust?: boolean;
  qaRate?: number;
  qaMin?: number;
  maxRebuilds?: number;
  batchSize?: number;
  signal?: AbortSignal;
  random?: () => number;
}

/**
 * A transform service loaded from its directory. Every operation publishes the same events the
 * CLI shows on `events` (an EventBus), and re-reads the directory, so files a person edits are
 * always the source of truth.
 */
export class TransformService {
  readonly dir: string;
  readonly events = new EventBus<TransformEvent>();
  private files: ServiceFiles;
  private readonly options: LoadServiceOptions;

  constructor(files: ServiceFiles, options: LoadServiceOptions = {}) {
    this.dir = files.dir;
    this.files = files;
    this.options = options;
  }

  get name(): string {
    return this.files.config.name;
  }

  /** The files as last read. */
  get state(): Readonly<ServiceFiles> {
    return this.files;
  }

  async reload(): Promise<ServiceFiles> {
    this.files = await readServiceFiles(this.dir);
    return this.files;
  }

  /** Which engines an operation uses: the override, else the service's model spec. */
  engines(model?: string | LanguageModel): EngineChoice {
    return chooseEngines(model ?? this.options.model ?? this.files.config.model, this.options.modelOptions);
  }

  /**
   * Whether a run with these options may rebuild the code mid-run: not frozen, the service not
   * locked, rebuilds allowed, and a model to rebuild with.
   */
  mayRegenerate(options: { frozen?: boolean; model?: string | LanguageModel } = {}): boolean {
    const settings = this.files.config.settings;
    return (
      options.frozen !== true &&
      !settings.locked &&
      settings.maxRebuilds > 0 &&
      this.engines(options.model).model !== null
    );
  }

  /** Builds (or re-checks) the transform; see {@link buildService}. */
  build(options: ServiceBuildOptions = {}): Promise<ServiceBuildResult> {
    return buildService(this, options);
  }

  /**
   * Runs the transform over records (any iterable or async iterable), streaming results in input
   * order. While rebuilds are possible, results are held in a temp spool and released after the
   * last pass (so every output comes from the final code); otherwise they stream straight through.
   */
  run(records: Iterable<unknown> | AsyncIterable<unknown>, options: ServiceRunOptions = {}): RunHandle {
    return this.runSource(valuesSource(records), options);
  }

  /** Like {@link run}, over a restartable record source (files, stdin). */
  runSource(source: RecordSource, options: ServiceRunOptions = {}): RunHandle {
    const engines = this.engines(options.model);
    return runService({
      files: this.files,
      source,
      model: engines.model,
      useLocal: engines.useLocal,
      onEvent: (event) => this.events.publish(event),
      ...(options.frozen !== undefined ? { frozen: options.frozen } : {}),
      ...(options.trust !== undefined ? { trust: options.trust } : {}),
      ...(options.qaRate !== undefined ? { qaRate: options.qaRate } : {}),
      ...(options.qaMin !== undefined ? { qaMin: options.qaMin } : {}),
      ...(options.maxRebuilds !== undefined ? { maxRebuilds: options.maxRebuilds } : {}),
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
      ...(this.options.maxBuildTimeMs !== undefined ? { maxBuildTimeMs: this.options.maxBuildTimeMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...this.engineOverrides(),
    });
  }

  /** Merges the answered questions (questions.json, or `file`) into examples.json; see {@link labelExamples}. */
  async label(file?: string): Promise<LabelResult> {
    const merged = await labelExamples(this.dir, file === undefined ? {} : { file });
    await this.reload();
    return merged;
  }

  /** Promotes transform.next.ts to transform.ts; optionally commits it on a codify branch; see {@link acceptTransform}. */
  async accept(
    options: { commit?: boolean } = {},
  ): Promise<{ accepted: string; commit: CommitResult | null }> {
    const { accepted, commit } = await acceptTransform(this.dir, options);
    await this.reload();
    return { accepted, commit };
  }

  /** Promotes the proposed schema (written when examples contradicted schema.json); see {@link acceptSchema}. */
  async acceptSchema(): Promise<{ schemaPath: string; previousPath: string | null }> {
    const result = await acceptSchema(this.dir);
    await this.reload();
    return result;
  }

  /** The engines this service was loaded with (sandbox, synthesizer, build time budget). */
  get dependencies(): Pick<
    LoadServiceOptions,
    'sandboxFactory' | 'sandboxOptions' | 'synthesizer' | 'maxBuildTimeMs'
  > {
    return {
      ...this.engineOverrides(),
      ...(this.options.maxBuildTimeMs !== undefined ? { maxBuildTimeMs: this.options.maxBuildTimeMs } : {}),
    };
  }

  private engineOverrides() {
    return {
      ...(this.options.sandboxFactory ? { sandboxFactory: this.options.sandboxFactory } : {}),
      ...(this.options.sandboxOptions ? { sandboxOptions: this.options.sandboxOptions } : {}),
      ...(this.options.synthesizer ? { synthesizer: this.options.synthesizer } : {}),
    };
  }
}

/** Loads a service directory (only examples.json is required). */
export async function loadService(dir: string, options: LoadServiceOptions = {}): Promise<TransformService> {
  return new TransformService(await readServiceFiles(dir), options);
}
