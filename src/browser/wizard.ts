import { findValues } from './goal/values.ts';
import { NEGATION } from './yes-no.ts';
import { contentWords, relatedWords, type GoalPart } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import { escapeRegExp, quotedStrings } from './text-match.ts';

/**
 * Multi-step forms ("wizards") as a person goes through them: which step the page is on (its
 * "Step 2 of 5" line and its headings), the button that moves on (Next, Continue, Proceed) or back
 * (Back, Previous), the steps a goal names to stop at ("get to the payment step", "go to step 3 and
 * come back to step 2", "up to the page where you check your answers"), and the values a goal gives
 * that were never typed yet. Language rules on the goal's words and the page's roles, no app's
 * vocabulary.
 */

/** Where a multi-step form is now. */
export interface WizardStep {
  /** "Step 2 of 5" → 2; null when the page shows no count. */
  number: number | null;
  total: number | null;
  /** The page's headings below the top one, lower case: the step's own title. */
  titles: string[];
  /**
   * The top headings (h1), lower case: the whole form's title, or the step's own when it changes
   * from step to step ("Your details", then "Your course").
   */
  top?: string[];
  /** The text that shows the step ("Step 2 of 5"), for an assertion. */
  shown: string;
  /** Identifies the step, to tell whether pressing Next moved on. */
  key: string;
}

const STEP_COUNT = /\bstep\s+(\d+)\s+(?:of|\/)\s+(\d+)\b/i;

/** The step the page shows, or null when nothing on it reads as a step of a multi-step form. */
export function wizardStep(observation: Observation): WizardStep | null {
  const count = observation.texts.map((t) => STEP_COUNT.exec(t)).find(Boolean) ?? null;
  const headings = observation.elements.filter((e) => e.role === 'heading' && e.name && !e.dialog);
  // The page's title heading (the one h1) names the whole form; a step is titled below it.
  const sub = headings.filter((h) => (h.level ?? 2) >= 2);
  const titles = sub.map((h) => h.name.toLowerCase());
  if (!count) return listedStep(observation, sub);
  // (Only the count tells steps apart: an error summary adds a heading to the same step.)
  return {
    number: Number(count[1]),
    total: Number(count[2]),
    titles,
    top: headings.filter((h) => h.level === 1).map((h) => h.name.toLowerCase()),
    shown: count[0],
    key: count[0].toLowerCase(),
  };
}

/**
 * A list of the form's steps with no count ("About you · Ticket · Extras · Review"): a list of three
 * or more items, one of which is the title of the step shown (its heading).
 */
function listedStep(observation: Observation, headings: readonly ObservedElement[]): WizardStep | null {
  const items = observation.elements.filter((e) => e.role === 'listitem' && !e.dialog);
  const byList = new Map<string, ObservedElement[]>();
  // (Items of one list sit together in the page's order: a run of consecutive refs is one list.)
  let run: ObservedElement[] = [];
  let lastIndex = -2;
  observation.elements.forEach((e, i) => {
    if (e.role !== 'listitem' || e.dialog) return;
    if (i !== lastIndex + 1) {
      run = [];
      byList.set(e.ref, run);
    }
    run.push(e);
    lastIndex = i;
  });
  if (!items.length) return null;
  for (const list of byList.values()) {
    if (list.length < 3) continue;
    const label = (e: ObservedElement) => (e.name || e.text || '').trim().toLowerCase();
    for (const heading of headings) {
      const at = list.findIndex((item) => label(item) === heading.name.trim().toLowerCase());
      if (at < 0) continue;
      return {
        number: at + 1,
        total: list.length,
        titles: [heading.name.toLowerCase()],
        shown: heading.name,
        key: `${at + 1}/${list.length}|${heading.name.toLowerCase()}`,
      };
    }
  }
  return null;
}

const FORWARD =
  /^(?:next|continue|proceed|go on|save and continue|save & continue|next step|continue to\b.*)$/i;
const BACKWARD = /^(?:back|previous|go back|previous step|prev)\b/i;

