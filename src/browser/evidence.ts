import { signInStep, signInSteps } from './sign-in.ts';
import type { Page } from 'playwright-core';
import { markWords } from './document-marks.ts';
import { sortedAs } from './element-state.ts';
import { checkAssertion, type StepInputs } from './executor.ts';
import {
  contentWords,
  inCase,
  readGoal,
  readPart,
  relatedWords,
  type GoalPart,
  type Intent,
} from './goal/read-goal.ts';
import { baseForms, derivedWords, synonymous } from './goal/wordnet.ts';
import { findDates, findValues } from './goal/values.ts';
import { locatorForElement, locatorNear } from './locators.ts';
import { widgetShows } from './widget-evidence.ts';
import {
  ACTIONABLE_ROLES,
  isSearchField,
  isTextField,
  readName,
  type Observation,
  type ObservedElement,
} from './observe.ts';
import type { HistoryEntry, PlannedActionType } from './planner.ts';
import { describeCondition, type Assertion, type SpecLocator, type WaitCondition } from './spec.ts';
import { escapeRegExp, optionNaming, quotedStrings, splitIdentifier } from './text-match.ts';
import { movedIntoItsPlace } from './located-by.ts';
import { openedLocated } from './located-item.ts';
import { itemHolds, listedThing } from './listed-thing.ts';
import { readBackSent, readBackText, textWords, type ReadBack } from './read-back.ts';
import { settingTicked } from './setting-tick.ts';
import {
  changeDates,
  promptsTheUser,
  readsDate,
  stateRestrictions,
  unshownRestrictions,
} from './change-proof.ts';

/**
 * The done check. It never trusts the proposer: it re-reads the goal, looks at the page as it is
 * now, derives assertions from what the goal names or implies (the added item is listed, the deleted
 * one is gone, the ticked box is checked, the login form is gone, the link's page is open…), runs
 * them, and says which parts of the goal it could not confirm.
 *
 * What it refuses to take as evidence (each a way a checker is fooled): text that was on the page
 * before the action that served the part (the start page, a suggestion list, a status left by an
 * earlier part); a typed value echoed outside the list it was to be added to; a field holding the
 * value that is not the field the part names, or that the app marks invalid; a click/submit part
 * nothing named like it was done for; one text confirming two parts; the thing's page or a new
 * address for an action that is no navigation ("borrow"), or an address with the old content still
 * shown; a status that names none of the names and values the part gives; a click in a dialog that
 * stays open; typing never sent or saved; a page that refuses it in its own words (error-styled
 * text, `:user-invalid`); a pass that no longer holds a moment later.
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
  /**
   * Evidence for parts a later part undoes ("open … and close it", "sign in and then sign out"),
   * seen right after the action that served them: the recording waits for it after that step, so
   * replay and the exported test check it there too.
   */
  checkpoints: { entry: HistoryEntry; until: WaitCondition }[];
}

/** How the checker tests the page: by default through Playwright; a stub in unit tests. */
export interface EvidenceProbe {
  /** `null` when the assertion holds, else why not. */
  check(assertion: Assertion): Promise<string | null>;
  /**
   * A spec locator for an observed element, or null when it cannot be located. `inRow`: scoped to
   * its row when it has one (a state asserted of one row's control must not match another's).
   */
  locate(element: ObservedElement, options?: { inRow?: boolean }): Promise<SpecLocator | null>;
  /**
   * A locator for a control tied to a text beside it (its row's name), found as the nearest element
   * holding both in the page: for rows with no role whose texts run together. Optional.
   */
  locateNear?(element: ObservedElement, text: string): Promise<SpecLocator | null>;
  /**
   * What the page itself says it refused, whatever the wording: fields the browser holds invalid
   * after the user touched them (`:user-invalid`), texts in error-styled elements. Optional.
   */
  refusals?(): Promise<string[]>;
}

export interface JudgeInput {
  page: Page;
  /** Overrides the Playwright probe (unit tests). */
  probe?: EvidenceProbe;
  /** Readable texts of the page each history entry was decided on (the page before that action). */
  textsBefore?: ReadonlyMap<HistoryEntry, readonly string[]>;
  /** The page each history entry was decided on (to tell which item of a list was acted on). */
  pagesBefore?: ReadonlyMap<HistoryEntry, Observation>;
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
  /**
   * Waits a moment and observes the page again. A pass must still hold then: optimistic UIs that
   * revert, toasts followed by an error, a dialog that re-opens. Without it, one look decides.
   */
  settle?: () => Promise<Observation>;
  /**
   * The page of the first look, when this judgement is the one after the settle: an answer shown
   * for a moment (a "Saved" toast) was seen there, though it has gone now.
   */
  firstLook?: Observation;
}

