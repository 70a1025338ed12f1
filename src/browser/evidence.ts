import type { Page } from 'playwright-core';
import { checkAssertion, type StepInputs } from './executor.ts';
import { contentWords, readGoal, relatedWords, type GoalPart } from './goal/read-goal.ts';
import { locatorForElement } from './locators.ts';
import { isTextField, type Observation, type ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';
import { describeCondition, type Assertion } from './spec.ts';
import { escapeRegExp } from './text-match.ts';

/**
 * The done check. It never trusts the proposer: it re-reads the goal, looks at the page as it is
 * now, derives assertions from what the goal names or implies (the added item is listed, the deleted
 * one is gone, the ticked box is checked, the login form is gone, the link's page is open…), runs
 * them, and says which parts of the goal it could not confirm.
 */

/** The three verdicts a run can end with. */
export type Outcome = 'passed' | 'unverified' | 'failed';

export interface Judgement {
  /** `not-done`: something on the page says the goal is not reached (see `problems`). */
  outcome: 'passed' | 'unverified' | 'not-done';
  /** Goal-derived assertions that hold now. */
  assertions: Assertion[];
  /** What each confirmed part was confirmed by, in words. */
  confirmed: string[];
  /** Parts of the goal with no evidence on the page. */
  unconfirmed: string[];
  /** Why the goal is not reached (an error shown, a login form still there, an assertion that fails). */
  problems: string[];
}

export interface JudgeInput {
  page: Page;
  goal: string;
  /** The page when the run started. */
  start: Observation;
  /** The page now (observed for this check). */
  now: Observation;
  history: readonly HistoryEntry[];
  inputs: StepInputs;
  /** Whether some observation during the run differed from the start. */
  changedOnTheWay?: boolean;
  /** Assertions the planner proposed: kept only when they name something the goal names. */
  proposed?: Assertion[];
}

/** Messages that report a failure (used to refuse a "done" while one is shown). */
export const ERROR_WORDS =
  /\b(error|invalid|failed|failure|required|incorrect|wrong|denied|not allowed|cannot|can't|must|missing|try again|unable|no results?|nothing found|not found)\b/i;

const HOLD_MS = 1_500;

export async function judge(input: JudgeInput): Promise<Judgement> {
  const { now, start, history } = input;
  const parts = readGoal(input.goal);
  const acted = history.some((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const observeOnly = parts.every((p) => p.intent === 'observe');
  const judgement: Judgement = {
    outcome: 'unverified',
    assertions: [],
    confirmed: [],
    unconfirmed: [],
    problems: [],
  };
  const startTexts = new Set(start.texts);
  const goalWantsError = parts.some((p) => ERROR_WORDS.test(p.text));

  if (!acted && !observeOnly) judgement.problems.push('Nothing has been done on the page yet.');
  // An unchanged page is no end, unless the run went somewhere and came back ("open … and close it").
  if (
    acted &&
    !observeOnly &&
    !input.changedOnTheWay &&
    now.url === start.url &&
    now.snapshot === start.snapshot
  )
    judgement.problems.push('The page looks exactly as it did at the start.');
  if (!goalWantsError) {
    const shown = freshErrors(now, startTexts);
    if (shown.length) judgement.problems.push(`The page shows an error: "${shown[0]}".`);
  }

  const proposed = input.proposed ?? [];
  const carried: string[] = [];
  for (const [index, part] of parts.entries()) {
    const found = await evidenceFor(part, input, startTexts);
    if ('problem' in found) {
      judgement.problems.push(`"${part.text}": ${found.problem}`);
      continue;
    }
    let assertions = found.assertions;
    if (!assertions.length) {
      // The planner's own evidence counts only when it names what this part names.
      assertions = proposed.filter((a) => namesPart(a, part));
    }
    const holding: Assertion[] = [];
    let failing: string | null = null;
    for (const assertion of assertions) {
      const problem = await checkAssertion(input.page, assertion, input.inputs, HOLD_MS).catch(
        (e: Error) => e.message,
      );
      if (problem) failing = `${describeCondition(assertion)} does not hold (${problem})`;
      else holding.push(assertion);
    }
    if (failing && found.assertions.length) {
      judgement.problems.push(`"${part.text}": ${failing}.`);
      continue;
    }
    if (!holding.length) {
      // Fields filled with run-time values leave the page once sent: a later part's evidence
      // (the app accepted the form) carries them.
      const performed = history.some(
        (h) =>
          h.ok &&
          ((h.target && relatedWords(h.target.name, part.objectWords).length > 0) ||
            (h.action.type === 'upload' &&
              h.action.file &&
              relatedWords(h.action.file, part.objectWords).length > 0)),
      );
      const formPart = ['fill', 'select', 'check', 'uncheck', 'upload', 'click', 'submit'].includes(
        part.intent,
      );
      if (
        formPart &&
        (((part.intent === 'fill' || part.intent === 'select') &&
          !part.values.length &&
          index < parts.length - 1) ||
          performed) &&
        parts.length > 1
      ) {
        carried.push(`"${part.text}"`);
        continue;
      }
      judgement.unconfirmed.push(`"${part.text}"${found.why ? `: ${found.why}` : ''}`);
      continue;
    }
    for (const a of holding)
      if (!judgement.assertions.some((b) => JSON.stringify(a) === JSON.stringify(b)))
        judgement.assertions.push(a);
    judgement.confirmed.push(`"${part.text}": ${holding.map(describeCondition).join('; ')}`);
  }
  if (carried.length && judgement.confirmed.length && !judgement.unconfirmed.length)
    judgement.confirmed.push(...carried.map((c) => `${c}: carried by the parts after it`));
  else
    judgement.unconfirmed.push(
      ...carried.map((c) => `${c}: its values left the page and nothing after confirms them`),
    );
  if (judgement.problems.length) judgement.outcome = 'not-done';
  else if (!judgement.unconfirmed.length && judgement.assertions.length) judgement.outcome = 'passed';
  else judgement.outcome = 'unverified';
  return judgement;
}

type Found = { assertions: Assertion[]; why?: string } | { problem: string };

async function evidenceFor(part: GoalPart, input: JudgeInput, startTexts: Set<string>): Promise<Found> {
  const { now, page } = input;
  const value = part.values[0];
  const texts = readableTexts(now);
  const fresh = texts.filter((t) => !startTexts.has(t) && !ERROR_WORDS.test(t));
  const words = [...part.objectWords, ...(part.verb ? part.verb.split(' ') : [])];
  // The app's own new message (a status, an alert, then a heading that was not there at the start
  // and is no error): its answer to what was sent.
  const freshMessage = (): Assertion[] => {
    for (const roles of [['status', 'alert'], ['heading']]) {
      const message = now.elements.find((e) => {
        const text = e.name || e.text || '';
        return roles.includes(e.role) && text && !startTexts.has(text) && !ERROR_WORDS.test(text);
      });
      const stable = message ? stableSegment(message.name || message.text || '') : null;
      if (stable) return [{ type: 'text-visible', text: stable }];
    }
    return [];
  };
  // "open ticket 4": evidence must name the 4, not only say "Tickets".
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  const namesNumbers = (t: string) => numbers.every((n) => new RegExp(`\\b${n}\\b`).test(t));
  const freshRelated = (): Assertion[] => {
    const hit = fresh.find(
      (t) => namesNumbers(t) && (relatedWords(t, words).length > 0 || (value && t.includes(value))),
    );
    const stable = hit ? stableSegment(hit) : null;
    return stable ? [{ type: 'text-visible', text: stable }] : [];
  };
  switch (part.intent) {
    case 'observe': {
      if (part.expect.length)
        return { assertions: part.expect.map((text) => ({ type: 'text-visible', text })) };
      const hit = texts.find(
        (t) => relatedWords(t, part.objectWords).length >= Math.min(2, part.objectWords.length),
      );
      return hit && part.objectWords.length
        ? { assertions: [{ type: 'text-visible', text: stableSegment(hit) ?? hit }] }
        : { assertions: [], why: 'it names nothing the page shows' };
    }
    case 'add':
    case 'edit':
      if (value) return { assertions: [{ type: 'text-visible', text: value }] };
      return { assertions: freshRelated(), why: 'the goal gives no text to look for' };
    case 'search':
      if (value) {
        // The search was made: the box holds the words (or the URL does), and results name them.
        const box = now.elements.find(
          (e) => isTextField(e.role) && e.value?.toLowerCase() === value.toLowerCase(),
        );
        const inUrl = decodeURIComponent(now.url).toLowerCase().includes(value.toLowerCase());
        if (!box && !inUrl) return { problem: `nothing shows a search for "${value}" was made` };
        const listed = texts.some((t) => t.toLowerCase().includes(value.toLowerCase()));
        return listed
          ? { assertions: [{ type: 'text-visible', text: value }] }
          : { assertions: [], why: `no result on the page names "${value}"` };
      }
      // The app's answer (a result count, a status), not a heading that merely repeats "search".
      return { assertions: freshMessage(), why: 'the page shows no results for it' };
    case 'remove': {
      // An item is a text inside a row (list item, table row) at the start, never a heading.
      const start = input.start;
      const rows = start.elements.filter((e) => (e.role === 'listitem' || e.role === 'row') && e.text);
      const items = [...startTexts].filter((t) => rows.some((r) => r.text!.includes(t)));
      const target = namedText(items, part, value);
      if (target) return { assertions: [{ type: 'text-hidden', text: target }] };
      // "Clear completed": every item whose box was ticked at the start is gone.
      if (relatedWords(part.objectWords.join(' '), ['complete', 'check', 'done']).length) {
        const ticked = start.elements
          .filter((e) => e.role === 'checkbox' && e.checked === true && e.context)
          .map((e) => items.find((t) => e.context!.includes(t)))
          .filter((t): t is string => Boolean(t));
        if (ticked.length)
          return { assertions: [...new Set(ticked)].map((text) => ({ type: 'text-hidden' as const, text })) };
      }
      return { assertions: freshRelated(), why: 'could not tell which item should be gone' };
    }
    case 'check':
    case 'uncheck': {
      const box = toggleFor(part, now);
      if (!box) return { assertions: freshRelated(), why: 'found no checkbox for it on the page' };
      const locator = await locatorForElement(page, box).catch(() => null);
      if (!locator) return { assertions: [], why: 'its checkbox could not be located' };
      return { assertions: [{ type: 'checked', locator, checked: part.intent === 'check' }] };
    }
    case 'select':
    case 'fill': {
      if (!value) return { assertions: freshRelated(), why: 'the goal gives no value' };
      const field = now.elements.find(
        (e) => e.value !== undefined && e.value.toLowerCase() === value.toLowerCase(),
      );
      if (!field) {
        const shown = texts.some((t) => t.includes(value));
        return shown
          ? { assertions: [{ type: 'text-visible', text: value }] }
          : { problem: `no field holds "${value}"` };
      }
      const locator = await locatorForElement(page, field).catch(() => null);
      return locator
        ? { assertions: [{ type: 'field-value', locator, value: field.value! }] }
        : { assertions: [], why: 'its field could not be located' };
    }
    case 'close': {
      // The dialog the goal opened (or names), not a banner that was there all along.
      const isDialog = (e: ObservedElement) => e.role === 'dialog' || e.role === 'alertdialog';
      const named = (e: ObservedElement) => relatedWords(e.name, part.objectWords).length > 0;
      const before = new Set(input.start.elements.filter(isDialog).map((e) => e.name));
      const open = now.elements.find((e) => isDialog(e) && (named(e) || !before.has(e.name)));
      if (open) return { problem: `the dialog "${open.name}" is still open` };
      const seen = input.history.length
        ? (input.start.elements.find((e) => isDialog(e) && named(e)) ?? null)
        : null;
      const name = seen?.name ?? dialogNamed(part, input);
      return name
        ? { assertions: [{ type: 'element-hidden', locator: { role: 'dialog', name } }] }
        : { assertions: [], why: 'could not tell which dialog was meant' };
    }
    case 'login': {
      const password = now.elements.some((e) => e.role === 'textbox' && e.password);
      if (password) return { problem: 'a password field is still shown: not signed in' };
      const assertions: Assertion[] = [];
      if (input.start.elements.some((e) => e.password))
        assertions.push({ type: 'element-hidden', locator: { css: 'input[type=password]' } });
      if (value && texts.some((t) => t.toLowerCase().includes(value.toLowerCase())))
        assertions.push({ type: 'text-visible', text: value });
      return { assertions, why: 'nothing on the page shows who is signed in' };
    }
    case 'logout': {
      const password = now.elements.some((e) => e.password);
      const signIn = now.elements.find(
        (e) => (e.role === 'button' || e.role === 'link') && /\b(log|sign)\s?in\b/i.test(e.name),
      );
      if (password)
        return { assertions: [{ type: 'element-visible', locator: { css: 'input[type=password]' } }] };
      if (signIn)
        return {
          assertions: [{ type: 'element-visible', locator: { role: signIn.role, name: signIn.name } }],
        };
      return { assertions: [], why: 'no sign-in control is shown' };
    }
    default: {
      // open, click, submit, hover, press, upload: the page it led to, or a new message about it.
      const assertions: Assertion[] = [];
      if (now.url !== input.start.url) {
        const url = new URL(now.url);
        const where = decodeURIComponent(`${url.pathname} ${url.hash}`)
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter(Boolean);
        if (words.some((w) => where.some((x) => x === w || relatedWords(x, [w]).length))) {
          const pattern =
            url.hash && url.hash !== '#'
              ? `${escapeRegExp(url.hash)}$`
              : `${escapeRegExp(url.pathname)}(?:[?#]|$)`;
          assertions.push({ type: 'url-matches', pattern });
        }
      }
      const heading = now.elements.find(
        (e) =>
          e.role === 'heading' &&
          !startTexts.has(e.name) &&
          namesNumbers(e.name) &&
          relatedWords(e.name, words).length > 0,
      );
      if (heading) assertions.push({ type: 'text-visible', text: heading.name });
      if (!assertions.length) assertions.push(...freshRelated());
      // "accept the terms": a box the part names, now checked.
      const box = !assertions.length ? toggleFor(part, now) : null;
      if (box?.checked === true) {
        const locator = await locatorForElement(page, box).catch(() => null);
        if (locator) assertions.push({ type: 'checked', locator, checked: true });
      }
      if (!assertions.length) assertions.push(...freshMessage());
      if (part.role === 'link' || part.role === 'tab') {
        // A selected tab or current link named as the goal says is evidence too.
        const current = now.elements.find(
          (e) =>
            (e.role === part.role || e.role === 'tab') &&
            (e.selected || e.pressed === true || e.current) &&
            relatedWords(e.name, part.objectWords).length > 0,
        );
        if (current && !assertions.length) {
          const locator = await locatorForElement(page, current).catch(() => null);
          if (locator) assertions.push({ type: 'element-visible', locator });
        }
      }
      return { assertions, why: 'the page shows no message or page that confirms it' };
    }
  }
}

/** The name of a dialog the run saw open (in the history's targets' groups) that the part names. */
function dialogNamed(part: GoalPart, input: JudgeInput): string | null {
  for (const entry of [...input.history].reverse()) {
    const name = entry.dialog;
    if (name && (relatedWords(name, part.objectWords).length > 0 || part.objectWords.length === 0))
      return name;
  }
  return null;
}

/** Texts a person reads on the page: text lines, names of headings, statuses and cells. */
export function readableTexts(observation: Observation): string[] {
  return [...new Set(observation.texts.map((t) => t.trim()).filter(Boolean))];
}

/** New alerts or texts that report an error. */
function freshErrors(now: Observation, startTexts: Set<string>): string[] {
  const out: string[] = [];
  for (const e of now.elements) {
    const text = e.name || e.text || '';
    if (
      (e.role === 'alert' || e.role === 'status') &&
      text &&
      ERROR_WORDS.test(text) &&
      !startTexts.has(text)
    )
      out.push(text);
  }
  // Data in lists and tables ("Cannot log in to VPN", a ticket's subject) is content, not a message.
  const rows = now.elements
    .filter((e) => ['listitem', 'row', 'cell'].includes(e.role))
    .map((e) => e.text ?? e.name);
  for (const t of now.texts)
    if (
      !startTexts.has(t) &&
      ERROR_WORDS.test(t) &&
      t.length < 160 &&
      !out.includes(t) &&
      !rows.some((r) => r?.includes(t))
    )
      out.push(t);

  return out;
}

/** The text a part names: all of a text's words are among the part's words (the item "Walk dog"). */
function namedText(texts: string[], part: GoalPart, value: string | undefined): string | null {
  if (value) return value;
  let best: { text: string; score: number } | null = null;
  for (const text of texts) {
    const words = contentWords(text);
    if (!words.length || words.length > 8) continue;
    const inPart = words.filter((w) => part.objectWords.includes(w)).length;
    if (inPart !== words.length) continue;
    if (!best || inPart > best.score) best = { text, score: inPart };
  }
  return best?.text ?? null;
}

/** The checkbox a check/uncheck part means: by value, by the words of its name or row, or by ordinal. */
export function toggleFor(part: GoalPart, now: Observation): ObservedElement | null {
  const boxes = now.elements.filter(
    (e) => e.role === 'checkbox' || e.role === 'switch' || e.role === 'radio',
  );
  const wanted = (part.values[0] ?? part.objectWords.join(' ')).toLowerCase();
  if (part.ordinal !== undefined) {
    const inRows = boxes.filter((b) => b.context);
    const list = inRows.length ? inRows : boxes;
    return (part.ordinal === -1 ? list.at(-1) : list[part.ordinal - 1]) ?? null;
  }
  let best: { box: ObservedElement; score: number } | null = null;
  for (const box of boxes) {
    const label = `${box.name} ${box.context ?? ''}`.toLowerCase();
    const labelWords = label.split(/[^a-z0-9]+/).filter((w) => w.length > 1);
    const score = labelWords.filter((w) => wanted.includes(w)).length / Math.max(1, labelWords.length);
    if (score >= 0.5 && (!best || score > best.score)) best = { box, score };
  }
  return best?.box ?? null;
}

function namesPart(assertion: Assertion, part: GoalPart): boolean {
  const text =
    'text' in assertion
      ? assertion.text
      : 'pattern' in assertion
        ? assertion.pattern
        : 'locator' in assertion
          ? `${assertion.locator.name ?? ''} ${assertion.locator.label ?? ''} ${assertion.locator.text ?? ''}`
          : '';
  if (part.values.some((v) => text.includes(v))) return true;
  return relatedWords(text, [...part.objectWords, ...(part.verb ? [part.verb] : [])]).length > 0;
}

/** The longest digit-free piece of a message (order numbers and counts change between runs). */
export function stableSegment(text: string): string | null {
  if (!/\d/.test(text)) return text;
  const pieces = text
    .split(/[#\d]+/)
    .map((p) => p.trim().replace(/^[^\w]+/, ''))
    .filter((p) => p.length >= 5)
    .sort((a, b) => b.length - a.length);
  return pieces[0] ?? null;
}

export { escapeRegExp };
