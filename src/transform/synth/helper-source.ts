import { readFileSync } from 'node:fs';

/** One helper's source text as it will appear in a generated module (without `export`). */
export interface HelperSource {
  name: string;
  source: string;
  /** Other helpers this one calls. */
  deps: string[];
}

let cache: Map<string, HelperSource> | undefined;

/** Reads `helpers.ts` once and splits it into named blocks (see the format rules there). */
export function helperSources(): Map<string, HelperSource> {
  if (cache) return cache;
  const lines = readFileSync(new URL('./helpers.ts', import.meta.url), 'utf8').split('\n');
  const blocks = new Map<string, HelperSource>();
  for (let i = 0; i < lines.length - 1; i++) {
    const head = /^export (function|type) (\w+)/.exec(lines[i + 1] ?? '');
    if (!head || !(lines[i] ?? '').startsWith('// ')) continue;
    let end = i + 1;
    const oneLineType = head[1] === 'type' && (lines[i + 1] ?? '').trimEnd().endsWith(';');
    if (!oneLineType) while (end < lines.length && !/^\};?$/.test(lines[end] ?? '')) end++;
    const source = lines
      .slice(i, end + 1)
      .join('\n')
      .replace(/^export /m, '');
    blocks.set(head[2] ?? '', { name: head[2] ?? '', source, deps: [] });
    i = end;
  }
  for (const block of blocks.values()) {
    const body = block.source.slice(block.source.indexOf('\n'));
    // Functions count when called, types (capitalized) when named at all.
    block.deps = [...blocks.keys()].filter(
      (other) =>
        other !== block.name &&
        new RegExp(/^[A-Z]/.test(other) ? `\\b${other}\\b` : `\\b${other}\\(`).test(body),
    );
  }
  cache = blocks;
  return blocks;
}

/** Helper names plus everything they depend on, in the order they appear in `helpers.ts`. */
export function withDependencies(names: Iterable<string>): string[] {
  const blocks = helperSources();
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    if (wanted.has(name)) return;
    const block = blocks.get(name);
    if (!block) return;
    wanted.add(name);
    block.deps.forEach(visit);
  };
  for (const name of names) visit(name);
  return [...blocks.keys()].filter((name) => wanted.has(name));
}
