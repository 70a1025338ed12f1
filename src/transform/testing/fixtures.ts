import { mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Folders made by {@link makeServiceDir} in this test file and not yet removed. */
const created = new Set<string>();

/**
 * Creates a temporary service directory with the given files (objects are written as JSON).
 * A test file that calls it removes them all with `afterAll(removeServiceDirs)`.
 */
export async function makeServiceDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codify-svc-'));
  created.add(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

/** Removes every folder {@link makeServiceDir} made (in this test file, as vitest isolates files). */
export async function removeServiceDirs(): Promise<void> {
  for (const dir of [...created]) {
    await rm(dir, { recursive: true, force: true });
    created.delete(dir);
  }
}

/** A small name-splitting service used across tests. */
export const NAME_EXAMPLES = [
  { input: { name: 'Ada Lovelace' }, output: { first: 'Ada', last: 'Lovelace' } },
  { input: { name: 'Alan Turing' }, output: { first: 'Alan', last: 'Turing' } },
  { input: { name: 'Grace Hopper' }, output: { first: 'Grace', last: 'Hopper' } },
];

export const NAME_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  // `last` may be empty (one-word names): said explicitly, so run does not flag empty ones for review.
  properties: { first: { type: 'string', minLength: 1 }, last: { type: 'string', minLength: 0 } },
  required: ['first', 'last'],
  additionalProperties: false,
};

/** Correct for the examples, but throws on a name with no space. */
export const NAME_CODE_NAIVE = `export default function transform(input: Input): Output {
  const [first, last] = input.name.split(' ');
  if (first === undefined || last === undefined) throw new Error('expected two words');
  return { first, last };
}
`;

/** Handles one-word and padded names too. */
export const NAME_CODE_ROBUST = `export default function transform(input: Input): Output {
  const words = String(input.name ?? '').trim().split(/\\s+/).filter(Boolean);
  const first = words[0] ?? '?';
  const last = words.length > 1 ? words.slice(1).join(' ') : '';
  return { first, last };
}
`;

/** Wraps code in a fenced block, the way a model answers. */
export function fenced(code: string): string {
  return `Here is the module:\n\n\`\`\`ts\n${code}\`\`\`\n`;
}
