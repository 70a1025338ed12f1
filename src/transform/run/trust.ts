/**
 * What a run may believe. A record goes to the output only when the code's answer is settled by the
 * examples: the input has the keys and types the examples had (else error kind `input`), its shape
 * was covered by the examples (no field empty that never was, no kind of character never seen), and
 * the rival programs that fit the examples as well as the code agree with it (else kind `review`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { codeFingerprint, parseTransformFile } from '../service/header.ts';
import { serviceLayout } from '../service/layout.ts';
import type { Example } from '../service/types.ts';

/** One top-level input key, as the examples showed it. */
export interface KeyProfile {
  key: string;
  /** Every example input had it (not undefined or null). */
  required: boolean;
  /** JSON types seen (`string`, `number`, `boolean`, `object`, `array`). */
  types: string[];
  /** Some example had it blank (empty or only whitespace). */
  everBlank: boolean;
  /** Character classes seen in its text: `L` letters, `D` digits, `S` spaces, else the character. */
  classes: string[];
  /**
   * The code takes the value apart (passes it to a function, calls a method on it, keeps it in a
   * variable) rather than copying it: only then can an unseen shape change what it means.
   */
  parsed: boolean;
  /**
   * The code looks the value up in a table learned from the examples (`lookup({…}, input.status,
   * fallback)`): the example values, trimmed and lower-cased. Any other value gets the fallback, a guess.
   */
  tableKeys?: string[];
  /**
   * Delimiter → fewest and most pieces the examples' values had, for each delimiter the code cuts
   * this value at ("the 4th word", "after the comma") and every example had the same count of: a
   * record with another count has a structure no example showed ("Newcastle upon Tyne NE1 7RU"
   * where every city was one word).
   */
  pieces?: Record<string, [number, number]>;
}

/** The Input contract the examples imply, limited to the keys the code reads. */
export interface InputProfile {
  keys: KeyProfile[];
}

/** Character class of one character, as used by {@link InputProfile}. */
export function classOf(ch: string): string {
  // ASCII by its code, without the Unicode regexes: this runs for every character of every
  // record's parsed fields, and the regexes cost more than the rest of the run's host work.
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) {
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'L';
    if (code >= 0x30 && code <= 0x39) return 'D';
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return 'S';
    return ch;
  }
  if (/\p{L}/u.test(ch)) return 'L';
  if (/\p{N}/u.test(ch)) return 'D';
  if (/\s/u.test(ch)) return 'S';
  return ch;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const WORD = (name: string) =>
  new RegExp(`(^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w$])`);

/**
 * Profiles the top-level keys of the example inputs. With `code`, only keys the code names are kept
 * (a key it never reads cannot change its answer).
 */
export function profileInputs(examples: readonly Example[], code: string | null): InputProfile {
  const objects = examples
    .map((example) => example.input)
    .filter((input): input is Record<string, unknown> => isObject(input));
  if (objects.length === 0 || objects.length < examples.length) return { keys: [] };
  const names = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const keys = names
    .filter((name) => code === null || WORD(name).test(code))
    .map((name): KeyProfile => {
      const values = objects.map((o) => o[name]);
      const present = values.filter((v) => v !== undefined && v !== null);
      const texts = present.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
      return {
        key: name,
        required: present.length === objects.length,
        types: [...new Set(present.map(jsonType))].sort(),
        everBlank: values.some(isBlank),
        classes: [...new Set(texts.flatMap((t) => [...t].map(classOf)))].sort(),
        parsed: code === null || parses(code, name) || looksUp(code, name),
        ...piecesOf(code, name, texts),
        ...(code !== null && looksUp(code, name)
          ? { tableKeys: [...new Set(texts.map((t) => t.trim().toLowerCase()))] }
          : {}),
      };
    });
  return { keys };
}

