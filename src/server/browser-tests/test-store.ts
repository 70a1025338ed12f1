import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseModelSpec } from '../../core/models/index.ts';
import { loadSpec, looksSecret, saveSpec, serializeSpec, type Spec } from '../../browser/spec.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { safeJoin } from '../safe-path.ts';

/** Test names: lowercase, digits, `-` and `_`; they are directory names under `browser-tests/`. */
export const TEST_NAME_PATTERN = /^[a-z0-9][a-z0-9-_]{0,63}$/;

/** Variable names as the spec and planners use them. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export const TestNameSchema = z
  .string()
  .regex(
    TEST_NAME_PATTERN,
    'must be 1–64 characters of a-z, 0-9, "-" or "_", starting with a letter or digit',
  );

export const TestVariableSchema = z
  .object({
    secret: z
      .boolean()
      .optional()
      .describe('The value is never stored: it must be sent with every run. Names like password imply it.'),
    default: z
      .string()
      .max(10_000)
      .optional()
      .describe('Non-secret default value, used when a run sends none.'),
    description: z.string().max(1_000).optional(),
  })
  .strict()
  .refine((v) => !(v.secret && v.default !== undefined), {
    message: 'a secret variable cannot have a default (secret values are never stored)',
  });

export const TestLimitsSchema = z
  .object({
    maxSteps: z.number().int().min(1).max(200).optional(),
    maxActions: z.number().int().min(1).max(500).optional(),
    maxPageViews: z.number().int().min(1).max(1_000).optional(),
    maxAttemptsPerStep: z.number().int().min(1).max(20).optional(),
    maxWallMs: z.number().int().min(1_000).max(3_600_000).optional(),
  })
  .strict();

export const ViewportSchema = z
  .object({ width: z.number().int().min(200).max(4_000), height: z.number().int().min(200).max(4_000) })
  .strict();

const ModelSpecSchema = z
  .string()
  .min(1)
  .max(200)
  .describe('Planner: "local" (the embedded heuristic planner) or a model spec such as openai:gpt-4o-mini.');

const UrlSchema = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

/** Fields a client may set when creating or updating a test. */
export const TestSettingsSchema = z
  .object({
    url: UrlSchema.describe('Where the test starts.'),
    goal: z.string().min(1).max(4_000).describe('What to achieve, in plain words.'),
    variables: z
      .record(z.string().regex(VARIABLE_NAME, 'variable names are identifiers'), TestVariableSchema)
      .optional(),
    limits: TestLimitsSchema.optional(),
    viewport: ViewportSchema.optional(),
    model: ModelSpecSchema.optional(),
  })
  .strict();

export const CreateTestBody = TestSettingsSchema.extend({ name: TestNameSchema }).strict();
export const UpdateTestBody = TestSettingsSchema.partial().strict();

/** What `test.json` holds. Never any secret value. */
export const TestConfigSchema = TestSettingsSchema.extend({
  name: TestNameSchema,
  variables: z.record(z.string(), TestVariableSchema),
  /** Upload files: name (as the planner sees it) → path relative to the test directory. */
  files: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).strict();

export type TestConfig = z.infer<typeof TestConfigSchema>;
export type CreateTestInput = z.infer<typeof CreateTestBody>;
export type UpdateTestInput = z.infer<typeof UpdateTestBody>;

const CONFIG_FILE = 'test.json';
const SPEC_FILE = 'spec.json';

/**
 * Browser tests as files under `<dataDir>/browser-tests/<name>/`: `test.json` (settings),
 * `spec.json` once recorded, `spec.healed*.json` + `.diff` from healing replays, `files/` for
 * uploads. The files are the source of truth; every path goes through {@link safeJoin}.
 */
export class BrowserTestStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = safeJoin(dataDir, 'browser-tests');
  }

  /** The test's directory. BadRequestError for an invalid name (it is never joined unchecked). */
  dirOf(name: string): string {
    if (!TEST_NAME_PATTERN.test(name)) {
      throw new BadRequestError(`"${name}" is not a valid test name.`, {
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
        throw new ConflictError(`Browser test "${input.name}" already exists.`, {
          hint: `Change it with PUT /api/v1/browser-tests/${input.name}, or pick another name.`,
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
        throw new NotFoundError(`No browser test named "${name}".`, {
          hint: 'Create it with POST /api/v1/browser-tests; GET /api/v1/browser-tests lists the tests.',
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

  /** Names of the healed specs saved beside `spec.json`, oldest first. */
  async healedSpecs(name: string): Promise<string[]> {
    const entries = await readdir(this.dirOf(name));
    return entries
      .filter((file) => /^spec\.healed(-\d+)?\.json$/.test(file))
      .sort((a, b) => healedIndex(a) - healedIndex(b));
  }

  /**
   * Saves a healed spec as `spec.healed.json` (then `spec.healed-2.json`, …) with its diff beside it
   * (`.diff`); never overwrites anything. Returns the two file names.
   */
  async saveHealed(name: string, spec: Spec, diff: string): Promise<{ spec: string; diff: string }> {
    for (let n = 1; n < 10_000; n++) {
      const stem = `spec.healed${n === 1 ? '' : `-${n}`}`;
      const specFile = `${stem}.json`;
      try {
        // `wx`: fail rather than overwrite, even if two replays finish at once.
        await saveSpecExclusive(this.pathIn(name, specFile), spec);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      await writeFile(this.pathIn(name, `${stem}.diff`), diff);
      return { spec: specFile, diff: `${stem}.diff` };
    }
    throw new ConflictError(`Too many healed specs for "${name}".`, {
      hint: 'Review them and delete the ones you do not need.',
    });
  }
}

async function saveSpecExclusive(path: string, spec: Spec): Promise<void> {
  await writeFile(path, serializeSpec(spec), { flag: 'wx' });
}

function healedIndex(file: string): number {
  const match = /-(\d+)\.json$/.exec(file);
  return match ? Number(match[1]) : 1;
}

/** A default is stored in test.json, so a variable named like a secret must say it is not one. */
function checkSecretDefaults(variables: TestConfig['variables'] | undefined): void {
  for (const [name, declared] of Object.entries(variables ?? {})) {
    if (declared.default !== undefined && declared.secret === undefined && looksSecret(name)) {
      throw new BadRequestError(
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
    throw new BadRequestError(`body.model: ${(error as Error).message}`, {
      hint: 'Use "local" or a model spec such as openai:gpt-4o-mini.',
    });
  }
}
