import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { parseModelSpec } from '../core/models/index.ts';
import { safeJoin } from '../core/safe-path.ts';
import { TestFolderError } from './errors.ts';
import { HEALED_SPEC_PATTERN, healedSpecIndex } from './healed-spec.ts';
import { loadSpec, looksSecret, saveSpec, type Spec } from './spec.ts';

import {
  TEST_NAME_PATTERN,
  TestConfigSchema,
  type CreateTestInput,
  type TestConfig,
  type UpdateTestInput,
} from './wire.ts';

// The test's schemas live in wire.ts (zod only, shared with the server's protocol).
export {
  CreateTestBody,
  TEST_NAME_PATTERN,
  TestConfigSchema,
  TestLimitsSchema,
  TestNameSchema,
  TestSettingsSchema,
  TestVariableSchema,
  UpdateTestBody,
  ViewportSchema,
  type CreateTestInput,
  type TestConfig,
  type UpdateTestInput,
} from './wire.ts';

const CONFIG_FILE = 'test.json';
const SPEC_FILE = 'spec.json';

/**
 * The browser test folder: tests as files under `<dataDir>/browser-tests/<name>/`: `test.json`
 * (settings), `spec.json` once a recording passed, `spec.healed*.json` + `.diff` from healing
 * replays (named by {@link healedSpecPath}), `files/` for uploads. The files are the source of
 * truth; every path goes through {@link safeJoin}.
 */
