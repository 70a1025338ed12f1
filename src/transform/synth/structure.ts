/**
 * The shape of the output: objects are learned field by field, arrays by mapping over an input array
 * (or a split string) with one element program learned from all element pairs, optionally filtering
 * out blank elements; anything else is a primitive leaf (see leaf.ts).
 */
import { getPath, lit, type Expr } from './expr.ts';
import * as H from './helpers.ts';
import { synthLeaf, type LeafSpec } from './leaf.ts';
import { arraySources, leafSources, type Task } from './sources.ts';

/** The learned program for one output value. */
export type Node =
  | { kind: 'leaf'; expr: Expr }
  | { kind: 'object'; fields: { name: string; node: Node }[] }
  | { kind: 'map'; array: ArrayCandidate; variable: string; filter: Filter | null; body: Node }
  | { kind: 'tuple'; items: Node[] }
  | { kind: 'unsolved'; reason: string };

/** A way to get an array from the root. */
export interface ArrayCandidate {
  code: (root: string) => string;
  run: (root: unknown) => unknown[];
  cost: number;
  helpers: string[];
  describe: (root: string) => string;
  /** Base for the element variable name. */
  noun: string;
  /** Elements are always strings (split text), so copying an element needs no conversion. */
  strings: boolean;
}

/** Keeps elements for which a field (or the element) is not blank. */
export interface Filter {
  code: (variable: string) => string;
  run: (element: unknown) => boolean;
  helpers: string[];
}

type Schema = Record<string, unknown> | undefined;

