import type { Command } from 'commander';
import type { CreateModelOptions } from '../core/models/index.ts';

/** Cassette flags every command that may call a model shares. */
export interface CassetteFlags {
  record?: string;
  replay?: string;
}

/**
 * Adds `--record` and `--replay`, worded the same everywhere (the README documents them once).
 * `--model` and the base-URL flag stay with each command: their defaults and names differ.
 */
export function addCassetteFlags(command: Command): Command {
  return command
    .option('--record <file>', 'append every model request and response to this JSONL cassette')
    .option('--replay <file>', 'answer model calls from this cassette, with no network; a miss is an error');
}

/** `createModel` options from a base URL and the cassette flags. */
export function modelOptionsFrom(baseUrl: string | undefined, flags: CassetteFlags): CreateModelOptions {
  return {
    ...(baseUrl ? { baseUrl } : {}),
    ...(flags.record ? { record: flags.record } : {}),
    ...(flags.replay ? { replay: flags.replay } : {}),
  };
}