/** Whether the code does more with `input.<key>` than copy it (see {@link KeyProfile.parsed}). */
function parses(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const access = `input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`;
  return [
    // An argument (parseNumber(input.took), token(input.name, ' ', 1)), but not a plain conversion
    // to text (text(input.name), String(input.id)) unless a method then takes the text apart.
    `(?<!\\b(?:text|String))\\(\\s*(?:${access})`,
    `\\b(?:text|String)\\(\\s*(?:${access})\\s*\\)\\s*(?:\\?\\.|\\.)\\s*[A-Za-z_$][\\w$]*\\s*\\(`,
    `(?:${access})\\s*(?:\\?\\.|\\.)\\s*[A-Za-z_$][\\w$]*\\s*\\(`, // a method: input.name.split(' ')
    `=\\s*(?:${access})`, // kept in a variable, used who knows how
    `\\{[^}]*\\b${k}\\b[^}]*\\}\\s*=\\s*input\\b`, // destructured
  ].some((pattern) => new RegExp(pattern).test(code));
}

/** How many pieces a text has when cut at a delimiter (words for a space, as `token` counts them). */
function pieceCount(text: string, delimiter: string): number {
  return delimiter === ' ' ? text.trim().split(/\s+/).length : text.split(delimiter).length;
}

/**
 * The delimiters the code cuts text at: the second argument of the generated helpers `token`,
 * `after` and `beforeLast`, and of `.split`, when it is a one-character string literal.
 */
function cutDelimiters(code: string, key: string): Set<string> {
  const found = new Set<string>();
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reads = new RegExp(`input(?:\\?\\.|\\.)${k}\\b|input\\??\\.?\\[['"]${k}['"]\\]`);
  for (const call of code.matchAll(/\b(?:token|after|beforeLast)\(|\.split\(/g)) {
    let depth = 0;
    let at = (call.index ?? 0) + call[0].length;
    if (call[0] === '.split(') {
      // What is split: the text just before, back to the start of its statement.
      const before =
        code
          .slice(Math.max(0, (call.index ?? 0) - 80), call.index)
          .split(/[;{}]/)
          .pop() ?? '';
      const literal = /^'((?:\\.|[^'\\])*)'\)/.exec(code.slice(at));
      if (literal && reads.test(before)) found.add(unquote(literal[1] ?? ''));
      continue;
    }
    const start = at;
    // Skip the first argument (balanced brackets, strings), then read the literal after its comma.
    for (; at < code.length; at++) {
      const ch = code[at];
      if (ch === "'" || ch === '"' || ch === '`') {
        for (at++; at < code.length && code[at] !== ch; at++) if (code[at] === '\\') at++;
      } else if (ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth-- === 0) break;
      } else if (ch === ',' && depth === 0) {
        const literal = /^\s*'((?:\\.|[^'\\])*)'/.exec(code.slice(at + 1));
        if (literal && reads.test(code.slice(start, at))) found.add(unquote(literal[1] ?? ''));
        break;
      }
    }
  }
  return found;
}

function unquote(body: string): string {
  try {
    return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  } catch {
    return body;
  }
}

/** The piece-count ranges of {@link KeyProfile.pieces}, for the delimiters the code cuts at. */
function piecesOf(
  code: string | null,
  key: string,
  texts: string[],
): { pieces?: Record<string, [number, number]> } {
  if (code === null || texts.length === 0) return {};
  const pieces: Record<string, [number, number]> = {};
  for (const d of cutDelimiters(code, key)) {
    if (d.length !== 1 || !texts.some((t) => t.includes(d))) continue;
    const counts = texts.map((t) => pieceCount(t, d));
    // Only where every example had the same number: a program that fit examples of different
    // counts has shown it reads positions robustly ("Fort Worth" and "Reno" before ", TX 76102").
    if (counts.some((c) => c !== counts[0])) continue;
    pieces[d] = [Math.min(...counts), Math.max(...counts)];
  }
  return Object.keys(pieces).length > 0 ? { pieces } : {};
}