function schemaTypes(schema: Schema): string[] {
  const t = schema?.['type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  const any = schema?.['anyOf'] ?? schema?.['oneOf'];
  if (Array.isArray(any)) return any.flatMap((s) => schemaTypes(s as Schema));
  return [];
}

function childSchema(schema: Schema, name: string): Schema {
  const props = schema?.['properties'];
  if (props && typeof props === 'object') return (props as Record<string, Schema>)[name];
  for (const alt of [schema?.['anyOf'], schema?.['oneOf']]) {
    if (!Array.isArray(alt)) continue;
    for (const s of alt) {
      const found = childSchema(s as Schema, name);
      if (found) return found;
    }
  }
  return undefined;
}

function itemSchema(schema: Schema): Schema {
  const items = schema?.['items'];
  return items && typeof items === 'object' && !Array.isArray(items) ? (items as Schema) : undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Variable names already used by enclosing maps, so nested lambdas never shadow. */
type Scope = Set<string>;

/** What the schema (or, without one, the outputs) says about a primitive value. */
function leafSpec(schema: Schema, outputs: unknown[]): LeafSpec {
  const types = schemaTypes(schema);
  return {
    nullable: types.length > 0 ? types.includes('null') : outputs.some((o) => o === null),
    enumerated: Array.isArray(schema?.['enum']),
    ...(Array.isArray(schema?.['enum']) &&
    (schema['enum'] as unknown[]).every((v): v is string => typeof v === 'string')
      ? { choices: schema['enum'] as string[] }
      : {}),
    ...(schema && 'default' in schema ? { defaultValue: schema['default'] } : {}),
  };
}

/** {@link leafSpec} for the value at an output path under the root schema. */
export function leafSpecAt(schema: Schema, segments: string[], outputs: unknown[]): LeafSpec {
  const at = segments.reduce<Schema>((s, name) => childSchema(s, name), schema);
  return leafSpec(at, outputs);
}

/** Learns a program for one output value of any shape. */
export function synthNode(
  task: Task,
  outputs: unknown[],
  schema: Schema,
  scope: Scope = new Set(['input']),
): Node {
  if (outputs.length > 0 && outputs.every(isPlainObject)) {
    const names: string[] = [];
    for (const out of outputs) for (const k of Object.keys(out)) if (!names.includes(k)) names.push(k);
    return {
      kind: 'object',
      fields: names.map((name) => ({
        name,
        node: synthNode(
          task,
          outputs.map((o) => (o as Record<string, unknown>)[name] ?? null),
          childSchema(schema, name),
          scope,
        ),
      })),
    };
  }
  if (outputs.length > 0 && outputs.every(Array.isArray)) return synthArray(task, outputs, schema, scope);
  if (outputs.some((o) => o !== null && typeof o === 'object')) {
    return { kind: 'unsolved', reason: 'outputs mix objects or arrays with plain values' };
  }
  const spec = leafSpec(schema, outputs);
  const result = synthLeaf(task, outputs, spec);
  if (!('expr' in result)) return { kind: 'unsolved', reason: result.reason };
  return { kind: 'leaf', expr: narrowedToEnum(result.expr, schema) };
}

/**
 * A text read from the input ("EUR" cut from "EUR 12.50", a currency code) has type `string`, which
 * does not type-check where the schema lists the allowed strings (an enum): the generated code says
 * it is one of them, and the schema check of every output still refuses any other value at run time.
 */
function narrowedToEnum(expr: Expr, schema: Schema): Expr {
  const allowed = schema?.['enum'];
  if (!Array.isArray(allowed) || allowed.length === 0 || !allowed.every((v) => typeof v === 'string'))
    return expr;
  const union = allowed.map((v) => JSON.stringify(v)).join(' | ');
  return { ...expr, code: (root) => `(${expr.code(root)}) as ${union}` };
}

function singular(noun: string): string {
  const base = noun.replace(/[^A-Za-z0-9]/g, '') || 'item';
  if (/ies$/i.test(base)) return base.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/i.test(base)) return base.slice(0, -2);
  if (/[^s]s$/i.test(base)) return base.slice(0, -1);
  return /^\d/.test(base) ? 'item' : `${base}Item`;
}

function pickVariable(noun: string, scope: Scope): string {
  const base = singular(noun).replace(/^./, (c) => c.toLowerCase());
  let name = base;
  for (let i = 2; scope.has(name); i++) name = `${base}${i}`;
  return name;
}

/** Arrays available in the roots: input arrays, and strings split on a delimiter. */
function arrayCandidates(task: Task): ArrayCandidate[] {
  const list: ArrayCandidate[] = [];
  for (const source of arraySources(task)) {
    const last = source.path[source.path.length - 1];
    list.push({
      code: (root) => `(${source.expr.code(root)} ?? [])`,
      run: (root) => {
        const v = source.expr.run(root);
        return Array.isArray(v) ? v : [];
      },
      cost: source.expr.cost,
      helpers: source.expr.helpers,
      describe: source.expr.describe,
      noun: typeof last === 'string' ? last : 'item',
      strings: false,
    });
  }
  for (const source of leafSources(task)) {
    if (!source.values.every((v) => typeof v === 'string' || v === null || v === undefined)) continue;
    const texts = source.values.map((v) => H.text(v));
    for (const d of [',', ';', '|', '/', '\n', ' ']) {
      if (!texts.some((t) => t.includes(d))) continue;
      const split = (v: unknown): string[] =>
        H.text(v)
          .split(d)
          .map((part) => part.trim())
          .filter(Boolean);
      list.push({
        code: (root) =>
          `text(${source.expr.code(root)}).split(${lit(d)}).map((part) => part.trim()).filter(Boolean)`,
        run: (root) => split(source.expr.run(root)),
        cost: source.expr.cost + 1 + (d === ' ' ? 0.5 : 0),
        helpers: [...source.expr.helpers, 'text'],
        describe: (root) => `${source.expr.describe(root)} split on ${JSON.stringify(d)}`,
        noun:
          typeof source.path[source.path.length - 1] === 'string'
            ? String(source.path[source.path.length - 1])
            : 'part',
        strings: true,
      });
    }
  }
  list.push(...numberedColumns(task));
  return list;
}

/**
 * Columns of one kind numbered 1, 2, 3 under the same parent ("phone_1", "phone_2"; "tag1",
 * "tag2"): one list spread over a row, gathered back in their numbers' order.
 */
function numberedColumns(task: Task): ArrayCandidate[] {
  const groups = new Map<string, { n: number; source: ReturnType<typeof leafSources>[number] }[]>();
  for (const source of leafSources(task)) {
    const last = source.path[source.path.length - 1];
    if (typeof last !== 'string') continue;
    const m = /^(.*?\p{L})[\s_-]?(\d{1,2})$/u.exec(last);
    if (!m) continue;
    const stem = `${JSON.stringify(source.path.slice(0, -1))}/${(m[1] ?? '').toLowerCase()}`;
    const group = groups.get(stem) ?? [];
    group.push({ n: Number(m[2]), source });
    groups.set(stem, group);
  }
  const list: ArrayCandidate[] = [];
  for (const [stem, group] of groups) {
    if (group.length < 2) continue;
    const sorted = group.sort((a, b) => a.n - b.n).map((g) => g.source);
    list.push({
      code: (root) => `[${sorted.map((s) => s.expr.code(root)).join(', ')}]`,
      run: (root) => sorted.map((s) => s.expr.run(root)),
      cost: 1.5 + sorted.reduce((sum, s) => sum + s.expr.cost, 0) / sorted.length,
      helpers: sorted.flatMap((s) => s.expr.helpers),
      describe: (root) => `[${sorted.map((s) => s.expr.describe(root)).join(', ')}]`,
      noun: stem.slice(stem.lastIndexOf('/') + 1).replace(/[^\p{L}]+$/u, '') || 'item',
      strings: false,
    });
  }
  return list;
}

/** Filters worth trying on an array's elements: none, element not blank, a field not blank or yes-like. */
function filters(elements: unknown[]): (Filter | null)[] {
  const list: (Filter | null)[] = [null];
  list.push({ code: (v) => `!isBlank(${v})`, run: (e) => !H.isBlank(e), helpers: ['isBlank'] });
  const fields = new Set<string>();
  for (const e of elements) if (isPlainObject(e)) for (const k of Object.keys(e)) fields.add(k);
  for (const field of fields) {
    const access = (v: string): string =>
      /^[A-Za-z_$][\w$]*$/.test(field) ? `${v}.${field}` : `${v}[${lit(field)}]`;
    list.push({
      code: (v) => `!isBlank(${access(v)})`,
      run: (e) => !H.isBlank(getPath(e, [field])),
      helpers: ['isBlank'],
    });
    if (elements.some((e) => typeof getPath(e, [field]) === 'boolean')) {
      list.push({
        code: (v) => `${access(v)} === true`,
        run: (e) => getPath(e, [field]) === true,
        helpers: [],
      });
    }
  }
  return list;
}

function unsolvedCount(node: Node): number {
  switch (node.kind) {
    case 'leaf':
      return 0;
    case 'unsolved':
      return 1;
    case 'object':
      return node.fields.reduce((n, f) => n + unsolvedCount(f.node), 0);
    case 'tuple':
      return node.items.reduce((n, item) => n + unsolvedCount(item), 0);
    case 'map':
      return unsolvedCount(node.body);
  }
}

function synthArray(task: Task, outputs: unknown[], schema: Schema, scope: Scope): Node {
  const outArrays = outputs as unknown[][];
  if (outArrays.every((a) => a.length === 0)) {
    return {
      kind: 'leaf',
      expr: { code: () => '[]', run: () => [], cost: 5, helpers: [], describe: () => '[]' },
    };
  }
  let best: Node | null = null;
  let bestUnsolved = Number.POSITIVE_INFINITY;
  const candidates = arrayCandidates(task).sort((a, b) => a.cost - b.cost);
  for (const candidate of candidates) {
    if (Date.now() > task.deadline) break;
    const arrays = task.roots.map((root) => candidate.run(root));
    for (const filter of filters(arrays.flat())) {
      const kept = arrays.map((a) => (filter ? a.filter((e) => filter.run(e)) : a));
      if (!kept.every((a, i) => a.length === outArrays[i]?.length)) continue;
      const variable = pickVariable(candidate.noun, scope);
      const extra = task.extraRoots.flatMap((root) => {
        const a = candidate.run(root);
        return filter ? a.filter((e) => filter.run(e)) : a;
      });
      const elementTask: Task = {
        roots: kept.flat(),
        extraRoots: extra,
        deadline: task.deadline,
        rootName: variable,
        ...(task.tables ? { tables: task.tables } : {}),
      };
      const body = synthNode(
        elementTask,
        outArrays.flat(),
        itemSchema(schema),
        new Set([...scope, variable]),
      );
      const missing = unsolvedCount(body);
      if (missing < bestUnsolved) {
        best = { kind: 'map', array: candidate, variable, filter, body };
        bestUnsolved = missing;
      }
      if (missing === 0) return best as Node;
    }
  }
  const length = outArrays[0]?.length ?? 0;
  if (length > 0 && length <= 6 && outArrays.every((a) => a.length === length)) {
    const items = [...Array(length).keys()].map((i) =>
      synthNode(
        task,
        outArrays.map((a) => a[i]),
        itemSchema(schema),
        scope,
      ),
    );
    const tuple: Node = { kind: 'tuple', items };
    const missing = unsolvedCount(tuple);
    if (missing < bestUnsolved) return tuple;
  }
  if (best) return best;
  if (Date.now() >= task.deadline)
    return { kind: 'unsolved', reason: 'time ran out before this list was learned' };
  return { kind: 'unsolved', reason: 'no input array or split text lines up with the output array' };
}
