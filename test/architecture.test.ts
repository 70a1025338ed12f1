import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/** Test code: test files and the `testing/` folders of helpers they share. */
function isTestCode(file: string): boolean {
  return /\.test\.ts$/.test(file) || /[\\/]testing[\\/]/.test(relative(src, file));
}

/** Words that name a product or an adapter; `core` must stay free of them. */
const productWord = /transform|browser|playwright|chromium|service|server|cli(?![a-z])/i;

/**
 * What in a core file names a product: its path, an exported identifier, a product's file name
 * in a string (`transform.ts`, `x.spec.json`), or an import of a product's package.
 */
function productNamesIn(path: string, text: string): string[] {
  const found: string[] = [];
  if (productWord.test(path)) found.push(`path ${path}`);
  for (const match of text.matchAll(
    /^export\s+(?:async\s+)?(?:function\*?|class|const|let|interface|type|enum)\s+([A-Za-z0-9_$]+)/gm,
  )) {
    if (productWord.test(match[1] ?? '')) found.push(`exports ${match[1]}`);
  }
  for (const match of text.matchAll(/['"`]([^'"`\n]*?(?:\btransform\.(?:ts|js)|\.spec\.(?:json|ts))\b)/g)) {
    found.push(`names the product file ${match[1]}`);
  }
  for (const match of text.matchAll(
    /(?:from\s+|import\s*\(\s*|import\s+)['"]((?:@playwright\/[^'"]+|playwright(?:-core)?))['"]/g,
  )) {
    found.push(`imports ${match[1]}`);
  }
  return found;
}

/**
 * The products' wire files: zod schemas and nothing else, so the server's protocol may re-export
 * them without pulling Node (or the product) into what the web app names.
 */
const productWireFiles = [join(src, 'browser', 'wire.ts'), join(src, 'transform', 'wire.ts')];

const webSrc = join(root, 'web', 'src');
/** The one module outside web/src the web app may name, for its types only. */
const protocolEntry = join(src, 'server', 'protocol', 'index.ts');

/**
 * Module specifiers of import/export statements (group 1: `type` when the whole statement is
 * type-only, so erased from the bundle; group 2: the specifier) and of dynamic imports (group 3).
 */
const moduleSpecifiers =
  /^\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/gm;

/** What in a web/src file would reach beyond the browser bundle: Node, or code outside web/src. */
function webImportViolations(file: string, text: string): string[] {
  const violations: string[] = [];
  for (const match of text.matchAll(moduleSpecifiers)) {
    const specifier = match[2] ?? match[3] ?? '';
    const typeOnly = match[1] !== undefined && match[3] === undefined;
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : null;
    const escapesWeb = target !== null && !target.startsWith(webSrc + '/');
    const allowed = target === protocolEntry && typeOnly;
    if (specifier.startsWith('node:') || (escapesWeb && !allowed)) {
      violations.push(
        `${relative(root, file)} imports ${specifier}${escapesWeb && !typeOnly ? ' (not type-only)' : ''}`,
      );
    }
  }
  return violations;
}

const protocolDir = dirname(protocolEntry);

/** What a protocol file imports beyond zod, its siblings and the products' zod-only wire files. */
function protocolImportViolations(file: string, text: string): string[] {
  const violations: string[] = [];
  for (const match of text.matchAll(moduleSpecifiers)) {
    const specifier = match[2] ?? match[3] ?? '';
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : null;
    const sibling = specifier.startsWith('./') && target !== null && dirname(target) === protocolDir;
    const wire = target !== null && productWireFiles.includes(target);
    if (specifier !== 'zod' && !sibling && !wire)
      violations.push(`${relative(root, file)} imports ${specifier}`);
  }
  return violations;
}

/** A protocol file naming a product's wire file: the one way the server reaches past an index. */
function isProtocolWireImport(file: string, target: string): boolean {
  return dirname(file) === protocolDir && productWireFiles.includes(target);
}

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
        else if (isProtocolWireImport(file, target)) continue;
        else violations.push(`${relative(root, file)} imports ${match[1]}`);
      }
    }
    expect(violations).toEqual([]);
    // The check sees the adapters' imports of the product (it cannot pass by finding none).
    expect(throughIndex).toBeGreaterThan(3);
  });

  it('lets the CLI and the server reach the browser product only through src/browser/index.ts', () => {
    const browserDir = join(src, 'browser');
    const entry = join(browserDir, 'index.ts');
    const violations: string[] = [];
    let throughEntry = 0;
    for (const file of [...sourceFiles(join(src, 'cli')), ...sourceFiles(join(src, 'server'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const target = resolve(dirname(file), match[1] ?? '');
        if (!target.startsWith(browserDir + sep)) continue;
        if (target === entry) throughEntry++;
        else if (isProtocolWireImport(file, target)) continue;
        else violations.push(`${relative(root, file)} imports ${match[1]}`);
      }
    }
    expect(violations).toEqual([]);
    // Not vacuous: both adapters do use the product.
    expect(throughEntry).toBeGreaterThan(3);
  });

  it('keeps the web app a pure browser bundle: HTTP to the server, types only from the protocol', () => {
    const files = sourceFiles(webSrc);
    expect(files.length).toBeGreaterThan(5);
    const violations = files.flatMap((file) => webImportViolations(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
    // The exception is in use, so the check above does test it.
    const typed = files.filter((file) =>
      /(?:import|export) type [^;]*server\/protocol\/index\.ts/.test(readFileSync(file, 'utf8')),
    );
    expect(typed.length).toBeGreaterThan(3);
  });

  it('recognises a web import that would pull server code into the bundle (the web check can fail)', () => {
    const page = join(webSrc, 'pages', 'Page.tsx');
    const protocol = '../../../src/server/protocol/index.ts';
    expect(webImportViolations(page, `import type { Run } from '${protocol}';`)).toEqual([]);
    expect(webImportViolations(page, `import type {\n  Run,\n  RunDetail,\n} from '${protocol}';`)).toEqual(
      [],
    );
    expect(webImportViolations(page, `import { RunSchema } from '${protocol}';`)).toHaveLength(1);
    expect(webImportViolations(page, `import { type Run } from '${protocol}';`)).toHaveLength(1);
    expect(webImportViolations(page, `export { RunSchema } from '${protocol}';`)).toHaveLength(1);
    expect(webImportViolations(page, `const m = await import('${protocol}');`)).toHaveLength(1);
    expect(
      webImportViolations(page, "import type { Run } from '../../../src/server/protocol/runs.ts';"),
    ).toHaveLength(1);
    expect(
      webImportViolations(page, "import type { Store } from '../../../src/server/store/store.ts';"),
    ).toHaveLength(1);
    expect(webImportViolations(page, "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(webImportViolations(page, "import { useState } from 'react';")).toEqual([]);
  });

  it('keeps the protocol module free of Node and of the rest of the server (zod, itself, the wire files)', () => {
    const files = sourceFiles(protocolDir).filter((file) => !isTestCode(file));
    expect(files.length).toBeGreaterThan(2);
    const violations = files.flatMap((file) => protocolImportViolations(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
    // The wire exception is in use, so the check above does test it.
    const reexporting = files.filter((file) =>
      /from '\.\.\/\.\.\/(browser|transform)\/wire\.ts'/.test(readFileSync(file, 'utf8')),
    );
    expect(reexporting.length).toBeGreaterThan(1);
  });

  it('keeps each product wire file zod-only', () => {
    for (const file of productWireFiles) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(moduleSpecifiers)].map(
        (match) => match[2] ?? match[3] ?? '',
      );
      expect(specifiers, relative(root, file)).toEqual(['zod']);
    }
  });

  it('recognises a protocol import beyond zod, itself and the wire files (the protocol check can fail)', () => {
    const file = join(protocolDir, 'runs.ts');
    expect(protocolImportViolations(file, "import { z } from 'zod';")).toEqual([]);
    expect(protocolImportViolations(file, "import { RunSchema } from './runs.ts';")).toEqual([]);
    expect(protocolImportViolations(file, "export { specSchema } from '../../browser/wire.ts';")).toEqual([]);
    expect(protocolImportViolations(file, "import { z } from '../../transform/wire.ts';")).toEqual([]);
    expect(protocolImportViolations(file, "import { loadSpec } from '../../browser/spec.ts';")).toHaveLength(
      1,
    );
    expect(protocolImportViolations(file, "import { x } from '../../browser/index.ts';")).toHaveLength(1);
    expect(protocolImportViolations(file, "import type { Store } from '../store/store.ts';")).toHaveLength(1);
    expect(protocolImportViolations(file, "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(protocolImportViolations(file, "const m = await import('../../core/index.ts');")).toHaveLength(1);
  });

  it('keeps core product-neutral: no product in its paths, exported names, file names or packages', () => {
    const coreFiles = sourceFiles(join(src, 'core')).filter((file) => !isTestCode(file));
    expect(coreFiles.length).toBeGreaterThan(20);
    const violations = coreFiles.flatMap((file) =>
      productNamesIn(relative(join(src, 'core'), file), readFileSync(file, 'utf8')).map(
        (what) => `${relative(root, file)}: ${what}`,
      ),
    );
    expect(violations).toEqual([]);
  });

  it('recognises a product named in core (the neutrality check can fail)', () => {
    expect(productNamesIn('store/browser-tests.ts', '')).toHaveLength(1);
    expect(productNamesIn('sandbox/index.ts', 'export const TRANSFORM_FILE = 1;')).toHaveLength(1);
    expect(productNamesIn('sandbox/index.ts', "const DEFAULT_FILENAME = 'transform.ts';")).toHaveLength(1);
    expect(productNamesIn('x.ts', 'const file = `${name}.spec.json`;')).toHaveLength(1);
    expect(productNamesIn('x.ts', "import { chromium } from 'playwright';")).toHaveLength(1);
    expect(productNamesIn('models/spec.ts', 'export function parseModelSpec() {}')).toEqual([]);
  });

  it('keeps test code out of the product: nothing in src outside tests imports test/ or a testing/ folder', () => {
    const production = sourceFiles(src).filter((file) => !isTestCode(file));
    const tests = sourceFiles(src).filter(isTestCode);
    expect(production.length).toBeGreaterThan(50);
    // The rule is meaningful only while tests in src do use shared doubles.
    expect(tests.some((file) => /test\/support\//.test(readFileSync(file, 'utf8')))).toBe(true);
    const testRoot = join(root, 'test');
    const violations: string[] = [];
    for (const file of production) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
        const target = resolve(dirname(file), match[1] ?? '');
        const isTestTarget =
          target.startsWith(testRoot + '/') ||
          /\.test\.ts$/.test(target) ||
          /[\\/]testing[\\/]/.test(relative(src, target));
        if (isTestTarget) violations.push(`${relative(root, file)} imports ${match[1]}`);
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