/** Whether the code passes `input.<key>` to a lookup table learned from the examples. */
function looksUp(code: string, key: string): boolean {
  const k = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\blookup(?:<[^>]*>)?\\(\\{[^}]*\\},\\s*input(?:\\?\\.|\\.)${k}\\b`).test(code);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A key whose name differs from the wanted one only in case or separators (`Address`, `zip_code`). */
function lookalike(record: Record<string, unknown>, wanted: string): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  return Object.keys(record).find((k) => k !== wanted && norm(k) === norm(wanted));
}

/**
 * Why this record breaks the Input contract (a required key missing, a value of another type), or
 * null. A number written as text (CSV) passes where the examples had numbers.
 */
export function inputContractProblem(profile: InputProfile, input: unknown): string | null {
  if (!isObject(input)) return null; // Non-objects are the readers' guard's business.
  for (const k of profile.keys) {
    const value = input[k.key];
    if (value === undefined || value === null) {
      if (!k.required) continue;
      const near = lookalike(input, k.key);
      return near
        ? `the record has no "${k.key}" (it has "${near}"; the examples' inputs use "${k.key}")`
        : `the record has no "${k.key}", which every example's input had`;
    }
    const type = jsonType(value);
    if (k.types.length === 0 || k.types.includes(type)) continue;
    if (type === 'string' && k.types.includes('number') && /^\s*-?\d+(\.\d+)?\s*$/.test(value as string))
      continue;
    if (type === 'number' && k.types.includes('string')) continue;
    return `"${k.key}" is ${type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`}; the examples had ${k.types.join(' or ')}`;
  }
  return null;
}

/**
 * Why the examples never covered this record's shape (a field blank that never was, a kind of
 * character no example had in that field), or null.
 */
export function uncoveredShape(profile: InputProfile, input: unknown): string | null {
  if (!isObject(input)) return null;
  for (const k of profile.keys) {
    if (!k.parsed) continue;
    const value = input[k.key];
    if (isBlank(value)) {
      if (!k.everBlank && k.required) return `"${k.key}" is empty, and it never was in the examples`;
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (k.tableKeys && !k.tableKeys.includes(String(value).trim().toLowerCase()))
      return `"${k.key}" is ${JSON.stringify(value)}, which no example had (the code's table has no entry for it)`;
    for (const [d, [fewest, most]] of Object.entries(k.pieces ?? {})) {
      const count = pieceCount(String(value), d);
      if (count >= fewest && count <= most) continue;
      const what = d === ' ' ? 'words' : `pieces between "${d}"`;
      const had = fewest === most ? `${fewest}` : `${fewest} to ${most}`;
      return `"${k.key}" has ${count} ${what}; the examples' had ${had}`;
    }
    const fresh: string[] = [];
    for (const ch of String(value)) {
      const c = classOf(ch);
      if (!k.classes.includes(c) && !fresh.includes(c)) fresh.push(c);
    }
    if (fresh.length > 0) {
      const named = fresh.map((c) =>
        c === 'L' ? 'letters' : c === 'D' ? 'digits' : c === 'S' ? 'spaces' : `"${c}"`,
      );
      return `"${k.key}" has ${named.join(', ')}, which no example's "${k.key}" had`;
    }
  }
  return null;
}

/**
 * The required key every record of a sample lacks, when one does: a renamed column or field (a CSV
 * header `Address` for `address`) that would otherwise empty every output. Null when the sample is
 * empty or no such key.
 */
export function missingEverywhere(profile: InputProfile, sample: readonly unknown[]): string | null {
  const objects = sample.filter(isObject);
  if (objects.length === 0) return null;
  for (const k of profile.keys) {
    if (!k.required) continue;
    if (objects.every((o) => o[k.key] === undefined || o[k.key] === null)) {
      const near = objects[0] ? lookalike(objects[0], k.key) : undefined;
      return `every record lacks "${k.key}", which every example's input has${near ? ` (the input has "${near}": rename it, or fix the examples)` : ''}`;
    }
  }
  return null;
}

/** Rival programs stored beside transform.ts by a build of the local engine. */
export interface RivalsFile {
  /** Code fingerprint of the transform.ts they accompany; stale rivals are never used. */
  codeHash: string;
  /** Field → numbers closer than this are the same answer. */
  tolerance: Record<string, number>;
  /** Field → descriptions of the chosen program and its rivals. */
  programs: Record<string, string[]>;
}

