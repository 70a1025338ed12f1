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
        parsed: code === null || parses(code, name),
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