/** Messages that report a failure (used to refuse a "done" while one is shown). */
export const ERROR_WORDS =
  /\b(error|invalid|failed|failure|required|incorrect|wrong|denied|not allowed|cannot|can't|can’t|could not|couldn['’]t|only (?:[\w’'-]+ ){1,3}(?:can|may)|must|missing|try again|unable|no results?|nothing found|not found|(?:do|does|did)(?: not|n't) match|didn't work|did not work|not valid|too (?:many|few|long|short|large|small)|locked|deactivated|suspended|expired|blocked|rejected|declined|refused|unauthori[sz]ed|forbidden|not permitted)\b/i;

const HOLD_MS = 1_500;

/**
 * Judges the page; a pass is judged again on the page observed after a short settle (`settle`), and
 * stands only if it still holds then.
 */
export async function judge(input: JudgeInput): Promise<Judgement> {
  const first = await judgeOnce(input);
  if (first.outcome !== 'passed' || !input.settle) return first;
  const { settle: _settle, ...rest } = input;
  const settled = await judgeOnce({ ...rest, now: await input.settle(), firstLook: input.now });
  if (settled.outcome === 'passed') return settled;
  const later = (text: string) => `after a short wait, ${text}`;
  return {
    ...settled,
    problems: settled.problems.map(later),
    unconfirmed: settled.unconfirmed.map(later),
  };
}

async function judgeOnce(input: JudgeInput): Promise<Judgement> {
  const { now, start, history } = input;
  const probe = input.probe ?? pageProbe(input.page, input.inputs);
  const parts = readGoal(input.goal);
  const acted = history.some((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  // "Open the shop and see 'Welcome…'" started on the shop: the page already is the place each open
  // part names (its title or main heading), and only observations remain to check.
  const alreadyOpen =
    !acted &&
    parts.some((p) => p.intent === 'open') &&
    parts.every((p) => p.intent === 'observe' || (p.intent === 'open' && pageIsNamed(p, now))) &&
    parts.some((p) => p.intent === 'observe');
  const observeOnly = alreadyOpen || parts.every((p) => p.intent === 'observe');
  const judgement: Judgement = {
    outcome: 'unverified',
    assertions: [],
    confirmed: [],
    unconfirmed: [],
    problems: [],
    checkpoints: [],
  };
  const startTexts = new Set(start.texts);
  const goalWantsError = parts.some((p) => wantsError(p.text));

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
    // Titles the run saw listed (links, rows, cells of earlier pages) are the app's content wherever
    // they show again ("#2 Error 42 on scanner" heading the item's own page), not its messages.
    const listed = [input.start, ...(input.pagesBefore?.values() ?? [])].flatMap((p) =>
      p.elements
        .filter((e) => ['link', 'row', 'cell', 'listitem'].includes(e.role))
        .map((e) => (e.name || e.text || '').trim())
        .filter((t) => t.length >= 8),
    );
    const shown = freshErrors(now, startTexts, ownWords(input.goal)).filter(
      (t) => !listed.some((l) => t.includes(l) && !ERROR_WORDS.test(t.replace(l, ' '))),
    );
    if (shown.length) judgement.problems.push(`The page shows an error: "${shown[0]}".`);
    // A field the app marks invalid (aria-invalid) that was not so at the start: the app refused it.
    const wasInvalid = new Set(
      start.elements.filter((e) => e.invalid).map((e) => `${e.role}\u0000${e.name}`),
    );
    const invalid = now.elements.find((e) => e.invalid && !wasInvalid.has(`${e.role}\u0000${e.name}`));
    if (invalid)
      judgement.problems.push(
        `The ${invalid.role} "${invalid.name}"${invalid.context ? ` (in "${invalid.context}")` : ''} is marked invalid.`,
      );
    // The page's own refusal, in words no list foresees ("Use the form name@domain").
    const refused = probe.refusals
      ? (await probe.refusals().catch(() => [])).filter((t) => !startTexts.has(t))
      : [];
    if (refused.length) judgement.problems.push(`The page refuses it: "${refused[0]}".`);
  }
  const moved = movedIntoItsPlace(input.goal, history);
  if (moved) judgement.problems.push(moved);
  // The run's last action was a click (Save, Send…) in a dialog that is still open: the app did not
  // take it, whatever a status line says. Only a goal that ends by opening something may end so.
  const lastActed = history.findLast((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const endsOpening = parts.filter((p) => p.intent !== 'observe').at(-1)?.intent === 'open';
  if (
    lastActed?.dialog &&
    (lastActed.action.type === 'click' || lastActed.action.type === 'press') &&
    !endsOpening &&
    // "…and make sure an error is shown": a refusal in the dialog is what the goal asks to see.
    !parts.some(asksForError) &&
    now.elements.some((e) => (e.role === 'dialog' || e.role === 'alertdialog') && e.name === lastActed.dialog)
  )
    judgement.problems.push(
      `The dialog "${lastActed.dialog}" is still open after ${lastActed.description}: the app did not take it.`,
    );
  const acting = !alreadyOpen && parts.some((p) => p.intent !== 'observe');
  /** Texts that already confirmed a part: one text never confirms two parts. */
  const used = new Set<string>();

  /** Parts with no evidence left on the page, and the history index of their last action. */
  const carried: { at: number; text: string }[] = [];
  /** History indexes of the actions that served the parts confirmed on the page. */
  const confirmedAt: number[] = [];
  // A run that began at a sign-in form: the other parts start from the page the sign-in led to
  // (a name listed there from the first, "Dr. Silva", was not made by them).
  const signedIn = pageAfterSignIn(input);
  // The sign-in's own typing and sending: no other part's action ("turn off the summary emails" is
  // not done by typing into "Username or email").
  const signInActs = signInEntries(input);
  // A form the app read back before the run's last action sent it, and then took (read-back.ts).
  const readBack = readBackSent(history, input.pagesBefore, start, now, (name) =>
    parts.some(
      (p) =>
        p.verb &&
        relatedWords(
          name,
          p.verb.split(' ').filter((w) => !STOP_WORDS.has(w)),
        ).length > 0,
    ),
  );
  /** Confirms `part` by the read-back, when it reads back every name the part gives. */
  const confirmedByReadBack = (part: GoalPart): boolean => {
    const texts = readBack ? readBackOf(part, readBack, input) : null;
    if (!readBack || !texts) return false;
    judgement.checkpoints.push(
      ...texts
        .filter(
          (t) => !judgement.checkpoints.some((c) => c.until.type === 'text-visible' && c.until.text === t),
        )
        .map((text) => ({ entry: readBack.shownAfter, until: { type: 'text-visible' as const, text } })),
    );
    for (const a of [
      { type: 'text-visible', text: readBack.heading },
      { type: 'element-hidden', locator: readBack.control },
    ] satisfies Assertion[])
      if (!judgement.assertions.some((b) => JSON.stringify(a) === JSON.stringify(b)))
        judgement.assertions.push(a);
    judgement.confirmed.push(
      `"${part.text}": read back as ${texts.map((t) => `"${t}"`).join(', ')} before ${readBack.send.description}, which the app took ("${readBack.heading}")`,
    );
    confirmedAt.push(history.indexOf(readBack.send));
    return true;
  };
  for (const [index, part] of parts.entries()) {
    const last = parts.slice(index + 1).every((p) => p.intent === 'observe');
    const laterLogout = parts.slice(index + 1).some((p) => p.intent === 'logout');
    // "The second message": the second item of a list must be the one acted on; a page that merely
    // names messages (a "New message" dialog) proves nothing about which.
    // Only parts acting on one item of a list; "first name", "last name" are fields, not positions.
    // "The second card in the In progress column", "the card below 'Fix login'": the item its place
    // locates (ranked in that container only) must be the one the run opened, read on the page as
    // it was before the click; that proof replaces the page-wide rank below.
    const locatedBy = part.intent === 'observe' ? undefined : openedLocated(part, history, input.pagesBefore);
    if (locatedBy === null) {
      judgement.unconfirmed.push(
        `"${part.text}": nothing shows the item it finds ${part.place?.within ? `in "${part.place.within}"` : `beside "${part.place?.beside?.of}"`} was the one acted on`,
      );
      continue;
    }
    const nth =
      locatedBy === undefined &&
      part.ordinal !== undefined &&
      ['open', 'click', 'remove', 'edit'].includes(part.intent) &&
      !/\b(first|last)\s+name\b/i.test(part.text) &&
      !ordinalIsPlace(part)
        ? actedOnNth(part.ordinal, history, input.pagesBefore)
        : undefined;
    // "The second page" reached by "Next ›": the pager's own state is its evidence (pagerMoved).
    const pagerPart = /\b(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+page\b/i.test(
      part.text,
    );
    if (nth === null && !pagerPart) {
      judgement.unconfirmed.push(
        `"${part.text}": nothing shows the ${part.ordinal === -1 ? 'last' : `#${part.ordinal}`} item of a list was the one acted on`,
      );
      continue;
    }
    // The item opened: a new heading or dialog that is part of the item's own text ("Compiler notes").
    if (nth && part.intent === 'open') {
      // New as a title: the row it was opened from shows the same words ("Lunch on Friday?"), but
      // not as a heading or dialog.
      const beforePage = input.pagesBefore?.get(nth.entry);
      const before = beforePage
        ? beforePage.elements.filter((e) => ['heading', 'dialog'].includes(e.role)).map((e) => e.name)
        : (input.textsBefore?.get(nth.entry) ?? start.texts);
      const title = now.elements.find(
        (e) =>
          ['heading', 'dialog'].includes(e.role) &&
          e.name.length >= 3 &&
          !before.includes(e.name) &&
          (nth.item.toLowerCase().includes(e.name.toLowerCase()) ||
            // The row's own control named in the heading ("Order 1019" for the link "1019").
            (nth.control !== undefined && itemHolds(e.name, textWords(nth.control)))),
      );
      const assertion: Assertion | null = title ? { type: 'text-visible', text: title.name } : null;
      if (assertion && !(await probe.check(assertion).catch(() => 'no'))) {
        judgement.assertions.push(assertion);
        judgement.confirmed.push(`"${part.text}": ${describeCondition(assertion)}`);
        confirmedAt.push(history.indexOf(nth.entry));
        continue;
      }
    }
    const undoneBy = parts
      .slice(index + 1)
      .find((later) => undoes(later, part) && (later.intent !== 'close' || closesDialog(later, input)));
    if (undoneBy) {
      const atTime = await judgedAtItsTime(part, undoneBy, { ...input, probe, acting, used });
      if ('until' in atTime) {
        judgement.checkpoints.push(...atTime.until.map((until) => ({ entry: atTime.entry, until })));
        judgement.confirmed.push(
          `"${part.text}": right after ${atTime.entry.description}, ${atTime.until.map(describeCondition).join('; ')}`,
        );
        confirmedAt.push(history.indexOf(atTime.entry));
      } else judgement.unconfirmed.push(`"${part.text}": ${atTime.why}`);
      continue;
    }
    if (alreadyOpen && part.intent === 'open') {
      const place = pagePlace(part, now);
      judgement.confirmed.push(`"${part.text}": the page already is ${describeCondition(place)}`);
      judgement.assertions.push(place);
      continue;
    }
    // "Try to continue … and make sure an error is shown": the error the next part asks for, new
    // since the attempt, is the app's answer to it, when the attempt used the part's own control.
    const next = parts[index + 1];
    if (next && asksForError(next) && part.intent !== 'observe') {
      const attempt = attemptFor(part, history, input.pagesBefore);
      const error = attempt ? await askedError({ ...input, probe }, attempt) : null;
      if (attempt && error) {
        judgement.confirmed.push(
          `"${part.text}": ${attempt.description}, answered by the error the goal asks for ("${error}")`,
        );
        confirmedAt.push(history.indexOf(attempt));
        continue;
      }
    }
    const split = splitOptionTail(part, input);
    const found = await evidenceFor(split?.part ?? part, {
      ...input,
      ...(signedIn && part.intent !== 'login' && part.intent !== 'logout' ? { start: signedIn } : {}),
      probe,
      acting,
      last,
      laterLogout,
      used,
      ...(nth ? { servedBy: nth.entry } : {}),
      // (The opening click is not what served the part: evidence stays new since the act itself.)
      ...(locatedBy ? { locatedItem: locatedBy.item } : {}),
      ...(split ? { optionTail: split.tail } : {}),
    });
    if ('problem' in found) {
      judgement.problems.push(`"${part.text}": ${found.problem}`);
      continue;
    }
    // Texts that prove something other than what the part asks: each rule names its texts and why.
    const newItem = (text: string) =>
      occurrences(itemTexts(now), text) > occurrences(itemTexts(input.start), text);
    const linkNames = new Set(history.map((h) => h.target?.name.trim().toLowerCase() ?? ''));
    const noProof: { applies: boolean; shows: (text: string) => boolean; why: string }[] = [
      {
        // A query typed into a search box, shown back ("0 recipes for “…”"), proves a search ran.
        applies: part.intent !== 'search',
        shows: (text) => !newItem(text) && searchedFor(history, input.pagesBefore, text),
        why: 'only echoes what the run typed into a search box',
      },
      {
        // Following links changes nothing: the opened page naming the link it came by (its heading
        // names the item the goal named) proves no put, add, set or tick.
        applies: CHANGING.has(part.intent) && onlyFollowedLinks(history, start, now),
        shows: (text) => linkNames.has(text.trim().toLowerCase()),
        why: 'names the link the run came by, and the run only followed links to another page; nothing it did changes anything',
      },
      {
        // "Choose a date to pause … until.": the app asking for something is its answer to an
        // action it did not take, however much of the goal's wording it echoes.
        // (Unless the goal asks for the app's complaint: "… and make sure an error is shown".)
        applies: part.intent !== 'observe' && !wantsError(input.goal),
        shows: (text) => promptsTheUser(text),
        why: 'asks the user for something: the app did not take the action',
      },
      {
        // "Add expense" reached a page whose role-less "Add expense" offers the act: a control's
        // name that says the part's verb, never pressed, shows the app can do it, not that it did.
        applies: CHANGING.has(part.intent) && part.verb !== '',
        shows: (text) => offersTheAct(text, part, now, history),
        why: 'is only the name of a control that offers the act, never pressed: nothing shows it was done',
      },
      {
        // A text the run itself typed (added as a row) proves the typing, not a state or a choice.
        applies: NEVER_TYPED.has(part.intent),
        shows: (text) => typedByRun(history, text),
        why: 'shows only because the run typed it, which this part never asks for',
      },
    ];
    const refuted = noProof.find((rule) => {
      if (!rule.applies) return false;
      const shown = found.assertions.filter((a) => a.type === 'text-visible' && rule.shows(a.text));
      if (shown.length && shown.length === found.assertions.length) {
        judgement.unconfirmed.push(`"${part.text}": "${(shown[0] as { text: string }).text}" ${rule.why}`);
        return true;
      }
      found.assertions = found.assertions.filter((a) => !shown.includes(a));
      return false;
    });
    if (refuted) continue;
    // A status that lives only inside a dialog still open (a summary of what was typed, a preview)
    // is no proof the app took what the part asks: it goes with the dialog.
    const inDialog = claimsTaken(part)
      ? found.assertions.filter((a) => a.type === 'text-visible' && onlyInDialog(now, a.text))
      : [];
    const assertions = found.assertions.filter((a) => !inDialog.includes(a));
    if (inDialog.length && !assertions.length) {
      judgement.unconfirmed.push(
        `"${part.text}": "${(inDialog[0] as { text: string }).text}" shows only inside a dialog that is still open: nothing shows the app took it`,
      );
      continue;
    }
    const holding: Assertion[] = [];
    let failing: string | null = null;
    for (const assertion of assertions) {
      // An observation may rest on what the action before it brought ("open the cart and check
      // that it is empty"); two actions may not share one text.
      if (
        part.intent !== 'observe' &&
        assertion.type === 'text-visible' &&
        used.has(assertion.text.toLowerCase())
      )
        continue;
      const problem = await probe.check(assertion).catch((e: Error) => e.message);
      if (problem) failing = `${describeCondition(assertion)} does not hold (${problem})`;
      else holding.push(assertion);
    }
    if (part.intent !== 'observe')
      for (const a of holding) if (a.type === 'text-visible') used.add(a.text.toLowerCase());
    if (failing && assertions.length) {
      judgement.problems.push(`"${part.text}": ${failing}.`);
      continue;
    }
    // A toggle the part's action used (a menu radio, a switch, a pressed button) that shows its state
    // and still shows the old one: the app did not take it, whatever a message says.
    if (holding.length && holding.every((a) => a.type === 'text-visible')) {
      const unmoved = toggleUnmoved(part, { ...input, probe, acting, last, laterLogout, used });
      if (unmoved) {
        judgement.unconfirmed.push(`"${part.text}": ${unmoved}`);
        continue;
      }
    }
    // A change to a date that the evidence found does not read back: the app's new words about the
    // item that read the date ("Hold on Winter Orchard paused until 2027-03-20."), naming every name
    // the part gives; the row's box is emptied by the re-render, so nothing else would.
    holding.push(...(await dateReadBack(part, holding, { ...input, probe })));
    // Every name and value the part gives ("bob@example.com", "Commenter", "Ada King") must show in
    // its evidence, or somewhere new on the page: a message about something else proves nothing.
    if (holding.length) {
      const missing = await unshownNames(split?.part ?? part, holding, { ...input, probe });
      if (missing.length && confirmedByReadBack(part)) continue;
      if (missing.length) {
        judgement.unconfirmed.push(
          `"${part.text}": nothing new on the page shows ${missing.map((n) => `"${n}"`).join(', ')}`,
        );
        continue;
      }
    }
    if (!holding.length && confirmedByReadBack(part)) continue;
    if (!holding.length) {
      // Fields filled with run-time values leave the page once sent: a later part's evidence
      // (the app accepted the form) carries them.
      // "Right-click order 1004": the right-click itself, on the row the part names; not a later
      // action that shares a word with it (the menu's "Archive order").
      const ownAt = pointerActionFor(part, history, input.pagesBefore);
      const performedAt =
        ownAt ??
        history.findLastIndex(
          (h) =>
            h.ok &&
            (part.intent === 'login' ||
              !signInActs.has(h) ||
              (h.action.value !== undefined && part.values.includes(h.action.value))) &&
            ((h.target && relatedWords(h.target.name, part.objectWords).length > 0) ||
              (h.action.type === 'upload' &&
                h.action.file &&
                relatedWords(h.action.file, part.objectWords).length > 0)),
        );
      const performed = performedAt >= 0;
      const formPart = ['fill', 'select', 'check', 'uncheck', 'upload', 'click', 'submit', 'edit'].includes(
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
        carried.push({ at: performedAt, text: `"${part.text}"` });
        continue;
      }
      judgement.unconfirmed.push(`"${part.text}"${found.why ? `: ${found.why}` : ''}`);
      continue;
    }
    // A change to or until a date ("pause … until 20 March", "move … to 5 Feb") is proved only by
    // something reading that date back: a box merely shown, or a message without it, proves nothing.
    const dates = part.intent === 'observe' ? [] : changeDates(part.text, input.goal);
    const unread = dates.filter((d) => !holding.some((a) => readsDate(a, d)));
    if (unread.length) {
      judgement.unconfirmed.push(
        `"${part.text}": nothing on the page reads back ${unread.join(', ')}, the date it sets`,
      );
      continue;
    }
    // A filter shown by ticked boxes must show every restriction the goal states ("audiobooks that
    // are available now": the kind AND the state), and must have been applied.
    const choices = holding.filter(isChoiceState);
    if (choices.length && FILTERING.test(part.text)) {
      const unshown = unshownRestrictions(stateRestrictions(part.text), holding);
      if (unshown.length) {
        judgement.unconfirmed.push(
          `"${part.text}": it also restricts to ${unshown.map((w) => `"${w}"`).join(', ')}, which nothing set shows`,
        );
        continue;
      }
    }
    // Only a filter is left unapplied: a tick that is the goal itself ("accept the terms") is not.
    const unapplied = choices.length && FILTERING.test(part.text) ? unappliedFilterButton(input) : null;
    if (unapplied) {
      judgement.unconfirmed.push(
        `"${part.text}": the box was ticked, but "${unapplied}" of its form was never pressed and the list did not change`,
      );
      continue;
    }
    // A setting picked or ticked in a form whose button was never pressed: the box shows the new
    // state, but the app keeps nothing until the form is sent.
    const unsent = unsentSettingButton(part, input);
    if (unsent) {
      judgement.unconfirmed.push(
        `"${part.text}": it was set, but "${unsent}" of its form was never pressed (a form keeps nothing until it is sent)`,
      );
      continue;
    }
    for (const a of holding)
      if (!judgement.assertions.some((b) => JSON.stringify(a) === JSON.stringify(b)))
        judgement.assertions.push(a);
    judgement.confirmed.push(`"${part.text}": ${holding.map(describeCondition).join('; ')}`);
    const served = servingOf(part, history, input.pagesBefore);
    confirmedAt.push(served ? history.indexOf(served) : -1);
  }
  // A part is carried only by a confirmed part whose action came after its own (the app took the
  // form it filled): "select 1001 and 1003" does not carry a later "and archive them".
  const carriedAfter = carried.filter((c) => confirmedAt.some((i) => i > c.at));
  if (carriedAfter.length === carried.length && !judgement.unconfirmed.length)
    judgement.confirmed.push(...carried.map((c) => `${c.text}: carried by the parts after it`));
  else
    judgement.unconfirmed.push(
      ...carried.map((c) => `${c.text}: its values left the page and nothing after confirms them`),
    );
  if (judgement.problems.length) judgement.outcome = 'not-done';
  else if (!judgement.unconfirmed.length && judgement.assertions.length) judgement.outcome = 'passed';
  else judgement.outcome = 'unverified';
  return judgement;
}

type Found = { assertions: Assertion[]; why?: string } | { problem: string };

type PartInput = JudgeInput & {
  probe: EvidenceProbe;
  acting: boolean;
  last: boolean;
  laterLogout: boolean;
  /** Texts that already confirmed an earlier action part. */
  used: ReadonlySet<string>;
  /** The action known to serve the part (the n-th item acted on), when the words cannot tell. */
  servedBy?: HistoryEntry;
  /** "high priority" of "VPN keeps dropping with high priority": set by another control, shown in the new item. */
  optionTail?: string;
  /** The name of the item the part locates by its place, which the run opened (located-item.ts). */
  locatedItem?: string;
};

/** Item-like elements: an added thing shows up as one of these, not as a stray line of text. */
const ITEM_ROLES = new Set(['listitem', 'row', 'cell', 'article', 'option', 'treeitem', 'gridcell']);

async function evidenceFor(part: GoalPart, input: PartInput): Promise<Found> {
  const { now, probe } = input;
  const value = part.values[0] ?? casedValue(part, input);
  const texts = readableTexts(now);
  const words = partWords(part);
  // The page before the action that served this part (else the start): evidence must be new since.
  const served = input.servedBy ?? servingOf(part, input.history, input.pagesBefore);
  const baseline = (served && input.textsBefore?.get(served)) || input.start.texts;
  const before = new Set(baseline);
  const isNew = (text: string) => occurrences(now.texts, text) > occurrences(baseline, text);
  // A text in the goal's own error-like words ("Required for everyone") may be its outcome.
  const goalWords = ownWords(input.goal);
  const fresh = texts.filter((t) => !before.has(t) && !errorWorded(t, goalWords));

  // The app's own new message (a status or an alert that is no error): its answer to what was sent.
  // The page the run's last action led to answers the goal's last part ("All done" after "Submit").
  const lastAction = [...input.history]
    .reverse()
    .find((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const answersLastAction = input.last && served !== undefined && served === lastAction;
  // The app moved on from a form it was sent: the control that sent it is gone ("Your account has
  // been created." where "Create account" was). A spinner beside a Save button still there is not.
  const movedOn =
    part.intent === 'submit' &&
    lastAction?.target !== undefined &&
    !now.elements.some((e) => e.role === lastAction.target!.role && e.name === lastAction.target!.name);
  // The act named by its noun, as WordNet derives it from the verb ("payment" for "pay", "renewal"
  // for "renew"); not a person's noun ("payer", "payee"), which names no act.
  const actNouns = part.verb
    ? derivedWords(part.verb.split(' ')[0]!).filter((w) => !/\s/.test(w) && !/(?:er|or|ee)$/.test(w))
    : [];
  const namesTheAct = (t: string) =>
    (t.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => actNouns.includes(w) && w !== part.verb);
  // (See `stateAsked`.)
  const state = stateAsked(part);
  const speaksOfState = (t: string) => !state.length || relatedWords(t, state).length > 0;
  // A status is the app's answer to the action; a heading counts only when it names the part (or
  // answers the last action). Both
  // must name the numbers the part names ("archive 1001 and 1003" is not "Order 1001").
  const freshMessage = (): Assertion[] => {
    for (const roles of [['status', 'alert'], ['heading']]) {
      const message = now.elements.find((e) => {
        const text = e.name || e.text || '';
        return (
          roles.includes(e.role) &&
          text &&
          !before.has(text) &&
          !ERROR_WORDS.test(text) &&
          namesNumbers(text) &&
          // A status answering an action on the app's data must speak of it ("Notes saved", not
          // "Working on it…"); a heading must name the part, or answer the run's last action.
          (e.role === 'heading'
            ? (relatedWords(text, words).length > 0 || answersLastAction) && speaksOfState(text)
            : !actionVerb(part) || relatedWords(text, words).length > 0 || movedOn || namesTheAct(text))
        );
      });
      const stable = message ? stableSegment(message.name || message.text || '') : null;
      if (stable && isNew(stable)) return [{ type: 'text-visible', text: stable }];
    }
    return [];
  };
  // "open ticket 4": evidence must name the 4, not only say "Tickets" (a date's or a time's digits,
  // "born 23 June 1992", name no item).
  const numbers = itemNumbers(part);
  // On the numbered thing's own page (its one main heading names the numbers, there when the part's
  // action was done and still now), the app's answer need not repeat them ("Ticket closed.").
  const mainNaming = (o: Observation | undefined) =>
    o?.elements.filter(
      (e) =>
        e.role === 'heading' &&
        e.level === 1 &&
        numbers.every((n) => new RegExp(`(^|[^\\d])${n}([^\\d]|$)`).test(e.name)),
    ) ?? [];
  const ownPage =
    numbers.length > 0 && served !== undefined
      ? mainNaming(now).find((h) => mainNaming(input.pagesBefore?.get(served)).some((b) => b.name === h.name))
      : undefined;
  const namesNumbers = (t: string) =>
    ownPage !== undefined || numbers.every((n) => new RegExp(`\\b${n}\\b`).test(t));
  // A fragment sharing one word with the part is no evidence: most of the part's words, or its value.
  const enough = Math.min(2, part.objectWords.filter((w) => !/^\d+$/.test(w)).length || 1);
  // "Flag X as blocked", "move X to Shipped": a text naming only X (its heading, shown once it
  // opened) says nothing of the state asked for; the evidence must speak of it.
  const freshRelated = (): Assertion[] => {
    // A number the part names ("4 stars", "ticket 4") counts as one of its words.
    const hits = fresh.filter(
      (t) =>
        namesNumbers(t) &&
        speaksOfState(t) &&
        (part.intent === 'observe' || !input.used.has(t.toLowerCase())) &&
        (relatedWords(t, words).length + (numbers.length ? 1 : 0) >= enough ||
          (value !== undefined && t.includes(value))),
    );
    // Prefer the text that names what the part names ("Position: Designer" over "Apply for the job").
    const names = namesIn(part).map((n) => n.toLowerCase());
    const hit = hits.find((t) => names.every((n) => t.toLowerCase().includes(n))) ?? hits[0];
    // Keep the numbers the goal names: "You rated this 4 out of 5", not "You rated this".
    const stable = hit ? (numbers.length ? hit : stableSegment(hit)) : null;
    return stable && isNew(stable) ? [{ type: 'text-visible', text: stable }] : [];
  };
  // "accept the terms", "mark it urgent": the box this part's own action ticked, still ticked.
  const tickedBox = async (): Promise<Assertion[]> => {
    const type = served?.action.type;
    if (!served?.target || (type !== 'check' && type !== 'uncheck')) return [];
    const { role, name } = served.target;
    const box = now.elements.find((e) => e.role === role && e.name === name);
    if (!box || (box.checked === true) !== (type === 'check')) return [];
    const locator = await probe.locate(box);
    return locator ? [{ type: 'checked', locator, checked: type === 'check' }] : [];
  };
  // The planner's own assertions count only when they name this part and are new since it was served.
  const proposed = (): Assertion[] =>
    (input.proposed ?? []).filter(
      (a) =>
        namesPart(a, part) &&
        // The same bar as the checker's own: new, naming the part's numbers and enough of its words.
        (a.type !== 'text-visible' ||
          (isNew(a.text) &&
            namesNumbers(a.text) &&
            (relatedWords(a.text, words).length + (numbers.length ? 1 : 0) >= enough ||
              (value !== undefined && a.text.includes(value))))) &&
        (a.type !== 'url-matches' || now.url !== input.start.url),
    );
  // "Sort the orders by total, highest first": the named column's rows in that order now, and not
  // before the part's action, whatever the part's intent was read as.
  if (sortsTable(part)) {
    const sorted = await sortedColumn(part, input, served);
    if (sorted.length) return { assertions: sorted };
  }
  // "Switch to the dark theme": the document itself now carries the mark the part names.
  if (DOCUMENT_INTENTS.has(part.intent)) {
    const marked = await documentMarked(part, input, served ?? lastAction);
    if (marked.length) return { assertions: marked };
  }
  // "Pick the L frame size", "Increase the quantity to 3", "Go with the riser handlebar": the
  // widget's own state (its shown choice, aria-valuenow, a toggle turned on), changed by the run.
  const widget = await widgetShows(part, { ...input, locate: (e) => probe.locate(e) });
  if (widget.length) return { assertions: widget };
  switch (part.intent) {
    case 'observe': {
      // "…and make sure an error is shown": a message the app styles or announces as an error, new
      // since the run's last action. One that was there before proves nothing.
      if (asksForError(part) && !part.expect.length) {
        const last = input.history.findLast(
          (h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail',
        );
        const error = last ? await askedError(input, last) : null;
        return error
          ? { assertions: [{ type: 'text-visible', text: error }] }
          : { assertions: [], why: 'no error appeared after the last action' };
      }
      // After actions, what the goal expects to see must be new: the start page proves nothing.
      const shows = (text: string) => (input.acting ? isNew(text) : occurrences(texts, text) > 0);
      if (part.expect.length) {
        const stale = part.expect.find((text) => !shows(text));
        if (stale && occurrences(texts, stale) > 0)
          return { assertions: [], why: `"${stale}" was on the page before anything was done` };
        return { assertions: part.expect.map((text) => ({ type: 'text-visible', text })) };
      }
      // "check that Emma is listed there": the thing is an item of a list the page shows (all its
      // words in one row or list item), not the words that say it is there.
      const listed = listedThing(part.text);
      if (listed) {
        // New among the page's items since the start, once anything was done.
        const items = itemTexts(now);
        const startItems = itemTexts(input.start);
        const item = items.find(
          (t) =>
            itemHolds(t, listed) && (!input.acting || occurrences(items, t) > occurrences(startItems, t)),
        );
        // (A shorter stable piece only when it still names the whole thing, its number too.)
        const piece = item ? stableSegment(item) : null;
        const text = piece && itemHolds(piece, listed) ? piece : item;
        if (text) return { assertions: [{ type: 'text-visible', text }] };
      }
      // (When the part names its thing so, a text naming only some of it, "Ocean blue jug" for the
      // "Ocean blue mug", is another thing.)
      const hit = texts.find(
        (t) =>
          relatedWords(t, part.objectWords).length >= Math.min(2, part.objectWords.length) &&
          shows(t) &&
          (!listed || itemHolds(t, listed)),
      );
      return hit && part.objectWords.length
        ? { assertions: [{ type: 'text-visible', text: stableSegment(hit) ?? hit }] }
        : { assertions: [], why: 'it names nothing new on the page' };
    }
    case 'add': {
      // An added thing is a new item (row, list item, card), not the typed text echoed in a preview.
      const items = (o: Observation) => itemTexts(o);
      if (!value) {
        const startItems = items(input.start);
        const hit = items(now).find(
          (t) =>
            occurrences(items(now), t) > occurrences(startItems, t) &&
            relatedWords(t, words).length >= enough,
        );
        const stable = hit ? stableSegment(hit) : null;
        return {
          assertions: stable
            ? [{ type: 'text-visible', text: stable }]
            : [
                ...(await renamedToggle(part, input, served)),
                ...(await countRose(part, input, served)),
              ].slice(0, 2),
          why: 'no new item on the page names it',
        };
      }
      // Typing is not adding: something must have sent it (a click, Enter) after the last typing,
      // else what shows is an echo or a suggestion list.
      const typedAt = input.history.findLastIndex((h) => h.ok && h.action.type === 'fill');
      const sent = input.history.some(
        (h, i) => i > typedAt && h.ok && ['click', 'press', 'dblclick', 'check'].includes(h.action.type),
      );
      if (!sent) return { assertions: [], why: `"${value}" was typed, but nothing sent it` };
      // With an option tail, the new item shows the option too ("… High"), not only the text.
      const tail = input.optionTail ? contentWords(input.optionTail) : [];
      const ofItem = (texts: string[]) =>
        texts.filter((t) => !tail.length || relatedWords(t, tail).length > 0);
      if (occurrences(ofItem(items(now)), value) > occurrences(ofItem(items(input.start)), value))
        return { assertions: [{ type: 'text-visible', text: value }] };
      if (tail.length)
        return { assertions: [], why: `no new item shows "${value}" with ${input.optionTail}` };
      const toggled = await renamedToggle(part, input, served);
      if (toggled.length) return { assertions: toggled };
      const counted = await countRose(part, input, served);
      if (counted.length) return { assertions: counted };
      const opened = openedAsItsOwnPage(value, input);
      if (opened) return { assertions: [opened] };
      return {
        assertions: [],
        why: isNew(value)
          ? `"${value}" shows, but in no new item of a list or table (an echo of what was typed?)`
          : `"${value}" was on the page before`,
      };
    }
    case 'edit': {
      // Typing is not changing: something must have saved it (a click, Enter) after the last typing,
      // else what shows is a live preview of the field.
      const typedAt = input.history.findLastIndex((h) => h.ok && h.action.type === 'fill');
      const saved =
        typedAt < 0 ||
        input.history.some(
          (h, i) => i > typedAt && h.ok && ['click', 'press', 'check', 'select'].includes(h.action.type),
        );
      if (value && !saved) return { assertions: [], why: `"${value}" was typed, but nothing saved it` };
      // A case change: the text differs from the old one only in its letters' case, which text
      // matching ignores; an element whose whole text is exactly it, in that case, new since.
      if (value !== undefined && part.values[0] === undefined) {
        const cased = (t: string) => t.includes(value);
        const typedOn = input.history[typedAt];
        const earlier = [...input.start.texts, ...((typedOn && input.textsBefore?.get(typedOn)) || [])];
        if (!now.texts.some(cased) || earlier.some(cased))
          return { assertions: [], why: `"${value}" does not show in that case anew` };
        return { assertions: [{ type: 'element-visible', locator: { text: value } }] };
      }
      // The value in a text the page did not show before the save ("Welcome back, Grace Hopper"),
      // even where a preview of it has since gone.
      const shownAnew = (v: string) =>
        isNew(v) || texts.some((t) => t.toLowerCase().includes(v.toLowerCase()) && !before.has(t));
      // A value the start page already showed (another item's title) proves nothing by showing
      // again: only the field kept after an answered save does.
      const shownAtStart = value !== undefined && occurrences(input.start.texts, value) > 0;
      // A live preview showed the value before the save (in the page behind a dialog, say): it
      // showing still proves nothing unless the app answered the save ("Profile saved.").
      const save = input.history.find(
        (h, i) => i > typedAt && h.ok && (h.action.type === 'click' || h.action.type === 'press'),
      );
      const beforeSave = save ? (input.textsBefore?.get(save) ?? []) : [];
      // Every text showing it now was already there, word for word, when the save was decided on.
      const previewed =
        value !== undefined &&
        save !== undefined &&
        texts.some((t) => t.toLowerCase().includes(value.toLowerCase())) &&
        texts
          .filter((t) => t.toLowerCase().includes(value.toLowerCase()))
          .every((t) => occurrences(now.texts, t) <= beforeSave.filter((b) => b === t).length);
      const answer = previewed && save ? answerTo(save, part, input) : null;
      // (The answer gates; it is left to the part that asks for the save to assert it.)
      if (value && !shownAtStart && shownAnew(value) && (!previewed || answer))
        return { assertions: [{ type: 'text-visible', text: value }] };
      if (value && previewed && !answer && !shownAtStart)
        return {
          assertions: [],
          why: `"${value}" showed before it was saved (a preview), and the app did not answer the save`,
        };
      if (value) {
        const kept = await keptAfterSave(part, value, input);
        return kept.length
          ? { assertions: kept }
          : { assertions: [], why: `"${value}" shows nowhere it did not show before` };
      }
      return {
        assertions: proposedOr([...(await tickedBox()), ...freshRelated()].slice(0, 1), proposed),
        why: 'the goal gives no text to look for',
      };
    }
    case 'search':
      if (value) {
        // The search was made: the box holds the words (or the URL does), and results name them.
        const box = now.elements.find(
          (e) => isTextField(e.role) && e.value?.toLowerCase() === value.toLowerCase(),
        );
        const inUrl = decodeURIComponent(now.url).toLowerCase().includes(value.toLowerCase());
        if (!box && !inUrl) return { problem: `nothing shows a search for "${value}" was made` };
        // The box holding the words is only what was typed: the results must have changed since
        // the typing began (a list that filters as you type changed before any Enter or button).
        const typing = input.history.find(
          (h) => h.ok && h.action.type === 'fill' && h.action.value?.toLowerCase() === value.toLowerCase(),
        );
        const sinceTyping = (typing && input.textsBefore?.get(typing)) || baseline;
        const answered =
          inUrl || texts.join('\n') !== baseline.join('\n') || texts.join('\n') !== sinceTyping.join('\n');
        const wanted = value.toLowerCase();
        // (A result is often a row or a link of a list: "Rain barrel" in a filtered table.)
        const listed =
          texts.some((t) => t.toLowerCase().includes(wanted)) ||
          now.elements.some(
            (e) =>
              ['row', 'listitem', 'link', 'cell', 'gridcell', 'option', 'article'].includes(e.role) &&
              `${e.name} ${e.text ?? ''}`.toLowerCase().includes(wanted),
          );
        return listed && answered
          ? { assertions: [{ type: 'text-visible', text: value }] }
          : { assertions: [], why: `no new result on the page names "${value}"` };
      }
      // The app's answer (a result count, a status), not a heading that merely repeats "search".
      return { assertions: served ? freshMessage() : [], why: 'the page shows no results for it' };
    case 'remove': {
      // An item is a text inside a row (list item, table row) of the page the removal was done on
      // (else the start), never a heading: "sign in, … and delete them" lists the rows after sign-in.
      // "Remove the star from …": the control used, in the named row, is no longer pressed.
      const unflipped = await flippedState(part, input, served);
      if (unflipped.assertions.length) return unflipped;
      const renamed = await renamedToggle(part, input, served);
      if (renamed.length) return { assertions: renamed };
      // "Cancel my booking for the Curie room": the app keeps the row, marked cancelled.
      const marked = await rowMarked(part, input, served);
      if (marked.length) return { assertions: marked };
      const start = (served && input.pagesBefore?.get(served)) || input.start;
      // (An item's name is often its link in the row, "Wood glue 1 l", not a text of its own.)
      const startTexts = new Set([
        ...start.texts,
        ...start.elements.filter((e) => e.role === 'link' && e.context && e.name).map((e) => e.name),
      ]);
      const rows = start.elements.filter((e) => (e.role === 'listitem' || e.role === 'row') && e.text);
      const items = [...startTexts].filter((t) => rows.some((r) => r.text!.includes(t)));
      // The text of one row only: a label every row shows ("Room", "Delete") names no item, and it
      // stays on the page whatever was removed.
      // And when the control used sat in a row, a text of that row (not a header row's "Room").
      const usedRow = usedControl(input, served)?.control.context;
      const ownItems = items.filter(
        (t) => rows.filter((r) => r.text!.includes(t)).length === 1 && (!usedRow || usedRow.includes(t)),
      );
      const targets = value ? [value] : namedTexts(ownItems, part);
      if (targets.length)
        return { assertions: targets.map((text) => ({ type: 'text-hidden' as const, text })) };
      // "Clear completed": every item whose box was ticked at the start is gone.
      if (relatedWords(part.objectWords.join(' '), ['complete', 'check', 'done']).length) {
        const ticked = start.elements
          .filter((e) => e.role === 'checkbox' && e.checked === true && e.context)
          .map((e) => items.find((t) => e.context!.includes(t)))
          .filter((t): t is string => Boolean(t));
        if (ticked.length)
          return { assertions: [...new Set(ticked)].map((text) => ({ type: 'text-hidden' as const, text })) };
      }
      // Never the items' own names showing (that is the opposite of gone): only a new message
      // about the removal itself ("2 contacts deleted").
      return {
        assertions: freshRelated().filter(
          (a) => a.type === 'text-visible' && relatedWords(a.text, part.verb.split(' ')).length > 0,
        ),
        why: 'could not tell which item should be gone',
      };
    }
    case 'check':
    case 'uncheck': {
      const box = toggleFor(part, now);
      // No box: only a new message that says a setting changed ("Auto-reorder turned on"), never
      // one that merely names the item the setting is for (its detail panel opened instead).
      if (!box)
        return {
          assertions: freshRelated().filter(
            (a) =>
              a.type === 'text-visible' &&
              (relatedWords(a.text, part.verb.split(' ')).length > 0 || SETTING_CHANGED.test(a.text)),
          ),
          why: 'found no checkbox for it on the page',
        };
      // A box the run never acted on stands as the app left it: its state, whichever it is, is not
      // the run's doing ("Stop emailing me…" on a settings page only opened, the box ticked from the start).
      const actedOn = input.history.some(
        (h) =>
          h.ok &&
          ['click', 'check', 'uncheck', 'press'].includes(h.action.type) &&
          h.target?.role === box.role &&
          h.target.name === readName(box),
      );
      if (!actedOn) return { assertions: [], why: `the run never acted on ${box.role} "${readName(box)}"` };
      const locator = await probe.locate(box);
      if (!locator) return { assertions: [], why: 'its checkbox could not be located' };
      return { assertions: [{ type: 'checked', locator, checked: part.intent === 'check' }] };
    }
    case 'select':
    case 'fill': {
      // "Select Lena Fischer and Omar Haddad": rows are selected by their boxes, ticked now; the rows
      // merely showing prove nothing.
      if (!value && part.intent === 'select') {
        const names = namesIn(part);
        // Nothing on the page can be picked for it ("Pay the water bill W-5520" read as a choice):
        // no box, option or row names any of its names. It is then the action its verb names,
        // judged as one (a control named like the verb used, and the app's new answer to it).
        const pickable = now.elements.some(
          (e) =>
            (e.role === 'checkbox' || e.role === 'option' || e.role === 'row') &&
            names.some((n) => `${e.name} ${e.context ?? ''}`.toLowerCase().includes(n.toLowerCase())),
        );
        if (!pickable && names.length && part.verb && part.verb !== 'select')
          return evidenceFor({ ...part, intent: 'click' }, input);
        const boxes = now.elements.filter(
          (e) =>
            (e.role === 'checkbox' || e.role === 'option' || e.role === 'row') &&
            (e.checked === true || e.selected) &&
            names.some((n) => `${e.name} ${e.context ?? ''}`.toLowerCase().includes(n.toLowerCase())),
        );
        const located = (await Promise.all(boxes.map((b) => probe.locate(b)))).filter(
          (l): l is SpecLocator => l !== null,
        );
        const covered = names.every((n) =>
          boxes.some((b) => `${b.name} ${b.context ?? ''}`.toLowerCase().includes(n.toLowerCase())),
        );
        return covered && names.length && located.length === boxes.length
          ? {
              assertions: boxes.map((b, i) =>
                b.role === 'checkbox'
                  ? { type: 'checked' as const, locator: located[i]!, checked: true }
                  : { type: 'element-visible' as const, locator: located[i]! },
              ),
            }
          : { assertions: [], why: 'no ticked box or selected row names it' };
      }
      if (!value) return { assertions: freshRelated(), why: 'the goal gives no value' };
      // The field the part names ("the quantity of Milk"), holding the value, changed since the start:
      // another row's field that happened to hold it proves nothing.
      // (A select holds it when the one option naming it is picked: "Berlin" in "Berlin (CET)".)
      const holding = now.elements.filter(
        (e) =>
          e.value !== undefined &&
          (e.value.toLowerCase() === value.toLowerCase() ||
            (e.role === 'combobox' && !!e.options && optionNaming(value, e.options) === e.value)),
      );
      const field = holding.find(
        (e) => namesField(part, e, now, input.locatedItem) && changedSinceStart(e, input.start),
      );
      if (!field) {
        if (holding.length)
          return {
            assertions: [],
            why: `a field holds "${value}", but not one the goal names, or it held it from the start`,
          };
        // (New since the start too: a value listed from the first, in another row, is no change.)
        if (isNew(value) && occurrences(now.texts, value) > occurrences(input.start.texts, value))
          return { assertions: [{ type: 'text-visible', text: value }] };
        // "Set order 1007 to shipped": no field, but the named row now shows the value as its state.
        const marked = await rowMarked(part, input, served);
        if (marked.length) return { assertions: marked };
        // "Give thread X to Lea": picked on X's own page, sent, and stated there now by the app.
        const stated = statedOnOwnPage(part, value, input);
        if (stated.length) return { assertions: stated };
        // Typed into a field a form then took away (a wizard's step moved on): not refused, but
        // nothing here shows it any more.
        const typedAway = input.history.some(
          (h, i) =>
            h.ok &&
            h.action.type === 'fill' &&
            h.action.value?.toLowerCase() === value.toLowerCase() &&
            h.target &&
            !now.elements.some((e) => e.role === h.target!.role && e.name === h.target!.name) &&
            input.history.slice(i + 1).some((l) => l.ok && l.action.type === 'click'),
        );
        return typedAway
          ? {
              assertions: [],
              why: `the field "${value}" was typed into left the page when the form moved on`,
            }
          : { problem: `no field holds "${value}"` };
      }
      // A choice ("ship it to Leiden" read as picking the destination) is picked, not typed: a text
      // box holding just what the run typed into it shows the typing, not that the app took a
      // choice (an autocomplete keeps only a picked suggestion; widget-evidence.ts reads a pick).
      const typedAsIs = input.history.some(
        (h) =>
          h.ok &&
          h.action.type === 'fill' &&
          h.target?.name === readName(field) &&
          (h.action.value ?? '').trim().toLowerCase() === value.toLowerCase(),
      );
      if (part.intent === 'select' && (field.role === 'textbox' || field.role === 'searchbox') && typedAsIs)
        return {
          assertions: [],
          why: `"${value}" was typed into "${field.name}", and a choice is picked, not typed: nothing shows the app took it`,
        };
      // Picked in a form that has a submit button, and nothing sent since: a settings form keeps
      // nothing until it is saved (a list's filter select, in no such form, applies at once).
      const pickedAt = input.history.findLastIndex(
        (h) => h.ok && h.action.type === 'select' && h.target?.name === readName(field),
      );
      const send = now.elements.find(
        (e) => e.role === 'button' && e.submit && !e.disabled && (e.group ?? '') === (field.group ?? ''),
      );
      if (
        pickedAt >= 0 &&
        send &&
        !input.history
          .slice(pickedAt + 1)
          .some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
      )
        return {
          assertions: [],
          why: `"${field.value}" is picked, but "${send.name}" was not pressed to keep it`,
        };
      const locator = await probe.locate(field);
      return locator
        ? { assertions: [{ type: 'field-value', locator, value: field.value! }] }
        : { assertions: [], why: 'its field could not be located' };
    }
    case 'close': {
      // The dialog the goal opened (or names), not a banner that was there all along.
      const isDialog = (e: ObservedElement) => e.role === 'dialog' || e.role === 'alertdialog';
      const named = (e: ObservedElement) => relatedWords(e.name, part.objectWords).length > 0;
      const beforeDialogs = new Set(input.start.elements.filter(isDialog).map((e) => e.name));
      const open = now.elements.find((e) => isDialog(e) && (named(e) || !beforeDialogs.has(e.name)));
      if (open) return { problem: `the dialog "${open.name}" is still open` };
      const seen = input.history.length
        ? (input.start.elements.find((e) => isDialog(e) && named(e)) ?? null)
        : null;
      const name = seen?.name ?? dialogNamed(part, input) ?? dialogSeen(input);
      // "Open ticket 4 and close it" where no dialog was ever open: closing the thing is an action on
      // the app's data (its "Close ticket"), judged as one.
      if (!name && !closesDialog(part, input)) return evidenceFor({ ...part, intent: 'click' }, input);
      if (!name) return { assertions: [], why: 'could not tell which dialog was meant' };
      // "…close it with Escape", "with the × button": the dialog's own outcome is what the goal asks.
      const wrongWay = closedOtherwise(part, name, input);
      if (wrongWay) return { assertions: [], why: wrongWay };
      return { assertions: [{ type: 'element-hidden', locator: { role: 'dialog', name } }] };
    }
    case 'login': {
      // "Sign in and then sign out": the final page cannot show the sign-in; the sign-out part's
      // evidence is all there is, and this part stays unconfirmed.
      if (input.laterLogout)
        return { assertions: [], why: 'a later part signs out, so the final page cannot show it' };
      const password = now.elements.some((e) => isTextField(e.role) && e.password);
      if (password) {
        // Password fields of the page's own (a change-password form in the settings) are not the
        // sign-in form still there: the sign-in led to a page without any, and the field it typed
        // the account into is gone. Else not signed in.
        const gone = signInFormGone(input);
        if (!gone) return { problem: 'a password field is still shown: not signed in' };
        return { assertions: [gone], why: 'nothing on the page shows who is signed in' };
      }
      const assertions: Assertion[] = [];
      if (input.start.elements.some((e) => e.password))
        assertions.push({ type: 'element-hidden', locator: { css: 'input[type=password]' } });
      else {
        // A sign-in that asks for the user on a page of its own (the password on the next): the
        // field the run typed the account into on the start page is gone.
        const typedThere = input.start.elements.find(
          (e) =>
            isTextField(e.role) &&
            e.name &&
            input.history.some((h) => h.ok && h.action.type === 'fill' && h.target?.name === readName(e)) &&
            !now.elements.some((n) => n.role === e.role && n.name === e.name),
        );
        if (typedThere)
          assertions.push({
            type: 'element-hidden',
            locator: { role: typedThere.role, name: typedThere.name },
          });
      }
      // The name must be new since the sign-in (not "Hello ada" echoed while typing it).
      if (value && isNew(value)) assertions.push({ type: 'text-visible', text: value });
      return { assertions, why: 'nothing on the page shows who is signed in' };
    }
    case 'logout': {
      // What shows the user is out must be new since the sign-out action: a "Sign in to another
      // account" link that was there all along proves nothing.
      const signOut = input.history.findLast(
        (h) =>
          h.ok &&
          /\b(log|sign)\s?(out|off)\b|\blogout\b/i.test(`${h.target?.name ?? ''} ${h.action.text ?? ''}`),
      );
      if (!signOut) return { assertions: [], why: 'nothing named like signing out was done' };
      const page0 = input.pagesBefore?.get(signOut);
      const was = (e: ObservedElement) =>
        page0?.elements.some((b) => b.role === e.role && b.name === e.name && b.password === e.password) ??
        false;
      const password = now.elements.some((e) => e.password && !was(e));
      const signIn = now.elements.find(
        (e) => (e.role === 'button' || e.role === 'link') && /\b(log|sign)\s?in\b/i.test(e.name) && !was(e),
      );
      if (password)
        return { assertions: [{ type: 'element-visible', locator: { css: 'input[type=password]' } }] };
      // A sign-in that asks for the account on a page of its own ("Email address", then Continue):
      // that page, new since the sign-out, shows the user is out.
      const step = signInStep(now);
      if (step && step.kind === 'user' && !was(step.field))
        return {
          assertions: [
            { type: 'element-visible', locator: { role: step.field.role, name: step.field.name } },
          ],
        };
      if (signIn)
        return {
          assertions: [{ type: 'element-visible', locator: { role: signIn.role, name: signIn.name } }],
        };
      return { assertions: [], why: 'no sign-in control is shown' };
    }
    default: {
      // open, click, submit, hover, press, upload: the page it led to, or a new message about it.
      const assertions: Assertion[] = [];
      // "Borrow Dune", "archive them", "save": an action, not a place. Arriving at the thing's page
      // (its address, its heading, a current link) proves only that it was opened; the action needs
      // a control named like its verb to have been used, and something new since.
      const acting = actionVerb(part);
      const named = !acting || verbActed(part, input.history);
      // "continue" done by the form's "Next": only the form moving on shows it (a heading that merely
      // says "continue", as "Sign in to continue", does not).
      if (!named && forwardVerb(part) && served && submitButton(served, input.pagesBefore))
        return {
          assertions: await formMovedOn(input, served),
          why: 'the form it sent did not move on from the fields it filled',
        };
      if (!named) {
        // "Subscribe to the monthly newsletter": the box its object labels, set and saved.
        const setting = settingTicked(part, { ...input, isError: (t) => ERROR_WORDS.test(t) });
        const locator = setting ? await probe.locate(setting.box) : null;
        if (setting && locator)
          return {
            assertions: [
              { type: 'checked', locator, checked: setting.checked },
              { type: 'text-visible', text: setting.status },
            ],
          };
        return { assertions: [], why: `nothing named like "${part.verb}" was done` };
      }
      if (!acting && now.url !== input.start.url) {
        const url = new URL(now.url);
        // The page an address is, is its last segment: "/requests/new" is the new-request form, not
        // the requests, whatever the goal says of requests.
        const route =
          url.hash && url.hash !== '#' ? url.hash : (url.pathname.split('/').filter(Boolean).at(-1) ?? '');
        const where = decodeURIComponent(route)
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
      // Without a new address, only something done to what the part names can have caused a change.
      // "Go to the next page": the pager moved there, whatever control ("Next ›") the run used.
      if (!assertions.length && !acting && !served)
        assertions.push(...(await pagerMoved(part, input, lastAction)));
      // "Open ticket 2": a row led by "#2" was clicked and the page is now headed by "#2 …".
      if (!assertions.length && !served && !acting) assertions.push(...openedByNumber(part, input));
      if (!assertions.length && !served) return { assertions: [], why: 'nothing it names was acted on' };
      // A client-side route can change the address and leave the old content: the address counts
      // only when the page shows something new since the action.
      if (assertions.length && !fresh.length) assertions.length = 0;
      // The document's title, changed since the start and naming the thing, with new content
      // ("Archive — Postbox" after "Open the Archive folder"): where a view has no heading.
      if (
        !acting &&
        !assertions.length &&
        fresh.length &&
        now.title &&
        now.title !== input.start.title &&
        relatedWords(now.title, part.objectWords).length > 0
      )
        assertions.push({ type: 'title', text: now.title });
      const heading = acting
        ? undefined
        : now.elements.find(
            (e) =>
              e.role === 'heading' &&
              !before.has(e.name) &&
              isNew(e.name) &&
              namesNumbers(e.name) &&
              relatedWords(e.name, words).length > 0 &&
              !makesNew(e.name, part.text),
          );
      if (heading) assertions.push({ type: 'text-visible', text: heading.name });
      if (!assertions.length) assertions.push(...(await flippedState(part, input, served)).assertions);
      if (!assertions.length) assertions.push(...(await renamedToggle(part, input, served)));
      if (!assertions.length) assertions.push(...(await rowMarked(part, input, served)));
      if (!assertions.length && acting) assertions.push(...(await rowsGone(part, input, served)));
      if (!assertions.length && !acting) assertions.push(...(await pagerMoved(part, input, served)));
      if (!assertions.length) assertions.push(...freshRelated());
      // "accept the terms": a box the part names, now checked.
      // Only a box this part's own action ticked: one an earlier part ticked proves nothing here.
      if (!assertions.length) assertions.push(...(await tickedBox()));
      if (!assertions.length) assertions.push(...freshMessage());
      if (!acting && (part.role === 'link' || part.role === 'tab')) {
        // A selected tab or current link named as the goal says is evidence too.
        const current = now.elements.find(
          (e) =>
            (e.role === part.role || e.role === 'tab') &&
            (e.selected || e.pressed === true || e.current) &&
            relatedWords(e.name, part.objectWords).length > 0,
        );
        if (current && !assertions.length) {
          const locator = await probe.locate(current);
          if (locator) assertions.push({ type: 'element-visible', locator });
        }
      }
      if (!assertions.length)
        assertions.push(...proposed().filter((a) => !acting || a.type === 'text-visible'));
      // An answer that does not repeat the thing's number holds on the thing's own page only.
      if (
        ownPage &&
        assertions.some((a) => a.type === 'text-visible' && !numbers.every((n) => a.text.includes(n)))
      )
        assertions.push({ type: 'text-visible', text: ownPage.name });
      // A form for making the thing ("New invoice") where the goal only asks to see or open it.
      const shown = assertions.filter(
        (a) => a.type !== 'text-visible' || acting || !makesNew(a.text, part.text),
      );
      return { assertions: shown, why: 'the page shows no message or page that confirms it' };
    }
  }
}

/**
 * "Change the title of issue 7 to upper case": the goal gives no text, but the field the run typed
 * into held one, and what was typed is that text in the case asked (and not already so). The field
 * must be the one the part names: its label or row names every number the part gives and one of its
 * words. Anything else typed ("FIXED") is no case change. Undefined when no such typing was done.
 */
function casedValue(part: GoalPart, input: PartInput): string | undefined {
  if (!part.textCase) return undefined;
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  for (const entry of [...input.history].reverse()) {
    const typed = entry.action.value;
    if (!entry.ok || entry.action.type !== 'fill' || !typed) continue;
    const field = input.pagesBefore?.get(entry)?.elements.find((e) => e.ref === entry.action.ref);
    const old = field?.value?.trim();
    if (!field || !old || typed !== inCase(old, part.textCase) || typed === old) continue;
    const about = `${field.name} ${field.context ?? ''}`;
    const named =
      numbers.every((n) => new RegExp(`(^|[^\\d])${n}([^\\d]|$)`).test(about)) &&
      relatedWords(
        about,
        part.objectWords.filter((w) => !/^\d+$/.test(w)),
      ).length > 0;
    if (named) return typed;
  }
  return undefined;
}

/**
 * "VPN keeps dropping with high priority" on a form with a Priority select offering High: the tail
 * after "with" sets another control, so the value is the text before it.
 */
export function withoutOptionTail(value: string, observation: Observation): string {
  const m = /^(.+?)\s+with\s+(.+)$/i.exec(value);
  if (!m) return value;
  const tail = m[2]!;
  const controls = observation.elements.filter(
    (e) => e.options?.length || e.role === 'radio' || e.role === 'checkbox' || e.role === 'switch',
  );
  const names = controls.some((c) =>
    [c.name, c.group ?? '', c.nearLabel ?? '', ...(c.options ?? [])].some(
      (t) => t && relatedWords(t, contentWords(tail)).length > 0,
    ),
  );
  return names ? m[1]!.trim() : value;
}

/**
 * The part with its value cut before an option tail some page of the run offered a control for
 * ("VPN keeps dropping with high priority" → "VPN keeps dropping", tail "high priority"), as the
 * planner typed it; null when no page did.
 */
function splitOptionTail(part: GoalPart, input: JudgeInput): { part: GoalPart; tail: string } | null {
  const value = part.values[0];
  // Only an added item is checked for the option too (see evidenceFor's add); elsewhere the tail
  // would simply be dropped from what the evidence must show.
  if (value === undefined || part.intent !== 'add') return null;
  const pages = [input.start, ...(input.pagesBefore?.values() ?? [])];
  for (const page of pages) {
    const cut = withoutOptionTail(value, page);
    if (cut !== value)
      return {
        part: { ...part, values: [cut, ...part.values.slice(1)] },
        tail: value.slice(cut.length).replace(/^\s*with\s+/i, ''),
      };
  }
  return null;
}

/** Control states a part can flip: `state` assertions read them in the page (element-state.ts). */
const FLIPPABLE = ['pressed', 'selected', 'current', 'expanded', 'checked'] as const;

function stateOf(element: ObservedElement, state: (typeof FLIPPABLE)[number]): boolean {
  if (state === 'pressed') return element.pressed === true;
  if (state === 'checked') return element.checked === true;
  if (state === 'expanded') return element.expanded === true;
  return element[state] === true;
}

/**
 * "Star the email from Alan Turing", "Remove the star from …", "Go to page 3": the control the part's
 * own action used flipped its state (pressed, selected, current, expanded) the way the part asks,
 * and it is tied to what the part names: its row names every name the part gives, or the control is
 * the number the part names ("3", "Page 3"). A control of another row, a state that was so before
 * the action, or a control that cannot be told from its look-alikes proves nothing.
 */
async function flippedState(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<{ assertions: Assertion[]; why?: string }> {
  const used = usedControl(input, served);
  if (!used) return { assertions: [] };
  const { control } = used;
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  const isNumber = numbers.some((n) => new RegExp(`^(page\\s*)?${n}$`, 'i').test(control.name.trim()));
  const words = partWords(part);
  const namedControl = isNumber || relatedWords(`${control.name} ${control.hint ?? ''}`, words).length > 0;
  if (!namedControl) return { assertions: [] };
  // The item the part names: every name it gives in the control's row (its own name for a number).
  const names = namesIn(part).filter((n) => !relatedWords(n, [control.name]).length);
  const row = (e: ObservedElement) => `${e.context ?? ''}`.toLowerCase();
  // With no name to find in a row, the control is the thing when it is the one control named by
  // what the part names ("show the shipping info" → the one "Shipping" tab), or the number named.
  const ownName =
    relatedWords(control.name, part.objectWords).length > 0 &&
    input.now.elements.filter((e) => e.role === control.role && e.name === control.name).length === 1 &&
    !aboutAnotherItem(part, control, [input.start, input.now]);
  // No capitalised name either: the item the part names in lower case ("the linen shirt"), when
  // the control's row held those words as it was used and no look-alike's row did.
  const itemPhrase =
    names.length || isNumber || ownName ? '' : (lowerCaseItem(part, control, used.before) ?? '');
  const tied = (e: ObservedElement) =>
    names.length
      ? names.every((n) => row(e).includes(n.toLowerCase()))
      : isNumber || ownName || (itemPhrase !== '' && holdsPhrase(e.context, itemPhrase));
  // The words that name the row ("Alan Turing"), as the goal writes them together.
  const phrase = namePhrase(part, names) || itemPhrase;
  let now: ObservedElement | undefined;
  let near: SpecLocator | null = null;
  if (tied(control)) {
    // The same control now: same role and name, in a row with the same text (rows re-render).
    const same = input.now.elements.filter(
      (e) =>
        e.role === control.role &&
        e.name === control.name &&
        (control.context ? e.context === control.context || tied(e) : true),
    );
    // A row that lost its text in the snapshot (a re-rendered card) is found below, in the page.
    if (same.length !== 1 && !itemPhrase) return { assertions: [] };
    if (same.length === 1) now = same[0]!;
  }
  if (!now && phrase && input.probe.locateNear) {
    // A row with no role whose texts run together: the control used and the name in the nearest
    // element holding both, found in the page, and one control like it only there.
    const alike = input.now.elements.filter((e) => e.role === control.role && e.name === control.name);
    const tiedNow: [ObservedElement, SpecLocator][] = [];
    for (const e of alike) {
      const locator = await input.probe.locateNear(e, phrase);
      if (locator) tiedNow.push([e, locator]);
    }
    if (tiedNow.length === 1) [now, near] = tiedNow[0]!;
  }
  if (!now) return { assertions: [], why: `the control used is not in a row that names ${names.join(' ')}` };
  // Undoing ("remove the star", "unstar", "turn off") wants the state gone; anything else wants it on.
  const undo = part.intent === 'remove' || part.intent === 'uncheck';
  const states = part.intent === 'open' ? FLIPPABLE.filter((s) => s !== 'pressed') : FLIPPABLE;
  const flipped = states.find((s) => stateOf(control, s) === undo && stateOf(now, s) === !undo);
  if (!flipped)
    return { assertions: [], why: `the ${control.role} "${control.name}" it used did not change state` };
  // Tied to the row by the name the goal gives, when the page can show it; else by its row's text.
  const locator =
    near ??
    (phrase && input.probe.locateNear ? await input.probe.locateNear(now, phrase) : null) ??
    (await input.probe.locate(now, { inRow: true }));
  return locator
    ? { assertions: [{ type: 'state', locator, state: flipped, value: !undo }] }
    : { assertions: [] };
}

/**
 * Whether the part is about an item on the page other than the control it used: another item is
 * named by two or more of the part's words that the control's name does not carry ("the quarterly
 * report card" → the card "Draft quarterly report"), and the control is not inside it. A filter chip
 * named "Blocked", pressed, does not give that card the Blocked tag.
 */
function aboutAnotherItem(part: GoalPart, control: ObservedElement, pages: readonly Observation[]): boolean {
  const others = part.objectWords.filter((w) => relatedWords(control.name, [w]).length === 0);
  if (others.length < 2) return false;
  const naming = (text: string) => new Set(relatedWords(text, others)).size >= 2;
  if (naming(control.context ?? '')) return false;
  // Items (rows, list items, cards: what itemTexts reads), not a heading the whole page is about;
  // on the start page too, since a filter may have hidden the very item the part names.
  return pages.some((page) =>
    page.elements.some(
      (e) =>
        e.name !== control.name &&
        (ITEM_ROLES.has(e.role) || e.clickable === true) &&
        naming(`${e.name} ${e.text ?? ''}`),
    ),
  );
}

/**
 * Whether `text` holds a value the run typed into a search box (a `searchbox`, or a field whose
 * name or placeholder says search): such a text shows the query back, not what the app did.
 */
function searchedFor(
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
  text: string,
): boolean {
  const shown = text.trim().toLowerCase();
  return history.some((h) => {
    if (!h.ok || h.action.type !== 'fill' || !h.action.value?.trim()) return false;
    const typed = h.action.value.trim().toLowerCase();
    if (!shown.includes(typed)) return false;
    const field = pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref);
    return (
      (field !== undefined && isSearchField(field)) || (h.target !== undefined && isSearchField(h.target))
    );
  });
}

/** Intents whose outcome is a change the app keeps. */
const CHANGING = new Set<Intent>([
  'add',
  'edit',
  'fill',
  'submit',
  'select',
  'check',
  'uncheck',
  'remove',
  'upload',
]);

/**
 * Whether every action of the run was a click on a link and the page now is another address (a path,
 * or a `#/…` route; not an in-page `#` link, which apps use as buttons): the run only moved between pages.
 */
function onlyFollowedLinks(history: readonly HistoryEntry[], start: Observation, now: Observation): boolean {
  const done = history.filter((h) => h.ok);
  // A "#/recipes/7" route is a page of a hash-routed app; another fragment is a place on this page.
  const address = (u: string) => u.replace(/#(?![!]?\/).*$/, '');
  return (
    done.length > 0 &&
    done.every((h) => h.action.type === 'click' && h.target?.role === 'link') &&
    address(now.url) !== address(start.url)
  );
}

/** Intents whose outcome is a state or a choice: a text the run typed is never what they ask for. */
const NEVER_TYPED = new Set<Intent>([
  'select',
  'check',
  'uncheck',
  'remove',
  'close',
  'open',
  'hover',
  'press',
]);

/** Whether `text` holds a value the run typed into any field (an echo of its own typing). */
function typedByRun(history: readonly HistoryEntry[], text: string): boolean {
  const shown = ` ${textWords(text).join(' ')} `;
  // As whole words: a typed "DELETE" (a confirmation phrase) is not echoed by "has been deleted".
  return history.some((h) => {
    if (!h.ok || h.action.type !== 'fill') return false;
    const typed = textWords(h.action.value ?? '');
    return typed.length > 0 && shown.includes(` ${typed.join(' ')} `);
  });
}

/** Intents a switch of the whole document (a theme, a density) can serve. */
const DOCUMENT_INTENTS = new Set<Intent>(['edit', 'click', 'check', 'uncheck', 'select', 'submit', 'open']);

/**
 * "Switch to the dark theme", "turn off compact mode": a mark of `<html>`/`<body>` (a class, a
 * `data-theme`) that a word of the part names and no mark had before the part's action, now there
 * (or, for a part that turns it off, such a mark then there, now gone). Asserted by its CSS selector,
 * so replay and the exported test check the document the same way; the settle catches a preview
 * that reverts. A text saying "Dark theme enabled" proves nothing here.
 */
async function documentMarked(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  if (!served) return [];
  const before = input.pagesBefore?.get(served)?.marks ?? input.start.marks;
  const now = input.now.marks;
  if (!before || !now) return [];
  const off = part.intent === 'uncheck' || /\b(?:off|disable|exit|leave)\b/i.test(part.text);
  const words = [...part.objectWords, ...part.values.flatMap(contentWords)].filter((w) => !/^\d+$/.test(w));
  const oldWords = new Set(before.flatMap(markWords));
  const newWords = new Set(now.flatMap(markWords));
  // The word that tells the state apart ("dark"): in the changed mark, in none of the other side's.
  const naming = (mark: string, others: Set<string>) =>
    markWords(mark).some((w) => !others.has(w) && relatedWords(w, words).length > 0);
  const mark = off
    ? before.find((m) => !now.includes(m) && naming(m, newWords))
    : now.find((m) => !before.includes(m) && naming(m, oldWords));
  if (!mark) return [];
  const assertion: Assertion = off
    ? { type: 'element-hidden', locator: { css: mark } }
    : { type: 'element-visible', locator: { css: mark } };
  return (await input.probe.check(assertion).catch(() => 'no')) ? [] : [assertion];
}

/** Roles whose element shows its own on/off state. */
const TOGGLE_ROLES = new Set(['menuitemradio', 'menuitemcheckbox', 'switch', 'checkbox', 'radio']);

/**
 * Why a message cannot stand for the part: the control its action used shows an on/off state
 * (checked, pressed, selected) and, the same control still on the page, that state did not move.
 * Null when the control shows no state, is gone (a menu that closed), or flipped.
 */
function toggleUnmoved(part: GoalPart, input: PartInput): string | null {
  const served = servingOf(part, input.history, input.pagesBefore);
  const used = usedControl(input, served);
  if (!used) return null;
  const { control } = used;
  const stateful = TOGGLE_ROLES.has(control.role) || control.pressed !== undefined;
  if (!stateful) return null;
  const same = input.now.elements.filter(
    (e) => e.role === control.role && e.name === control.name && e.context === control.context,
  );
  if (same.length !== 1) return null;
  const now = same[0]!;
  const moved =
    now.checked !== control.checked || now.pressed !== control.pressed || now.selected !== control.selected;
  return moved
    ? null
    : `the ${control.role} "${control.name}" it used still shows its old state; a message alone is no proof`;
}

/** Words that say which way a sort runs: the first word of the pair or phrase sets the direction. */
const DESCENDING =
  /\b(?:highest|largest|biggest|greatest|most|newest|latest|last|descending|decreasing|z\s*(?:-|to|→)\s*a|high(?:est)?\s+to\s+low(?:est)?|big(?:gest)?\s+to\s+small(?:est)?|new(?:est)?\s+to\s+old(?:est)?|reverse)\b/i;
const ASCENDING =
  /\b(?:lowest|smallest|least|fewest|oldest|earliest|first|ascending|increasing|cheapest|a\s*(?:-|to|→)\s*z|low(?:est)?\s+to\s+high(?:est)?|small(?:est)?\s+to\s+big(?:gest)?|old(?:est)?\s+to\s+new(?:est)?|alphabetical(?:ly)?)\b/i;

/** Whether a part asks to sort a list ("sort the orders by total", "order the table by name"). */
function sortsTable(part: GoalPart): boolean {
  const text = part.text.toLowerCase();
  return (
    /\b(?:re-?)?sort(?:s|ed|ing)?\b/.test(text) || /\b(?:order|arrange|rank)(?:ed)?\b.*\bby\b/.test(text)
  );
}

/** The direction a sort part asks for, or null when it names none ("sort by date"). */
export function sortDirection(text: string): 'ascending' | 'descending' | null {
  // "highest first" / "lowest first": the word before "first" decides, not "first" itself.
  const lead = /\b(\w+)\s+(?:ones?\s+)?(?:first|on top|at the top)\b/i.exec(text)?.[1] ?? '';
  const read = (t: string) => (DESCENDING.test(t) ? 'descending' : ASCENDING.test(t) ? 'ascending' : null);
  return (lead && read(lead)) || read(text.replace(/\b(?:first|last)\b\s*$/i, ''));
}

/** The texts of the cells under `header` in the rows after it, as the observation lists them. */
export function columnTexts(page: Observation, header: ObservedElement): string[] | null {
  const rows: ObservedElement[][] = [];
  for (const e of page.elements) {
    if (e.role === 'row') rows.push([]);
    else if ((e.role === 'cell' || e.role === 'columnheader' || e.role === 'gridcell') && rows.length)
      rows.at(-1)!.push(e);
  }
  const headerRow = rows.find((r) => r.includes(header));
  if (!headerRow) return null;
  const column = headerRow.indexOf(header);
  const body = rows.filter(
    (r) => r !== headerRow && r.length === headerRow.length && !r.some((c) => c.role === 'columnheader'),
  );
  const texts = body.map((r) => (r[column]!.name || r[column]!.text || '').trim()).filter(Boolean);
  return texts.length >= 2 ? texts : null;
}

/** A column header's words without the arrows pages draw beside a sorted one. */
function headerWords(name: string): string {
  return name.replace(/[▲▼△▽▴▾↑↓⬆⬇⇅↕]/gu, ' ').trim();
}

/**
 * "Sort the orders by total, highest first": a column header the part names, whose rows now run in
 * the order asked (any order when the part names none), and did not on the page the part's action
 * was decided on. The assertion reads the rows in the page (`state` ascending/descending), so
 * replay and the exported test check the order itself: an arrow or aria-sort over rows left as they
 * were proves nothing.
 */
async function sortedColumn(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  const before = (served && input.pagesBefore?.get(served)) || input.start;
  // The column is what follows "by" ("by total", "by customer name"), else any word of the part.
  const key = /\bby\s+(?:the\s+|their\s+|its\s+)?([^,;]+)/i.exec(part.text)?.[1];
  const words = (key ? contentWords(key) : part.objectWords).filter(
    (w) =>
      !/^\d+$/.test(w) &&
      !DESCENDING.test(w) &&
      !ASCENDING.test(w) &&
      !/^(?:sort|sorted|order|ordered|arrange|rank)$/.test(w),
  );
  const headers = input.now.elements.filter(
    (e) => e.role === 'columnheader' && relatedWords(headerWords(e.name), words).length > 0,
  );
  if (headers.length !== 1) return [];
  const header = headers[0]!;
  const now = columnTexts(input.now, header);
  const was = before.elements.find(
    (e) => e.role === 'columnheader' && headerWords(e.name) === headerWords(header.name),
  );
  const then = was ? columnTexts(before, was) : null;
  if (!now || !then) return [];
  const asked = sortDirection(part.text);
  const state = (['descending', 'ascending'] as const).find(
    (d) => (!asked || d === asked) && sortedAs(now, d) && !sortedAs(then, d),
  );
  if (!state) return [];
  const locator = await input.probe.locate(header);
  if (!locator) return [];
  const assertion: Assertion = { type: 'state', locator, state, value: true };
  return (await input.probe.check(assertion).catch(() => 'no')) ? [] : [assertion];
}

/** Words that say a state is only on its way or denied ("Cancellation requested", "Not shipped"). */
const UNSETTLED =
  /\b(?:not|no|never|un\w*able|pending|requested|awaiting|queued|scheduled|processing|in progress|failed|error)\b|\w+ing\b|n't\b|…|\.\.\./i;

/**
 * "Cancel my booking for the Curie room", "Mark order 1007 as shipped": the one row (table row or
 * list item) naming every name and number the part gives is still there and now shows a short text
 * it did not show on the page the part's action was decided on, every word of which the part's verb
 * or words name ("Cancelled", "shipped"). A status on another row, one of a row that cannot be told
 * apart, or one only on its way ("Cancellation requested", "Cancelling…") proves nothing.
 */
async function rowMarked(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  if (!served) return [];
  const before = input.pagesBefore?.get(served) ?? input.start;
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  // The row is named by the part's names and numbers; a value beside them is the state to set
  // ("set order 1007 to shipped"), a value alone is the name ("cancel the 'Curie' booking").
  const given = [...new Set([...namesIn(part), ...numbers])];
  const besideValues = given.filter((n) => !part.values.includes(n));
  const names = besideValues.length ? besideValues : given;
  if (!names.length) return [];
  const has = (text: string, name: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(
      text.toLowerCase(),
    );
  const rowsOf = (o: Observation) =>
    o.elements.filter(
      (e) => (e.role === 'row' || e.role === 'listitem') && e.text && names.every((n) => has(e.text!, n)),
    );
  const [was, ...moreWas] = rowsOf(before);
  const [row, ...moreNow] = rowsOf(input.now);
  if (!was || !row || moreWas.length || moreNow.length || was.role !== row.role) return [];
  // What the row said before, without the labels of controls open in it then (a menu's "Mark as
  // shipped" is no status the row had).
  const labels = before.elements
    .filter((e) => ACTIONABLE_ROLES.has(e.role) && e.name.length > 2)
    .map((e) => e.name)
    .sort((a, b) => b.length - a.length);
  const wasText = labels.reduce((t, label) => t.split(label).join(' '), was.text!);
  const lowerNames = names.map((n) => n.toLowerCase());
  const stateWords = [...partWords(part), ...part.values.flatMap(contentWords)].filter(
    (w) => !/^\d+$/.test(w) && !lowerNames.some((n) => n.split(/\s+/).includes(w)) && !STOP_WORDS.has(w),
  );
  const status = readableTexts(input.now).find((t) => {
    const content = contentWords(t);
    return (
      t.length <= 40 &&
      content.length > 0 &&
      content.length <= 3 &&
      has(row.text!, t) &&
      !has(wasText, t) &&
      !UNSETTLED.test(t) &&
      content.every(
        (w) => relatedWords(w, stateWords).length > 0 || (part.verb !== '' && synonymous(part.verb, w)),
      )
    );
  });
  if (!status) return [];
  const assertion: Assertion = {
    type: 'element-visible',
    locator: { text: status, within: { role: row.role, hasText: namePhrase(part, names) } },
  };
  return (await input.probe.check(assertion).catch(() => 'no')) ? [] : [assertion];
}

/**
 * "Select orders 1001 and 1003 and archive them": on the same address, each row (table row or list
 * item) that named one of the part's numbers or names on the page its action was decided on is gone,
 * while another row of that list is still there (the list stayed, the rows left it). Asserted as the
 * rows' own cell texts no longer shown. A new page (the rows gone because the run went elsewhere), or
 * a named row still shown, proves nothing.
 */
async function rowsGone(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  const before = served && input.pagesBefore?.get(served);
  if (!before || before.url !== input.now.url) return [];
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  const names = [...new Set([...namesIn(part), ...numbers])];
  if (!names.length) return [];
  const has = (text: string, name: string) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(
      text.toLowerCase(),
    );
  const rows = (o: Observation) =>
    o.elements.filter((e) => (e.role === 'row' || e.role === 'listitem') && e.text);
  const was = rows(before);
  const now = rows(input.now);
  const gone: string[] = [];
  for (const name of names) {
    const named = was.filter((r) => has(r.text!, name));
    if (named.length !== 1 || now.some((r) => has(r.text!, name))) return [];
    // The row's own cell that names it ("1001"), else the name.
    const cell = before.elements.find(
      (e) => e.role === 'cell' && e.name && has(e.name, name) && named[0]!.text!.includes(e.name),
    );
    gone.push(cell?.name ?? name);
  }
  const stayed = was.some(
    (r) => !names.some((n) => has(r.text!, n)) && now.some((n) => n.role === r.role && n.text === r.text),
  );
  if (!stayed) return [];
  const assertions = gone.map((text): Assertion => ({ type: 'text-hidden', text }));
  for (const a of assertions) if (await input.probe.check(a).catch(() => 'no')) return [];
  return assertions;
}

/**
 * "Go to the next page", "Show page 2": the pager's current entry moved from one number to the one
 * the part asks for (its number, the next, previous or last), since the page the part's action was
 * decided on. A pager still on its old number, or on another, proves nothing.
 */
async function pagerMoved(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  if (!served || !/\bpages?\b/i.test(part.text)) return [];
  const before = input.pagesBefore?.get(served) ?? input.start;
  const numberOf = (e: ObservedElement) => /^(?:page\s*)?(\d+)$/i.exec(e.name.trim())?.[1];
  const current = (o: Observation) => {
    const marked = o.elements.filter((e) => e.current && numberOf(e) !== undefined);
    const pages = new Set(marked.map((e) => numberOf(e)));
    return pages.size === 1 ? { page: Number([...pages][0]), elements: marked } : null;
  };
  const was = current(before);
  const now = current(input.now);
  if (!was || !now || was.page === now.page) return [];
  const numbers = input.now.elements
    .map(numberOf)
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const text = part.text.toLowerCase();
  const given = part.objectWords.find((w) => /^\d+$/.test(w));
  const wanted = given
    ? Number(given)
    : part.ordinal !== undefined && part.ordinal > 0
      ? part.ordinal
      : /\bnext\b/.test(text)
        ? was.page + 1
        : /\bprevious\b|\bprior\b/.test(text)
          ? was.page - 1
          : /\blast\b/.test(text) || part.ordinal === -1
            ? Math.max(...numbers)
            : /\bfirst\b/.test(text)
              ? 1
              : null;
  if (wanted === null || now.page !== wanted) return [];
  const locator = await input.probe.locate(now.elements[0]!);
  if (!locator) return [];
  const assertion: Assertion = { type: 'state', locator, state: 'current', value: true };
  return (await input.probe.check(assertion).catch(() => 'no')) ? [] : [assertion];
}

/**
 * "Change my display name to Grace Hopper": the field the part names still holds the value after the
 * save (the page re-observed, nothing reloaded it away), the field typed into is that one, and the
 * app answered the save with a new status about saving ("Saved." after "Save changes"). A value only
 * typed, a status that was there before the save, or one about something else ("Working on it…")
 * proves nothing; a revert is caught by the settle.
 */
async function keptAfterSave(part: GoalPart, value: string, input: PartInput): Promise<Assertion[]> {
  const { history, now } = input;
  // Typed, or picked in a select whose option names the value ("Berlin" → "Berlin (CET)").
  const setsValue = (h: HistoryEntry) =>
    h.ok &&
    ((h.action.type === 'fill' && h.action.value === value) ||
      (h.action.type === 'select' &&
        h.action.value !== undefined &&
        optionNaming(value, [h.action.value]) === h.action.value));
  const typedAt = history.findLastIndex(setsValue);
  const save = history.find(
    (h, i) => i > typedAt && h.ok && (h.action.type === 'click' || h.action.type === 'press'),
  );
  const typed = history[typedAt];
  if (typedAt < 0 || !save || !typed?.target) return [];
  const picked = typed.action.type === 'select' ? typed.action.value!.toLowerCase() : value.toLowerCase();
  const field = now.elements.find(
    (e) =>
      e.value?.toLowerCase() === picked &&
      e.role === typed.target!.role &&
      e.name === typed.target!.name &&
      namesField(part, e, now) &&
      changedSinceStart(e, input.start),
  );
  const beforeSave = new Set(input.textsBefore?.get(save) ?? input.start.texts);
  const saveWords = contentWords(`${save.target?.name ?? ''} ${save.action.value ?? ''}`);
  const answerIn = (page: Observation) =>
    page.elements.find((e) => {
      const text = e.name || e.text || '';
      return (
        (e.role === 'status' || e.role === 'alert') &&
        text &&
        !beforeSave.has(text) &&
        !ERROR_WORDS.test(text) &&
        relatedWords(text, [...saveWords, ...part.objectWords, part.verb]).length > 0
      );
    });
  const status = answerIn(now);
  // A toast that answered the save on the first look and has gone since (it shows for a moment):
  // it still gates, but is no assertion, as a replay could miss it.
  const fleeting = !status && input.firstLook ? answerIn(input.firstLook) : undefined;
  const message = status ? stableSegment(status.name || status.text || '') : null;
  if (!field || (!message && !fleeting)) return [];
  const locator = await input.probe.locate(field);
  return locator
    ? [
        { type: 'field-value', locator, value: field.value! },
        ...(message ? [{ type: 'text-visible' as const, text: message }] : []),
      ]
    : [];
}

/**
 * The app's answer to a save: a status or alert new since the page the save was decided on, no
 * error, about saving or what the part names ("Profile saved."); null when there is none.
 */
function answerTo(save: HistoryEntry, part: GoalPart, input: PartInput): string | null {
  const beforeSave = new Set(input.textsBefore?.get(save) ?? input.start.texts);
  const saveWords = contentWords(`${save.target?.name ?? ''} ${save.action.value ?? ''}`);
  const status = newStatusAbout(input.now, beforeSave, [...saveWords, ...part.objectWords, part.verb]);
  return status ? stableSegment(status.name || status.text || '') : null;
}

/**
 * A status or alert on the page that was not among `before`, is no error, lives outside any dialog
 * and is about one of `words`: how an app answers what was just sent or saved.
 */
function newStatusAbout(
  now: Observation,
  before: ReadonlySet<string>,
  words: string[],
): ObservedElement | undefined {
  return now.elements.find((e) => {
    const text = e.name || e.text || '';
    return (
      (e.role === 'status' || e.role === 'alert') &&
      text &&
      !before.has(text) &&
      !ERROR_WORDS.test(text) &&
      !onlyInDialog(now, text) &&
      relatedWords(text, words).length > 0
    );
  });
}

/**
 * Whether a close part is about a dialog: it says so ("the dialog", "the popup"…), or the run saw a
 * dialog open that was not open at the start. "Close it" of a ticket, with no dialog, is an action.
 */
function closesDialog(part: GoalPart, input: JudgeInput): boolean {
  if (
    relatedWords(part.text, ['dialog', 'modal', 'popup', 'window', 'banner', 'menu', 'panel', 'drawer'])
      .length
  )
    return true;
  const isDialog = (e: ObservedElement) => e.role === 'dialog' || e.role === 'alertdialog';
  const atStart = new Set(input.start.elements.filter(isDialog).map((e) => e.name));
  const pages = [...(input.pagesBefore?.values() ?? []), input.now];
  return pages.some((o) => o.elements.some((e) => isDialog(e) && !atStart.has(e.name)));
}

/** Whether `later` undoes `part`: a close after an open or a click, a sign-out after a sign-in. */
function undoes(later: GoalPart, part: GoalPart): boolean {
  if (later.intent === 'logout') return part.intent === 'login';
  return later.intent === 'close' && (part.intent === 'open' || part.intent === 'click');
}

/**
 * A part a later part undoes, judged on the page right after the action that served it (the page
 * the next action was decided on), before the undoing part's own action. Only evidence replay can
 * wait for at that step counts (a text, an element, an address), read from that observation.
 */
async function judgedAtItsTime(
  part: GoalPart,
  later: GoalPart,
  input: JudgeInput & { probe: EvidenceProbe; acting: boolean; used: Set<string> },
): Promise<{ entry: HistoryEntry; until: WaitCondition[] } | { why: string }> {
  const { history } = input;
  const undoing = servingEntry(later, history);
  const end = undoing ? history.indexOf(undoing) : history.length;
  const entry = servingEntry(part, history.slice(0, end));
  if (!entry) return { why: 'nothing it names was acted on before the part that undoes it' };
  const at = history.indexOf(entry);
  const next = history.slice(at + 1).find((h) => input.pagesBefore?.has(h));
  const after = next ? input.pagesBefore!.get(next)! : input.now;
  const probe = observationProbe(after);
  const found = await evidenceFor(part, {
    ...input,
    now: after,
    history: history.slice(0, at + 1),
    probe,
    last: true,
    laterLogout: false,
    servedBy: entry,
  });
  if ('problem' in found) return { why: `right after ${entry.description}, ${found.problem}` };
  const until: WaitCondition[] = [];
  for (const a of found.assertions) {
    if (a.type !== 'text-visible' && a.type !== 'element-visible' && a.type !== 'url-matches') continue;
    // Read inside a dialog the run then dismissed: what the app took must outlive the dialog.
    if (a.type === 'text-visible' && claimsTaken(part) && onlyInDialog(after, a.text)) continue;
    if (a.type === 'text-visible' && input.used.has(a.text.toLowerCase())) continue;
    if (await probe.check(a)) continue;
    until.push(a.type === 'text-visible' ? { type: 'text-visible', text: a.text } : a);
  }
  if (!until.length) return { why: `right after ${entry.description}, ${found.why ?? 'nothing shows it'}` };
  // Every name and value the part gives must show then too, as for a part judged at the end; what
  // shows a name must be something replay can wait for at that step.
  const holding: Assertion[] = [...until];
  const missing = await unshownNames(part, holding, {
    ...input,
    now: after,
    probe,
    history: history.slice(0, at + 1),
  });
  const extra = holding.slice(until.length);
  if (missing.length || extra.some((a) => a.type !== 'text-visible'))
    return {
      why: `right after ${entry.description}, nothing new shows ${missing.map((n) => `"${n}"`).join(', ') || 'its names where replay can wait for them'}`,
    };
  for (const a of extra) if (a.type === 'text-visible') until.push({ type: 'text-visible', text: a.text });
  for (const u of until) if (u.type === 'text-visible') input.used.add(u.text.toLowerCase());
  return { entry, until };
}

/** A probe that answers from one past observation (the page as it was then), never from the live page. */
function observationProbe(page: Observation): EvidenceProbe {
  const byLocator = (l: SpecLocator) =>
    page.elements.filter(
      (e) => l.role !== undefined && e.role === l.role && (l.name === undefined || e.name === l.name),
    );
  return {
    async check(a) {
      switch (a.type) {
        case 'text-visible':
          return occurrences(page.texts, a.text) || page.elements.some((e) => e.name.includes(a.text))
            ? null
            : `text "${a.text}" was not shown`;
        case 'element-visible':
          return byLocator(a.locator).length === 1 ? null : 'no single such element';
        case 'url-matches':
          return new RegExp(a.pattern).test(page.url) ? null : 'the address differed';
        case 'title':
          return page.title.includes(a.text) ? null : 'the title differed';
        default:
          return 'cannot be read from a past observation';
      }
    },
    async locate(element) {
      const same = page.elements.filter((e) => e.role === element.role && e.name === element.name);
      return element.name && same.length === 1 ? { role: element.role, name: element.name } : null;
    },
  };
}

/**
 * "Open ticket 2", "view order 1005": the part names its item by one number, the run clicked an
 * item whose text (or name) leads with that number ("#2 Wi-Fi drops…", a row with no name), and the
 * page now has one main heading, on no page before that click, that leads with the number too
 * ("#2 Wi-Fi drops in meeting room B"): the item's own page. Nothing else counts (a number inside
 * a text is no id).
 */
function openedByNumber(part: GoalPart, input: PartInput): Assertion[] {
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  if (numbers.length !== 1 || part.values.length || part.ordinal !== undefined) return [];
  const leads = new RegExp(String.raw`^\s*(?:#|No\.?\s*|n°\s*)?${numbers[0]}\b(?![.,:/-]\d)`, 'i');
  const click = [...input.history].reverse().find((h) => {
    if (!h.ok || h.action.type !== 'click' || !h.action.ref) return false;
    const target = input.pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref);
    return target !== undefined && leads.test(target.name || target.text || '');
  });
  const before = click ? input.pagesBefore?.get(click) : undefined;
  if (!click || !before) return [];
  const main = input.now.elements.filter((e) => e.role === 'heading' && e.level === 1 && !e.dialog);
  const heading = main.length === 1 ? main[0]! : undefined;
  if (!heading || !leads.test(heading.name)) return [];
  if (before.elements.some((e) => e.role === 'heading' && e.name === heading.name)) return [];
  return [{ type: 'text-visible', text: heading.name }];
}

/**
 * The numbers a part names an item by ("ticket 4", "order 1005"): its number words, but not the
 * digits of a date, a time or an e-mail address it gives ("born 23 June 1992", "at 9:30"), which
 * are values typed into fields, not ids an answer must repeat.
 */
function itemNumbers(part: GoalPart): string[] {
  const inValues = new Set(
    findValues(part.text)
      .filter((v) => v.kind === 'date' || v.kind === 'time' || v.kind === 'email')
      .flatMap((v) => v.text.match(/\d+/g) ?? [])
      .map((d) => String(Number(d))),
  );
  return part.objectWords.filter((w) => /^\d+$/.test(w) && !inValues.has(String(Number(w))));
}

/** What shows the page is the place an open part names: its title, else its one main heading. */
function pagePlace(part: GoalPart, page: Observation): Assertion {
  const words = part.objectWords.filter((w) => !/^\d+$/.test(w));
  const main = page.elements.filter((e) => e.role === 'heading' && e.level === 1);
  if (main.length === 1 && words.length && words.every((w) => relatedWords(main[0]!.name, [w]).length))
    return { type: 'text-visible', text: main[0]!.name };
  return { type: 'title', text: page.title };
}

/** Whether the page is the place an open part names: every word of it in the title or the one main heading. */
function pageIsNamed(part: GoalPart, page: Observation): boolean {
  const words = part.objectWords.filter((w) => !/^\d+$/.test(w));
  if (!words.length || part.values.length || part.ordinal !== undefined) return false;
  const main = page.elements.filter((e) => e.role === 'heading' && e.level === 1);
  const covers = (text: string) => words.every((w) => relatedWords(text, [w]).length > 0);
  return (page.title !== '' && covers(page.title)) || (main.length === 1 && covers(main[0]!.name));
}

/** "Continue from the first step", "on the second page": an ordinal after a preposition names a place, not the item acted on. */
function ordinalIsPlace(part: GoalPart): boolean {
  const text = part.text.toLowerCase();
  const at = part.verb ? text.indexOf(part.verb) : -1;
  const rest = at >= 0 ? text.slice(at + part.verb.length) : text;
  return /^\s*(?:from|in|on|at|of|to|into|onto)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b/.test(
    rest,
  );
}

/** A part that asks to see an error ("make sure an error is shown"). */
function asksForError(part: GoalPart): boolean {
  return part.intent === 'observe' && wantsError(part.text);
}

/** "…no error is shown", "…doesn't show an error": the goal asks that no error show. */
const NO_ERROR =
  /(?:\bno|\bnot|\bnever|\bwithout|n['’]t)\s+(?:(?:an?|any|the|show|shows|showing|see|display|displays|appear|appears|get|gets)\s+)*(?:errors?|failures?|fail|failed)\b/i;

/** The app speaking against what was sent ("make sure the app complains", "the site warns me"). */
/** Words of a page for making a thing ("New invoice", "Create a project"), not for showing it. */
const MAKING = /\b(new|create|add|compose)\b/i;

/**
 * Whether a heading names a form for making the thing, where the goal never asks to make one:
 * "New leave request" is no view of "my approved requests".
 */
function makesNew(heading: string, goal: string): boolean {
  return MAKING.test(heading) && !MAKING.test(goal) && !relatedWords(goal, ['create']).length;
}

/** Roles of a control whose name is the label of a choice (a box, a switch, an option). */
const LABELLED_CHOICE = /^(checkbox|switch|radio|option|menuitemcheckbox|menuitemradio)$/;

const COMPLAINS = /\b(complain(s|ing)?|warns?|objects?|protests?)\b/i;
/** "…doesn't complain", "…never warns": the goal asks that it not. */
const NO_COMPLAINT =
  /(?:\bnot|\bnever|\bwithout|n['’]t)\s+(?:\w+\s+)?(?:complain(s|ing)?|warn(s|ing)?|object(s|ing)?|protest(s|ing)?)\b/i;

/**
 * Whether a text asks for an error (or failure) to be seen: error words, or the app complaining,
 * and not "no error" / "does not complain".
 */
export function wantsError(text: string): boolean {
  return (
    (ERROR_WORDS.test(text) && !NO_ERROR.test(text)) || (COMPLAINS.test(text) && !NO_COMPLAINT.test(text))
  );
}

/**
 * The text of an error shown now that was not on the page `entry` was decided on: an alert, a text
 * in the error words, a text the page styles as an error, or a field's validation message.
 */
async function askedError(
  input: JudgeInput & { probe: EvidenceProbe },
  entry: HistoryEntry,
): Promise<string | null> {
  const before = new Set(input.textsBefore?.get(entry) ?? input.start.texts);
  const alerts = input.now.elements
    .filter((e) => e.role === 'alert')
    .map((e) => e.name || e.text || '')
    .filter((t) => t && !before.has(t));
  const worded = freshErrors(input.now, before);
  const styled = input.probe.refusals
    ? (await input.probe.refusals().catch(() => [])).filter((t) => !before.has(t))
    : [];
  for (const text of [...alerts, ...worded, ...styled]) {
    const stable = stableSegment(text);
    if (stable && !(await input.probe.check({ type: 'text-visible', text: stable }).catch(() => 'no')))
      return stable;
  }
  return null;
}

/** Verbs that only say "send this form on", whatever its button says ("continue" → "Next", "submit" → "Send message"). */
function forwardVerb(part: GoalPart): boolean {
  // Not "save", "book" or "subscribe": those name what their control says.
  return part.verb !== '' && ['continue', 'proceed', 'submit'].some((v) => synonymous(part.verb, v));
}

/**
 * The action a part's attempt was: the last click or key press, on a control named like the part,
 * or on the form's submit button when the part's verb sends a form on ("continue", "submit").
 */
function attemptFor(
  part: GoalPart,
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): HistoryEntry | undefined {
  const last = history.findLast((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  if (!last || (last.action.type !== 'click' && last.action.type !== 'press')) return undefined;
  const words = partWords(part);
  if (last.target && relatedWords(last.target.name, words).length) return last;
  return forwardVerb(part) && submitButton(last, pagesBefore) ? last : undefined;
}

/** Whether the entry's action used its form's submit button (or Enter in the form). */
function submitButton(
  entry: HistoryEntry,
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): boolean {
  if (entry.action.type === 'press') return /^enter$/i.test(entry.action.value ?? '');
  const page = pagesBefore?.get(entry);
  const control = page?.elements.find((e) => e.ref === entry.action.ref);
  return control?.submit === true;
}

/** The entry that served a part: named like it, or, for a verb that sends a form on, its last submit. */
function servingOf(
  part: GoalPart,
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): HistoryEntry | undefined {
  const named = servingEntry(part, history);
  if (named || !forwardVerb(part)) return named;
  return history.findLast(
    (h) => h.ok && (h.action.type === 'click' || h.action.type === 'press') && submitButton(h, pagesBefore),
  );
}

/**
 * "…and continue": the form was sent on. The fields the run filled before its submit are gone, a
 * heading that was not one before stands in their place, and no sign-in form came up instead
 * (errors and refusals are the checker's problems already). Same fields still there, or no new
 * heading, proves nothing.
 */
async function formMovedOn(input: PartInput, served: HistoryEntry | undefined): Promise<Assertion[]> {
  if (!served || !submitButton(served, input.pagesBefore)) return [];
  const before = input.pagesBefore?.get(served);
  if (!before) return [];
  const at = input.history.indexOf(served);
  const filled = input.history
    .slice(0, at)
    .filter((h) => h.ok && h.action.type === 'fill' && h.target?.name)
    .map((h) => h.target!);
  const gone = filled.filter(
    (t) =>
      before.elements.some((e) => e.role === t.role && e.name === t.name) &&
      !input.now.elements.some((e) => e.role === t.role && e.name === t.name),
  );
  const wasHeading = new Set(before.elements.filter((e) => e.role === 'heading').map((e) => e.name));
  const heading = input.now.elements.find((e) => e.role === 'heading' && e.name && !wasHeading.has(e.name));
  const signIn = input.now.elements.some((e) => e.password) && !before.elements.some((e) => e.password);
  if (!gone.length || !heading || signIn) return [];
  return [
    { type: 'element-visible', locator: { role: 'heading', name: heading.name } },
    { type: 'element-hidden', locator: { role: gone[0]!.role, name: gone[0]!.name } },
  ];
}

/**
 * The steps that signed in, when the run began at a sign-in form: what was typed into that form
 * and the click or key that sent it (empty when the run did not sign in).
 */
function signInEntries(input: JudgeInput): Set<HistoryEntry> {
  if (!input.start.elements.some((e) => e.password)) return new Set();
  // Only what was typed on a page showing a password field belongs to the sign-in.
  const onSignInPage = (h: HistoryEntry) =>
    h.action.type !== 'fill' || (input.pagesBefore?.get(h) ?? input.start).elements.some((e) => e.password);
  return new Set([...signInSteps(input.history)].filter(onSignInPage));
}

/**
 * A form that made a thing and then opened the thing's own page ("New document" → the document):
 * the value typed is now a heading's whole text, a heading on no page before the form was sent, the
 * field it was typed into is gone (else it is a live preview), and no error shows. Null otherwise.
 */
function openedAsItsOwnPage(value: string, input: JudgeInput): Assertion | null {
  const { history, now } = input;
  const typedAt = history.findLastIndex((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
  const typed = history[typedAt];
  if (!typed?.target) return null;
  const sentAt = history.findIndex(
    (h, i) => i > typedAt && h.ok && (h.action.type === 'click' || h.action.type === 'press'),
  );
  if (sentAt < 0) return null;
  const same = (name: string) => name.trim().toLowerCase() === value.trim().toLowerCase();
  const headingIn = (o: Observation | undefined) =>
    o?.elements.some((e) => e.role === 'heading' && same(e.name)) ?? false;
  if (!headingIn(now)) return null;
  const before = [input.start, ...history.slice(0, sentAt + 1).map((h) => input.pagesBefore?.get(h))];
  if (before.some(headingIn)) return null;
  if (now.elements.some((e) => isTextField(e.role) && e.name === typed.target!.name)) return null;
  if (
    now.elements.some(
      (e) => e.role === 'alert' || (e.role === 'status' && ERROR_WORDS.test(e.name || e.text || '')),
    )
  )
    return null;
  if (now.texts.some((t) => ERROR_WORDS.test(t))) return null;
  return { type: 'element-visible', locator: { role: 'heading', name: value } };
}

/**
 * The name of the submit button of the form a part's setting was changed in, when nothing was
 * pressed since: the first enabled submit button after the control on the page, outside dialogs
 * (their own rule judges them), not a search's. Null for other parts, a goal that says not to
 * save, or a control with no such button after it (a list's filter applies at once).
 */
function unsentSettingButton(part: ReturnType<typeof readGoal>[number], input: JudgeInput): string | null {
  if (!['check', 'uncheck', 'select'].includes(part.intent)) return null;
  if (/\b(?:without|not|never|don'?t)\s+(?:\w+\s+)?(?:sav|submit|send|apply)\w*/i.test(input.goal))
    return null;
  const { history, now } = input;
  const changed = history.findLastIndex(
    (h) => h.ok && ['check', 'uncheck', 'select'].includes(h.action.type) && h.target !== undefined,
  );
  const entry = history[changed];
  if (!entry?.target || entry.dialog) return null;
  if (
    history.slice(changed + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  )
    return null;
  // (A box labelled only by the text beside it is named by that text, as the step recorded it.)
  const at = now.elements.findIndex(
    (e) => e.role === entry.target!.role && readName(e) === entry.target!.name,
  );
  if (at < 0 || now.elements[at]!.dialog) return null;
  const button = now.elements
    .slice(at + 1)
    .find(
      (e) =>
        e.role === 'button' &&
        e.submit &&
        !e.disabled &&
        !e.dialog &&
        relatedWords(e.name, ['search', 'find', 'filter']).length === 0,
    );
  return button?.name || null;
}

/** Words of a part that asks for a list narrowed down (a filter), not for one setting. */
const FILTERING = /\b(?:show|list|filter|find|display|view|narrow|limit|only|search|browse)\b/i;

/** An assertion that reads a choice control's state (a ticked box, a picked radio, a pressed button). */
function isChoiceState(a: Assertion): boolean {
  if (a.type === 'checked') return true;
  return a.type === 'state' && ['checked', 'selected', 'pressed'].includes(a.state) && a.value === true;
}

/**
 * The submit button (a Search, an Apply) of the form a box was last ticked in, when nothing was
 * pressed since and the page's items did not change when it was ticked: the filter was never
 * applied. Null when the list changed at once (a filter that applies as it is ticked), or with no
 * such button after the box.
 */
function unappliedFilterButton(input: JudgeInput): string | null {
  const { history, now } = input;
  const changed = history.findLastIndex(
    (h) => h.ok && ['check', 'uncheck', 'select'].includes(h.action.type) && h.target !== undefined,
  );
  const entry = history[changed];
  const before = entry && input.pagesBefore?.get(entry);
  if (!entry?.target || entry.dialog || !before) return null;
  if (
    history.slice(changed + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  )
    return null;
  if (itemTexts(before).join('\n') !== itemTexts(now).join('\n')) return null;
  const at = now.elements.findIndex((e) => e.role === entry.target!.role && e.name === entry.target!.name);
  if (at < 0 || now.elements[at]!.dialog) return null;
  const button = now.elements
    .slice(at + 1)
    .find((e) => e.role === 'button' && e.submit && !e.disabled && !e.dialog);
  return button?.name || null;
}

/**
 * When the final page has password fields of its own: the field the run typed the account into on
 * the start page's sign-in form, gone now, as an assertion; null unless the sign-in led to a page
 * with no password field (a page asking for a new password right after signing in is not in) and
 * no field the sign-in typed into is still shown.
 */
function signInFormGone(input: JudgeInput): Assertion | null {
  if (!pageAfterSignIn(input)) return null;
  const typed = new Set(
    input.history.filter((h) => h.ok && h.action.type === 'fill').map((h) => h.target?.name),
  );
  const fields = input.start.elements.filter((e) => isTextField(e.role) && e.name && typed.has(e.name));
  const user = fields.find((e) => !e.password);
  if (!user || !fields.some((e) => e.password)) return null;
  if (input.now.elements.some((e) => isTextField(e.role) && fields.some((f) => f.name === e.name)))
    return null;
  return { type: 'element-hidden', locator: { role: user.role, name: user.name } };
}

/**
 * The page right after the run signed in, when it started at a sign-in form and did more after
 * signing in: the page the next action was decided on. Null otherwise.
 */
function pageAfterSignIn(input: JudgeInput): Observation | null {
  if (!input.start.elements.some((e) => e.password)) return null;
  const { history } = input;
  const typed = history.findIndex(
    (h) => h.ok && h.action.type === 'fill' && /\b(pass\s?word|passcode|pwd)\b/i.test(h.target?.name ?? ''),
  );
  if (typed < 0) return null;
  const sent = history.findIndex(
    (h, i) => i > typed && h.ok && (h.action.type === 'click' || h.action.type === 'press'),
  );
  if (sent < 0) return null;
  // (Nothing done after signing in: the page now is the one the sign-in led to.)
  const next = history.slice(sent + 1).find((h) => h.action.type !== 'done' && h.action.type !== 'fail');
  const page = next ? input.pagesBefore?.get(next) : input.now;
  return page && !page.elements.some((e) => e.password) ? page : null;
}

/** Intents whose controls undo each other ("Add to wishlist" / "Remove from wishlist"). */
const OPPOSITE: Partial<Record<Intent, Intent>> = {
  add: 'remove',
  remove: 'add',
  check: 'uncheck',
  uncheck: 'check',
  login: 'logout',
  logout: 'login',
};

/** Whether `after` names the control that undoes `before` ("Follow" → "Unfollow", "Add to cart" → "Remove from cart"). */
export function undoesName(before: string, after: string): boolean {
  const words = (t: string) => t.trim().toLowerCase().split(/\s+/);
  const [b0, ...bRest] = words(before);
  const [a0, ...aRest] = words(after);
  if (b0 && a0 === `un${b0}` && aRest.join(' ') === bRest.join(' ')) return true;
  const b = readPart(before);
  const a = readPart(after);
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w) => y.includes(w));
  return OPPOSITE[b.intent] === a.intent && same(b.objectWords, a.objectWords);
}

/**
 * "Add The Hobbit to my wishlist": the control the part's own action used is replaced by the control
 * that undoes it ("Add to wishlist" → "Remove from wishlist"), and that control belongs to the item
 * the part names: its row names it, or it is on the item's own page (one heading naming it, there
 * when the control was used). A renamed control of another item, or a control turned into something
 * else ("Sign in to use your wishlist"), proves nothing.
 */
async function renamedToggle(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  const used = usedControl(input, served);
  if (!used?.control.name) return [];
  const { control, before } = used;
  const words = partWords(part);
  if (!relatedWords(control.name, words).length) return [];
  // What the part names besides the control's own words ("The Hobbit"; "lamp" in "add the lamp to the cart").
  const controlWords = contentWords(control.name);
  const given = namesIn(part);
  const names = given.length
    ? given
    : part.objectWords.filter((w) => !/^\d+$/.test(w) && !relatedWords(w, controlWords).length);
  if (!names.length) return [];
  const namesAll = (text: string) => names.every((n) => text.toLowerCase().includes(n.toLowerCase()));
  const undo = input.now.elements.filter((e) => e.role === control.role && undoesName(control.name, e.name));
  // The old control gone from that item, and exactly one undoing control for it.
  const oldStill = input.now.elements.some(
    (e) => e.role === control.role && e.name === control.name && e.context === control.context,
  );
  if (undo.length !== 1 || oldStill) return [];
  const now = undo[0]!;
  const tie = itemTie(namesAll, control, now, before, input.now);
  const locator = tie && (await input.probe.locate(now, { inRow: true }));
  return tie && locator ? [{ type: 'element-visible', locator }, ...tie] : [];
}

/**
 * How a control is tied to the item a part names: its row names it (nothing to add to the control's
 * own assertion), or it is on the item's own page: one heading names it, now and when the control
 * was used, under one main heading. Null when neither.
 */
function itemTie(
  namesAll: (text: string) => boolean,
  control: ObservedElement,
  now: ObservedElement | undefined,
  before: Observation,
  page: Observation,
): Assertion[] | null {
  if (control.context && namesAll(control.context) && (!now || (now.context && namesAll(now.context))))
    return [];
  const headings = (o: Observation) => o.elements.filter((e) => e.role === 'heading' && namesAll(e.name));
  const title = headings(page);
  if (title.length !== 1 || !headings(before).some((h) => h.name === title[0]!.name)) return null;
  if (page.elements.filter((e) => e.role === 'heading' && e.level === 1).length > 1) return null;
  return [{ type: 'text-visible', text: title[0]!.name }];
}

/**
 * "Add the lamp to the cart": the part's own action (a control named like it) raised a count that
 * names the place the part names ("Cart (0)" → "Cart (3)"), and the control belongs to the item the
 * part names (its row, or the item's own page). A count that did not rise, one about another place,
 * or a rise on another item's page proves nothing.
 */
async function countRose(
  part: GoalPart,
  input: PartInput,
  served: HistoryEntry | undefined,
): Promise<Assertion[]> {
  const used = usedControl(input, served);
  if (!used?.control.name) return [];
  const { control, before } = used;
  const words = partWords(part);
  if (!relatedWords(control.name, words).length) return [];
  const controlWords = contentWords(control.name);
  const place = part.objectWords.filter((w) => relatedWords(w, controlWords).length > 0);
  const given = namesIn(part);
  const names = given.length ? given : part.objectWords.filter((w) => !/^\d+$/.test(w) && !place.includes(w));
  if (!names.length || !place.length) return [];
  const namesAll = (text: string) => names.every((n) => text.toLowerCase().includes(n.toLowerCase()));
  const counted = (e: ObservedElement) => {
    const match = /^(.*?)\s*[([]?\s*(\d+)\s*[)\]]?\s*$/.exec(e.name);
    return match && relatedWords(match[1]!, place).length
      ? { label: match[1]!.trim(), count: Number(match[2]) }
      : null;
  };
  const rose = input.now.elements.find((e) => {
    const now = counted(e);
    if (!now) return false;
    // The same control before: its label with a smaller count, or bare ("Cart" → "Cart (1)").
    const was = before.elements
      .filter((b) => b.role === e.role)
      .map((b) =>
        b.name.trim() === now.label ? 0 : counted(b)?.label === now.label ? counted(b)!.count : null,
      )
      .filter((c): c is number => c !== null);
    return was.length === 1 && was[0]! < now.count;
  });
  if (!rose) return [];
  const tie = itemTie(namesAll, control, undefined, before, input.now);
  const locator = tie && (await input.probe.locate(rose));
  return tie && locator ? [{ type: 'element-visible', locator }, ...tie] : [];
}

/**
 * Whether `text` shows on the page only as the name of controls (buttons, links, role-less
 * clickables) that say the part's verb and that the run never pressed: the act offered, not done.
 */
function offersTheAct(
  text: string,
  part: GoalPart,
  now: Observation,
  history: readonly HistoryEntry[],
): boolean {
  const name = text.trim().toLowerCase();
  const controls = now.elements.filter(
    (e) => (ACTIONABLE_ROLES.has(e.role) || e.clickable) && e.name.trim().toLowerCase() === name,
  );
  return (
    controls.length > 0 &&
    occurrences(now.texts, text) <= controls.length &&
    relatedWords(text, part.verb.split(' ')).length > 0 &&
    !history.some((h) => h.ok && h.target?.name.trim().toLowerCase() === name)
  );
}

/** Whether some action targeted the n-th item (same role, a row, list item or clickable) of its page. */
function actedOnNth(
  ordinal: number,
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): { entry: HistoryEntry; item: string; control?: string } | null {
  for (const entry of [...history].reverse()) {
    const before = pagesBefore?.get(entry);
    if (!entry.ok || !entry.target || !before) continue;
    const { role, name } = entry.target;
    const list = before.elements.filter(
      (e) => e.role === role && (ITEM_ROLES.has(e.role) || e.clickable) && (e.name || e.text),
    );
    const nth = ordinal === -1 ? list.at(-1) : list[ordinal - 1];
    if (nth !== undefined && nth.name === name) return { entry, item: nth.name || nth.text || '' };
    // "Open the first one" of a table whose rows open by a link in a cell ("1019"): the control
    // clicked sits in the nth row (its container's text is that row's, and no other row's).
    const byRow = inNthRow(ordinal, entry, before);
    if (byRow) return { entry, item: byRow.row, control: byRow.control };
    // "The second page": a control named by the number ("2", "Page 2").
    if (ordinal > 0 && new RegExp(`^(page\\s*)?${ordinal}$`, 'i').test(name.trim()))
      return { entry, item: name };
  }
  return null;
}

/** Roles of a list's items that hold controls of their own (a table's row, a list's item, a card). */
const CONTAINER_ROLES = new Set(['row', 'listitem', 'article']);

/**
 * The nth item (row, list item, card) of the page the entry was decided on, when the entry's own
 * control sits in it and in no other: its text and the control's name. Header rows are no items.
 */
function inNthRow(
  ordinal: number,
  entry: HistoryEntry,
  before: Observation,
): { row: string; control: string } | null {
  const { role, name } = entry.target ?? {};
  if (!role || !name) return null;
  const control =
    before.elements.find((e) => e.ref === entry.action.ref && e.role === role) ??
    before.elements.find((e) => e.role === role && e.name === name);
  const flat = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const context = flat(control?.context);
  if (!control || !context || CONTAINER_ROLES.has(control.role)) return null;
  const rows = before.elements.filter(
    (e) => CONTAINER_ROLES.has(e.role) && !e.headerRow && flat(e.text || e.name),
  );
  const nth = ordinal === -1 ? rows.at(-1) : rows[ordinal - 1];
  if (!nth || flat(nth.text || nth.name) !== context) return null;
  // No other item bears the same text, and the control is the only one of its name in the item.
  if (rows.filter((r) => flat(r.text || r.name) === context).length !== 1) return null;
  if (
    before.elements.filter((e) => e.role === role && e.name === name && flat(e.context) === context)
      .length !== 1
  )
    return null;
  return { row: context, control: name };
}

/** Intents whose evidence must show the names and values the part gives. */
const NAMING_INTENTS = new Set(['click', 'open', 'submit', 'edit', 'add', 'fill', 'select', 'upload']);

/**
 * The names and values a part gives: its values, e-mail addresses, and capitalised words after its
 * verb ("Share the report with bob@example.com as Commenter" → bob@example.com, Commenter).
 */
export function namesIn(part: GoalPart): string[] {
  const out = [...part.values];
  const quoted = quotedStrings(part.text);
  const bare = quoted.reduceRight((t, q) => `${t.slice(0, q.index)} ${t.slice(q.end)}`, part.text);
  const words = bare.match(/[\p{L}\p{N}][\p{L}\p{N}@._'’-]*/gu) ?? [];
  const skip = part.verb ? part.verb.split(' ').length : 0;
  const placeNames = [part.place?.within, part.place?.beside?.of].flatMap((p) =>
    p ? p.toLowerCase().split(/[^\p{L}\p{N}]+/u) : [],
  );
  for (const word of words.slice(skip)) {
    // "Ada Lin's visit": the name is "Lin", the possessive is no part of it.
    const clean = word.replace(/['’]s$/i, '').replace(/[.'’-]+$/, '');
    const email = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(clean);
    const capital = /^\p{Lu}/u.test(clean) && clean.length > 1 && !/^(I|OK)$/.test(clean);
    if (!email && !capital) continue;
    if (contentWords(clean).length === 0 && !email) continue;
    if (out.some((v) => v.toLowerCase().includes(clean.toLowerCase()))) continue;
    // Where the item is found ("the top card in Backlog") is no name the outcome shows.
    if (placeNames.includes(clean.toLowerCase())) continue;
    out.push(clean);
  }
  return out;
}

/**
 * The new text that reads back the date a part changes something to (`changeDates`), when its
 * evidence does not yet: a text not on the page before (or shown more often now), not a prompt,
 * that reads the date in any form and names every name the part gives besides the date (the item:
 * "Winter Orchard"). A text about another row never qualifies. [] when there is none or no need.
 */
async function dateReadBack(
  part: GoalPart,
  holding: readonly Assertion[],
  input: JudgeInput & { probe: EvidenceProbe },
): Promise<Assertion[]> {
  if (part.intent === 'observe') return [];
  const dates = changeDates(part.text, input.goal).filter((d) => !holding.some((a) => readsDate(a, d)));
  if (!dates.length) return [];
  const spans = findDates(part.text).map((d) => part.text.slice(d.start, d.end).toLowerCase());
  const names = namesIn(part).filter(
    (n) => !spans.some((s) => new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(s)),
  );
  if (!names.length) return [];
  const out: Assertion[] = [];
  for (const iso of dates) {
    const text = input.now.texts.find(
      (t) =>
        occurrences(input.now.texts, t) > occurrences(input.start.texts, t) &&
        !promptsTheUser(t) &&
        readsDate({ type: 'text-visible', text: t }, iso) &&
        names.every((n) =>
          new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'iu').test(t),
        ),
    );
    if (!text) return [];
    const assertion: Assertion = { type: 'text-visible', text };
    if (await input.probe.check(assertion).catch(() => 'no')) return [];
    out.push(assertion);
  }
  return out;
}

/**
 * Names of the part that neither its holding assertions nor a new text on the page show. A name
 * found in a new text (or, for a fill, in a field the run changed) is added to `holding`.
 */
async function unshownNames(
  part: GoalPart,
  holding: Assertion[],
  input: JudgeInput & { probe: EvidenceProbe },
): Promise<string[]> {
  if (!NAMING_INTENTS.has(part.intent)) return [];
  const variableValues = Object.values(input.inputs.variables).map((v) => v.toLowerCase());
  const fieldLabels = (value: string) =>
    input.now.elements
      .filter((e) => e.value === value)
      .map((e) => `${e.name} ${e.placeholder ?? ''} ${e.group ?? ''} ${e.context ?? ''}`);
  /** Whether one of `list` names `name` (its text, address, field or locator). */
  const shownIn = (list: readonly Assertion[], name: string): boolean => {
    const lower = name.toLowerCase();
    const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(lower)}($|[^\\p{L}\\p{N}])`, 'u');
    return list.some((a) => {
      const text =
        a.type === 'text-visible'
          ? a.text
          : a.type === 'url-matches'
            ? decodeURIComponent(a.pattern)
                .replace(/\\/g, '')
                .replace(/[-_/]+/g, ' ')
            : a.type === 'field-value' && typeof a.value === 'string'
              ? // The field's own label and row name what it holds ("the quantity of Milk").
                [a.value, ...fieldLabels(a.value)].join(' ')
              : 'locator' in a
                ? `${a.locator.name ?? ''} ${a.locator.text ?? ''} ${a.locator.within?.hasText ?? ''} ${a.locator.css ?? ''}`
                : '';
      return word.test(text.toLowerCase());
    });
  };

  const shown = (name: string) => shownIn(holding, name);
  const served = servingEntry(part, input.history);
  const baseline = (served && input.textsBefore?.get(served)) || input.start.texts;
  const missing: string[] = [];
  // "Show the details of the Curie room": the page opened must be about Curie (its address, heading
  // or dialog), not a list in which Curie is one line.
  if (part.intent === 'open' && !actionVerb(part)) {
    const places = input.now.elements.filter(
      (e) => ['heading', 'dialog', 'alertdialog'].includes(e.role) && e.name,
    );
    const url = decodeURIComponent(input.now.url).toLowerCase();
    for (const name of namesIn(part)) {
      const lower = name.toLowerCase();
      if (variableValues.includes(lower)) continue;
      const moved = url !== decodeURIComponent(input.start.url).toLowerCase();
      if (moved && (url.includes(lower.replace(/\s+/g, '-')) || url.includes(lower.replace(/\s+/g, ''))))
        continue;
      if (
        holding.some((a) => a.type === 'title' && a.text.toLowerCase().includes(lower)) &&
        input.now.title.toLowerCase().includes(lower)
      )
        continue;
      // A tab or section the part opened, selected now by its own click: the place is that control.
      const opened = holding.filter(
        (a) => a.type === 'state' && a.value && ['selected', 'current', 'expanded'].includes(a.state),
      );
      if (opened.length && shownIn(opened, name)) continue;
      const place = places.find((e) => e.name.toLowerCase().includes(lower));
      if (place && !(await input.probe.check({ type: 'text-visible', text: place.name }).catch(() => 'no'))) {
        holding.push({ type: 'text-visible', text: place.name });
        continue;
      }
      missing.push(name);
    }
    return missing;
  }
  // A message body the app took and moved on from (the control that sent it is gone) need not be
  // echoed back: a name the part itself gives, typed verbatim into a field before the sending.
  const lastAction = input.history.findLast(
    (h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail',
  );
  // Or the app emptied the form it was sent, and said so in a new status about it ("Thanks, Ada! We
  // received your message."): a form merely cleared, or a status about something else, is not it.
  const sentFrom = new Set(lastAction ? (input.textsBefore?.get(lastAction) ?? input.start.texts) : []);
  const filled = input.history.filter((h) => h.ok && h.action.type === 'fill' && h.target);
  const emptied =
    filled.length > 0 &&
    filled.every((h) => {
      const same = input.now.elements.filter((e) => e.role === h.target!.role && e.name === h.target!.name);
      return same.length === 1 && !same[0]!.value;
    });
  const answered = newStatusAbout(input.now, sentFrom, [...part.objectWords, part.verb]) !== undefined;
  const movedOn =
    part.intent === 'submit' &&
    lastAction?.target !== undefined &&
    (!input.now.elements.some(
      (e) => e.role === lastAction.target!.role && e.name === lastAction.target!.name,
    ) ||
      (emptied && answered));
  const typedAndSent = (name: string) =>
    movedOn &&
    part.text.toLowerCase().includes(name.toLowerCase()) &&
    input.history.some(
      (h) =>
        h !== lastAction &&
        h.ok &&
        h.action.type === 'fill' &&
        (h.action.value ?? '').toLowerCase().includes(name.toLowerCase()),
    );
  // A value typed in this run that a live preview showed before the sending (so not new now), still
  // shown outside any dialog, with the app's new answer about it ("Profile saved.").
  const typedAndAnswered = (name: string) =>
    answered &&
    occurrences(input.now.texts, name) > 0 &&
    !onlyInDialog(input.now, name) &&
    input.history.some(
      (h) =>
        h.ok && h.action.type === 'fill' && (h.action.value ?? '').toLowerCase().includes(name.toLowerCase()),
    );
  // What the run typed into a password field (to sign in, say) is a secret no page shows back.
  const secrets = input.history
    .filter((h) => h.ok && h.action.type === 'fill' && h.action.value)
    .filter((h) => input.pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref)?.password)
    .map((h) => h.action.value!.toLowerCase());
  // The item's own page: its one main heading, the same when the part's action was taken there
  // and now, names the item; the app's answer on it ("Shared with …") need not repeat the name.
  // Only beside the app's answer in words: a control's state names nothing ("Pinned" pressed is
  // no answer to "mark it as Answered", whatever the page around it says).
  const answeredInWords = holding.some((a) => a.type === 'text-visible');
  const ownHeading = answeredInWords
    ? onlyAskedOn(sameMainHeading(served && input.pagesBefore?.get(served), input.now), input)
    : undefined;
  // A date the part changes something to, read back in another form ("2027-03-20" for "20 March
  // 2027"): its month's name is shown by that read-back (the date rule below still demands it).
  const changeSpans = findDates(part.text)
    .filter((d) => changeDates(part.text, part.text).includes(d.value))
    .filter((d) => holding.some((a) => readsDate(a, d.value)))
    .map((d) => part.text.slice(d.start, d.end).toLowerCase());
  const inReadDate = (name: string) =>
    changeSpans.some((span) => new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(span));
  for (const name of namesIn(part)) {
    if (
      variableValues.includes(name.toLowerCase()) ||
      secrets.some((s) => s.includes(name.toLowerCase())) ||
      shown(name) ||
      inReadDate(name) ||
      typedAndSent(name) ||
      typedAndAnswered(name)
    )
      continue;
    if (ownHeading && shownIn([{ type: 'text-visible', text: ownHeading }], name)) {
      const assertion: Assertion = { type: 'text-visible', text: ownHeading };
      if (!(await input.probe.check(assertion).catch(() => 'no'))) {
        if (!shownIn(holding, ownHeading)) holding.push(assertion);
        continue;
      }
    }
    // Somewhere new on the page (a list, a heading, a greeting), not only in a field being edited,
    // nor only in a dialog still open when the part claims the app took it.
    if (
      occurrences(input.now.texts, name) > occurrences(baseline, name) &&
      !(claimsTaken(part) && onlyInDialog(input.now, name))
    ) {
      const assertion: Assertion = { type: 'text-visible', text: name };
      if (!(await input.probe.check(assertion).catch(() => 'no'))) {
        holding.push(assertion);
        continue;
      }
    }
    if (part.intent === 'fill' || part.intent === 'select') {
      const field = input.now.elements.find(
        (e) => e.value?.toLowerCase() === name.toLowerCase() && changedSinceStart(e, input.start),
      );
      const locator = field ? await input.probe.locate(field) : null;
      if (field && locator) {
        holding.push({ type: 'field-value', locator, value: field.value! });
        continue;
      }
    }
    missing.push(name);
  }
  return missing;
}

/** Parts a read-back can confirm: answers given in a form, and its sending. */
const READ_BACK_INTENTS = new Set<Intent>(['fill', 'select', 'check', 'submit', 'click', 'add', 'edit']);

/**
 * The read-back texts of every name `part` gives (read-back.ts), or null: the part answers the
 * form (one of its names typed or picked by the run before the sending) and all its names are read
 * back. Passwords the run typed and the run's variables are never read back, and need not be.
 */
function readBackOf(part: GoalPart, readBack: ReadBack, input: JudgeInput): string[] | null {
  if (!READ_BACK_INTENTS.has(part.intent)) return null;
  const { history } = input;
  const before = history.slice(0, history.indexOf(readBack.send));
  const secret = (name: string) =>
    before.some(
      (h) =>
        h.action.type === 'fill' &&
        h.action.value?.toLowerCase().includes(name.toLowerCase()) &&
        input.pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref)?.password,
    );
  const variables = Object.values(input.inputs.variables).map((v) => v.toLowerCase());
  const names = namesIn(part).filter((n) => !secret(n) && !variables.includes(n.toLowerCase()));
  if (!names.length) return null;
  const answered = names.some((n) =>
    before.some(
      (h) =>
        h.ok &&
        (h.action.type === 'fill' || h.action.type === 'select') &&
        (h.action.value ?? '').toLowerCase().includes(n.toLowerCase()),
    ),
  );
  if (!answered) return null;
  const texts = names.map((n) => readBackText(readBack, n, input.goal, input.start));
  return texts.every((t): t is string => t !== undefined) ? [...new Set(texts)] : null;
}

/**
 * A value typed or picked in a field on an item's own page, sent by a click or key after it, that
 * the field no longer holds (the form reset) but a new text on the same page states, about that
 * field or the part's verb ("Handed over to Lea Brandt." after "Hand over to"): the app's record of
 * it. The same main heading then and now (else it is another item's page); never an error-worded
 * text (a refusal names the value too), nor a text that was on the page the value was picked on.
 * Asserted with the heading, so replay checks it is that item's page.
 */
function statedOnOwnPage(part: GoalPart, value: string, input: PartInput): Assertion[] {
  const { history, now } = input;
  const at = history.findLastIndex(
    (h) =>
      h.ok &&
      (h.action.type === 'select' || h.action.type === 'fill') &&
      h.action.value?.trim().toLowerCase() === value.toLowerCase(),
  );
  const picked = history[at];
  const pickedOn = picked && input.pagesBefore?.get(picked);
  if (!picked || !pickedOn) return [];
  const sent = history
    .slice(at + 1)
    .find((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'));
  const field = pickedOn.elements.find((e) => e.ref === picked.action.ref);
  const heading = onlyAskedOn(sameMainHeading(pickedOn, now), input);
  if (!sent || !field || !heading) return [];
  // The field the part names, or the one list on the page that offers the value at all.
  const offers = (e: ObservedElement) =>
    e.options?.some((o) => o.trim().toLowerCase() === value.toLowerCase()) === true;
  if (!namesField(part, field, pickedOn) && !(offers(field) && pickedOn.elements.filter(offers).length === 1))
    return [];
  // What is asked of the statement: it speaks of the field's own words or of the part's verb.
  const about = [...contentWords(field.name), ...part.verb.split(' ').filter((w) => !STOP_WORDS.has(w))];
  const lower = value.toLowerCase();
  const was = (t: string) => occurrences(pickedOn.texts, t) >= occurrences(now.texts, t);
  const text = now.texts.find(
    (t) =>
      t.toLowerCase().includes(lower) &&
      !was(t) &&
      !ERROR_WORDS.test(t) &&
      !onlyInDialog(now, t) &&
      relatedWords(t, about).length > 0,
  );
  return text
    ? [
        { type: 'text-visible', text },
        { type: 'text-visible', text: heading },
      ]
    : [];
}

/**
 * `heading` when the run did nothing on the page it heads but what the goal asks, else undefined:
 * every action there types or picks, sends what it just typed or picked, or uses a control the
 * goal's words name. An unasked action there (accepting a reply while handing the thread over, a
 * control with no name) changes the item too, and its page then proves nothing of the goal alone.
 */
function onlyAskedOn(heading: string | undefined, input: JudgeInput): string | undefined {
  if (!heading) return undefined;
  const goalWords = contentWords(input.goal);
  const acted = input.history.filter((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const ok = acted.every((h, i) => {
    const on = input.pagesBefore?.get(h);
    if (!on || sameMainHeading(on, on) !== heading) return true;
    if (h.action.type === 'fill' || h.action.type === 'select' || h.action.type === 'upload') return true;
    const prior = acted[i - 1];
    const sends =
      (h.action.type === 'click' || h.action.type === 'press') &&
      (prior?.action.type === 'fill' || prior?.action.type === 'select');
    return sends || (h.target?.name !== undefined && relatedWords(h.target.name, goalWords).length > 0);
  });
  return ok ? heading : undefined;
}

/**
 * The name of the one level-1 heading outside any dialog that both pages show, or undefined: the
 * page an action was taken on is still the same item's page.
 */
function sameMainHeading(before: Observation | undefined, now: Observation): string | undefined {
  // The one level-1 heading; on a page with none (an app whose title bar is no heading, its pages
  // headed at level 2), the one heading of the top level the page uses.
  const main = (o: Observation) => {
    const headings = o.elements.filter((e) => e.role === 'heading' && !e.dialog && e.name);
    const top = Math.min(...headings.map((e) => e.level ?? 6));
    const level = headings.some((e) => e.level === 1) ? 1 : top;
    const lead = headings.filter((e) => (e.level ?? 6) === level);
    return lead.length === 1 ? lead[0]!.name : undefined;
  };
  const was = before && main(before);
  return was && main(now) === was ? was : undefined;
}

/** Whether every place `text` shows on the page is inside a dialog (so it goes when the dialog does). */
export function onlyInDialog(page: Observation, text: string): boolean {
  const all = occurrences(page.texts, text);
  return all > 0 && occurrences(page.dialogTexts ?? [], text) >= all;
}

/** Parts that claim the app took something (saved, sent, added, removed), not a place or a field. */
function claimsTaken(part: GoalPart): boolean {
  return actionVerb(part) || ['add', 'edit', 'remove', 'submit'].includes(part.intent);
}

/** Verbs that name where to go or what to press, not an action on the app's data. */
const PLACE_VERBS = new Set([
  'open',
  'go',
  'visit',
  'navigate',
  'view',
  'show',
  'browse',
  'click',
  'tap',
  'press',
  'hover',
  'follow',
  'double-click',
  'right-click',
]);

/**
 * A part whose verb acts on the app's data ("borrow", "archive", "save", "share"), as opposed to
 * going somewhere or pressing something ("open", "click").
 */
export function actionVerb(part: GoalPart): boolean {
  if (!['click', 'open', 'submit'].includes(part.intent) || !part.verb) return false;
  return !PLACE_VERBS.has(part.verb.split(' ')[0]!);
}

/**
 * Whether a control named like the part's verb was used ("Borrow", "Save changes"); a submit part
 * may also be sent by Enter or by the form's button after typing (its name need not be the verb).
 */
function verbActed(part: GoalPart, history: readonly HistoryEntry[]): boolean {
  const verbWords = part.verb.split(' ').filter((w) => !STOP_WORDS.has(w));
  // A verb of two words ("call off") may name a control by one ("Cancel booking").
  const phrasal = part.verb.includes(' ');
  const named = history.some((h) => {
    if (!h.ok || h.action.type === 'done' || h.action.type === 'fail') return false;
    const name = `${h.target?.name ?? ''} ${h.action.text ?? ''}`;
    return (
      relatedWords(name, verbWords).length > 0 ||
      (phrasal && contentWords(name).some((w) => synonymous(part.verb, w)))
    );
  });
  if (named || part.intent !== 'submit') return named;
  const typedAt = history.findLastIndex(
    (h) => h.ok && (h.action.type === 'fill' || h.action.type === 'select'),
  );
  return (
    typedAt >= 0 &&
    history.some((h, i) => i > typedAt && h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  );
}

const STOP_WORDS = new Set(['to', 'up', 'in', 'on', 'off', 'out', 'for', 'with']);

function proposedOr(found: Assertion[], proposed: () => Assertion[]): Assertion[] {
  return found.length ? found : proposed();
}

/** How many of `texts` contain `needle` (case-insensitive). */
export function occurrences(texts: readonly string[], needle: string): number {
  const lower = needle.toLowerCase();
  return texts.reduce((n, t) => (t.toLowerCase().includes(lower) ? n + 1 : n), 0);
}

/** Texts of the page's items (rows, list items, cells, cards). */
function itemTexts(observation: Observation): string[] {
  return observation.elements
    .filter((e) => ITEM_ROLES.has(e.role) || e.clickable)
    .map((e) => e.text ?? e.name)
    .filter((t): t is string => Boolean(t));
}

/**
 * The last successful action that served a part: on a target the part names (its words, numbers or
 * value), or typing the part's value.
 */
export function servingEntry(part: GoalPart, history: readonly HistoryEntry[]): HistoryEntry | undefined {
  const words = partWords(part);
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  for (const entry of [...history].reverse()) {
    if (!entry.ok || entry.action.type === 'done' || entry.action.type === 'fail') continue;
    const name = entry.target?.name ?? '';
    if (name && relatedWords(name, words).length) return entry;
    if (name && numbers.some((n) => new RegExp(`\\b${n}\\b`).test(name))) return entry;
    if (entry.action.value && part.values.includes(entry.action.value)) return entry;
    // "Subscribe with my email": typing the variable the part names.
    if (entry.action.variable && relatedWords(splitIdentifier(entry.action.variable), words).length)
      return entry;
    if (entry.action.type === 'upload' && entry.action.file && relatedWords(entry.action.file, words).length)
      return entry;
  }
  return undefined;
}

/** Whether a field is one the part names (by its name, placeholder, group or row); any, if it names none. */
function namesField(part: GoalPart, field: ObservedElement, page?: Observation, item?: string): boolean {
  const words = part.objectWords.filter((w) => !part.values.some((v) => v.toLowerCase().includes(w)));
  if (!words.length) return true;
  const label = `${field.name} ${field.placeholder ?? ''} ${field.group ?? ''} ${field.context ?? ''} ${field.nearLabel ?? ''}`;
  const hits = relatedWords(label, words).length;
  // "the quantity of Milk": the field's own words and its row's must cover what the part says.
  if (hits >= Math.min(2, words.length)) return true;
  // "Assign the printer that fails to start to Marta": a field labelled by a word the verb derives
  // ("Assignee"), in no row, on the page whose main heading names the item (its own page).
  const own = `${field.name} ${field.nearLabel ?? ''}`;
  if (!page || field.context !== undefined || !part.verb) return false;
  const derived = derivedWords(part.verb).some((d) => relatedWords(own, [d]).length > 0);
  // "Assign the second card in In progress to Ravi": the item its place locates, which the run
  // opened (and no other after), headed by its name; the field is named by the verb or the words.
  if (
    item !== undefined &&
    (derived || relatedWords(own, words).length > 0) &&
    page.elements.some((e) => e.role === 'heading' && !e.dialog && e.name.trim() === item.trim())
  )
    return true;
  if (!derived) return false;
  const heading = page.elements.find((e) => e.role === 'heading' && e.level === 1 && !e.dialog);
  return heading !== undefined && relatedWords(heading.name, words).length >= Math.min(2, words.length);
}

/** Whether the field's value differs from the same field's at the start (or it was not there). */
function changedSinceStart(field: ObservedElement, start: Observation): boolean {
  const same = start.elements.find(
    (e) => e.ref === field.ref && e.role === field.role && e.name === field.name,
  );
  return !same || same.value !== field.value;
}

/** Checks assertions on the live page through Playwright, as replay does. */
function pageProbe(page: Page, inputs: StepInputs): EvidenceProbe {
  return {
    check: (assertion) => checkAssertion(page, assertion, inputs, HOLD_MS),
    locate: (element, options) => locatorForElement(page, element, options).catch(() => null),
    locateNear: (element, text) => locatorNear(page, element, text).catch(() => null),
    refusals: async () => {
      const out: string[] = [];
      for (const frame of page.frames())
        out.push(...(await frame.evaluate(readRefusals).catch(() => [] as string[])));
      return [...new Set(out)];
    },
  };
}

/**
 * Runs in the page: visible texts of error-styled elements (class or id naming an error, or the
 * message an invalid field points to), and fields the browser holds invalid after the user touched
 * them, described by their validation message.
 */
export function readRefusals(): string[] {
  const out: string[] = [];
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0.05;
  };
  // Whole class tokens (or their dash/underscore parts): "err" and "field-err" are, "errands" is not.
  const styled = /(^|[\s_-])(err|error|errors|invalid|is-invalid|has-error|field-error|danger)($|[\s_-])/i;
  for (const e of document.querySelectorAll('[class], [id]')) {
    const tag = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (!styled.test(tag) || !visible(e)) continue;
    // A control styled as dangerous ("Delete account" in red) is a control, not a message.
    if (e.matches('button, a[href], input, select, textarea, [role=button], [role=menuitem], [role=tab]'))
      continue;
    const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A control styled for danger ("btn-danger" Delete, a red role-less "Remove") is something to
    // press, not the app's answer: a button, a link, or an element people click (a pointer cursor),
    // also while it is greyed out (aria-disabled, a not-allowed cursor: a paid invoice's Delete), and
    // also when the styled wrapper's whole text is such an element inside it.
    const controlCursor = (el: Element) => /^(pointer|not-allowed)$/.test(getComputedStyle(el).cursor);
    const controlLike = (el: Element) =>
      el.closest(
        'button, a[href], [role=button], [role=link], [role=menuitem], [role=tab], summary, [aria-disabled=true]',
      ) !== null || controlCursor(el);
    const control =
      controlLike(e) ||
      [...e.querySelectorAll('*')].some(
        (d) => (d.textContent ?? '').replace(/\s+/g, ' ').trim() === text && controlLike(d),
      );
    // A whole section named "danger zone" is a region, not a message: keep short texts only.
    if (text && text.length <= 160 && !control && !e.querySelector('input, button, select, textarea'))
      out.push(text);
  }
  let touched: Element[];
  try {
    touched = [...document.querySelectorAll(':user-invalid')];
  } catch {
    // Browsers without :user-invalid: the error-styled texts above still count.
    touched = [];
  }
  for (const field of touched) {
    if (!visible(field)) continue;
    const message = (field as HTMLInputElement).validationMessage;
    if (message) out.push(message);
  }
  return out;
}

/**
 * The dialog the run saw open (on a page an action was decided on) that was not open at the start
 * and is gone now: "close it" after an opening action that was no click inside the dialog.
 */
function dialogSeen(input: JudgeInput): string | null {
  const isDialog = (e: ObservedElement) => e.role === 'dialog' || e.role === 'alertdialog';
  const atStart = new Set(input.start.elements.filter(isDialog).map((e) => e.name));
  const openNow = new Set(input.now.elements.filter(isDialog).map((e) => e.name));
  for (const entry of [...input.history].reverse()) {
    const dialog = input.pagesBefore
      ?.get(entry)
      ?.elements.find((e) => isDialog(e) && e.name && !atStart.has(e.name) && !openNow.has(e.name));
    if (dialog) return dialog.name;
  }
  return null;
}

/** Glyphs icon buttons are drawn with, and the words their accessible names use. */
const ICON_GLYPHS: [RegExp, string[]][] = [
  [/[×✕✖✗⨯]/u, ['close', 'dismiss', 'cancel']],
  [/[✓✔]/u, ['ok', 'confirm', 'done', 'accept']],
];

/**
 * How a close part says the dialog must be closed ("with Escape", "with the × button", "by
 * clicking Cancel"), checked against the action that closed it: the last action taken while the
 * dialog was open. Null when the part names no way, or the run closed it that way; else why not.
 */
function closedOtherwise(part: GoalPart, dialog: string, input: PartInput): string | null {
  const way =
    /\b(?:with|using|via|by\s+(?:clicking|pressing|tapping|hitting|choosing))\s+(?:the\s+|its\s+|a\s+|an\s+)?(.+?)(?:\s+(?:button|key|link|icon|control))?(?:\s+(?:without|and|but)\b.*)?$/i.exec(
      part.text,
    )?.[1];
  if (!way) return null;
  const closing = input.history.findLast(
    (h) =>
      h.ok &&
      (h.action.type === 'click' || h.action.type === 'press') &&
      input.pagesBefore
        ?.get(h)
        ?.elements.some((e) => (e.role === 'dialog' || e.role === 'alertdialog') && e.name === dialog),
  );
  if (!closing) return `nothing was done while the dialog "${dialog}" was open`;
  const key = /^(escape|esc|enter|return|tab|space|backspace)$/i.exec(way.trim())?.[1];
  const asked = `the goal asks to close it with ${way}, but ${closing.description} closed it`;
  if (key) {
    const wanted = /^esc$/i.test(key) ? 'escape' : /^return$/i.test(key) ? 'enter' : key.toLowerCase();
    return closing.action.type === 'press' && (closing.action.value ?? '').toLowerCase() === wanted
      ? null
      : asked;
  }
  if (closing.action.type !== 'click' || !closing.target) return asked;
  const name = `${closing.target.name} ${closing.action.text ?? ''}`;
  const glyph = ICON_GLYPHS.find(([g]) => g.test(way));
  if (glyph) return glyph[0].test(name) || relatedWords(name, glyph[1]).length > 0 ? null : asked;
  return relatedWords(name, contentWords(way)).length > 0 ? null : asked;
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

/**
 * The goal's verbs ("require", "lock", "block"): the state they ask for is worded with them
 * ("Required", "Locked"). Not its other words: "saying My invoice is wrong" asks for no "wrong",
 * and "Something went wrong" is an error.
 */
function ownWords(goal: string): string[] {
  return readGoal(goal).flatMap((p) => (p.verb ? contentWords(p.verb) : []));
}

/**
 * Whether a plain text reports an error once the goal's own words are set aside: "Required for
 * everyone" after "Require two-factor authentication for everyone" (or "Board locked" after "Lock
 * the board") is the setting the goal asked for, not a refusal. Only single error words that are
 * the goal's own (same word or WordNet-related) are set aside, and never in a negated text ("not
 * required"), nor beside another error word ("required … failed").
 */
export function errorWorded(text: string, goalWords: readonly string[]): boolean {
  if (!ERROR_WORDS.test(text)) return false;
  if (!goalWords.length || /\b(not|no|never|nothing|none)\b|n['’]t\b/i.test(text)) return true;
  const every = new RegExp(ERROR_WORDS.source, 'gi');
  const rest = text.replace(every, (word) =>
    /\s/.test(word) || !relatedWords(word, goalWords).length ? word : ' ',
  );
  return ERROR_WORDS.test(rest);
}

/**
 * A status line (not an alert) whose only error words are the goal's own verb, done: "Locked." or
 * "Thread locked" after "Lock the thread" is the state asked for. The same word only, never a kin
 * ("Locked." after "Unlock …" stays an error), never negated, never beside another error word.
 */
export function ownVerbDone(text: string, verbs: readonly string[]): boolean {
  if (!verbs.length || /\b(not|no|never|nothing|none)\b|n['’]t\b/i.test(text)) return false;
  const every = new RegExp(ERROR_WORDS.source, 'gi');
  const rest = text.replace(every, (word) =>
    /\s/.test(word) || !baseForms(word.toLowerCase()).some((f) => verbs.includes(f)) ? word : ' ',
  );
  return !ERROR_WORDS.test(rest);
}

/**
 * New alerts or texts that report an error. `goalWords`: the goal's content words, which a plain
 * text (not an alert or status) may use for the outcome the goal asks for (see {@link errorWorded}).
 */
function freshErrors(now: Observation, startTexts: Set<string>, goalWords: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const e of now.elements) {
    const text = e.name || e.text || '';
    if (
      (e.role === 'alert' || e.role === 'status') &&
      text &&
      ERROR_WORDS.test(text) &&
      !startTexts.has(text) &&
      !(e.role === 'status' && ownVerbDone(text, goalWords))
    )
      out.push(text);
  }
  // Data in lists and tables ("Cannot log in to VPN", a ticket's subject) is content, not a message.
  const rows = now.elements
    .filter((e) => ['listitem', 'row', 'cell'].includes(e.role))
    .map((e) => e.text ?? e.name);
  // A control's own short label ("Blocked" beside a switch, a "Locked" tab, "Mark as rejected") is
  // something to act on, not the app's answer; a sentence that can also be clicked still speaks.
  // A box's or option's label is a label whatever its length ("Email me when my request is
  // rejected"): the thing it sets, never the app's answer.
  const labels = new Set(
    now.elements
      .filter(
        (e) =>
          (LABELLED_CHOICE.test(e.role) && readName(e)) ||
          ((e.clickable || ACTIONABLE_ROLES.has(e.role)) && e.name && e.name.split(/\s+/).length <= 3),
      )
      .map((e) => readName(e)),
  );
  for (const t of now.texts)
    if (
      !startTexts.has(t) &&
      errorWorded(t, goalWords) &&
      t.length < 160 &&
      !out.includes(t) &&
      !labels.has(t) &&
      !rows.some((r) => r?.includes(t))
    )
      out.push(t);

  return out;
}

/** Every text the part names (all of a text's words among the part's words), longest first. */
function namedTexts(texts: string[], part: GoalPart): string[] {
  const out = texts.filter((text) => {
    const words = contentWords(text);
    return words.length > 0 && words.length <= 8 && words.every((w) => part.objectWords.includes(w));
  });
  // "Lena Fischer" and "Fischer" both name her: keep the longer.
  return [...new Set(out)]
    .sort((a, b) => b.length - a.length)
    .filter((t, i, all) => !all.slice(0, i).some((longer) => longer.includes(t)))
    .slice(0, 5);
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
    // (A switch with no name of its own is labelled by the caption beside it; a row's help text
    // under that caption dilutes nothing: its own label alone scores too.)
    const own = box.name || box.nearLabel || '';
    // (Only a label's content words count: "and", "by" in "Receipts and invoices by email" name
    // nothing, and would leave a long label's match below half.)
    const scoreOf = (label: string) => {
      const labelWords = contentWords(label);
      return labelWords.filter((w) => wanted.includes(w)).length / Math.max(1, labelWords.length);
    };
    // (A label's aside in brackets, "Paperless billing (invoices by email only)", is help text, not
    // the box's name: its name alone scores too.)
    const bare = own.replace(/\s*\([^)]*\)/g, ' ').trim();
    const score = Math.max(
      scoreOf(`${own} ${box.context ?? ''}`),
      own ? scoreOf(own) : 0,
      bare && bare !== own ? scoreOf(bare) : 0,
    );
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

/** A message's words for a setting that changed state ("Reminders enabled", "Sync is now off"). */
const SETTING_CHANGED =
  /\b(enabled|disabled|activated|deactivated|switched (on|off)|turned (on|off)|now (on|off))\b/i;

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

/** The control a step used, as it was on the page before that step; null when the step failed or it is unknown. */
function usedControl(
  input: PartInput,
  served: HistoryEntry | undefined,
): { control: ObservedElement; before: Observation } | null {
  const ref = served?.action.ref;
  const before = served && input.pagesBefore?.get(served);
  const control = ref && before ? before.elements.find((e) => e.ref === ref) : undefined;
  return control && before && served?.ok ? { control, before } : null;
}

/** Verbs that name a pointer action of their own, whose only outcome is what the next part uses. */
const POINTER_VERBS: [RegExp, PlannedActionType][] = [
  [/^right[- ]?click$/, 'rightclick'],
  [/^double[- ]?click$/, 'dblclick'],
];

/**
 * For a part whose verb is a pointer action ("right-click", "double-click"): the history index of
 * the last such action done on the item the part names (the element's words, on the page it was
 * done on, carry every number and name the part gives, or one of its words when it gives none), or
 * -1 when there is none. Undefined for any other verb.
 */
function pointerActionFor(
  part: GoalPart,
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
): number | undefined {
  const type = POINTER_VERBS.find(([verb]) => verb.test(part.verb))?.[1];
  if (!type) return undefined;
  const given = [...namesIn(part), ...part.objectWords.filter((w) => /^\d+$/.test(w))];
  return history.findLastIndex((h) => {
    if (!h.ok || h.action.type !== type) return false;
    const element = pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref);
    const words = [h.target?.name, h.target?.context, element?.name, element?.text, element?.context]
      .filter(Boolean)
      .join(' ');
    return given.length
      ? given.every((n) => holdsPhrase(words, n))
      : relatedWords(words, part.objectWords).length > 0;
  });
}

/** Whether a row's text holds `phrase` as whole words, whatever the case. */
function holdsPhrase(context: string | undefined, phrase: string): boolean {
  const flat = (t: string) =>
    ` ${t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  return context !== undefined && flat(context).includes(flat(phrase));
}

/**
 * The item a part names in lower case ("show the shipping info of the linen shirt" → "linen
 * shirt"): the longest run of two or more of the part's words after its verb, none of them the
 * control's own, that the control's row held on the page it was used on, written as that row
 * writes it, and that the row of no look-alike control (same role and name) held. Null when there
 * is none, or when it names several rows ("the atlas" on "Paper atlas" and "Pocket atlas").
 */
function lowerCaseItem(part: GoalPart, control: ObservedElement, before: Observation): string | null {
  if (!control.context) return null;
  const words = (part.text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(part.verb ? part.verb.split(' ').length : 0);
  const own = (w: string) => relatedWords(control.name, [w]).length > 0;
  const alike = before.elements.filter(
    (e) => e.role === control.role && e.name === control.name && e !== control && e.ref !== control.ref,
  );
  let best: string | null = null;
  for (let i = 0; i < words.length; i++)
    for (let j = words.length; j >= i + 2; j--) {
      const run = words.slice(i, j);
      const content = run.filter((w) => contentWords(w).length > 0);
      if (content.length < 2 || run.some(own) || contentWords(run[0]!).length === 0) continue;
      if (contentWords(run.at(-1)!).length === 0) continue;
      const phrase = run.join(' ');
      if (!holdsPhrase(control.context, phrase) || alike.some((e) => holdsPhrase(e.context, phrase)))
        continue;
      if (!best || phrase.length > best.length) best = phrase;
    }
  if (!best) return null;
  // As the row writes it ("Linen shirt"), for a locator's text.
  const at = control.context.toLowerCase().indexOf(best.toLowerCase());
  return at >= 0 ? control.context.slice(at, at + best.length) : best;
}

/** The names a part gives as one phrase where its text writes them together ("Alan Turing"), else the longest; '' for none. */
function namePhrase(part: GoalPart, names: readonly string[]): string {
  if (!names.length) return '';
  const joined = names.join(' ');
  if (part.text.toLowerCase().includes(joined.toLowerCase())) return joined;
  return [...names].sort((a, b) => b.length - a.length)[0]!;
}

/** The part's object words and the words of its verb. */
/**
 * The state a part asks an item to end in, written after "as" or "to" at its end ("flag X as
 * blocked", "mark X as urgent", "move X to In progress"): its content words, or none when the part
 * gives a value (a rename's new name is checked as a value) or is no such action.
 */
export function stateAsked(part: GoalPart): string[] {
  // (A verb read only through a WordNet kin, "label" ~ "attach", says no more than a click.)
  if (
    part.values.length ||
    !(['click', 'check', 'uncheck', 'select', 'edit'].includes(part.intent) || part.byKin)
  )
    return [];
  const tail = /\s(?:as|to|into)\s+(?:an?\s+|the\s+)?([^"“”]+)$/i.exec(part.text)?.[1] ?? '';
  const words = contentWords(tail);
  return words.length && words.length <= 4 && tail.split(/\s+/).length <= 5 ? words : [];
}

function partWords(part: GoalPart): string[] {
  return [...part.objectWords, ...(part.verb ? part.verb.split(' ') : [])];
}
