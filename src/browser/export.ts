import { existsSync, readFileSync } from 'node:fs';
import { ACCEPT_NATIVE_DIALOGS_LINE } from './native-dialogs.ts';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CHROMIUM_FLAGS } from './chromium.ts';
import { ELEMENT_STATE_SOURCE, FIELD_LABEL_SOURCE } from './element-state.ts';
import {
  containerText,
  type Assertion,
  type Spec,
  type SpecLocator,
  type SpecValue,
  type Step,
} from './spec.ts';

export interface ExportOptions {
  /** Folder relative upload paths resolve against (the spec's folder). */
  specDir?: string;
}

/** `email` → `EMAIL`, `firstName` → `FIRST_NAME`: the environment variable a test reads. */
export function envName(variable: string): string {
  return variable
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

const q = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** Playwright code for a structured locator, e.g. `page.getByRole('button', { name: 'Save', exact: true })`. */
export function locatorCode(locator: SpecLocator): string {
  let root = 'page';
  if (locator.frame) root = `page.locator(${q(locator.frame)}).contentFrame()`;
  if (locator.within) {
    const container = locator.within.role
      ? `getByRole(${q(locator.within.role)})`
      : `locator(${q(locator.within.css ?? '*')})`;
    const text = containerText(locator.within.hasText);
    root = `${root}.${container}.filter({ hasText: ${typeof text === 'string' ? q(text) : String(text)} })`;
  }
  let code: string;
  if (locator.role) {
    code =
      locator.name !== undefined
        ? `getByRole(${q(locator.role)}, { name: ${q(locator.name)}, exact: true })`
        : `getByRole(${q(locator.role)})`;
  } else if (locator.label) code = `getByLabel(${q(locator.label)}, { exact: true })`;
  else if (locator.placeholder) code = `getByPlaceholder(${q(locator.placeholder)}, { exact: true })`;
  else if (locator.testId) code = `getByTestId(${q(locator.testId)})`;
  else if (locator.text) code = `getByText(${q(locator.text)}, { exact: true })`;
  else code = `locator(${q(locator.css ?? '*')})`;
  return `${root}.${code}${locator.nth !== undefined ? `.nth(${locator.nth})` : ''}`;
}

function valueCode(value: SpecValue | undefined): string {
  if (value === undefined) return "''";
  if (typeof value === 'string') return q(value);
  return /^[A-Za-z_$][\w$]*$/.test(value.var) ? `vars.${value.var}` : `vars[${q(value.var)}]`;
}

function stepCode(step: Step, files: Record<string, string>, number: number): string {
  const target = step.locator ? locatorCode(step.locator) : 'page';
  // Numbered as the spec numbers its steps (1-based), so a replay's or heal's "step 3" is found here.
  const comment = `  // Step ${number}${step.reason ? `: ${step.reason.replace(/\n/g, ' ')}` : ''}\n`;
  let line: string;
  switch (step.action) {
    case 'click':
      line = `await ${target}.click();`;
      break;
    case 'dblclick':
      line = `await ${target}.dblclick();`;
      break;
    case 'rightclick':
      line = `await ${target}.click({ button: 'right' });`;
      break;
    case 'clear':
      line = `await ${target}.clear();`;
      break;
    case 'scroll':
      line = `await ${target}.scrollIntoViewIfNeeded();`;
      break;
    case 'fill':
      line = `await ${target}.fill(${valueCode(step.value)});`;
      break;
    case 'select':
      line = `await ${target}.selectOption({ label: ${valueCode(step.value)} });`;
      break;
    case 'check':
      line = `await ${target}.check();`;
      break;
    case 'uncheck':
      line = `await ${target}.uncheck();`;
      break;
    case 'hover':
      line = `await ${target}.hover();`;
      break;
    case 'press':
      line = step.locator
        ? `await ${target}.press(${valueCode(step.value)});`
        : `await page.keyboard.press(${valueCode(step.value)});`;
      break;
    case 'upload':
      line = `await ${target}.setInputFiles(file(${q(step.file ?? '')}, ${q(files[step.file ?? ''] ?? '')}));`;
      break;
    case 'navigate':
      line = `await page.goto(new URL(${q(step.url ?? '/')}, baseURL).toString());`;
      break;
    case 'wait': {
      // As replay waits (executor's waitFor): a text in the page or any of its frames, up to 10 s.
      const until = step.until!;
      line =
        until.type === 'text-visible'
          ? `await expect.poll(() => textShows(page, ${q(until.text)}), { timeout: 10_000 }).toBe(true);`
          : until.type === 'element-visible'
            ? `await expect(${locatorCode(until.locator)}.first()).toBeVisible({ timeout: 10_000 });`
            : `await expect(page).toHaveURL(new RegExp(${q(until.pattern)}), { timeout: 10_000 });`;
      break;
    }
  }
  return `${comment}  ${line}`;
}

/**
 * Helpers an exported test defines when it needs them: each reads the page as replay's executor
 * does (a text in any frame when the assertion names none; a select's value or its option's label).
 */
const HELPERS = {
  textShows: [
    `/** Whether a text shows in the page or any of its frames (as codify's replay reads it). */`,
    `async function textShows(page: Page, text: string, exact = false): Promise<boolean> {`,
    `  for (const frame of page.frames()) {`,
    `    const match = frame.getByText(text, { exact }).filter({ visible: true }).first();`,
    `    if (await match.isVisible().catch(() => false)) return true;`,
    `  }`,
    `  return false;`,
    `}`,
  ],
  fieldShows: [
    `/** Whether a field holds a value: its value, a select's chosen label, a slider's aria-valuenow, a div combobox's text. */`,
    `async function fieldShows(field: Locator, expected: string): Promise<boolean> {`,
    `  if ((await field.inputValue({ timeout: 1_000 }).catch(() => null)) === expected) return true;`,
    `  // The same reading as codify's replay (its fieldLabel), in the page.`,
    `  const label = await field.evaluate(${FIELD_LABEL_SOURCE}).catch(() => null);`,
    `  return label === expected;`,
    `}`,
  ],
} as const;

/** The helpers a spec's exported test calls. */
function helpersFor(spec: Spec): (keyof typeof HELPERS)[] {
  const texts =
    spec.assertions.some((a) => (a.type === 'text-visible' || a.type === 'text-hidden') && !a.frame) ||
    spec.steps.some((s) => s.action === 'wait' && s.until?.type === 'text-visible');
  const fields = spec.assertions.some((a) => a.type === 'field-value');
  return [...(texts ? ['textShows' as const] : []), ...(fields ? ['fieldShows' as const] : [])];
}

/** The Playwright line checking one assertion, as replay's executor (`checkAssertion`) checks it. */
export function assertionCode(assertion: Assertion): string {
  switch (assertion.type) {
    case 'text-visible': {
      if (!assertion.frame)
        return `  await expect.poll(() => textShows(page, ${q(assertion.text)}), { message: ${q(`text "${assertion.text}" is visible`)} }).toBe(true);`;
      const root = `page.locator(${q(assertion.frame)}).contentFrame()`;
      return `  await expect(${root}.getByText(${q(assertion.text)}).filter({ visible: true }).first()).toBeVisible();`;
    }
    case 'element-visible':
      return `  await expect(${locatorCode(assertion.locator)}).toBeVisible();`;
    case 'url-matches':
      return `  await expect(page).toHaveURL(new RegExp(${q(assertion.pattern)}));`;
    case 'title':
      return `  await expect(page).toHaveTitle(new RegExp(${q(assertion.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}));`;
    case 'field-value':
      return `  await expect.poll(() => fieldShows(${locatorCode(assertion.locator)}, ${valueCode(assertion.value)})).toBe(true);`;
    case 'text-hidden': {
      if (!assertion.frame)
        return `  await expect.poll(() => textShows(page, ${q(assertion.text)}, true), { message: ${q(`text "${assertion.text}" is not visible`)} }).toBe(false);`;
      const root = `page.locator(${q(assertion.frame)}).contentFrame()`;
      return `  await expect(${root}.getByText(${q(assertion.text)}, { exact: true }).filter({ visible: true })).toHaveCount(0);`;
    }
    case 'element-hidden':
      return `  await expect(${locatorCode(assertion.locator)}.filter({ visible: true })).toHaveCount(0);`;
    case 'checked':
      return `  await expect(${locatorCode(assertion.locator)}).${assertion.checked ? 'toBeChecked()' : 'not.toBeChecked()'};`;
    case 'state':
      // The same reading as replay's (executor's elementState), in the page.
      return `  await expect.poll(() => ${locatorCode(assertion.locator)}.evaluate(${ELEMENT_STATE_SOURCE}, ${q(assertion.state)})).toBe(${assertion.value});`;
  }
}

/**
 * Renders a spec as an ordinary Playwright Test file: role/label locators, web-first `expect`
 * assertions, variables from `process.env` (never inlined), uploads through `setInputFiles`, and
 * the start URL overridable with `BASE_URL`.
 */
export function exportPlaywrightTest(spec: Spec, options: ExportOptions = {}): string {
  const files = Object.fromEntries(
    Object.entries(spec.files).map(([name, path]) => [
      name,
      isAbsolute(path) || !options.specDir ? path : resolve(options.specDir, path),
    ]),
  );
  const variableNames = Object.keys(spec.variables);
  const title = spec.name ?? spec.goal;
  const start = new URL(spec.url);
  const lines: string[] = [
    `// Exported by codify from a recorded browser test (spec version ${spec.version}).`,
    `// Goal: ${spec.goal.replace(/\n/g, ' ')}`,
    `// Variables come from the environment${variableNames.length ? `: ${variableNames.map(envName).join(', ')}` : ' (none needed)'}; BASE_URL overrides the app's address.`,
  ];
  const helpers = helpersFor(spec);
  const types = [
    ...(helpers.includes('fieldShows') ? ['Locator'] : []),
    ...(helpers.includes('textShows') ? ['Page'] : []),
  ];
  lines.push(
    `import { test, expect${types.map((t) => `, type ${t}`).join('')} } from '@playwright/test';`,
    ``,
    `const baseURL = process.env.BASE_URL ?? ${q(start.origin)};`,
  );
  for (const helper of helpers) lines.push(``, ...HELPERS[helper]);
  if (variableNames.length) {
    lines.push(
      ``,
      `function env(name: string, fallback?: string): string {`,
      `  const value = process.env[name] ?? fallback;`,
      '  if (value === undefined) throw new Error(`Set ${name} to run this test.`);',
      `  return value;`,
      `}`,
      ``,
      `const vars = {`,
      ...variableNames.map((name) => {
        const declared = spec.variables[name]!;
        const fallback = declared.default !== undefined && !declared.secret ? `, ${q(declared.default)}` : '';
        return `  ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : q(name)}: env(${q(envName(name))}${fallback}),`;
      }),
      `};`,
    );
  }
  if (Object.keys(files).length) {
    lines.push(
      ``,
      `/** Upload files: CODIFY_FILE_<NAME> overrides the recorded path. */`,
      `function file(name: string, recorded: string): string {`,
      "  return process.env[`CODIFY_FILE_${name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`] ?? recorded;",
      `}`,
    );
  }
  lines.push(
    ``,
    `test(${q(title)}, async ({ page }) => {`,
    `  await page.setViewportSize({ width: ${spec.viewport.width}, height: ${spec.viewport.height} });`,
    ACCEPT_NATIVE_DIALOGS_LINE,
    `  await page.goto(new URL(${q(start.pathname + start.search)}, baseURL).toString());`,
    ...spec.steps.map((step, index) => stepCode(step, files, index + 1)),
    ...(spec.assertions.length ? ['', '  // The goal was reached:'] : []),
    ...spec.assertions.map(assertionCode),
    `});`,
    ``,
  );
  return lines.join('\n');
}

/**
 * The Chromium search of an exported config, as plain JavaScript: the same order as the CLI's
 * `findChromium` (chromium.ts): `CODIFY_CHROMIUM`, then Playwright's download cache
 * (`PLAYWRIGHT_BROWSERS_PATH` or `~/.cache/ms-playwright`, newest build first), then the system
 * packages. A test holds the two to the same answers.
 */
export const CHROMIUM_SEARCH_SOURCE = `function findChromium(env) {
  if (env.CODIFY_CHROMIUM && existsSync(env.CODIFY_CHROMIUM)) return env.CODIFY_CHROMIUM;
  const cache = env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  let builds = [];
  try {
    builds = readdirSync(cache)
      .filter((entry) => /^chromium-\\d+$/.test(entry))
      .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  } catch {
    // No Playwright cache: the system paths.
  }
  for (const build of builds)
    for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const candidate = join(cache, build, sub);
      if (existsSync(candidate)) return candidate;
    }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
    if (existsSync(candidate)) return candidate;
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CODIFY_CHROMIUM to its path.');
}`;

/** A `playwright.config.ts` that runs tests on the system Chromium, found as the CLI finds it. */
export function playwrightConfigSource(): string {
  return `// Runs exported codify tests on the system Chromium, found as codify finds it: CODIFY_CHROMIUM,
// then Playwright's browser cache, then /usr/bin/chromium, chromium-browser or google-chrome.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

${CHROMIUM_SEARCH_SOURCE}

export default defineConfig({
  testDir: '.',
  testMatch: /.*\\.spec\\.ts$/,
  reporter: [['list']],
  workers: 1,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: findChromium(process.env),
      args: [...(isRoot ? ['--no-sandbox'] : []), ${CHROMIUM_FLAGS.map(q).join(', ')}],
    },
  },
});
`;
}

/** The version of `@playwright/test` codify runs exported tests with (its own install), or null. */
export function ownPlaywrightTestVersion(): string | null {
  const own = playwrightTestFrom(import.meta.dirname);
  if (!own) return null;
  try {
    return (JSON.parse(readFileSync(own, 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/**
 * The `package.json` of an exported test folder that has none: it declares `@playwright/test` at
 * the version codify uses, so `npm install` then `npx playwright test` runs it with nothing else.
 * No `"type"`: the tests load as CommonJS, which also lets codify's own Playwright resolve them.
 */
export function exportPackageSource(folder: string, version: string): string {
  const name = basename(resolve(folder))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${JSON.stringify(
    {
      name: `${name || 'browser'}-tests`,
      private: true,
      description: 'Browser tests exported by codify: npm install, then npx playwright test.',
      scripts: { test: 'playwright test' },
      devDependencies: { '@playwright/test': version },
    },
    null,
    2,
  )}\n`;
}

/**
 * Writes the test and, when the folder has none, a `playwright.config.ts` beside it; and when
 * `@playwright/test` does not resolve from the folder and it has no `package.json`, one that
 * declares it (see {@link exportPackageSource}). Where it resolves, no `package.json` is written:
 * a nested one would hide the project's own install from `npx`. Returns the paths written.
 */
export async function writeExport(
  spec: Spec,
  outPath: string,
  options: ExportOptions = {},
): Promise<{ test: string; config: string | null; packageJson: string | null }> {
  await writeFile(outPath, exportPlaywrightTest(spec, options));
  const folder = dirname(resolve(outPath));
  const configPath = join(folder, 'playwright.config.ts');
  const config = existsSync(configPath) ? null : configPath;
  if (config) await writeFile(config, playwrightConfigSource());
  const packagePath = join(folder, 'package.json');
  const version = ownPlaywrightTestVersion();
  const packageJson = !existsSync(packagePath) && !playwrightTestFrom(folder) && version ? packagePath : null;
  if (packageJson) await writeFile(packageJson, exportPackageSource(folder, version!));
  return { test: outPath, config, packageJson };
}

/** Quotes a path for a POSIX shell when it needs it. */
function shellPath(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/** Where `@playwright/test` resolves from a folder, or null. */
export function playwrightTestFrom(dir: string): string | null {
  try {
    return createRequire(join(resolve(dir), 'noop.js')).resolve('@playwright/test/package.json');
  } catch {
    return null;
  }
}

/**
 * The command that runs an exported test from `cwd`: plain `npx playwright test -c …` when the
 * test's folder resolves `@playwright/test` itself; otherwise codify's own Playwright Test, with
 * NODE_PATH pointing at the packages codify was installed with, so the import resolves with no
 * symlink and no install. Null when neither can find `@playwright/test`.
 */
export function runCommandFor(
  testPath: string,
  configPath: string,
  cwd: string,
  options: { allTests?: boolean } = {},
): string | null {
  const rel = (p: string) => {
    const r = relative(cwd, resolve(p));
    return shellPath(r && !r.startsWith('..' + sep) && r !== '..' ? r : resolve(p));
  };
  // With allTests, every .spec.ts of the config's folder runs (what a shard splits).
  const filter = options.allTests ? '' : ` ${shellPath(basename(testPath))}`;
  if (playwrightTestFrom(dirname(resolve(testPath))))
    return `npx playwright test -c ${rel(configPath)}${filter}`;
  const own = playwrightTestFrom(import.meta.dirname);
  if (!own) return null;
  const modules = dirname(dirname(dirname(own)));
  const bin = join(modules, '.bin', 'playwright');
  return `NODE_PATH=${shellPath(modules)} ${shellPath(bin)} test -c ${rel(configPath)}${filter}`;
}

/**
 * The command that opens a run's trace in Playwright's trace viewer from any folder. `--port 0`
 * serves the viewer at the address it prints, for any browser: without it Playwright opens its own
 * Chromium, which a machine with only the system Chromium lacks ("No chromium-based browser
 * found"). Plain `npx playwright` when `cwd` resolves it, else codify's own Playwright (as
 * {@link runCommandFor}); null when neither is there.
 */
export function traceCommandFor(tracePath: string, cwd: string = process.cwd()): string | null {
  const trace = shellPath(resolve(tracePath));
  if (playwrightTestFrom(cwd)) return `npx playwright show-trace --port 0 ${trace}`;
  const own = playwrightTestFrom(import.meta.dirname);
  if (!own) return null;
  const bin = join(dirname(dirname(dirname(own))), '.bin', 'playwright');
  return `${shellPath(bin)} show-trace --port 0 ${trace}`;
}
