import type { Command } from 'commander';

/**
 * The CLI's top-level command groups. Each group's module is imported only when the command line
 * names it: `codify --help` must not pay for TypeScript, Playwright, Fastify or the AI SDK, and
 * `codify transform run` must not pay for Playwright or Fastify.
 */
export interface CommandGroup {
  /** The top-level command, as typed: `codify <name> …`. */
  name: string;
  /** The one-line description shown by `codify --help` (the group's own registration repeats it). */
  description: string;
  /** Imports the group's module and returns its registration function. */
  load: () => Promise<(program: Command) => void>;
}

export const COMMAND_GROUPS: readonly CommandGroup[] = [
  {
    name: 'transform',
    description: 'Generate, check and run data transforms: examples + output schema → transform.ts.',
    load: async () => (await import('./transform-commands.ts')).registerTransformCommands,
  },
  {
    name: 'test',
    description: 'Record, replay, heal and export browser tests.',
    load: async () => (await import('./test-commands.ts')).registerTestCommands,
  },
  {
    name: 'serve',
    description:
      'Run the codify HTTP server (REST API under /api/v1, live run events over SSE, docs at /docs).',
    load: async () => (await import('./serve-command.ts')).registerServeCommand,
  },
  {
    name: 'demo',
    description:
      'Run the main job on the local engine (no key needed): build and run transforms, record/replay/export a browser test.',
    load: async () => (await import('./demo-command.ts')).registerDemoCommand,
  },
  {
    name: 'worker',
    description:
      'Serve queued runs from Redis (BullMQ) on this machine: codify worker --queue redis://HOST:PORT.',
    load: async () => (await import('./worker-command.ts')).registerWorkerCommand,
  },
];

/**
 * The group a command line asks for: the first word after the program name that is not an
 * option (`codify help transform` asks for `transform` too). Undefined when none is named, as for
 * `codify --help`, or when the word is not a group (Commander then reports it, with suggestions).
 */
export function requestedGroup(argv: readonly string[]): CommandGroup | undefined {
  const words = argv.slice(2).filter((word) => !word.startsWith('-'));
  const first = words[0] === 'help' ? words[1] : words[0];
  return COMMAND_GROUPS.find((group) => group.name === first);
}
