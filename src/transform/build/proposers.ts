import type { Proposal, ProposeContext, Proposer } from '../../core/loop/types.ts';
import type { ChatMessage, LanguageModel } from '../../core/models/types.ts';
import { removeTypeDeclarations } from '../check/typecheck.ts';
import { extractCode } from './extract-code.ts';
import type { TransformCandidate, TransformProblem } from './problem.ts';
import { SYSTEM_PROMPT, cascadePrompt, feedbackPrompt, initialPrompt } from './prompt.ts';
import type { LookupTables, SynthesisResult, Synthesizer } from './synth-adapter.ts';

export const DELEGATE_FUNCTION = 'modelFields';

/** State the proposers of one build share: what the synthesizer left for the model. */
export interface BuildSession {
  synthesis: SynthesisResult | null;
}

/**
 * The local engine: asks the program synthesizer once. A complete program is a candidate; a partial
 * one (when a model can finish it) is left in the session for the model's cascade prompt.
 */
export class LocalProposer implements Proposer<TransformProblem, TransformCandidate> {
  readonly name = 'local';
  private tried = false;
  private readonly synthesizer: Synthesizer;
  private readonly session: BuildSession;
  private readonly modelAvailable: boolean;
  private readonly timeoutMs: number;
  private readonly tables: LookupTables | undefined;
  private readonly sample: readonly unknown[];

  constructor(options: {
    synthesizer: Synthesizer;
    session: BuildSession;
    modelAvailable: boolean;
    timeoutMs?: number;
    tables?: LookupTables;
    /** Records of the input to come (`build --sample`): programs that stay total on them rank first. */
    sample?: readonly unknown[];
  }) {
    this.synthesizer = options.synthesizer;
    this.session = options.session;
    this.modelAvailable = options.modelAvailable;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.tables = options.tables;
    this.sample = options.sample ?? [];
  }

  async propose(
    context: ProposeContext<TransformProblem, TransformCandidate>,
  ): Promise<Proposal<TransformCandidate> | null> {
    if (this.tried) return null; // The synthesizer is deterministic: a second try gives the same program.
    this.tried = true;
    const { problem } = context;
    const result = await this.synthesizer(
      problem.examples.map(({ input, output }) => ({ input, output })),
      {
        timeoutMs: this.timeoutMs,
        inputs: [...problem.potentialInputs, ...this.sample],
        schema: problem.schema,
        ...(this.tables ? { tables: this.tables } : {}),
        ...(this.modelAvailable ? { delegateFunctionName: DELEGATE_FUNCTION } : {}),
      },
    );
    this.session.synthesis = result;
    const notes = [
      `synthesizer: ${result.complete ? 'complete' : 'partial'} in ${result.durationMs} ms; solved ${result.solved.length} field(s)`,
      ...result.unsolved.map((field) => `unsolved ${field.path}: ${field.reason}`),
    ];
    if (!result.code) return null;
    if (!result.complete && this.modelAvailable) return null; // The model finishes it (cascade).
    return { candidate: { code: result.code.trim() + '\n' }, notes };
  }
}

/**
 * Asks a language model for the module, in one chat: the first message carries schema, examples,
 * potential inputs, current code and any earlier failure; each later message is the failure report
 * of the previous answer. When the synthesizer solved part of the output, the first two tries ask
 * only for the missing fields (the cascade) and join them with the synthesized code.
 */
export class ModelProposer implements Proposer<TransformProblem, TransformCandidate> {
  readonly name: string;
  private readonly model: LanguageModel;
  private readonly session: BuildSession;
  private readonly maxCascadeTries: number;
  private readonly deadline: number | undefined;
  /** Chat so far (after the system message): alternating user / assistant. */
  private chat: ChatMessage[] = [];
  private cascadeTries = 0;
  private lastMode: 'cascade' | 'full' | null = null;

  constructor(options: {
    model: LanguageModel;
    session: BuildSession;
    maxCascadeTries?: number;
    /** Epoch ms: the build's deadline, so no model retry starts past it. */
    deadline?: number;
  }) {
    this.model = options.model;
    this.deadline = options.deadline;
    this.session = options.session;
    this.name = `model:${options.model.spec}`;
    this.maxCascadeTries = options.maxCascadeTries ?? 2;
  }

  async propose(
    context: ProposeContext<TransformProblem, TransformCandidate>,
  ): Promise<Proposal<TransformCandidate> | null> {
    const { problem, feedback } = context;
    const partial = this.session.synthesis;
    const cascade =
      partial !== null &&
      !partial.complete &&
      partial.code !== null &&
      this.cascadeTries < this.maxCascadeTries;
    const mode = cascade ? 'cascade' : 'full';
    const lastAttempt = context.history[context.history.length - 1];
    const continuing = this.lastMode === mode && lastAttempt?.proposer === this.name && feedback !== null;

    if (continuing && feedback) {
      this.chat.push({ role: 'user', content: feedbackPrompt(feedback) });
    } else {
      const previous =
        lastAttempt?.proposal && lastAttempt.report && !lastAttempt.report.pass && feedback
          ? { code: lastAttempt.proposal.candidate.code, proposer: lastAttempt.proposer, report: feedback }
          : null;
      const first =
        cascade && partial?.code
          ? cascadePrompt(problem, partial.code, partial.unsolved, 'modelFields')
          : initialPrompt(problem, previous);
      this.chat = [{ role: 'user', content: first }];
    }
    this.lastMode = mode;
    if (cascade) this.cascadeTries += 1;

    const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM_PROMPT }, ...this.chat];
    const result = await this.model.generate({
      messages,
      signal: context.signal,
      ...(this.deadline === undefined ? {} : { deadline: this.deadline }),
      onTextDelta: context.onDelta,
    });
    this.chat.push({ role: 'assistant', content: result.text });
    const extracted = extractCode(result.text, result.object);
    const base = { prompt: messages, rawResponse: result.text, usage: [result.usage] };
    if (!extracted) {
      // No code in the answer: an attempt that fails with a report saying so, so the model hears it.
      return {
        ...base,
        candidate: { code: '// The model answered without a code block.\n' },
        notes: ['no code in the answer'],
      };
    }
    let code = removeTypeDeclarations(extracted, ['Input', 'Output']);
    if (cascade && partial?.code && !/export\s+default/.test(code)) {
      code = `${partial.code.trim()}\n\n// Fields the synthesizer could not derive, written by ${this.model.spec}:\n${code.trim()}\n`;
    }
    return { ...base, candidate: { code } };
  }
}
