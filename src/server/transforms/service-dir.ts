import { existsSync, renameSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { ConfigError } from '../../core/errors.ts';
import {
  DEFAULT_SETTINGS,
  isHumanEdited,
  readServiceFiles,
  serviceLayout,
  writeJsonFile,
} from '../../transform/index.ts';
import type { Example, ServiceConfig, ServiceSettings } from '../../transform/index.ts';
import type { ServerContext } from '../context.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';

/** Service names: lowercase letters, digits, `-` and `_`, starting with a letter or digit; at most 64. */
export const SERVICE_NAME_PATTERN = /^[a-z0-9][a-z0-9-_]{0,63}$/;

/** Folder under the data directory that holds one directory per service. */
export const SERVICES_FOLDER = 'services';

/** Subject id of a service's runs: one live build or run per service. */
export function serviceSubject(name: string): string {
  return `service:${name}`;
}

/** Refuses names outside {@link SERVICE_NAME_PATTERN} (which also rules out any path trickery). */
export function assertServiceName(name: string): string {
  if (!SERVICE_NAME_PATTERN.test(name)) {
    throw new BadRequestError(`"${name.slice(0, 80)}" is not a valid service name.`, {
      hint: 'Use 1–64 lowercase letters, digits, "-" or "_", starting with a letter or digit.',
    });
  }
  return name;
}

/** The directory of a service (traversal refused twice: by the name pattern and by safeJoin). */
export function serviceDir(context: ServerContext, name: string): string {
  return context.dataPath(`${SERVICES_FOLDER}/${assertServiceName(name)}`);
}

export function serviceExists(dir: string): boolean {
  return existsSync(serviceLayout(dir).examples);
}

/** The directory of an existing service; NotFoundError (404) otherwise. */
export function requireServiceDir(context: ServerContext, name: string): string {
  const dir = serviceDir(context, name);
  if (!serviceExists(dir)) {
    throw new NotFoundError(`No service named "${name}".`, {
      hint: 'List services with GET /api/v1/services, or create one with POST /api/v1/services.',
    });
  }
  return dir;
}

/** Prefix of the hidden folders a service is written in before it is renamed into place. */
const STAGING_PREFIX = '.creating-';

/**
 * Creates the service folder `dir` all at once: `write` fills a hidden staging folder beside it
 * (same parent, so the rename is atomic), which is then renamed to `dir`. On any failure the
 * staging folder is removed and `dir` is untouched; a folder already at `dir` that is not empty
 * is a ConflictError (an empty one is replaced).
 */
export async function createServiceDirAtomically(
  context: ServerContext,
  name: string,
  dir: string,
  write: (staging: string) => Promise<void>,
): Promise<void> {
  const root = context.dataPath(SERVICES_FOLDER);
  await mkdir(root, { recursive: true });
  const staging = context.dataPath(
    `${SERVICES_FOLDER}/${STAGING_PREFIX}${assertServiceName(name)}-${randomUUID()}`,
  );
  try {
    await mkdir(staging);
    await write(staging);
    try {
      await rename(staging, dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
        throw new ConflictError(`"${name}" is taken: services/${name} already exists.`, {
          hint: serviceExists(dir)
            ? `Change it with PUT /api/v1/services/${name}.`
            : `services/${name} is not a service (no examples.json): move it away, or pick another name.`,
        });
      }
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Prefix of the hidden folder a deleted service is moved to before it is removed. */
const DELETING_PREFIX = '.deleting-';

/**
 * Deletes a service's folder. The folder is first renamed out of the way, synchronously, so the
 * caller's check that no run is live still holds (no request runs in between) and no reader
 * ever sees half a service; then the moved folder is removed.
 */
export async function deleteServiceDir(context: ServerContext, name: string, dir: string): Promise<void> {
  const trash = context.dataPath(
    `${SERVICES_FOLDER}/${DELETING_PREFIX}${assertServiceName(name)}-${randomUUID()}`,
  );
  renameSync(dir, trash);
  await rm(trash, { recursive: true, force: true });
}

/** Removes staging and half-deleted folders a crash left behind (called at startup). */
export async function removeStagingDirs(context: ServerContext): Promise<void> {
  const root = context.dataPath(SERVICES_FOLDER);
  if (!existsSync(root)) return;
  for (const entry of await readdir(root)) {
    if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(DELETING_PREFIX)) {
      await rm(`${root}/${entry}`, { recursive: true, force: true });
    }
  }
}

/** Names of the services in the data directory, sorted. */
export async function listServiceNames(context: ServerContext): Promise<string[]> {
  const root = context.dataPath(SERVICES_FOLDER);
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && SERVICE_NAME_PATTERN.test(entry.name))
    .filter((entry) => serviceExists(`${root}/${entry.name}`))
    .map((entry) => entry.name)
    .sort();
}

/** What a person sees of a service: its files, read fresh from disk. */
export interface ServiceDetail {
  name: string;
  config: ServiceConfig;
  examples: Example[];
  schema: Record<string, unknown>;
  /** False when schema.json is absent and the schema shown was inferred from the examples. */
  schemaFromFile: boolean;
  transform: { source: string; humanEdited: boolean } | null;
  /** A rebuild waiting for review (transform.next.ts) and its unified diff against transform.ts. */
  pending: { source: string; diff: string | null } | null;
  /** A schema change proposed when examples contradicted schema.json. */
  proposedSchema: unknown;
  potentialInputs: number;
}

export async function readServiceDetail(name: string, dir: string): Promise<ServiceDetail> {
  const files = await readServiceFiles(dir);
  const layout = serviceLayout(dir);
  const pendingSource = await readOptional(layout.transformNext);
  const proposed = await readOptional(layout.proposedSchema);
  return {
    name,
    config: files.config,
    examples: files.examples,
    schema: files.schema,
    schemaFromFile: files.schemaFromFile,
    transform:
      files.transformSource === null
        ? null
        : { source: files.transformSource, humanEdited: isHumanEdited(files.transformSource) },
    pending:
      pendingSource === null
        ? null
        : { source: pendingSource, diff: await readOptional(layout.transformDiff) },
    proposedSchema: proposed === null ? null : parseJsonOrNull(proposed),
    potentialInputs: files.potentialInputs.length,
  };
}

/** One line of the service list. */
export interface ServiceListItem {
  name: string;
  model: string;
  locked: boolean;
  examples: number;
  built: boolean;
  humanEdited: boolean;
  reviewPending: boolean;
  schemaProposed: boolean;
}

export async function readServiceListItem(name: string, dir: string): Promise<ServiceListItem> {
  const detail = await readServiceDetail(name, dir);
  return {
    name,
    model: detail.config.model,
    locked: detail.config.settings.locked,
    examples: detail.examples.length,
    built: detail.transform !== null,
    humanEdited: detail.transform?.humanEdited ?? false,
    reviewPending: detail.pending !== null,
    schemaProposed: detail.proposedSchema !== null,
  };
}

/** List items by service directory, with the size and mtime of every file they were read from. */
const listItemCache = new Map<string, { signature: string; item: ServiceListItem }>();

/**
 * {@link readServiceListItem}, reading the files again only when one of them changed. Listing
 * re-read every service's examples and potential inputs on each request, which made
 * `GET /services` the slowest route under load (see docs/benchmarks.md); a stat per file is cheap.
 */
export async function readServiceListItemCached(name: string, dir: string): Promise<ServiceListItem> {
  const layout = serviceLayout(dir);
  const sources = [
    layout.config,
    layout.examples,
    layout.schema,
    layout.transform,
    layout.transformNext,
    layout.proposedSchema,
  ];
  const stamps = await Promise.all(
    sources.map((file) =>
      stat(file).then(
        (info) => `${info.mtimeMs}:${info.size}`,
        () => '-',
      ),
    ),
  );
  const signature = stamps.join('|');
  const cached = listItemCache.get(dir);
  if (cached?.signature === signature) return cached.item;
  const item = await readServiceListItem(name, dir);
  listItemCache.set(dir, { signature, item });
  return item;
}

/** Changes to codify.json: only the given fields change; other keys in the file are kept. */
export interface ConfigChange {
  model?: string;
  settings?: Partial<ServiceSettings>;
}

/** Writes codify.json with the change applied, keeping keys codify does not know. */
export async function updateConfigFile(name: string, dir: string, change: ConfigChange): Promise<void> {
  const layout = serviceLayout(dir);
  let raw: Record<string, unknown> = {};
  if (existsSync(layout.config)) {
    const parsed = parseJsonOrNull(await readFile(layout.config, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ConfigError(`${layout.config} must hold a JSON object.`, {
        hint: 'Fix the file by hand, then try again.',
      });
    }
    raw = parsed as Record<string, unknown>;
  }
  const settings =
    raw['settings'] && typeof raw['settings'] === 'object' && !Array.isArray(raw['settings'])
      ? (raw['settings'] as Record<string, unknown>)
      : {};
  const next: Record<string, unknown> = {
    ...raw,
    name: typeof raw['name'] === 'string' && raw['name'] ? raw['name'] : name,
    model: change.model ?? (typeof raw['model'] === 'string' ? raw['model'] : 'local'),
    settings: { ...DEFAULT_SETTINGS, ...settings, ...(change.settings ?? {}) },
  };
  await writeJsonFile(layout.config, next);
}

async function readOptional(file: string): Promise<string | null> {
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