/** The rivals module for the current transform.ts, or null (none, stale, or a person's code). */
export async function loadRivals(
  dir: string,
  transformSource: string | null,
): Promise<{ source: string; meta: RivalsFile } | null> {
  const layout = serviceLayout(dir);
  if (!transformSource || !existsSync(layout.rivals) || !existsSync(layout.rivalsMeta)) return null;
  try {
    const meta = JSON.parse(await readFile(layout.rivalsMeta, 'utf8')) as RivalsFile;
    const { moduleText } = parseTransformFile(transformSource);
    if (meta.codeHash !== codeFingerprint(moduleText)) return null;
    return { source: await readFile(layout.rivals, 'utf8'), meta };
  } catch {
    return null;
  }
}

/** Field path → value in an output object (`address.city`). */
function at(output: unknown, field: string): unknown {
  if (field === '$') return output;
  return field.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), output);
}

function same(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields on which the rivals disagree with the code's output, with the competing answers (the
 * code's first). A rival that threw (undefined) has no opinion.
 */
export function competingOutputs(
  output: unknown,
  rivals: Record<string, unknown[]>,
  meta: RivalsFile,
): Record<string, unknown[]> {
  const competing: Record<string, unknown[]> = {};
  for (const [field, values] of Object.entries(rivals)) {
    const mine = at(output, field);
    const answers: unknown[] = [mine];
    for (const value of values) {
      if (value === undefined) continue;
      if (!answers.some((a) => same(a, value, meta.tolerance[field] ?? 0))) answers.push(value);
    }
    if (answers.length > 1) competing[field] = answers;
  }
  return competing;
}

/**
 * A check on one output field the examples' labels imply beyond the schema (issue 11 §2): every
 * label was all digits, of one length, never empty, without letters or digits, a whole number, not
 * negative. Until a person accepts it into schema.json (proposed by the build as a schema revision),
 * a record breaking it goes to review, not to the output.
 */
export interface OutputCheck {
  /** Output path, `$` for a primitive output, else `zip` or `address.zip`. */
  field: string;
  kind: 'non-empty' | 'digits' | 'length' | 'no-digits' | 'no-letters' | 'integer' | 'non-negative';
  /** For `length`: the one length every label had. */
  length?: number;
  /** What the labels showed, for review messages. */
  describe: string;
}

/** Fewest labels that count as evidence for a check: two could agree by chance. */
export const OUTPUT_CHECK_EVIDENCE = 3;

/** Primitive leaves of the output objects: path → values (undefined where a label lacks it). */
function leaves(outputs: readonly unknown[]): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const walk = (values: readonly unknown[], path: string): void => {
    const objects = values.filter(isObject);
    if (objects.length === values.length && objects.length > 0) {
      const names = [...new Set(objects.flatMap((o) => Object.keys(o)))];
      for (const name of names)
        walk(
          objects.map((o) => o[name]),
          path === '$' ? name : `${path}.${name}`,
        );
      return;
    }
    found.set(path, [...values]);
  };
  walk(outputs, '$');
  return found;
}

