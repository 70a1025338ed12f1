import { isPlainObject } from '../schema/json-schema.ts';

/**
 * Finds the module in a model's answer. Accepts, in order: a structured `{code}` object, a JSON
 * text `{"code": "…"}`, a fenced block (the one with `export default`, else the longest TypeScript/
 * JavaScript block), or the bare text when it looks like code. Returns null when there is none.
 */
export function extractCode(text: string, object?: unknown): string | null {
  if (isPlainObject(object) && typeof object['code'] === 'string' && object['code'].trim()) {
    return normalize(object['code']);
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (isPlainObject(parsed) && typeof parsed['code'] === 'string') return normalize(parsed['code']);
    } catch {
      // Not JSON: look for fences below.
    }
  }
  const blocks = [...text.matchAll(/```[ \t]*([A-Za-z0-9_-]*)[^\n]*\n([\s\S]*?)(?:```|$)/g)].map((match) => ({
    language: (match[1] ?? '').toLowerCase(),
    body: match[2] ?? '',
  }));
  const codeBlocks = blocks.filter((block) =>
    ['', 'ts', 'typescript', 'js', 'javascript', 'tsx'].includes(block.language),
  );
  const withExport = codeBlocks.find((block) => /export\s+default/.test(block.body));
  if (withExport) return normalize(withExport.body);
  const longest = codeBlocks.sort((a, b) => b.body.length - a.body.length)[0];
  if (longest && longest.body.trim()) return normalize(longest.body);
  if (/\bfunction\b|=>/.test(trimmed)) return normalize(trimmed);
  return null;
}

function normalize(code: string): string {
  return `${code.replace(/\r\n/g, '\n').trim()}\n`;
}
