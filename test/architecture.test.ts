import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** Which layers each layer may import from: arrows point only downward. */
const allowed: Record<string, string[]> = {
  core: ['core'],
  transform: ['core', 'transform'],
  browser: ['core', 'browser'],
  server: ['core', 'transform', 'browser', 'server'],
  cli: ['core', 'transform', 'browser', 'server', 'cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function layerOf(file: string): string | null {
  const [first] = relative(src, file).split(/[\\/]/);
  return first && first in allowed ? first : null;
}

const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

describe('architecture', () => {
  it('keeps every import pointing downward between layers', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = layerOf(file);
      if (!from) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const target = resolve(dirname(file), match[1] ?? '');
        const to = layerOf(target);
        if (to && !allowed[from]?.includes(to)) {
          violations.push(`${relative(root, file)} (${from}) imports ${match[1]} (${to})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('lets the CLI and the server reach the transform product only through src/transform/index.ts', () => {
    // Tests may reach inside for white-box fault injection and shared fixtures; the code may not.
    const transformIndex = join(src, 'transform', 'index.ts');
    const adapters = ['cli', 'server'].flatMap((layer) => sourceFiles(join(src, layer)));
    const code = adapters.filter((file) => !file.endsWith('.test.ts'));
    expect(code.length).toBeGreaterThan(10);
    const violations: string[] = [];
    let throughIndex = 0;
    for (const file of code) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const target = resolve(dirname(file), match[1] ?? '');
        if (layerOf(target) !== 'transform') continue;
        if (target === transformIndex) throughIndex += 1;
        else violations.push(`${relative(root, file)} imports ${match[1]}`);
      }
    }
    expect(violations).toEqual([]);
    // The check sees the adapters' imports of the product (it cannot pass by finding none).
    expect(throughIndex).toBeGreaterThan(3);
  });

  it('keeps the web app a pure browser bundle that talks to the server only over HTTP', () => {
    const webSrc = join(root, 'web', 'src');
    const files = sourceFiles(webSrc);
    expect(files.length).toBeGreaterThan(5);
    const violations: string[] = [];
    const anyImport = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(anyImport)) {
        const specifier = match[1] ?? '';
        const escapesWeb = specifier.startsWith('.') && !resolve(dirname(file), specifier).startsWith(webSrc);
        if (escapesWeb || specifier.startsWith('node:')) {
          violations.push(`${relative(root, file)} imports ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('finds the layers it checks (the check cannot pass vacuously)', () => {
    const layers = new Set(sourceFiles(src).map(layerOf));
    expect(layers.has('core')).toBe(true);
    expect(layers.has('cli')).toBe(true);
  });
});