export class BrowserTestFolder {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = safeJoin(dataDir, 'browser-tests');
  }

  /** The test's directory. TestFolderError `bad-request` for an invalid name (never joined unchecked). */
  dirOf(name: string): string {
    if (!TEST_NAME_PATTERN.test(name)) {
      throw new TestFolderError('bad-request', `"${name}" is not a valid test name.`, {
        hint: 'Use 1–64 characters of a-z, 0-9, "-" or "_", starting with a letter or digit.',
      });
    }
    return safeJoin(this.root, name);
  }

  /** A path inside the test's directory (traversal refused). */
  pathIn(name: string, relativePath: string): string {
    return safeJoin(this.dirOf(name), relativePath);
  }

  exists(name: string): boolean {
    return existsSync(this.pathIn(name, CONFIG_FILE));
  }

  async create(input: CreateTestInput, now = new Date()): Promise<TestConfig> {
    checkModel(input.model);
    checkSecretDefaults(input.variables);
    const dir = this.dirOf(input.name);
    await mkdir(this.root, { recursive: true });
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && this.exists(input.name)) {
        throw new TestFolderError('conflict', `Browser test "${input.name}" already exists.`, {
          hint: 'Change the existing test’s settings instead, or pick another name.',
        });
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stamp = now.toISOString();
    const config: TestConfig = TestConfigSchema.parse({
      ...input,
      variables: input.variables ?? {},
      files: {},
      createdAt: stamp,
      updatedAt: stamp,
    });
    await this.write(config);
    return config;
  }

  async update(name: string, changes: UpdateTestInput, now = new Date()): Promise<TestConfig> {
    const current = await this.read(name);
    checkModel(changes.model);
    checkSecretDefaults(changes.variables);
    const next = TestConfigSchema.parse({ ...current, ...changes, updatedAt: now.toISOString() });
    await this.write(next);
    return next;
  }

  /** The test's settings; NotFoundError when there is no such test. */
  async read(name: string): Promise<TestConfig> {
    const path = this.pathIn(name, CONFIG_FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new TestFolderError('not-found', `No browser test named "${name}".`, {
          hint: 'Create it first (POST /api/v1/browser-tests); GET /api/v1/browser-tests lists the tests.',
        });
      }
      throw error;
    }
    return TestConfigSchema.parse(JSON.parse(text));
  }

  async write(config: TestConfig): Promise<void> {
    // Write then rename, so a reader never sees half a file.
    const path = this.pathIn(config.name, CONFIG_FILE);
    await writeFile(`${path}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
    await rename(`${path}.tmp`, path);
  }

  /** Settings of every test, by name. Directories without a readable `test.json` are skipped. */
  async list(): Promise<TestConfig[]> {
    let names: string[];
    try {
      names = (await readdir(this.root, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && TEST_NAME_PATTERN.test(entry.name))
        .map((entry) => entry.name)
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const configs = await Promise.all(names.map((name) => this.read(name).catch(() => null)));
    return configs.filter((config): config is TestConfig => config !== null);
  }

  /**
   * Deletes the test's folder. It is renamed out of the way first, synchronously, so a caller's
   * check that no run is live still holds and no reader sees half a test; then it is removed.
   * Half-deleted folders a crash left behind are hidden (dot names) and removed on the next delete.
   */
  async remove(name: string): Promise<void> {
    const trash = safeJoin(this.root, `.deleting-${randomUUID()}`);
    renameSync(this.dirOf(name), trash);
    await rm(trash, { recursive: true, force: true });
    for (const entry of await readdir(this.root)) {
      if (entry.startsWith('.deleting-'))
        await rm(safeJoin(this.root, entry), { recursive: true, force: true });
    }
  }

  specPath(name: string): string {
    return this.pathIn(name, SPEC_FILE);
  }

  /** The recorded spec, or null before the first passing run. */
  async readSpec(name: string): Promise<Spec | null> {
    const path = this.specPath(name);
    return existsSync(path) ? loadSpec(path) : null;
  }

  async saveSpec(name: string, spec: Spec): Promise<void> {
    const path = this.specPath(name);
    await saveSpec(`${path}.tmp`, spec);
    await rename(`${path}.tmp`, path);
  }

  /** Names of the healed specs saved beside `spec.json`, oldest first (both naming schemes). */
  async healedSpecs(name: string): Promise<string[]> {
    const entries = await readdir(this.dirOf(name));
    return entries
      .filter((file) => HEALED_SPEC_PATTERN.test(file) && file.startsWith('spec.healed'))
      .sort((a, b) => healedSpecIndex(a) - healedSpecIndex(b));
  }
}

/** A default is stored in test.json, so a variable named like a secret must say it is not one. */
function checkSecretDefaults(variables: TestConfig['variables'] | undefined): void {
  for (const [name, declared] of Object.entries(variables ?? {})) {
    if (declared.default !== undefined && declared.secret === undefined && looksSecret(name)) {
      throw new TestFolderError(
        'bad-request',
        `Variable "${name}" looks like a secret, so it cannot have a stored default.`,
        {
          hint: `Send its value with each run instead, or declare {"secret": false} if it is not secret.`,
        },
      );
    }
  }
}

function checkModel(model: string | undefined): void {
  if (model === undefined) return;
  try {
    parseModelSpec(model);
  } catch (error) {
    throw new TestFolderError('bad-request', `body.model: ${(error as Error).message}`, {
      hint: 'Use "local" or a model spec such as openai:gpt-4o-mini.',
    });
  }
}

/**
 * True when a variable's value must never be stored: declared secret, or named like one (password,
 * token, pin…) unless declared `secret: false`.
 */
export function isSecretVariable(config: Pick<TestConfig, 'variables'>, name: string): boolean {
  const declared = config.variables[name]?.secret;
  return declared ?? looksSecret(name);
}

/** Declarations for a recorded spec's variables from the test's settings (secret, non-secret default). */
export function declareVariables(spec: Spec, config: TestConfig): Spec['variables'] {
  return Object.fromEntries(
    Object.entries(spec.variables).map(([name, recorded]) => {
      const declared = config.variables[name];
      if (isSecretVariable(config, name)) return [name, { secret: true }];
      return [
        name,
        {
          ...recorded,
          ...(declared?.default !== undefined ? { default: declared.default } : {}),
          ...(declared?.description !== undefined ? { description: declared.description } : {}),
        },
      ];
    }),
  );
}