/** Schema node at a field path (through `properties` only), or undefined. */
function schemaAt(
  schema: Record<string, unknown> | undefined,
  field: string,
): Record<string, unknown> | undefined {
  if (field === '$') return schema;
  let node: unknown = schema;
  for (const name of field.split('.')) {
    const properties = isObject(node) ? node['properties'] : undefined;
    node = isObject(properties) ? properties[name] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/**
 * The output checks the example labels support and the schema does not already make: a string field
 * whose every label (at least {@link OUTPUT_CHECK_EVIDENCE} of them) was non-empty, all digits, a
 * code of one length (2–20 characters, no lower case or spaces), free of digits or of letters; a number field whose every label was a
 * whole number, or not negative.
 */
export function inferOutputChecks(
  examples: readonly Example[],
  schema?: Record<string, unknown>,
): OutputCheck[] {
  const checks: OutputCheck[] = [];
  for (const [field, values] of leaves(examples.map((e) => e.output))) {
    if (values.length < OUTPUT_CHECK_EVIDENCE || values.some((v) => v === undefined || v === null)) continue;
    const node = schemaAt(schema, field) ?? {};
    const has = (keyword: string) => node[keyword] !== undefined || Array.isArray(node['enum']);
    if (values.every((v) => typeof v === 'string')) {
      const texts = values as string[];
      // Any minLength the schema states, 0 included, is the user's word on empty values.
      if (texts.every((t) => t.trim() !== '') && node['minLength'] === undefined && !has('pattern'))
        checks.push({ field, kind: 'non-empty', describe: 'every example had a value' });
      if (has('pattern')) continue;
      if (texts.every((t) => /^\d+$/.test(t)))
        checks.push({ field, kind: 'digits', describe: 'every example was all digits' });
      else if (texts.every((t) => !/\p{N}/u.test(t)))
        checks.push({ field, kind: 'no-digits', describe: 'no example had digits' });
      if (texts.every((t) => !/\p{L}/u.test(t)) && !texts.every((t) => /^\d+$/.test(t)))
        checks.push({ field, kind: 'no-letters', describe: 'no example had letters' });
      const lengths = new Set(texts.map((t) => [...t].length));
      const length = [...(texts[0] ?? '')].length;
      // Codes only (no lower-case letters, no spaces: "TX", "62701", "2024-03-05"): three city names
      // of six letters each are not a rule.
      const codes = texts.every((t) => !/[\p{Ll}\s]/u.test(t));
      if (codes && lengths.size === 1 && length >= 2 && length <= 20 && !has('maxLength'))
        checks.push({
          field,
          kind: 'length',
          length,
          describe: `every example was ${length} characters long`,
        });
    } else if (values.every((v) => typeof v === 'number')) {
      const numbers = values as number[];
      if (numbers.every(Number.isInteger) && node['type'] !== 'integer' && !has('multipleOf'))
        checks.push({ field, kind: 'integer', describe: 'every example was a whole number' });
      if (
        numbers.every((n) => n >= 0) &&
        numbers.some((n) => n > 0) &&
        !has('minimum') &&
        !has('exclusiveMinimum')
      )
        checks.push({ field, kind: 'non-negative', describe: 'no example was negative' });
    }
  }
  return checks;
}

/** Whether one value passes one check (a value that is not of the check's type is the schema's business). */
function passes(check: OutputCheck, value: unknown): boolean {
  if (typeof value === 'string') {
    switch (check.kind) {
      case 'non-empty':
        return value.trim() !== '';
      case 'digits':
        return /^\d+$/.test(value);
      case 'no-digits':
        return !/\p{N}/u.test(value);
      case 'no-letters':
        return !/\p{L}/u.test(value);
      case 'length':
        return [...value].length === check.length;
      default:
        return true;
    }
  }
  if (typeof value === 'number') {
    if (check.kind === 'integer') return Number.isInteger(value);
    if (check.kind === 'non-negative') return value >= 0;
  }
  return value !== undefined || check.kind !== 'non-empty';
}

/** Primitive values of the input, its top level and one level down. */
function inputValues(input: unknown): Set<unknown> {
  const found = new Set<unknown>();
  const add = (value: unknown, depth: number): void => {
    if (typeof value === 'string' || typeof value === 'number') found.add(value);
    else if (depth < 2 && isObject(value)) for (const v of Object.values(value)) add(v, depth + 1);
  };
  add(input, 0);
  return found;
}

/**
 * Why this output breaks a check the examples imply (see {@link inferOutputChecks}), or null:
 * `zip is "Wilkes", but every example was all digits`. With `input`, a value copied unchanged from
 * an input field passes: what it may look like is the input contract's business, and a copy cannot
 * have been cut from the wrong place.
 */
export function outputCheckProblem(
  checks: readonly OutputCheck[],
  output: unknown,
  input?: unknown,
): string | null {
  let copied: Set<unknown> | undefined;
  for (const check of checks) {
    const value = at(output, check.field);
    if (passes(check, value)) continue;
    copied ??= input === undefined ? new Set() : inputValues(input);
    if (value !== '' && copied.has(value)) continue;
    const name = check.field === '$' ? 'the output' : check.field;
    return `${name} is ${JSON.stringify(value) ?? 'missing'}, but ${check.describe}`;
  }
  return null;
}