/** The button that moves a step on: named Next/Continue/Proceed, else the form's submit button. */
export function forwardButton(usable: readonly ObservedElement[]): ObservedElement | null {
  const buttons = usable.filter((e) => e.role === 'button' && !e.dialog);
  return (
    buttons.find((b) => FORWARD.test(b.name.trim())) ??
    buttons.find((b) => b.submit && !BACKWARD.test(b.name.trim())) ??
    null
  );
}

/** Whether the forward button only moves on (Next/Continue) rather than sending the whole form (Buy, Submit). */
export function movesOnOnly(button: ObservedElement): boolean {
  return FORWARD.test(button.name.trim());
}

/** The button or link that goes back a step (Back, Previous). */
export function backButton(usable: readonly ObservedElement[]): ObservedElement | null {
  return (
    usable.find(
      (e) => (e.role === 'button' || e.role === 'link') && !e.dialog && BACKWARD.test(e.name.trim()),
    ) ?? null
  );
}

/** A step the goal names: by number ("step 3") or by words ("the payment step", "check your answers"). */
export interface StepTarget {
  number: number | null;
  words: string[];
  /** "go back to step 2", "come back", "return to the review": reached by going back. */
  back: boolean;
  /** Where the phrase sits in the goal. */
  start: number;
  end: number;
}

const REACH =
  /\b(?:(get|go|move|advance|proceed|continue|navigate|skip|jump|stop|come|return|head)(?:\s+(back|on|ahead|forward))?\s+(?:up\s+)?(?:to|at|as far as)|reach|up to|as far as)\s+(?:the\s+)?(?:(?:step|page|stage|screen)\s+(\d+)|(?:page|step|screen)\s+(?:where|that|which)\s+(?:you\s+)?([\w\s']+?)(?=\s*(?:[,;.()]|\s(?:then|and|to)\s|$))|([\w\s'-]+?)\s+(?:step|page|stage|screen)|(review|summary|confirmation))\b/gi;

/** "…so that the winter sports step appears", "until the payment page shows". */
const APPEARS =
  /\b(?:so that|so|until|till|and)\s+(?:the\s+)?([\w\s'-]+?)\s+(?:step|page|stage|screen)\s+(?:appears|shows(?:\s+up)?|is\s+shown|opens|comes\s+up)\b/gi;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** The steps a goal asks to reach, in its order. */
export function stepTargets(goal: string): StepTarget[] {
  const out: StepTarget[] = [];
  for (const m of goal.matchAll(APPEARS)) {
    const words = contentWords(m[1]!);
    if (words.length)
      out.push({ number: null, words, back: false, start: m.index, end: m.index + m[0].length });
  }
  for (const m of goal.matchAll(REACH)) {
    const verb = (m[1] ?? '').toLowerCase();
    const particle = (m[2] ?? '').toLowerCase();
    const words = contentWords(m[4] ?? m[5] ?? m[6] ?? '').filter((w) => !/^(next|following|same)$/.test(w));
    if (m[3] === undefined && !words.length) continue;
    // "the first page", "the second step": an ordinal alone is the step's number.
    const ordinal = words.length === 1 ? ORDINALS.indexOf(words[0]!) + 1 : 0;
    out.push({
      number: m[3] !== undefined ? Number(m[3]) : ordinal || null,
      words,
      back: particle === 'back' || verb === 'return' || (verb === 'come' && particle !== 'on'),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the page is on the step a target names. */
export function onStep(step: WizardStep, target: StepTarget, formTop: readonly string[] = []): boolean {
  if (target.number !== null) return step.number === target.number;
  // A top heading other than the first step's titles this step (`formTop`: the first step's).
  const own = (step.top ?? []).filter((t) => !formTop.includes(t));
  return [...step.titles, ...own].some((t) => {
    const shared = relatedWords(t, target.words);
    return shared.length > 0 && shared.length >= Math.min(target.words.length, contentWords(t).length);
  });
}

/**
 * Values the goal gives (e-mails, dates, times, numbers, people's names, quoted text) that no step
 * has typed or picked yet; numbers that name a step ("step 3") are no values.
 */
export function valuesLeft(
  goal: string,
  targets: readonly StepTarget[],
  typed: readonly string[],
  now: Date = new Date(),
): string[] {
  const typedText = typed.map((t) => t.toLowerCase().replace(/\s+/g, ' '));
  const used = (value: string) => {
    const v = value.toLowerCase().replace(/\s+/g, ' ');
    return typedText.some(
      (t) => t === v || t.includes(v) || v.replace(/[ -]/g, '') === t.replace(/[ -]/g, ''),
    );
  };
  // A date typed as three boxes (Day, Month, Year): its parts, as numbers, were each typed.
  const inParts = (iso: string) => {
    const [y, m, d] = iso.split('-');
    return [y!, String(Number(m)), String(Number(d))].every((p) => typedText.includes(p));
  };
  const left: string[] = [];
  for (const v of findValues(goal, now)) {
    if (v.kind === 'date' && inParts(v.value)) continue;
    if (targets.some((t) => v.start >= t.start && v.end <= t.end)) continue;
    // A bare small number ("2 guests" is a value, but so often a count of things to do): only
    // when it stands beside a word (its unit); "£800" is a value too.
    if (v.kind === 'number' && !v.cue.length && !v.next) continue;
    if (!used(v.value)) left.push(v.text);
  }
  for (const q of quotedStrings(goal)) if (!used(q.value)) left.push(q.value);
  return left;
}

/**
 * A part of the goal that only carries values a step took (typed, picked or ticked): "email
 * ada@example.com", "Standard cover", "born 1 March 1990", "accept the terms". `taken` holds the
 * typed and picked values and the names of the options and boxes ticked.
 */
export function onlyGivesValues(text: string, taken: readonly string[], now: Date = new Date()): boolean {
  const lower = text.toLowerCase();
  const words = contentWords(text);
  return (
    findValues(text, now).some((v) => taken.some((t) => t === v.value)) ||
    taken.some(
      (t) => t.length > 1 && new RegExp(`(^|\\W)${escapeRegExp(t.toLowerCase())}(\\W|$)`).test(lower),
    ) ||
    (words.length > 0 && taken.some((t) => relatedWords(t, words).length >= Math.min(2, words.length)))
  );
}

/** A box a person ticks to vouch for the form ("I confirm…", "I agree to…", "I declare…"). */
const DECLARATION =
  /^\s*i\s+(?:\w+\s+)?(confirm|agree|accept|declare|certify|understand|consent|acknowledge)\b/i;

/**
 * The unticked declaration box ("I confirm that the information I have given is correct") a step
 * refused to send without: one the app marks invalid or its message names ("Confirm that your
 * answers are correct"). Sending the form means vouching for it, as a person ticks it when told;
 * never one the goal says not to tick ("without confirming"). Null when there is none.
 */
export function declarationBox(
  said: readonly string[],
  usable: readonly ObservedElement[],
  goal: string,
): ObservedElement | null {
  const message = said.join(' ');
  const goalWords = goal.split(/\s+/);
  for (const box of usable) {
    if (box.role !== 'checkbox' || box.checked === true || box.disabled) continue;
    const name = box.name || box.nearLabel || '';
    if (!DECLARATION.test(name)) continue;
    const words = contentWords(name).filter((w) => w !== 'i');
    if (!box.invalid && !relatedWords(message, words).length) continue;
    const denied = goalWords.some(
      (w, i) =>
        relatedWords(w, words).length > 0 &&
        NEGATION.test(goalWords.slice(Math.max(0, i - 4), i).join(' ') + ' '),
    );
    if (!denied) return box;
  }
  return null;
}

/**
 * The goal's end is the error the page shows: an observe part that speaks of an error, a warning,
 * a refusal or a complaint ("make sure the app complains"), or asks openly what the page says after
 * the attempt ("see what the form says"): whatever the page then says is the answer.
 */
export function expectsError(parts: readonly GoalPart[]): boolean {
  return parts.some(
    (p) =>
      p.intent === 'observe' &&
      (/\b(errors?|invalid|warn(s|ing|ings)?|refus\w*|reject\w*|not accepted|complain\w*|object(s|ions?)?|protest\w*)\b/i.test(
        p.text,
      ) ||
        /\bwhat\s+(?:the\s+|it\s+|that\s+)?(?:\w+\s+)?(says?|shows?|tells?|reports?|answers?)\b/i.test(
          p.text,
        )),
  );
}
