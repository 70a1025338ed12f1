import { authoredControl } from './authored-item.ts';
import { toggleFor, wantsError, withoutOptionTail } from './evidence.ts';
import { SIGN_IN_WORDS } from './goal/credentials.ts';
import { sentSignIn, signInStep, signInSteps } from './sign-in.ts';
import { findValues } from './goal/values.ts';
import { baseForms, derivedWords } from './goal/wordnet.ts';
import { contentWords, inCase, isDestructive, relatedWords, type GoalPart } from './goal/read-goal.ts';
import {
  locatedAlready,
  locatedItem,
  namedItem,
  openedBefore,
  opens,
  rowHasControls,
} from './located-item.ts';
import { quotedStrings } from './text-match.ts';
import {
  ACTIONABLE_ROLES,
  isSearchField,
  isTextField,
  readName,
  type Observation,
  type ObservedElement,
} from './observe.ts';
import type { HistoryEntry, PlanContext, PlanDecision } from './planner.ts';
import { pickedBefore, routePending, widgetSatisfied } from './widgets.ts';

/**
 * The local planner's reading of goal parts that act on items of a page (add, tick off, delete,
 * edit an item, follow a named link, press a key): each part, in order, is either already true on
 * the page or gets one action. Parts of other kinds (forms, sign-in, search) are left to the
 * form-filling planner.
 */

const HANDLED = new Set(['add', 'check', 'uncheck', 'remove', 'edit', 'press', 'hover', 'close']);

/** Whether acting on `element` is allowed: destructive or bulk controls only when the goal asks. */
export function allowedByGoal(element: ObservedElement, parts: readonly GoalPart[]): boolean {
  const label = `${element.name} ${element.hint ?? ''}`;
  if (!isDestructive(label)) return true;
  return parts.some(
    (p) =>
      p.destructive &&
      (relatedWords(label, [...p.objectWords, ...p.verb.split(' ')]).length > 0 ||
        // A row's glyph button ("×") for "delete Walk dog": the part is a removal.
        !/[\p{L}\p{N}]/u.test(element.name)),
  );
}

/**
 * A link of an error summary ("Enter your full name" → `#fullName`): it points at a spot on the same
 * page while a field there is marked invalid. It only moves the focus to the field it names, so it
 * is no control for a goal's part (a person reads it, and fixes the field).
 */
export function errorPointer(element: ObservedElement, observation: Observation): boolean {
  if (element.role !== 'link' || !element.url) return false;
  const [target, fragment] = element.url.split('#');
  if (!fragment || /^[/!]/.test(fragment)) return false;
  const here = observation.url.split('#')[0];
  if (target && target !== here && !here?.endsWith(target)) return false;
  return observation.elements.some((e) => e.invalid === true);
}

/** Index of the first part not yet true on this page, and whether the local part planner handles it. */
export function nextPart(
  parts: readonly GoalPart[],
  context: PlanContext,
  start: Observation | null,
): number {
  for (let i = 0; i < parts.length; i++) if (!satisfied(parts[i]!, context, start)) return i;
  return -1;
}

function texts(observation: Observation): string[] {
  return observation.texts;
}

/** A dialog open now that was not there at the start, or null. */
function newDialog(observation: Observation, start: Observation | null): ObservedElement | null {
  const before = new Set(
    (start?.elements ?? []).filter((e) => e.role === 'dialog' || e.role === 'alertdialog').map((e) => e.name),
  );
  return (
    observation.elements.find(
      (e) => (e.role === 'dialog' || e.role === 'alertdialog') && !(e.name && before.has(e.name)),
    ) ?? null
  );
}

/** Texts and link names: an item's name is often its link in the row ("Wood glue 1 l"). */
function itemTexts(observation: Observation): string[] {
  const linked = observation.elements.filter((e) => e.role === 'link' && e.name).map((e) => e.name);
  return [...new Set([...observation.texts, ...linked])];
}

function satisfied(part: GoalPart, context: PlanContext, start: Observation | null): boolean {
  const { observation, history } = context;
  // "Archive the 2nd card in the Done column": not done while the item its place locates is unopened.
  const located = part.intent === 'observe' ? null : locatedItem(part, observation);
  if (located && !locatedAlready(history, located, observation)) return false;
  // A slider, stepper or picker the part's words label says itself whether it holds the value.
  // (A pick a later part undid — "…then reset the configuration" — stays done.)
  const widget = widgetSatisfied(part, observation);
  if (widget !== null) return widget || pickedBefore(part, history);
  // "…from Lyon to Geneva": not done while a From / To box does not show its name.
  if (routePending(part, observation, history)) return false;
  const sort = sortRequest(part);
  if (sort) {
    const header = sortHeader(sort, observation);
    const now = header ? sortDirection(header.name) : null;
    if (now) return !sort.direction || now === sort.direction;
    // No header here, or one that shows no direction: pressed once is all that can be told.
    return history.some(
      (h) =>
        h.ok &&
        h.action.type === 'click' &&
        relatedWords(h.target?.name ?? h.action.text ?? '', sort.column).length > 0,
    );
  }
  const nth = pageNumber(part);
  if (nth !== null) {
    // "the second page of contacts": the pager's "2" is the current one, or was pressed.
    const control = pagerControl(observation.elements, nth);
    if (control?.current) return true;
    return history.some((h) => h.ok && h.action.type === 'click' && h.target?.name.trim() === nth);
  }
  if (rightClicks(part)) {
    // (A row is often named by nothing but its text, which the history does not keep: a right-click
    // on a nameless item is the one this part chose.)
    const menus = history.filter((h) => h.ok && h.action.type === 'rightclick');
    return menus.some((h) => !h.target?.name) || acted(menus, part);
  }
  const value = part.values[0];
  if (byVerbsControl(part)) {
    if (verbValuePicked(part, history)) return true;
    // The verb's own field or control is here (or was used): only picking the value does the part.
    const here = observation.elements.filter((e) => !e.disabled);
    if (
      verbField(part, here) ||
      here.some((e) => !isTextField(e.role) && namedByVerb(part, e.name)) ||
      history.some((h) => h.ok && h.target && namedByVerb(part, h.target.name))
    )
      return false;
  }
  switch (part.intent) {
    case 'add': {
      if (!value) return acted(history, part);
      // It was typed and sent, or a button that adds it was pressed ("Add to wishlist"): a title
      // already shown on the page (a card, a suggestion) proves nothing.
      const nouns = part.objectWords.filter((w) => !value.toLowerCase().includes(w));
      const typed = history.findIndex((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
      return (
        (typed >= 0 &&
          history
            .slice(typed + 1)
            .some((h) => h.ok && (h.action.type === 'press' || h.action.type === 'click'))) ||
        // (Or a menu's "Add to favourites" for "add him to favourites": what it adds to is the value.)
        history.some(
          (h) =>
            h.ok &&
            h.action.type === 'click' &&
            (h.target?.role === 'button' || h.target?.role === 'menuitem' || h.target?.role === 'generic') &&
            relatedWords(h.target.name, ['add', part.verb]).length > 0 &&
            relatedWords(h.target.name, [...nouns, ...contentWords(value)]).length > 0,
        )
      );
    }
    case 'edit': {
      if (!value && part.textCase) {
        // "Change the title to upper case": a text typed in that case, then sent (Enter, Save).
        const typed = history.findLastIndex(
          (h) =>
            h.ok &&
            h.action.type === 'fill' &&
            !!h.action.value &&
            /\p{L}/u.test(h.action.value) &&
            inCase(h.action.value, part.textCase) === h.action.value,
        );
        return (
          typed >= 0 &&
          history
            .slice(typed + 1)
            .some((h) => h.ok && (h.action.type === 'press' || h.action.type === 'click'))
        );
      }
      if (!value) return acted(history, part);
      // A text on the page from the start ("Crash on startup", another issue's title) proves no
      // change: the value must have been typed in this run.
      const typed = history.some((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
      const before = (start?.texts ?? []).some((t) => t.includes(value));
      // Typed into an in-place editor still open (a row's title box): not saved yet.
      const open = observation.elements.some(
        (e) => isTextField(e.role) && e.value === value && e.context !== undefined,
      );
      return texts(observation).some((t) => t.includes(value)) && (typed || !before) && !open;
    }
    case 'check':
    case 'uncheck': {
      const box = toggleFor(part, observation);
      return box ? (box.checked === true) === (part.intent === 'check') : acted(history, part);
    }
    case 'remove': {
      // "Remove the assignee from X" on X's page: its "Unassign" is still to press (X stays).
      const live = observation.elements.filter((e) => !e.disabled);
      if (undoControl(part, live, history, observation.url)) return false;
      // "Remove the star from X": a toggle that was on at the start and is off now.
      if (start && pressedToggle(part, start)) return !pressedToggle(part, observation);
      // "Are you sure?" answered yes after the part's own action (a cancelled booking stays listed).
      if (confirmedInDialog(part, history)) return true;
      // A dialog the run opened stands ("Delete Wood glue?"): the page under it proves nothing yet.
      if (newDialog(observation, start)) return false;
      // …or the question the page asks in place ("Cancel this shipment? [Yes, cancel it]").
      if (inlineConfirm(part, context, start, live)) return false;
      // The item may first show on a later page than the start (after signing in).
      const target = removalTarget(part, start ?? observation) ?? removalTarget(part, observation);
      // (An item not shown yet — on a tab not chosen, a page not visited — is not removed: nothing was done.)
      const didSomething = history.some((h) => h.ok && h.action.type !== 'done');
      // The last action moved to another page (the item's own, where its list is gone) and a control
      // named by the part's verb is here, never pressed ("Cancel shipment"): the item was opened,
      // not removed.
      const last = history.findLast((h) => h.ok && h.action.type !== 'done');
      if (
        last &&
        last.url !== observation.url &&
        live.some((e) => e.role === 'button' && namedByVerb(part, e.name)) &&
        !history.some((h) => h.ok && h.target !== undefined && namedByVerb(part, h.target.name))
      )
        return false;
      return target ? didSomething && !itemTexts(observation).includes(target) : acted(history, part);
    }
    case 'observe':
      return true;
    case 'login':
      return signedIn(part, context);
    case 'logout':
      // Pressed once ("Sign out", "Log off", the part's own words): what it led to is the checker's.
      return history.some(
        (h) =>
          h.ok &&
          h.action.type === 'click' &&
          (SIGN_OUT.test(h.target?.name ?? '') ||
            (h.target !== undefined &&
              relatedWords(h.target.name, [part.verb, ...part.objectWords]).length > 1)),
      );
    case 'search':
      return value ? searched(value, history) : acted(history, part);
    case 'close': {
      // "Right-click issue 9 and close it": the item is closed from the menu the right-click opened.
      const menu = history.findLastIndex((h) => h.ok && h.action.type === 'rightclick');
      if (menu >= 0)
        return history
          .slice(menu + 1)
          .some(
            (h) =>
              h.ok && h.action.type === 'click' && relatedWords(h.target?.name ?? '', [part.verb]).length > 0,
          );
      if (openDialog(part, observation, start)) return false;
      // "…close it with Escape": the key was pressed and no dialog is left open.
      if (
        part.key &&
        history.some((h) => h.ok && h.action.type === 'press' && sameKey(h.action.value, part.key))
      )
        return true;
      // No dialog in sight: "open ticket 4 and close it" closes the thing, with its own button.
      const dialogs = [...(start?.elements ?? []), ...observation.elements].some(
        (e) => e.role === 'dialog' || e.role === 'alertdialog',
      );
      if (dialogs || history.some((h) => h.dialog)) return true;
      return history.some(
        (h) =>
          h.ok &&
          h.action.type === 'click' &&
          h.target &&
          relatedWords(h.target.name, [part.verb]).length > 0,
      );
    }
    case 'press':
      // "Press Escape": pressed once is done (what it does is the next part's to show).
      // (Or the button named as the key, pressed instead: keyButton.)
      return part.key
        ? history.some(
            (h) =>
              h.ok &&
              ((h.action.type === 'press' && sameKey(h.action.value, part.key)) ||
                (h.action.type === 'click' &&
                  h.target?.role === 'button' &&
                  h.target.name.trim().toLowerCase() === keyName(part.key!).toLowerCase())),
          )
        : acted(history, part);
    default:
      if (part.intent === 'select') {
        const selected = selectionDone(part, observation, history);
        if (selected !== null) return selected;
      }
      if (part.role === 'link' || part.role === 'tab') {
        const link = named(
          observation.elements.filter((e) => e.role === part.role),
          part,
        );
        if (link?.current || link?.selected) return true;
        if (link?.url && observation.url.endsWith(link.url)) return true;
        return acted(history, part);
      }
      // Opening or clicking what the part names is that part done; forms, sign-in, search and
      // submit are the form planner's to finish, and only the checker says they are done.
      if (part.intent === 'open')
        return acted(history, part) || showsItem(part, observation) || startsThere(part, context);
      // "Borrow Dune": opening Dune's page is on the way; the act is a control named by the verb.
      if (part.intent === 'click' && part.verb && !/^(click|tap|press|hit|follow)\b/.test(part.verb)) {
        // "Void invoice 4" whose "Void invoice" asked "Void INV-4? [Void] [Cancel]": the act is the
        // dialog's go-ahead, still to press (answered, or no go-ahead in it, the press stands).
        if (
          !confirmedInDialog(part, history) &&
          newDialog(observation, start) &&
          confirmDecision(
            part,
            context,
            start,
            observation.elements.filter((e) => !e.disabled),
          )
        )
          return false;
        // (Pressed, not right-clicked or hovered: those only open a menu or show controls.)
        return history.some(
          (h) =>
            h.ok &&
            h.target &&
            h.action.type === 'click' &&
            relatedWords(h.target.name, [part.verb]).length > 0,
        );
      }
      return part.intent === 'click' && acted(history, part);
  }
}

/**
 * The sign-in form was filled and sent, and no password field is left on the page: the sign-in
 * part is behind us (the checker, not this, judges whether it worked).
 */
function signedIn(part: GoalPart, context: PlanContext): boolean {
  const { observation, history } = context;
  if (observation.elements.some((e) => e.password)) {
    // The form is back after the run acted past it ("…, then sign out"): the sign-in went through
    // back then. Answered by the form right after its send, nothing done since: not signed in.
    const steps = signInSteps(history);
    const sentAt = Math.max(-1, ...[...steps].map((h) => history.indexOf(h)));
    return (
      steps.size > 0 &&
      history.slice(sentAt + 1).some((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail')
    );
  }
  // (Signed in with an account the part does not name: the goal's, the variables' or the page's demo one.)
  if (sentSignIn(history)) return !signInStep(observation);
  // "As the demo user, …" names who acts without asking to sign in: with no sign-in on the page,
  // there is nothing to do for it.
  if (!SIGN_IN_WORDS.test(part.text) && !part.values.length && !signInStep(observation)) return true;
  const filled = history.findIndex(
    (h) =>
      h.ok &&
      h.action.type === 'fill' &&
      (h.action.variable !== undefined || h.action.value === part.values[0]),
  );
  return (
    filled >= 0 &&
    history.slice(filled + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  );
}

/** The dialog a "close" part means: one it names, else one that was not open at the start. */
function openDialog(
  part: GoalPart,
  observation: Observation,
  start: Observation | null,
): ObservedElement | null {
  const dialogs = observation.elements.filter((e) => e.role === 'dialog' || e.role === 'alertdialog');
  const before = new Set((start?.elements ?? []).filter((e) => e.role === 'dialog').map((e) => e.name));
  return (
    dialogs.find((d) => relatedWords(d.name, part.objectWords).length > 0) ??
    dialogs.find((d) => !before.has(d.name)) ??
    null
  );
}

/**
 * A part whose verb names where its value goes ("assign issue 6 to Grace" → the Assignee field,
 * "tag him VIP" → "+ Add tag", then VIP): its intent came from a WordNet kin of an anchor, or it
 * picks a value; the page's own words for the verb win over that kin.
 */
function byVerbsControl(part: GoalPart): boolean {
  return (
    part.values.length > 0 &&
    part.verb !== '' &&
    !part.verb.includes(' ') &&
    (part.byKin === true || part.intent === 'select')
  );
}

/** The verb, its dictionary forms and the words WordNet derives from it ("assign" → "assignee"). */
function verbKin(verb: string): Set<string> {
  return new Set([verb, ...baseForms(verb), ...derivedWords(verb)].map((w) => w.toLowerCase()));
}

/** A name carrying the part's verb or a word derived from it ("+ Add tag", "Assignee", "Owner"). */
function namedByVerb(part: GoalPart, name: string): boolean {
  const kin = verbKin(part.verb);
  return contentWords(name).some((w) => baseForms(w).some((f) => kin.has(f)));
}

/** The field the verb names ("Assignee" for "assign"), by its name, nearby label or placeholder. */
function verbField(part: GoalPart, usable: readonly ObservedElement[]): ObservedElement | null {
  return (
    usable.find(
      (e) =>
        (isTextField(e.role) || e.role === 'combobox') &&
        !e.password &&
        !e.fileInput &&
        e.role !== 'searchbox' &&
        namedByVerb(part, `${e.name} ${e.nearLabel ?? ''} ${e.placeholder ?? ''}`),
    ) ?? null
  );
}

/** An entry that picked an element named by the value ("VIP", "Grace Hopper" for "Grace"). */
function picksValue(h: PlanContext['history'][number], value: string): boolean {
  const name = (h.target?.name ?? h.action.text ?? '').toLowerCase();
  const want = value.toLowerCase();
  return (
    h.ok &&
    (h.action.type === 'click' || h.action.type === 'select') &&
    (name === want ||
      name.split(/\s+/).some((w) => w === want) ||
      name.startsWith(want) ||
      (h.action.type === 'select' && (h.action.value ?? '').toLowerCase().startsWith(want)))
  );
}

/** The verb's control or field was used, and then the value was picked (or sent with Enter). */
function verbValuePicked(part: GoalPart, history: PlanContext['history']): boolean {
  const value = part.values[0]!;
  const used = history.findIndex(
    (h) => h.ok && h.target !== undefined && namedByVerb(part, `${h.target.name}`),
  );
  const typed = history.findIndex((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
  const from = Math.min(...[used, typed].filter((i) => i >= 0));
  if (!Number.isFinite(from)) return false;
  return history
    .slice(from + 1)
    .some((h) => picksValue(h, value) || (h.ok && h.action.type === 'press' && h.action.value === 'Enter'));
}

/**
 * One step of a part done by the control its verb names: type the value into the verb's field
 * (a suggestion list then offers it), or press the verb's control, then pick the value it shows.
 */
function verbControlDecision(
  part: GoalPart,
  value: string,
  usable: readonly ObservedElement[],
  history: PlanContext['history'],
  url: string,
): { target: ObservedElement; action: PlanDecision['action']; why: string } | null {
  const want = value.toLowerCase();
  const pressed = history.some(
    (h) => h.ok && h.url === url && h.action.type === 'click' && h.target && namedByVerb(part, h.target.name),
  );
  if (pressed) {
    // The list the control opened: the item named by the value, else the one that starts with it.
    const pickable = usable.filter(
      (e) =>
        ['option', 'menuitem', 'menuitemcheckbox', 'listitem', 'button', 'checkbox'].includes(e.role) ||
        e.clickable,
    );
    const item =
      pickable.find((e) => e.name.trim().toLowerCase() === want) ??
      pickable.find((e) => e.name.trim().toLowerCase().startsWith(`${want} `));
    if (item)
      return {
        target: item,
        action: clickOn(item),
        why: `"${item.name}" is the value, in what the verb's control opened.`,
      };
  }
  // "Assign it to me": a control named by the verb that names the value too ("Assign to me") does
  // both at once; a list of names would not hold "me".
  const both = pressed
    ? undefined
    : usable.find(
        (e) =>
          (e.role === 'button' || e.role === 'link' || e.role === 'menuitem' || e.clickable) &&
          !isTextField(e.role) &&
          namedByVerb(part, e.name) &&
          e.name
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .includes(want),
      );
  if (both)
    return { target: both, action: clickOn(both), why: `"${both.name}" names the verb and "${value}".` };
  const field = verbField(part, usable);
  if (field) {
    const fill = history.findLastIndex((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
    const typed = fill >= 0 || field.value?.toLowerCase() === want;
    const sent = fill >= 0 && history.slice(fill + 1).some((h) => h.ok && h.action.type === 'press');
    if (field.role === 'combobox' && field.options?.length) {
      const option =
        field.options.find((o) => o.toLowerCase() === want) ??
        field.options.find((o) => o.toLowerCase().startsWith(want));
      if (option && field.value !== option)
        return {
          target: field,
          action: { type: 'select', ref: field.ref, value: option },
          why: `"${field.name || field.nearLabel}" is what the verb names.`,
        };
    } else if (!typed && field.value?.toLowerCase() !== want)
      return {
        target: field,
        action: { type: 'fill', ref: field.ref, value },
        why: `${field.role} "${field.name || field.nearLabel}" is what the verb names.`,
      };
    else if (typed && !sent && isTextField(field.role))
      // Typed and no list item names it: a picker takes its first match with Enter (typing alone
      // sets nothing).
      return {
        target: field,
        action: { type: 'press', ref: field.ref, value: 'Enter' },
        why: `Enter picks the match for "${value}" in ${field.role} "${field.name || field.nearLabel}".`,
      };
    return null;
  }
  // The value was typed into a field the page labels only by nearby text: a picker takes its
  // first match with Enter (typing alone sets nothing).
  const fill = history.findLastIndex((h) => h.ok && h.action.type === 'fill' && h.action.value === value);
  const filled =
    fill >= 0
      ? usable.find(
          (e) =>
            isTextField(e.role) &&
            e.role !== 'searchbox' &&
            e.value === value &&
            e.name === (history[fill]!.target?.name ?? ''),
        )
      : undefined;
  if (filled && !history.slice(fill + 1).some((h) => h.ok && h.action.type === 'press'))
    return {
      target: filled,
      action: { type: 'press', ref: filled.ref, value: 'Enter' },
      why: `Enter picks the match for "${value}" in ${filled.role} "${filled.name}".`,
    };
  if (pressed) return null;
  const control = usable.find(
    (e) =>
      (e.role === 'button' || e.role === 'link' || e.role === 'menuitem' || e.clickable) &&
      !isTextField(e.role) &&
      namedByVerb(part, e.name),
  );
  return control
    ? { target: control, action: clickOn(control), why: `"${control.name}" is named by the verb.` }
    : null;
}

/** A key as Playwright names it ("esc" → "Escape", "return" → "Enter", "enter" → "Enter"). */
function keyName(key: string): string {
  const normal = key
    .trim()
    .replace(/^esc$/i, 'Escape')
    .replace(/^return$/i, 'Enter');
  return normal[0]!.toUpperCase() + normal.slice(1);
}

function sameKey(pressed: string | undefined, named: string | undefined): boolean {
  return !!pressed && !!named && keyName(pressed).toLowerCase() === keyName(named).toLowerCase();
}

/** The search box was filled with the words and something sent them (Enter or a click) after. */
function searched(value: string, history: PlanContext['history']): boolean {
  const filled = history.findLastIndex(
    (h) => h.ok && h.action.type === 'fill' && h.action.value?.toLowerCase() === value.toLowerCase(),
  );
  return (
    filled >= 0 &&
    history.slice(filled + 1).some((h) => h.ok && (h.action.type === 'press' || h.action.type === 'click'))
  );
}

/** Words an app uses to say a send went through. */
const SUCCESS =
  /\b(success|successful(ly)?|thank(s| you)|confirmed|created|registered|subscribed|sent|received|placed|saved|submitted|added|booked|updated|done)\b/i;

/** An item a part lists by its number or its name ("orders 1001 and 1003", "Lena Fischer and Omar Haddad"). */
interface ListedItem {
  number?: string;
  /** The item's capitalised words, lower-case. */
  words: string[];
}

/** The items a part lists after its verb, each by a number or by capitalised words; [] when none. */
export function listedItems(part: GoalPart): ListedItem[] {
  const unquoted = quotedStrings(part.text).reduceRight(
    (t, q) => t.slice(0, q.index) + ' ' + t.slice(q.end),
    part.text,
  );
  const afterVerb = unquoted
    .trim()
    .split(/\s+/)
    .slice(part.verb ? part.verb.split(' ').length : 0)
    .join(' ');
  const items: ListedItem[] = [];
  for (const chunk of afterVerb.split(/\s*(?:,|&|\band\b)\s*/)) {
    const number = /(?:^|\s)(\d{2,})(?=\s|$)/.exec(chunk)?.[1];
    const words = chunk
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''))
      .filter(Boolean);
    if (number) items.push({ number, words: [] });
    else if (words.length) items.push({ words });
  }
  return items;
}

function carriesItem(text: string, item: ListedItem): boolean {
  if (item.number) return carriesNumber(text, [item.number]);
  const words = contentWords(text);
  return item.words.every((w) => words.includes(w));
}

/**
 * The checkbox of each item the part lists ("Select orders 1001 and 1003" → the boxes of 1001 and
 * 1003), by the box's own label first, then by its row; null unless every item has exactly one.
 */
function listedBoxes(part: GoalPart, observation: Observation): ObservedElement[] | null {
  const items = listedItems(part);
  if (!items.length) return null;
  const boxes = observation.elements.filter((e) => e.role === 'checkbox' && !e.disabled);
  const found: ObservedElement[] = [];
  for (const item of items) {
    const byLabel = boxes.filter((b) => carriesItem(`${b.name} ${b.nearLabel ?? ''}`, item));
    const pool = byLabel.length ? byLabel : boxes.filter((b) => carriesItem(b.context ?? '', item));
    if (pool.length !== 1) return null;
    found.push(pool[0]!);
  }
  return found;
}

/**
 * Whether a "select X and Y" part is done: the boxes it names are all ticked, or (once they left the
 * page, archived or deleted) each was ticked earlier in the run. Null when the part names no boxes.
 */
function selectionDone(
  part: GoalPart,
  observation: Observation,
  history: PlanContext['history'],
): boolean | null {
  const boxes = listedBoxes(part, observation);
  if (boxes) return boxes.every((b) => b.checked === true);
  const items = listedItems(part);
  if (!items.length) return null;
  const ticked = history.filter((h) => h.ok && h.action.type === 'check' && h.target);
  return ticked.length > 0 && items.every((item) => ticked.some((h) => carriesItem(h.target!.name, item)));
}

/**
 * "…and archive them", "…and delete them" after a part that ticked items: the control the verb
 * names for the whole selection ("Archive selected", "Delete selected"), not one row's own control.
 */
function selectionControl(
  part: GoalPart,
  previous: GoalPart | undefined,
  usable: readonly ObservedElement[],
  observation: Observation,
): ObservedElement | null {
  if (
    !previous ||
    previous.intent !== 'select' ||
    !/\b(them|those|these|selected|selection)\b/i.test(part.text)
  )
    return null;
  const boxes = listedBoxes(previous, observation);
  if (!boxes?.every((b) => b.checked === true)) return null;
  const items = listedItems(previous);
  const verbs = part.intent === 'remove' ? [part.verb, 'delete', 'remove'] : [part.verb];
  const controls = usable.filter(
    (e) =>
      (e.role === 'button' || e.role === 'menuitem') &&
      relatedWords(`${e.name} ${e.hint ?? ''}`, verbs.filter(Boolean)).length > 0 &&
      // A row's own control names (in its row) one of the items.
      !items.some((item) => carriesItem(`${e.name} ${e.context ?? ''}`, item)),
  );
  return (
    controls.find((e) => /\bselect(ed|ion)\b/i.test(`${e.name} ${e.context ?? ''}`)) ??
    (controls.length === 1 ? controls[0]! : null)
  );
}

/** A menu's trigger text ("ada ▾"): its items show on hover or click. */
const CARET = /[▾▼⌄⏷▿]\s*$/u;
/** A submenu's trigger text ("Theme ›", "More ▸"). */
const SUBMENU = /[›▸▶»⯈]\s*$/u;

/** "Sort the orders by total, highest first": the column's words and the direction asked for. */
export interface SortRequest {
  column: string[];
  direction?: 'asc' | 'desc';
}

export function sortRequest(part: GoalPart): SortRequest | null {
  // Only a part whose verb sorts ("Show orders by Ada" is no sort).
  if (!/^(sort|order|arrange|rank|reorder)\b/.test(part.verb)) return null;
  const m =
    /\b(?:sort|order)(?:ed|s)?\b.*?\bby\s+(?:the\s+|its\s+|their\s+)?(.+?)(?:,|;|\s+(?:from|in|with|and|then)\b|$)/i.exec(
      part.text,
    );
  if (!m) return null;
  const column = contentWords(m[1]!);
  if (!column.length) return null;
  const desc =
    /\b(highest|largest|biggest|most|newest|latest|descending|z to a|high to low|last to first)\b/i;
  const asc = /\b(lowest|smallest|least|oldest|earliest|ascending|a to z|low to high|first to last)\b/i;
  const direction = desc.test(part.text) ? 'desc' : asc.test(part.text) ? 'asc' : undefined;
  return { column, ...(direction ? { direction } : {}) };
}

/** The column header (or a control in it) the sort names. */
function sortHeader(sort: SortRequest, observation: Observation): ObservedElement | null {
  const headers = observation.elements.filter(
    (e) => e.role === 'columnheader' || ((e.role === 'button' || e.clickable) && /[▲▼↑↓]\s*$/u.test(e.name)),
  );
  const bare = bareHeader;
  return (
    headers.find((e) => contentWords(bare(e.name)).join(' ') === sort.column.join(' ')) ??
    headers.find((e) => relatedWords(bare(e.name), sort.column).length > 0) ??
    null
  );
}

/** A header's name without the sort arrow a stylesheet adds to it (no text on the page holds it). */
function bareHeader(name: string): string {
  return name.replace(/\s*[▲▼↑↓⇅↕]\s*$/u, '');
}

/**
 * The button (or link) a column header holds to sort by it: the control right after the header,
 * named as the header is. Acted on by its ref, it is found again whatever arrow the header shows.
 */
function headerControl(header: ObservedElement, observation: Observation): ObservedElement | null {
  if (header.role !== 'columnheader') return null;
  const next = observation.elements[observation.elements.indexOf(header) + 1];
  return next &&
    (next.role === 'button' || next.role === 'link' || next.clickable) &&
    !next.disabled &&
    bareHeader(next.name) === bareHeader(header.name)
    ? next
    : null;
}

/** The direction a header's arrow shows, or null. */
function sortDirection(name: string): 'asc' | 'desc' | null {
  if (/[▲↑]\s*$/u.test(name)) return 'asc';
  if (/[▼↓]\s*$/u.test(name)) return 'desc';
  return null;
}

/** A dialog's button that dismisses it, whatever the goal's verb ("Cancel" keeps the booking). */
const DISMISS = /^\s*(cancel|no|close|keep|back|dismiss|not now|never ?mind|×|x)\s*$/i;
/** A dialog's button that goes ahead ("Yes", "OK", "Confirm"). */
const AFFIRM = /^\s*(yes|ok|okay|confirm|continue|proceed|sure|i'?m sure)\b/i;

/** Buttons inside a dialog (by its name, else by its text as their context). */
function dialogButtons(dialog: ObservedElement, elements: readonly ObservedElement[]): ObservedElement[] {
  const text = (dialog.name || dialog.text || '').slice(0, 30);
  return elements.filter(
    (e) =>
      e.role === 'button' &&
      !e.disabled &&
      (dialog.name
        ? e.group === dialog.name || e.dialog === dialog.name
        : text.length > 0 && (e.context ?? '').startsWith(text)),
  );
}

/**
 * A dialog that opened right after the part's own action ("Cancel booking" → "Are you sure?"): its
 * button that goes ahead with it, never the one that dismisses it.
 */
function confirmDecision(
  part: GoalPart,
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const { observation, history } = context;
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  if (!last || last.action.type !== 'click' || last.dialog || !last.target) return null;
  if (
    relatedWords(`${last.target.name}`, [...part.verb.split(' '), 'delete', 'remove'].filter(Boolean))
      .length === 0
  )
    return null;
  const before = new Set((start?.elements ?? []).filter((e) => e.role === 'dialog').map((e) => e.name));
  const dialog = observation.elements.find(
    (e) => (e.role === 'dialog' || e.role === 'alertdialog') && !(e.name && before.has(e.name)),
  );
  if (!dialog) return inlineConfirm(part, context, start, usable);
  // A bare "…then cancel" with a Cancel button: the part is only its verb, and names the button,
  // never a kin that goes ahead ("Delete" is WordNet kin of "cancel"). ("Cancel my booking" names
  // a thing: its dialog's Cancel is the way out, not the part.)
  const own =
    part.objectWords.length === 0
      ? dialogButtons(dialog, usable).find(
          (b) => part.verb && b.name.trim().toLowerCase() === part.verb.toLowerCase(),
        )
      : undefined;
  if (own) return own;
  const buttons = dialogButtons(dialog, usable).filter((b) => !DISMISS.test(b.name));
  return (
    buttons.find((b) => AFFIRM.test(b.name)) ??
    buttons.find((b) => relatedWords(b.name, [...part.verb.split(' '), ...part.objectWords]).length > 0) ??
    null
  );
}

/** The goal answers a question it expects no ("when it asks, say no", "change my mind"). */
const SAYS_NO =
  /\b(?:say|answer|reply|click|press|choose|pick|tell it)\s+["'“]?no\b|\bchange\s+(?:my|your|their|his|her)\s+mind\b|\b(?:decline|refuse)\s+(?:it|the\s+\w+)\b/i;

/**
 * A dialog the last click opened, when the goal says to answer it no: its button that says No or
 * backs out (Cancel, Keep, Close), never the one that goes ahead.
 */
function refuseDecision(
  parts: readonly GoalPart[],
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): { dialog: string; button: ObservedElement } | null {
  if (!parts.some((p) => SAYS_NO.test(p.text))) return null;
  const last = context.history.findLast((h) => h.ok && h.action.type !== 'done');
  if (!last || last.action.type !== 'click' || last.dialog) return null;
  const before = new Set((start?.elements ?? []).filter((e) => e.role === 'dialog').map((e) => e.name));
  const dialog = context.observation.elements.find(
    (e) => (e.role === 'dialog' || e.role === 'alertdialog') && !(e.name && before.has(e.name)),
  );
  if (!dialog) return null;
  const buttons = dialogButtons(dialog, usable);
  const button =
    buttons.find((b) => /^\s*no\b/i.test(b.name)) ??
    buttons.find((b) => DISMISS.test(b.name) && !/^\s*(×|x)\s*$/i.test(b.name));
  return button ? { dialog: dialog.name, button } : null;
}

/** Words of a dialog's button that keeps what was set in it (not goal words: the dialog's own). */
const GO_AHEAD = [
  'save',
  'apply',
  'send',
  'submit',
  'confirm',
  'ok',
  'done',
  'update',
  'create',
  'add',
  'select',
  'continue',
];

/**
 * A dialog the run opened (not there at the start) that holds fields or choices: a form to finish
 * inside it. Null when none is open, or nothing inside it can be set.
 */
export function openFormDialog(
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const before = new Set((start?.elements ?? []).filter((e) => e.role === 'dialog').map((e) => e.name));
  const dialogs = context.observation.elements.filter(
    (e) => (e.role === 'dialog' || e.role === 'alertdialog') && e.name && !before.has(e.name),
  );
  // The dialog on top is the last one listed (a nested picker opens after its parent).
  const dialog = dialogs.at(-1);
  if (!dialog) return null;
  const settable = usable.some(
    (e) =>
      (e.dialog ?? e.group) === dialog.name &&
      (isTextField(e.role) || ['combobox', 'listbox', 'checkbox', 'radio', 'switch'].includes(e.role)),
  );
  return settable ? dialog : null;
}

/**
 * In a form dialog, the choice the goal names: a value whose form fits one field (an e-mail), an option of a select or a radio whose words are a
 * value of the goal ("1 hour") or, failing that, share the most words with a part ("Required for
 * everyone" for "require two-factor for everyone"). One clear best, not chosen yet; else null.
 */
export function dialogChoice(
  dialog: ObservedElement,
  parts: readonly GoalPart[],
  usable: readonly ObservedElement[],
): PlanDecision['action'] | null {
  const inside = usable.filter((e) => (e.dialog ?? e.group) === dialog.name);
  const values = parts.flatMap((p) => p.values).map((v) => v.toLowerCase().trim());
  for (const select of inside.filter((e) => e.role === 'combobox' && e.options?.length)) {
    const option = select.options!.find((o) => values.includes(o.toLowerCase().trim()));
    if (option && option !== select.value) return { type: 'select', ref: select.ref, value: option };
  }
  // A value whose form says which field takes it ("sam@acme.test" → the one e-mail field).
  for (const raw of parts.flatMap((p) => p.values)) {
    const shape = findValues(raw).find((v) => v.start === 0 && v.end === raw.length);
    if (!shape || shape.kind === 'person' || shape.kind === 'number') continue;
    const fields = inside.filter((e) => isTextField(e.role) && e.inputType === shape.kind);
    if (fields.length === 1 && !fields[0]!.value)
      return { type: 'fill', ref: fields[0]!.ref, value: shape.value };
  }
  const radios = inside.filter((e) => e.role === 'radio');
  const byValue = radios.find((r) => values.includes(r.name.toLowerCase().trim()));
  if (byValue) return byValue.checked === true ? null : { type: 'check', ref: byValue.ref };
  const words = parts.flatMap((p) => [...p.verb.split(' '), ...p.objectWords]).filter(Boolean);
  const ranked = radios.map((r) => ({ r, s: relatedWords(r.name, words).length })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best || best.s === 0 || best.s === (ranked[1]?.s ?? 0) || best.r.checked === true) return null;
  return { type: 'check', ref: best.r.ref };
}

/**
 * The button that keeps what was set in a form dialog (its submit button, else the one named
 * "Save", "Send invite", "Select"…), once something was set since the run last acted outside a
 * dialog; never one that dismisses it or opens yet another ("Choose team…").
 */
export function dialogGoAhead(
  dialog: ObservedElement,
  context: PlanContext,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const { history } = context;
  const opened = history.findLastIndex((h) => h.ok && h.action.type === 'click' && !h.dialog);
  const set = history
    .slice(opened + 1)
    .some(
      (h) =>
        h.ok &&
        (['fill', 'select', 'check', 'uncheck'].includes(h.action.type) ||
          (h.action.type === 'click' && h.dialog !== undefined && h.dialog !== dialog.name)),
    );
  if (!set) return null;
  const buttons = usable.filter(
    (e) =>
      e.role === 'button' &&
      (e.dialog ?? e.group) === dialog.name &&
      !DISMISS.test(e.name) &&
      !/(…|\.\.\.)\s*$/.test(e.name) &&
      !/^[^\p{L}\p{N}]*$/u.test(e.name),
  );
  const pressed = (b: ObservedElement) =>
    history
      .slice(opened + 1)
      .some(
        (h) =>
          h.ok && h.action.type === 'click' && h.dialog === dialog.name && h.target?.name === readName(b),
      );
  const go =
    buttons.find((b) => b.submit) ?? byWords(buttons, GO_AHEAD) ?? (buttons.length === 1 ? buttons[0] : null);
  return go && !pressed(go) ? go : null;
}

/**
 * An are-you-sure the page asks in place, with no dialog role ("Cancel this shipment? [Yes, cancel
 * it] [Keep it]"), right after the part's own action: a new question on the page, a button that
 * dismisses it, and the one that goes ahead (a yes, or the part's verb again), not yet pressed.
 */
function inlineConfirm(
  part: GoalPart,
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const { observation, history } = context;
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  if (!last || last.action.type !== 'click' || last.dialog || !last.target) return null;
  const act = [...part.verb.split(' '), 'delete', 'remove'].filter(Boolean);
  if (relatedWords(last.target.name, act).length === 0) return null;
  if (observation.elements.some((e) => e.role === 'dialog' || e.role === 'alertdialog')) return null;
  const before = new Set(start?.texts ?? []);
  if (!observation.texts.some((t) => t.includes('?') && !before.has(t))) return null;
  const buttons = usable.filter((e) => e.role === 'button' && !e.disabled && !e.dialog);
  const dismisses = (b: ObservedElement) => DISMISS.test(b.name) || /^\s*(keep|no)\b/i.test(b.name);
  if (!buttons.some(dismisses)) return null;
  const go = buttons.filter((b) => b.name !== last.target!.name && !dismisses(b));
  return go.find((b) => AFFIRM.test(b.name)) ?? go.find((b) => relatedWords(b.name, act).length > 0) ?? null;
}

/** The run went ahead in a confirm dialog opened by the part's own action. */
function confirmedInDialog(part: GoalPart, history: PlanContext['history']): boolean {
  return history.some((h, i) => {
    if (!h.ok || h.action.type !== 'click' || !h.dialog || !h.target) return false;
    if (DISMISS.test(h.target.name)) return false;
    const before = history.slice(0, i).findLast((x) => x.ok && x.action.type !== 'done');
    const act = [...part.verb.split(' '), 'delete', 'remove'].filter(Boolean);
    // The dialog's go-ahead says yes, or repeats the act itself ("Remove" in "Remove Alan?").
    return (
      (AFFIRM.test(h.target.name) || byWords([h.target], act) !== undefined) &&
      before?.target !== undefined &&
      !before.dialog &&
      relatedWords(before.target.name, act).length > 0
    );
  });
}

/**
 * "Cancel my booking for …", "change my order …": the app's own page of the user's things ("My
 * bookings"), when the run is not on it yet and has not been there.
 */
function myPageLink(
  part: GoalPart,
  observation: Observation,
  history: PlanContext['history'],
): ObservedElement | null {
  const noun = /\bmy\s+(?:\p{Lu}[\p{L}-]*\s+)*([a-z]+)/u.exec(part.text)?.[1];
  if (!noun) return null;
  const here = observation.url;
  return (
    observation.elements.find(
      (e) =>
        e.role === 'link' &&
        !e.disabled &&
        !e.current &&
        /^my\b/i.test(e.name) &&
        relatedWords(e.name, [noun]).length > 0 &&
        !(e.url && (here.endsWith(e.url) || history.some((h) => h.url.endsWith(e.url!)))),
    ) ?? null
  );
}

/** The page a part asks for by ordinal ("the second page of contacts" → "2"), or null. */
function pageNumber(part: GoalPart): string | null {
  if (part.ordinal === undefined || part.ordinal < 1 || !part.objectWords.includes('page')) return null;
  return String(part.ordinal);
}

/** A pager's control for page `n`: a button or link named just the number. */
function pagerControl(elements: readonly ObservedElement[], n: string): ObservedElement | null {
  return (
    elements.find((e) => (e.role === 'button' || e.role === 'link') && !e.disabled && e.name.trim() === n) ??
    null
  );
}

/** A pager's "next page" control ("Next ›", "›", "Next page"). */
function nextPageControl(elements: readonly ObservedElement[]): ObservedElement | null {
  return (
    elements.find(
      (e) =>
        (e.role === 'button' || e.role === 'link') &&
        !e.disabled &&
        (/^\s*(next(\s+page)?\s*[›»>→]?|[›»→])\s*$/i.test(e.name) || /^next page$/i.test(e.hint ?? '')),
    ) ?? null
  );
}

/**
 * The part names an item (by number or proper name) that this list page does not show: the list's
 * next page may hold it (each page once, as the pager allows).
 */
function nextPageDecision(
  part: GoalPart,
  usable: readonly ObservedElement[],
  observation: Observation,
): ObservedElement | null {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  if ((!numbers.length && !proper.length) || !rows(observation).length) return null;
  const carries = (text: string) => carriesAll(text, numbers, proper);
  const shown = observation.elements.some(
    (e) => carries(`${e.name} ${e.text ?? ''}`) && e.role !== 'heading',
  );
  return shown ? null : nextPageControl(usable);
}

/**
 * The one unticked checkbox or switch whose name (its aside in brackets apart: "Bike space
 * (+€10)") the part's words name in full, word for word or by WordNet kin; null when none or
 * several are.
 */
export function extraBox(part: GoalPart, usable: readonly ObservedElement[]): ObservedElement | null {
  const boxes = usable.filter(
    (e) => (e.role === 'checkbox' || e.role === 'switch') && e.checked !== true && !e.disabled,
  );
  const named = boxes.filter((e) => {
    const words = contentWords(e.name.replace(/\s*\([^)]*\)/g, ' '));
    return words.length > 0 && relatedWords(words.join(' '), part.objectWords).length === words.length;
  });
  return named.length === 1 ? named[0]! : null;
}

/** A name that opens a menu or submenu rather than doing anything itself. */
export function opensMenu(name: string): boolean {
  // A pager's "Next ›" moves on; it opens nothing.
  if (/^\s*(next|prev|previous|back|forward|older|newer)\b/i.test(name)) return false;
  return (
    CARET.test(name) ||
    SUBMENU.test(name) ||
    /^\s*[⋯⋮…☰]\s*$/u.test(name) ||
    // A row's menu button ("More options", "Actions for order 1007", "Build options").
    /^(more|actions|options)\b/i.test(name.trim()) ||
    /\b(options|actions|menu)$/i.test(name.trim())
  );
}

/**
 * The item to pick from a menu the last step opened ("Theme ›" → "Dark", a row's "⋯" → "Mark as
 * shipped"): a control that was not on the start page, named by the part's words other than those
 * of the menu's own trigger; null when none is named.
 */
function menuItemDecision(
  part: GoalPart,
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const last = context.history.findLast((h) => h.ok && h.action.type !== 'done');
  const trigger = last?.target?.name ?? last?.action.text ?? '';
  // (A right-click opens the item's context menu, whatever the item is called.)
  if (
    !last ||
    !(
      last.action.type === 'rightclick' ||
      (['click', 'hover'].includes(last.action.type) && opensMenu(trigger))
    )
  )
    return null;
  const before = new Set((start?.elements ?? []).map((e) => `${e.role}\u0000${e.name}`));
  const triggerWords = contentWords(trigger);
  const words = [...part.objectWords, ...part.verb.split(' ')].filter(
    (w) => w && !triggerWords.includes(w) && !/^\d+$/.test(w),
  );
  const ranked = usable
    .filter(
      (e) =>
        (e.role.startsWith('menuitem') || e.role === 'button' || e.role === 'link' || e.clickable) &&
        // (The trigger itself, grown by the submenu it shows, is no item of it.)
        !(trigger && e.name.startsWith(trigger.replace(/\s*\S$/u, ''))) &&
        !before.has(`${e.role}\u0000${e.name}`),
    )
    .map((e) => {
      const named = relatedWords(e.name, words).length;
      // The item whose own words the part names most closely ("Dark", not "Theme › Light Dark").
      return {
        e,
        named,
        score: named / Math.max(1, contentWords(e.name).length) + (e.role.startsWith('menuitem') ? 0.1 : 0),
      };
    })
    .filter((x) => x.named >= 1)
    .sort((a, b) => b.score - a.score);
  return ranked[0]?.e ?? null;
}

/**
 * An autocomplete's suggestion for the text the last step typed ("Grace" → "Grace Hopper"): an
 * option, menu item, list item or clickable element that was not on the start page and whose words
 * begin with what was typed. Only right after the typing, and only one that is unambiguous (the
 * first of several is what the app highlights, so it is taken when it alone starts with the text).
 */
function suggestionDecision(
  context: PlanContext,
  start: Observation | null,
  usable: readonly ObservedElement[],
): ObservedElement | null {
  const last = context.history.findLast((h) => h.ok && h.action.type !== 'done');
  const typed = last?.action.type === 'fill' ? last.action.value?.trim().toLowerCase() : undefined;
  if (!typed || typed.length < 2 || (last?.target && isSearchField(last.target))) return null;
  const before = new Set((start?.elements ?? []).map((e) => `${e.role}\u0000${e.name}`));
  const candidates = usable.filter(
    (e) =>
      (e.role === 'option' ||
        e.role === 'menuitem' ||
        e.role === 'listitem' ||
        (e.clickable && e.role === 'generic')) &&
      e.name &&
      e.name.toLowerCase() !== typed &&
      !before.has(`${e.role}\u0000${e.name}`) &&
      (e.name.toLowerCase().startsWith(typed) ||
        e.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(typed))),
  );
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * When the first pending part names nothing on the page that can be acted on, controls hidden in
 * a menu may hold it ("sign out" under the user's name): hover a menu trigger (a text ending in a
 * caret, or a collapsed control the part names), then click it, each once per page.
 */
export function revealDecision(
  parts: readonly GoalPart[],
  context: PlanContext,
  start: Observation | null,
): PlanDecision | null {
  const index = nextPart(parts, context, start);
  const part = parts[index];
  if (!part || part.intent === 'observe') return null;
  const { observation, history } = context;
  const { names, actionable } = namer(part, observation);
  if (!namesNothing(part, observation)) return null;
  const here = history.filter((h) => h.ok && h.url === observation.url);
  const tried = (type: string, what: string) =>
    here.some((h) => h.action.type === type && (h.action.text === what || h.target?.name === what));
  const say = (reason: string, action: PlanDecision['action']): PlanDecision => ({
    reason: `Part ${index + 1} ("${part.text}"): nothing on the page names it; ${reason}`,
    action,
  });
  if (['check', 'uncheck', 'edit', 'select'].includes(part.intent)) {
    // "Turn on compact cards", "change my time zone to Europe/London" name no control here: a
    // setting or a choice a person keeps lives where the app keeps its preferences
    // ("Preferences…", "Settings", an open menu's item), once.
    const prefs = actionable.find(
      (e) =>
        !CARET.test(e.name) &&
        relatedWords(e.name, ['preferences', 'settings']).length > 0 &&
        !tried('click', e.name) &&
        !history.some((h) => h.ok && h.target?.name === readName(e) && h.action.type === 'click'),
    );
    if (prefs)
      return say(`a setting may be under "${prefs.name}": open it.`, { type: 'click', ref: prefs.ref });
  }
  // (A caret with no words beside it, a dropdown's drawn arrow, names no menu to look in.)
  for (const text of observation.texts.filter(
    (t) => CARET.test(t) && t.length <= 40 && /[\p{L}\p{N}]/u.test(t),
  )) {
    if (!tried('hover', text)) return say(`"${text}" may open a menu: hover it.`, { type: 'hover', text });
    if (!tried('click', text)) return say(`"${text}" may open a menu: click it.`, { type: 'click', text });
  }
  // A control whose name ends in a caret ("Settings ▾" in a menu bar) is a menu's trigger too.
  const collapsed = actionable.filter(
    (e) =>
      allowedByGoal(e, parts) &&
      ((e.expanded === false && names(`${e.name} ${e.context ?? ''}`)) ||
        (e.expanded === undefined && CARET.test(e.name))),
  );
  for (const e of collapsed) {
    if (!tried('hover', e.name))
      return say(`"${e.name}" may open a menu: hover it.`, { type: 'hover', ref: e.ref });
    if (!tried('click', e.name))
      return say(`"${e.name}" may open a menu: click it.`, { type: 'click', ref: e.ref });
  }
  return null;
}

/**
 * A toggle that is on (a pressed button, a ticked box) named by the part's first words, beside what
 * its other words name: "Remove the star from Orbit figures attached" → the pressed Star of that row.
 */
function pressedToggle(part: GoalPart, observation: Observation): ObservedElement | null {
  const [thing, ...rest] = part.objectWords;
  if (!thing || !rest.length) return null;
  const on = observation.elements.filter(
    (e) =>
      !e.disabled &&
      ((e.role === 'button' && e.pressed === true) ||
        ((e.role === 'checkbox' || e.role === 'switch') && e.checked === true)) &&
      relatedWords(`${e.name} ${e.hint ?? ''}`, [thing]).length > 0,
  );
  const beside = on.filter((e) => relatedWords(e.context ?? '', rest).length > 0);
  return beside.length === 1 ? beside[0]! : null;
}

/** A link or button that starts adding the part's kind of thing ("New ticket", "Add a contact"). */
function creatorFor(
  part: GoalPart,
  usable: readonly ObservedElement[],
  history: PlanContext['history'],
  url: string,
): ObservedElement | null {
  const nouns = part.objectWords.filter((w) => !part.values.some((v) => v.toLowerCase().includes(w)));
  return (
    usable.find(
      (e) =>
        (e.role === 'link' || e.role === 'button' || e.clickable) &&
        relatedWords(e.name, ['new', 'add', 'create', part.verb]).length > 0 &&
        relatedWords(e.name, nouns).length > 0 &&
        !history.some((h) => h.ok && h.url === url && h.target?.name === readName(e)),
    ) ?? null
  );
}

/**
 * A part that sends a form ("Ship a 2 kg parcel to Jean Dupont…", "Schedule a meeting called…")
 * on a page with no field to fill: the control that makes a new one ("New shipment", "+ New
 * order"), named by a word of making (new, add, create) and by the part's verb ("shipment" ← ship)
 * or its thing ("New meeting"). Without it the fallback's word count opens whatever item shares a
 * word with the goal ("P-1001 … 2 kg").
 */
export function creatorDecision(parts: readonly GoalPart[], context: PlanContext): PlanDecision | null {
  const { observation, history } = context;
  const part = parts[nextPart(parts, context, null)];
  if (!part || part.intent !== 'submit' || part.negated.length || !part.verb) return null;
  const usable = observation.elements.filter((e) => !e.disabled && !e.blocked);
  if (
    usable.some(
      (e) => (isTextField(e.role) || e.role === 'combobox' || e.role === 'spinbutton') && !isSearchField(e),
    )
  )
    return null;
  const nouns = part.objectWords.filter((w) => /\p{L}{3,}/u.test(w));
  const creator = usable.find(
    (e) =>
      (e.role === 'link' || e.role === 'button' || e.clickable) &&
      // (The words themselves, not WordNet kin: "design" is a sense of "create".)
      (/^\s*\+/.test(e.name) ||
        contentWords(e.name).some((w) => baseForms(w).some((f) => ['new', 'add', 'create'].includes(f)))) &&
      (namedByVerb(part, e.name) || relatedWords(e.name, nouns).length > 0) &&
      !history.some((h) => h.ok && h.url === observation.url && h.target?.name === e.name),
  );
  return creator
    ? {
        reason: `Part ${parts.indexOf(part) + 1} ("${part.text}"): "${creator.name}" opens the form it fills.`,
        action: { type: 'click', ref: creator.ref },
      }
    : null;
}

/**
 * Clicks an element; a table cell whose clickable part is a span inside it is clicked by its text
 * (the cell's centre may be empty space).
 */
function clickOn(target: ObservedElement, part?: GoalPart): PlanDecision['action'] {
  // "Right-click issue 9": the item's context menu, not the item itself.
  if (part && rightClicks(part)) return { type: 'rightclick', ref: target.ref };
  return target.role === 'cell' && target.name
    ? { type: 'click', text: target.name }
    : { type: 'click', ref: target.ref };
}

/** The part asks for the item's context menu ("right-click issue 9"). */
function rightClicks(part: GoalPart): boolean {
  return part.verb === 'right-click';
}

/**
 * "Open the shop" when the run starts on the shop: nothing done yet, the page's title or main
 * heading carries every word of what the part opens, and no link it names leads elsewhere. Opening
 * the page one is on takes no step; the parts after it go on from here.
 */
function startsThere(part: GoalPart, context: PlanContext): boolean {
  const { observation, history } = context;
  if (history.some((h) => h.ok) || part.values.length || !part.objectWords.length || part.role) return false;
  if (numbersOf(part).length || part.ordinal !== undefined) return false;
  const headings = observation.elements
    .filter((e) => e.role === 'heading' && (e.level ?? 1) === 1)
    .map((e) => e.name);
  const words = contentWords([observation.title, ...headings].join(' '));
  if (!part.objectWords.every((w) => words.includes(w))) return false;
  const here = new URL(observation.url);
  return !observation.elements.some(
    (e) =>
      e.role === 'link' &&
      e.url !== undefined &&
      !e.current &&
      new URL(e.url, here).href !== here.href &&
      // (Its own words: WordNet's kin, "Search" for "shop", would name every page.)
      contentWords(e.name).some((w) => part.objectWords.includes(w)),
  );
}

/** The page's main heading names the item an "open" part asks for ("#4 Printer jam", "Curie"). */
function showsItem(part: GoalPart, observation: Observation): boolean {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  if (!numbers.length && !proper.length) return false;
  return observation.elements.some(
    (e) =>
      e.role === 'heading' &&
      (e.level ?? 1) <= 2 &&
      (numbers.length
        ? carriesNumber(e.name, numbers)
        : relatedWords(e.name, proper).length === proper.length),
  );
}

/** A control on the page is named by the part's verb ("Star", "Borrow"). */
function verbNamesControl(part: GoalPart, usable: readonly ObservedElement[]): boolean {
  return usable.some(
    (e) =>
      (e.role === 'button' || e.role === 'link' || e.role === 'menuitem') &&
      relatedWords(`${e.name} ${e.hint ?? ''}`, [part.verb]).length > 0,
  );
}

/** Names a part gives with a capital ("the Curie room", "Jonas Berg"): a target must carry one. */
export function properNouns(part: GoalPart): string[] {
  // Not the month of a date, nor a name given as a value ("under the name Ada"); in order, so the
  // first (the thing the verb acts on) weighs most.
  const valued = findValues(part.text).filter((v) => v.kind === 'date' || v.kind === 'time');
  const text = valued
    .reduceRight((t, v) => t.slice(0, v.start) + ' '.repeat(v.end - v.start) + t.slice(v.end), part.text)
    .replace(/\b(?:name|named|called|as|under|by)\s+(?:\p{Lu}\S*\s*)+/gu, ' ');
  const words = text.trim().split(/\s+/).slice(1);
  return words
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w.toLowerCase().replace(/[^a-z0-9-]/g, ''))
    .filter((w) => w.length > 1 && part.objectWords.includes(w));
}

/** Numbers a part names ("ticket 4", "order 1003"): a target must carry one to be the one meant. */
function numbersOf(part: GoalPart): string[] {
  // Not the numbers of a date or time, nor a quantity ("5 people"): an id follows its noun.
  const ids = findValues(part.text)
    .filter((v) => v.kind === 'number' && !v.next)
    .map((v) => v.value);
  return part.objectWords.filter((w) => /^\d+$/.test(w) && ids.includes(w));
}

function carriesNumber(text: string, numbers: readonly string[]): boolean {
  return numbers.some((n) => new RegExp(`(^|[^\\d.,])${n}([^\\d]|$)`).test(text));
}

function namer(part: GoalPart, observation: Observation) {
  // A setting turned on or off is named by what it sets, never by the verb: "turn off" and "turn"
  // are WordNet kin of "close" and "open", which would make an "Open" tab seem to name the part.
  const toggles = part.intent === 'check' || part.intent === 'uncheck';
  const words = [...part.objectWords, ...(toggles ? [] : part.verb.split(' '))].filter(Boolean);
  const numbers = part.objectWords.filter((w) => /^\d+$/.test(w));
  const names = (text: string) =>
    relatedWords(text, words).length > 0 || numbers.some((n) => new RegExp(`\\b${n}\\b`).test(text));
  const actionable = observation.elements.filter(
    (e) => !e.disabled && (e.clickable || ['button', 'link', 'menuitem', 'tab'].includes(e.role)),
  );
  return { names, actionable };
}

/** No control on the page (a field, a box, a button, a clickable item) names the part. */
function namesNothing(part: GoalPart, observation: Observation): boolean {
  const { names, actionable } = namer(part, observation);
  return !(
    observation.elements.some(
      (e) =>
        e.ref &&
        !e.disabled &&
        ACTIONABLE_ROLES.has(e.role) &&
        names(`${e.name} ${e.hint ?? ''} ${e.nearLabel ?? ''}`),
    ) || actionable.some((e) => names(e.name))
  );
}

/**
 * When nothing on this page names the pending part, look where it may be, as a person would: the
 * app's own pages (same-origin links to another path, never visited in this run), those whose name
 * shares a word with the part first. Each page once; fragment links and destructive links never.
 */
export function exploreDecision(
  parts: readonly GoalPart[],
  context: PlanContext,
  start: Observation | null,
): PlanDecision | null {
  const index = nextPart(parts, context, start);
  const part = parts[index];
  // Only parts that act on something to find (not a form just sent: its page names nothing more).
  if (!part || !['open', 'click', 'edit', 'add', 'remove', 'check', 'uncheck'].includes(part.intent))
    return null;
  const { observation, history } = context;
  if (acted(history, part)) return null;
  if (!namesNothing(part, observation)) {
    // A part that sets a state or picks a choice is done by a control of its kind: its words on
    // other things (a tile "Invoices due" for "paperless billing") do not keep the planner here.
    const kinds = CONTROL_KINDS[part.intent];
    const { names } = namer(part, observation);
    const controlHere =
      kinds === undefined ||
      observation.elements.some(
        (e) => kinds.includes(e.role) && names(`${e.name} ${e.nearLabel ?? ''} ${e.placeholder ?? ''}`),
      );
    if (controlHere) return null;
  }
  const here = new URL(observation.url);
  // A page of the app is its path, and its route when the app routes in the fragment ("#/settings",
  // "#!/files"); another fragment ("#top", "#tab-2") is a place on the same page.
  const path = (u: string) => {
    const url = new URL(u, here);
    const route = HASH_ROUTE.test(url.hash) ? url.hash.replace(/\/+$/, '') : '';
    return url.origin === here.origin ? url.pathname.replace(/\/+$/, '') + route : null;
  };
  const seen = new Set([...history.map((h) => path(h.url)), path(observation.url)]);
  const links = observation.elements.filter((e) => {
    if (e.role !== 'link' || !e.url || e.disabled || !allowedByGoal(e, parts)) return false;
    const target = path(e.url);
    // (A link to a place on this very page, "#top" or a bare "#", is no other page.)
    const to = new URL(e.url, here);
    const anchorHere =
      to.pathname === here.pathname && !HASH_ROUTE.test(to.hash) && (to.hash !== '' || e.url.startsWith('#'));
    return target !== null && !seen.has(target) && !anchorHere;
  });
  const { names } = namer(part, observation);
  const changes = ['check', 'uncheck', 'edit', 'select'].includes(part.intent);
  const link =
    (changes ? links.find((e) => relatedWords(e.name, SETTINGS_ANCHORS).length > 0) : undefined) ??
    links.find((e) => names(e.name)) ??
    links[0] ??
    navItem(part, context, names);
  if (!link) return null;
  return {
    reason: `Part ${index + 1} ("${part.text}"): nothing on this page names it; look on "${link.name}".`,
    action: { type: 'click', ref: link.ref },
  };
}

/** The roles of the controls that do a part which sets a state or picks a choice. */
const CONTROL_KINDS: Partial<Record<string, string[]>> = {
  check: ['checkbox', 'switch', 'menuitemcheckbox', 'radio'],
  uncheck: ['checkbox', 'switch', 'menuitemcheckbox'],
  select: ['combobox', 'listbox', 'radio', 'option'],
};

/** Words of a control that signs out. */
const SIGN_OUT = /\b(?:sign|log)[\s-]?(?:out|off)\b|\blogout\b/i;

/** A fragment that is a route of the app ("#/settings", "#!/files"), not a place on the page. */
const HASH_ROUTE = /^#!?\//;

/** Words of the page where a person's own choices are kept (anchors WordNet extends). */
const SETTINGS_ANCHORS = ['settings', 'preferences', 'options'];

/**
 * A navigation made of role-less items (a sidebar of `div`s with click handlers, no links): three
 * or more clickable elements with short names in one container. The next to look in is, for a
 * part that changes a state or a choice, the one named like settings (where a person keeps their
 * choices), else the one the part names, else the first not current and not clicked in this run. Never one the goal does not allow
 * (sign out).
 */
function navItem(
  part: GoalPart,
  context: PlanContext,
  names: (text: string) => boolean,
): ObservedElement | undefined {
  const { observation, history } = context;
  const items = observation.elements.filter(
    (e) => e.clickable && !ACTIONABLE_ROLES.has(e.role) && e.name && e.name.split(/\s+/).length <= 3,
  );
  const byContainer = new Map<string, ObservedElement[]>();
  for (const e of items) {
    const where = e.context ?? e.group ?? '';
    byContainer.set(where, [...(byContainer.get(where) ?? []), e]);
  }
  const nav = [...byContainer.values()].filter((group) => group.length >= 3).flat();
  const clicked = new Set(
    history.filter((h) => h.ok && h.action.type === 'click').map((h) => h.target?.name),
  );
  const open = nav.filter((e) => !e.current && !clicked.has(e.name) && allowedByGoal(e, [part]));
  const changes = ['check', 'uncheck', 'edit', 'select'].includes(part.intent);
  return (
    (changes ? open.find((e) => relatedWords(e.name, SETTINGS_ANCHORS).length > 0) : undefined) ??
    open.find((e) => names(e.name)) ??
    open[0]
  );
}

/** The part's words name a target the planner acted on successfully. */
function acted(history: PlanContext['history'], part: GoalPart): boolean {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  const names = (name: string) =>
    numbers.length
      ? carriesNumber(name, numbers)
      : relatedWords(name, part.objectWords).length > 0 &&
        (!proper.length || relatedWords(name, proper).length > 0);
  const signingIn = part.intent === 'login' ? new Set<HistoryEntry>() : signInSteps(history);
  return history.some(
    (h, i) =>
      h.ok &&
      h.action.type !== 'done' &&
      // The sign-in's typing and sending are not the part's ("… emails" is not done in "Username or email").
      !signingIn.has(h) &&
      // Opening a menu ("Theme ›", "ada ▾") is on the way to the item in it, not the act.
      !opensMenu(h.target?.name ?? h.action.text ?? '') &&
      // A pick from the menu of the item's own row ("Actions for order 1007" → "Mark as shipped").
      ((h.action.type === 'click' &&
        h.target !== undefined &&
        pickedFromRowMenu(history, i, numbers, proper)) ||
        (h.target &&
          // "the second message" is an item of a list (whatever its text), not the "New message" button.
          (part.ordinal !== undefined
            ? h.action.type === 'click' && h.target.role !== 'button'
            : names(h.target.name))) ||
        (h.action.text && relatedWords(h.action.text, part.objectWords).length > 0) ||
        (part.values[0] !== undefined && h.action.value === part.values[0])),
  );
}

/** The click at `index` picked an item from a menu opened just before by a trigger naming the item. */
function pickedFromRowMenu(
  history: PlanContext['history'],
  index: number,
  numbers: readonly string[],
  proper: readonly string[],
): boolean {
  const before = history.slice(0, index).findLast((h) => h.ok && h.action.type !== 'done');
  const trigger = before?.target?.name ?? '';
  if (!before || before.action.type !== 'click' || !opensMenu(trigger)) return false;
  const context = before.target?.context ?? '';
  return (numbers.length > 0 || proper.length > 0) && carriesAll(`${trigger} ${context}`, numbers, proper);
}

/** The text carries the item: one of its numbers, or every one of its proper names. */
function carriesAll(text: string, numbers: readonly string[], proper: readonly string[]): boolean {
  return numbers.length
    ? carriesNumber(text, numbers)
    : proper.every((w) => relatedWords(text, [w]).length > 0);
}

/**
 * The words of a part that say what to do to its item: its verb and the words left once the item's
 * number or name, and the noun right before them ("order 1007"), are set aside.
 */
function actionWords(part: GoalPart): string[] {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  const item = new Set([...numbers, ...proper]);
  const kinds = part.objectWords.filter((w, i) => item.has(part.objectWords[i + 1] ?? '') && !item.has(w));
  return [
    ...part.verb.split(' '),
    ...part.objectWords.filter((w) => !item.has(w) && !kinds.includes(w)),
  ].filter(Boolean);
}

/**
 * "Mark order 1007 as shipped", "mark Priya Nair as a customer": in the row of the item the part
 * names, the control named by what to do; else the row's menu button (once), whose items the next
 * step reads.
 */
function rowActionDecision(
  part: GoalPart,
  usable: readonly ObservedElement[],
  observation: Observation,
  history: PlanContext['history'],
): ObservedElement | null {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  if (!numbers.length && !proper.length) return null;
  const carries = (text: string) => carriesAll(text, numbers, proper);
  const row = rows(observation).find((r) => carries(r.text!));
  // (Cards built of plain divs are no rows: their controls carry the card's words as context.)
  const inRow = usable.filter(
    (e) =>
      (e.role === 'button' || e.role === 'link' || e.role === 'menuitem') &&
      e.context !== undefined &&
      carries(e.context) &&
      (row ? row.text!.includes(e.context.slice(0, 30)) : !rows(observation).length),
  );
  if (!inRow.length) return null;
  // An edit is done with the row's edit or rename control, whatever the goal's verb ("change").
  const words = [...actionWords(part), ...(part.intent === 'edit' ? ['edit', 'rename'] : [])];
  // (Not the item's own link, "Hex bolt M8": its name is the item's, whatever words it shares.)
  const namesItem = (e: ObservedElement) => {
    const own = e.name.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
    return [...numbers, ...proper].some((w) => own.includes(w.toLowerCase()));
  };
  const named = inRow.find(
    (e) => !opensMenu(e.name) && !namesItem(e) && relatedWords(`${e.name} ${e.hint ?? ''}`, words).length > 0,
  );
  if (named) return named;
  const tried = (e: ObservedElement) =>
    history.some((h) => h.ok && h.url === observation.url && h.target?.name === readName(e));
  return inRow.find((e) => e.role === 'button' && opensMenu(e.name) && !tried(e)) ?? null;
}

/**
 * The one button named as the key a part presses ("Delete", "Enter"), in the row or card the
 * part's other words name when there are several; null when none or no way to tell them apart.
 */
function keyButton(part: GoalPart, key: string, usable: readonly ObservedElement[]): ObservedElement | null {
  const buttons = usable.filter(
    (e) => e.role === 'button' && e.name.trim().toLowerCase() === key.toLowerCase(),
  );
  if (buttons.length <= 1) return buttons[0] ?? null;
  const others = part.objectWords.filter((w) => w !== key.toLowerCase());
  const inNamed = buttons.filter((e) => e.context && relatedWords(e.context, others).length > 0);
  const best = Math.max(0, ...inNamed.map((e) => relatedWords(e.context!, others).length));
  const top = inNamed.filter((e) => relatedWords(e.context!, others).length === best);
  return top.length === 1 ? top[0]! : null;
}

/** The text of the item a removal names ("Delete Walk dog" → "Walk dog"). */
export function removalTarget(part: GoalPart, observation: Observation): string | null {
  if (part.values[0]) return part.values[0];
  let best: string | null = null;
  // Items live in rows (list items, table rows), never in headings or a table's header row.
  const items = rows(observation);
  for (const text of itemTexts(observation).filter((t) => items.some((r) => r.text!.includes(t)))) {
    const words = contentWords(text);
    if (!words.length || words.length > 8) continue;
    if (words.every((w) => part.objectWords.includes(w)) && (!best || text.length > best.length)) best = text;
  }
  return best;
}

/** The element of a list whose name the part's words name, or the n-th one. */
function named(candidates: ObservedElement[], part: GoalPart): ObservedElement | null {
  if (part.ordinal !== undefined) {
    return (part.ordinal === -1 ? candidates.at(-1) : candidates[part.ordinal - 1]) ?? null;
  }
  const exact = candidates.find((e) => part.objectWords.includes(e.name.toLowerCase()));
  if (exact) return exact;
  let best: { e: ObservedElement; score: number } | null = null;
  for (const e of candidates) {
    const score = relatedWords(e.name, part.objectWords).length;
    if (score && (!best || score > best.score)) best = { e, score };
  }
  return best?.e ?? null;
}

/** Rows (list items, table rows) with their text, in page order. */
function rows(observation: Observation): ObservedElement[] {
  return observation.elements.filter(
    (e) => (e.role === 'listitem' || e.role === 'row') && e.text && !e.headerRow,
  );
}

function rowFor(part: GoalPart, observation: Observation, target: string | null): ObservedElement | null {
  const all = rows(observation).filter((r) => !r.context || r.text !== r.context);
  // Items of the main list: rows that hold a checkbox or button, not navigation links.
  if (target) return all.find((r) => r.text!.includes(target)) ?? null;
  if (part.ordinal !== undefined) {
    const items = all.filter(
      (r) => !observation.elements.some((e) => e.role === 'link' && r.text === e.name),
    );
    return (part.ordinal === -1 ? items.at(-1) : items[part.ordinal - 1]) ?? null;
  }
  return null;
}

/**
 * The item a part names by number ("ticket 4", "order 1003") or position ("the second message"):
 * a link or button carrying the number, else a clickable row or card that does; by position, the
 * n-th clickable item (or the first link inside the n-th row).
 */
function itemTarget(
  part: GoalPart,
  usable: readonly ObservedElement[],
  observation: Observation,
): ObservedElement | null {
  const numbers = numbersOf(part);
  const proper = properNouns(part);
  const label = (e: ObservedElement) =>
    `${e.name} ${e.role === 'row' || e.role === 'listitem' ? (e.text ?? '') : ''}`;
  const openers = usable.filter((e) => e.role === 'link' || e.role === 'button' || e.clickable);
  if (numbers.length) {
    const carrying = openers.filter((e) => carriesNumber(label(e), numbers));
    // "ticket 4" names a ticket: prefer items whose text or row shares the part's other words.
    const named = carrying.filter(
      (e) =>
        relatedWords(
          `${label(e)} ${e.context ?? ''}`,
          part.objectWords.filter((w) => !/^\d+$/.test(w)),
        ).length,
    );
    const pool = named.length ? named : carrying;
    const found = pool.find((e) => e.role === 'link') ?? pool.find((e) => e.clickable) ?? pool[0];
    if (found) return found;
    // "Open appointment 5" in a table whose first column is the number and whose link is the
    // patient's name: the link of the row that starts with the number (its id cell).
    const leading = (text: string) =>
      numbers.some((n) => new RegExp(`^\\s*(?:#|no\\.?\\s*)?${n}\\b(?![.:,/-]\\d)`, 'i').test(text));
    return openers.find((e) => e.role === 'link' && e.context !== undefined && leading(e.context)) ?? null;
  }
  if (proper.length && part.ordinal === undefined) {
    // "the Curie room", "Jonas Berg": the item (a link, a clickable card or row) carrying the name.
    const carrying = openers.filter((e) => relatedWords(label(e), proper).length > 0);
    const weight = (e: ObservedElement) =>
      proper.reduce(
        (sum, w, i) => sum + (relatedWords(label(e), [w]).length ? (proper.length - i) * 2 : 0),
        0,
      );
    const best = carrying
      .map((e) => ({ e, s: weight(e) + (e.role === 'button' ? 0 : 1) }))
      .sort((a, b) => b.s - a.s);
    if (best[0] && best[0].s > (best[1]?.s ?? 0)) return best[0].e;
    return null;
  }
  let items = rows(observation).filter(
    (r) => r.clickable || usable.some((e) => e.role === 'link' && e.context && r.text!.includes(e.context)),
  );
  // Lists built of clickable divs (mail rows, cards) have no row role: their clickable items.
  if (!items.length) items = usable.filter((e) => e.clickable && e.role === 'generic');
  const row = part.ordinal === -1 ? items.at(-1) : items[(part.ordinal ?? 1) - 1];
  if (!row) return null;
  if (row.clickable) return row;
  return usable.find((e) => e.role === 'link' && e.context && row.text!.includes(e.context)) ?? null;
}

/**
 * The control whose name (or icon hint) says one of `words`: the same word first, then a WordNet
 * kin. Some kin are far ("edit" is listed with "delete", as to cut text): a control named by the
 * word itself beats one that is only its kin.
 */
export function byWords<T extends { name: string; hint?: string }>(
  candidates: readonly T[],
  words: readonly string[],
): T | undefined {
  const wanted = new Set(
    words.flatMap((w) => baseForms(w.toLowerCase())).concat(words.map((w) => w.toLowerCase())),
  );
  return (
    candidates.find((e) =>
      contentWords(`${e.name} ${e.hint ?? ''}`).some(
        (w) => wanted.has(w) || baseForms(w).some((f) => wanted.has(f)),
      ),
    ) ?? candidates.find((e) => relatedWords(`${e.name} ${e.hint ?? ''}`, words).length > 0)
  );
}

/** Names of controls that open an item's or a setting's editor. */
const EDITOR_WORDS = ['edit', 'change', 'modify', 'manage', 'configure'];

/**
 * "Make Grace Hopper an admin", "set the session timeout to 1 hour" where the page shows the item
 * or setting with an Edit / Change control beside it and no field to set here: that control, in
 * the row or card whose words the part names most (its proper names first). Null when no field
 * on the page takes the part's words already, when two rows tie, or when it was pressed here.
 */
function editorOpener(
  part: GoalPart,
  usable: readonly ObservedElement[],
  context: PlanContext,
): ObservedElement | null {
  if (['observe', 'login', 'search', 'remove', 'open', 'close', 'press'].includes(part.intent)) return null;
  const words = part.objectWords.filter((w) => !/^\d+$/.test(w));
  if (!words.length) return null;
  const fieldHere = usable.some(
    (e) =>
      (isTextField(e.role) || ['combobox', 'listbox', 'checkbox', 'radio', 'switch'].includes(e.role)) &&
      relatedWords(`${e.name} ${e.nearLabel ?? ''} ${e.group ?? ''}`, words).length > 0,
  );
  if (fieldHere) return null;
  const openers = usable.filter(
    (e) =>
      (e.role === 'button' || e.role === 'link') &&
      e.context &&
      byWords([e], EDITOR_WORDS) !== undefined &&
      // (A control named by a word of the part itself is for the verb rules, not this one.)
      relatedWords(e.name, words).length === 0,
  );
  const proper = properNouns(part);
  const score = (text: string) =>
    relatedWords(text, proper).length * 10 +
    relatedWords(
      text,
      words.filter((w) => !proper.includes(w)),
    ).length;
  const matched = (text: string) => words.filter((w) => relatedWords(text, [w]).length > 0);
  // The same row or setting as before: its proper names all there, and a word of the part shared.
  const sameItem = (before: string, now: string) => {
    const was = matched(before);
    const is = matched(now);
    return (
      is.some((w) => was.includes(w)) && is.filter((w) => proper.includes(w)).every((w) => was.includes(w))
    );
  };
  const ranked = openers.map((e) => ({ e, s: score(e.context!) })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best || best.s < 2 || best.s === (ranked[1]?.s ?? 0)) return null;
  const pressed = context.history.some(
    (h) =>
      h.ok &&
      h.action.type === 'click' &&
      h.url === context.observation.url &&
      h.target?.name === readName(best.e) &&
      sameItem(h.target.context ?? '', best.e.context!),
  );
  // (Pressed before for this item: its row's text may have changed since, "Editor" → "Admin".)
  return pressed ? null : best.e;
}

/**
 * Up to three controls on the page closest to the part's words (its verb, what it names, its
 * values), for a helpful "cannot go on"; only ones sharing a word, so "none" says nothing came near.
 */
export function closest(part: GoalPart, observation: Observation): string[] {
  const words = [...part.objectWords, ...part.values.flatMap(contentWords)];
  const seen = new Set<string>();
  return observation.elements
    .filter((e) => e.name || e.text)
    .map((e, i) => {
      const label = `${e.name} ${e.text ?? ''} ${e.nearLabel ?? ''}`;
      // What can be acted on first, then what shares the verb, then the part's other words.
      const actionable = ACTIONABLE_ROLES.has(e.role) || e.clickable === true;
      const score =
        relatedWords(label, words).length * 2 +
        (part.verb ? relatedWords(label, part.verb.split(' ')).length * 3 : 0) +
        (actionable ? 0.5 : 0);
      return { e, i, score };
    })
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ e }) => `${e.role} "${(e.name || e.text || '').slice(0, 60)}"`)
    .filter((text) => !seen.has(text) && seen.add(text))
    .slice(0, 3);
}

/** Intents that act on an item the part may name by its title. */
const ACTS_ON_ITEM = new Set(['add', 'remove', 'check', 'uncheck', 'select', 'fill', 'edit', 'click']);

/**
 * The title to open when the part names an item of the page by its title and the page offers no
 * way to do the verb: no control named by the verb (a navigation link elsewhere, "Shared with me"
 * for "share", is not one), no field the verb or the part's words name, and nothing in the item's
 * row but its title. Null once the run opened it, or when the part names no single item.
 */
function titledItemToOpen(
  part: GoalPart,
  usable: readonly ObservedElement[],
  observation: Observation,
  history: PlanContext['history'],
): ObservedElement | null {
  if (!part.verb || !ACTS_ON_ITEM.has(part.intent)) return null;
  const item = namedItem(part, observation);
  if (!item || rowHasControls(item, observation) || openedBefore(history, item, observation)) return null;
  const itemWords = new Set(contentWords(item.name));
  const verbControl = usable.some(
    (e) =>
      e !== item &&
      (e.role === 'button' ||
        e.role === 'menuitem' ||
        e.role === 'switch' ||
        (e.role === 'link' && e.context !== undefined) ||
        (e.clickable === true && !isTextField(e.role))) &&
      (relatedWords(`${e.name} ${e.hint ?? ''}`, [part.verb]).length > 0 || namedByVerb(part, e.name)),
  );
  // A form here that takes what the part names (not a search box, not the item's own title words).
  const fieldHere = usable.some(
    (e) =>
      (isTextField(e.role) || e.role === 'combobox') &&
      !isSearchField(e) &&
      relatedWords(
        `${e.name} ${e.nearLabel ?? ''} ${e.placeholder ?? ''}`,
        part.objectWords.filter((w) => !itemWords.has(w)),
      ).length > 0,
  );
  return verbControl || fieldHere || verbField(part, usable) ? null : item;
}

/**
 * After the run opened an item by its title: the button of the page named by the part's verb itself
 * (not WordNet kin), the one sharing most of the part's words when several are ("Move to trash",
 * "Move to folder"), not pressed on this page yet. Null while a dialog is open (it is a form to
 * fill), or when two tie.
 */
function openedItemsControl(
  part: GoalPart,
  usable: readonly ObservedElement[],
  history: PlanContext['history'],
  url: string,
): ObservedElement | null {
  if (!part.verb || part.verb.includes(' ') || !ACTS_ON_ITEM.has(part.intent)) return null;
  const opened = history.findLastIndex((h) => h.ok && h.action.type === 'click' && opens(h.target));
  if (opened < 0 || usable.some((e) => e.dialog)) return null;
  const buttons = usable.filter(
    (e) =>
      (e.role === 'button' || e.role === 'menuitem') &&
      contentWords(e.name).some((w) => [w, ...baseForms(w)].includes(part.verb)),
  );
  const pressed = (e: ObservedElement) =>
    history
      .slice(opened + 1)
      .some((h) => h.ok && h.url === url && h.action.type === 'click' && h.target?.name === readName(e));
  const ranked = buttons
    .filter((e) => !pressed(e))
    .map((e) => ({ e, s: relatedWords(e.name, part.objectWords).length }))
    .sort((a, b) => b.s - a.s);
  if (!ranked.length || ranked[0]!.s === ranked[1]?.s) return null;
  // (One pressed already here: the run is past this step.)
  return buttons.some(pressed) ? null : ranked[0]!.e;
}

/**
 * One action for the first part the page does not show yet, when that part is of a kind handled
 * here; null to let the form planner decide.
 */
export function partDecision(
  parts: readonly GoalPart[],
  context: PlanContext,
  start: Observation | null,
): PlanDecision | null {
  // (Before any part: the dialog's question is answered whichever part is pending.)
  const refuse = refuseDecision(
    parts,
    context,
    start,
    context.observation.elements.filter((e) => !e.disabled),
  );
  if (refuse)
    return {
      reason: `The goal answers "${refuse.dialog}" no: "${refuse.button.name}".`,
      action: { type: 'click', ref: refuse.button.ref },
    };
  const index = nextPart(parts, context, start);
  if (index < 0) return null;
  const part = parts[index]!;
  const { observation, history } = context;
  const usable = observation.elements.filter(
    (e) => !e.disabled && allowedByGoal(e, parts) && !errorPointer(e, observation),
  );
  const value = part.values[0] === undefined ? undefined : withoutOptionTail(part.values[0], observation);
  const say = (reason: string, action: PlanDecision['action']): PlanDecision => ({
    reason: `Part ${index + 1} ("${part.text}"): ${reason}`,
    action,
  });

  // "The second card in the In progress column", "the card below 'Fix login'": open the item its
  // place locates, once, before anything is done to it (ranks count in that container only).
  const located = part.intent === 'observe' ? null : locatedItem(part, observation);
  // (Its title opens it, whatever the title says: "Password reset" is a card, not a reset.)
  if (located && !locatedAlready(history, located, observation)) {
    const where = part.place?.within ? `in "${part.place.within}"` : `beside "${part.place?.beside?.of}"`;
    return say(`"${located.name}" is the item it locates ${where}: open it first.`, clickOn(located));
  }

  // "Rename the Q3 budget to …" on a list whose rows hold only titles: nothing here does the verb,
  // so its control is on the item's own page. Open the item by its title (once), then look again.
  const titled = located ? null : titledItemToOpen(part, usable, observation, history);
  if (titled)
    return say(
      `"${titled.name}" is the item it names, and nothing here does "${part.verb}": open it first.`,
      clickOn(titled),
    );

  // "Resolve Ben's second comment", "like the reply under Ana's comment", "answer the newest
  // comment": the control of the item its author's rank, its parent or its date locates, once.
  if (part.verb && ['click', 'edit', 'add', 'check', 'submit', 'remove'].includes(part.intent)) {
    const authored = authoredControl(part, usable);
    const used = (e: ObservedElement) =>
      history.some((h) => h.ok && h.target?.name === e.name && h.target.context === e.context);
    if (authored && !used(authored))
      return say(
        `"${authored.name}" of the item the goal locates by its author, its parent or its date.`,
        clickOn(authored, part),
      );
  }
  // Then, on the item's page: the button its verb names ("Rename"; "Move to trash" rather than
  // "Move to folder" for "move it to the trash"), once; its dialog is read as any form.
  const own = located ? null : openedItemsControl(part, usable, history, observation.url);
  if (own) return say(`"${own.name}" on the item's page does "${part.verb}".`, clickOn(own));

  const sort = sortRequest(part);
  const header = sort ? sortHeader(sort, observation) : null;
  if (sort && header) {
    const control = headerControl(header, observation);
    return say(
      `the "${header.name}" header sorts by it${sort.direction ? ` (${sort.direction === 'desc' ? 'highest' : 'lowest'} first wanted)` : ''}.`,
      control
        ? { type: 'click', ref: control.ref }
        : header.name && header.role === 'columnheader'
          ? { type: 'click', text: header.name }
          : { type: 'click', ref: header.ref },
    );
  }
  const nth = pageNumber(part);
  const pager = nth === null ? null : pagerControl(usable, nth);
  if (pager && !pager.current)
    return say(`"${pager.name}" of the pager is that page.`, { type: 'click', ref: pager.ref });
  if (['click', 'edit', 'check', 'uncheck', 'open', 'remove'].includes(part.intent)) {
    const next = nextPageDecision(part, usable, observation);
    if (next)
      return say(`the item it names is not on this page: "${next.name}" shows the next one.`, {
        type: 'click',
        ref: next.ref,
      });
  }
  // (A search's live results are what it finds, not a value to pick: the search part sends them.)
  const suggestion = part.intent === 'search' ? null : suggestionDecision(context, start, usable);
  if (suggestion)
    return say(
      `"${suggestion.name}" is the suggestion for what was just typed: pick it (typing alone sets nothing).`,
      clickOn(suggestion),
    );
  const item = menuItemDecision(part, context, start, usable);
  if (item) return say(`"${item.name}" in the menu just opened.`, clickOn(item));
  const confirm = confirmDecision(part, context, start, usable);
  if (confirm)
    return say(`"${confirm.name}" goes ahead in the dialog it opened.`, { type: 'click', ref: confirm.ref });
  if (byVerbsControl(part) && value !== undefined) {
    const step = verbControlDecision(part, value, usable, history, observation.url);
    if (step) return say(step.why, step.action);
    // Not on this page: open the item the part names by its number or name ("issue 6"), once.
    // (An item its place locates was opened above: no other item is opened by its words.)
    const item = verbField(part, usable) || located ? null : itemTarget(part, usable, observation);
    const opened = history.some(
      (h) => h.ok && (h.target?.name === item?.name || h.action.text === item?.name),
    );
    if (item && !opened)
      return say(`open "${item.name || item.text}" first: what the verb sets is there.`, clickOn(item));
  }
  if (['remove', 'edit', 'click', 'check', 'uncheck'].includes(part.intent)) {
    const mine = myPageLink(part, observation, history);
    if (mine) return say(`"${mine.name}" holds the user's own items.`, { type: 'click', ref: mine.ref });
  }
  if (
    (part.intent === 'click' || part.intent === 'edit') &&
    part.verb &&
    !/^(click|tap|press|hit|follow|open)\b/.test(part.verb) &&
    !usable.some((e) => isTextField(e.role) && e.context !== undefined && e.value !== undefined)
  ) {
    const control = rowActionDecision(part, usable, observation, history);
    if (control)
      return say(
        opensMenu(control.name)
          ? `"${control.name}" opens the menu of the item's row.`
          : `"${control.name}" in the item's row does it.`,
        { type: 'click', ref: control.ref },
      );
  }
  if (part.intent === 'select') {
    // "Select orders 1001 and 1003": each listed item's box, one at a time.
    const box = listedBoxes(part, observation)?.find((b) => b.checked !== true && allowedByGoal(b, parts));
    if (box) return say(`tick "${box.name}": the part lists it.`, { type: 'check', ref: box.ref });
  }
  const bulk = selectionControl(part, parts[index - 1], usable, observation);
  if (bulk) return say(`"${bulk.name}" acts on the ticked items.`, { type: 'click', ref: bulk.ref });
  if (part.intent === 'close') {
    // "…with Escape", "by pressing Esc": the key the goal names is the way, whatever buttons show.
    if (part.key)
      return say(`press ${keyName(part.key)}, as the goal says.`, {
        type: 'press',
        value: keyName(part.key),
      });
    const dialog = openDialog(part, observation, start);
    const buttons = usable.filter(
      (e) => e.role === 'button' && (!dialog || e.group === dialog.name || e.dialog === dialog.name),
    );
    const button =
      buttons.find((e) => part.glyphs.some((g) => e.name.includes(g))) ??
      buttons.find((e) => relatedWords(`${e.name} ${e.hint ?? ''}`, [part.verb]).length > 0) ??
      // ("Dismiss it" in a dialog whose way out says "Not now" or "Cancel".)
      (dialog ? buttons.find((e) => DISMISS.test(e.name)) : undefined);
    if (button) return say(`"${button.name}" closes it.`, { type: 'click', ref: button.ref });
    return say('no close control: press Escape.', { type: 'press', value: 'Escape' });
  }
  if (part.role === 'link' || part.role === 'tab' || (part.role === 'button' && !HANDLED.has(part.intent))) {
    const target = named(
      usable.filter((e) => e.role === part.role),
      part,
    );
    if (target) return say(`the ${part.role} named "${target.name}".`, { type: 'click', ref: target.ref });
    return say(`no ${part.role} named so.`, {
      type: 'fail',
      value: `Could not find a ${part.role} for "${part.text}"; closest: ${closest(part, observation).join(', ')}.`,
    });
  }
  if (part.intent === 'login' && value) {
    // "Sign in as ada": the name goes into the sign-in form's user field (not the password).
    const fields = usable.filter((e) => isTextField(e.role) && !e.password && !e.fileInput);
    const field =
      fields.find(
        (f) =>
          relatedWords(`${f.name} ${f.placeholder ?? ''}`, ['user', 'username', 'email', 'login', 'name'])
            .length,
      ) ?? (fields.length === 1 ? fields[0] : undefined);
    const typed = history.some((h) => h.ok && h.action.value === value && h.url === observation.url);
    if (field && field.value !== value && !typed && observation.elements.some((e) => e.password))
      return say(`"${value}" goes into ${field.role} "${field.name}".`, {
        type: 'fill',
        ref: field.ref,
        value,
      });
    return null;
  }
  if (part.intent === 'search' && value) {
    // "search the tickets for printer": the words go into the search box, then Enter (or its button).
    const boxes = usable.filter((e) => isTextField(e.role) && !e.password && !e.fileInput);
    const box =
      boxes.find((e) => e.role === 'searchbox') ??
      boxes.find(
        (f) =>
          relatedWords(`${f.name} ${f.placeholder ?? ''}`, ['search', 'find', 'filter', ...part.objectWords])
            .length,
      ) ??
      (boxes.length === 1 ? boxes[0] : undefined);
    if (!box) return null;
    if (box.value?.toLowerCase() !== value.toLowerCase())
      return say(`type "${value}" into ${box.role} "${box.name}".`, { type: 'fill', ref: box.ref, value });
    const button = usable.find(
      (e) =>
        e.role === 'button' &&
        relatedWords(e.name, ['search', 'find', 'go']).length > 0 &&
        (!box.group || e.group === box.group),
    );
    if (button) return say(`"${button.name}" sends the search.`, { type: 'click', ref: button.ref });
    return say('press Enter in the search box.', { type: 'press', ref: box.ref, value: 'Enter' });
  }
  if (
    (part.intent === 'open' || part.intent === 'click') &&
    !part.role &&
    (numbersOf(part).length > 0 || part.ordinal !== undefined || properNouns(part).length > 0) &&
    (part.intent === 'open' || !verbNamesControl(part, usable))
  ) {
    // "open ticket 4", "open the second message": the item that carries the number, or the n-th.
    // (A context menu belongs to the item's row even when the row opens nothing on a click.)
    const target =
      (located ? null : itemTarget(part, usable, observation)) ??
      (rightClicks(part)
        ? (rows(observation).find((r) => carriesAll(r.text!, numbersOf(part), properNouns(part))) ?? null)
        : null);
    if (target)
      return say(
        `${target.role} "${target.name || target.text}" is the item it names.`,
        clickOn(target, part),
      );
  }
  if (
    (part.intent === 'click' || part.intent === 'submit') &&
    !part.role &&
    part.verb &&
    !/^(click|tap|press|hit|follow)\b/.test(part.verb)
  ) {
    // "Borrow Dune", "Archive it": the control named by the verb ("Borrow", "Archive"), beside what
    // the part names when the verb's control repeats.
    // A form's send ("Sign up", "Book") is a button; a link of that name goes to the form instead.
    const named = usable.filter(
      (e) =>
        (part.intent === 'submit'
          ? e.role === 'button'
          : e.role === 'button' ||
            e.role === 'link' ||
            e.role === 'menuitem' ||
            e.role === 'switch' ||
            e.clickable) &&
        // A send is named by the verb itself ("Book", "Send message"); WordNet's kin ("Subscribe"
        // for "sign up") may be another form on the page.
        (part.intent === 'submit'
          ? contentWords(e.name).some((w) => baseForms(w).includes(part.verb) || w === part.verb)
          : relatedWords(`${e.name} ${e.hint ?? ''}`, [part.verb]).length > 0),
    );
    // A control named by the verb's own word ("Pinned" for "pin", "Locked" for "lock") beats those
    // only WordNet kin name ("Mark as answer" is kin of "pin", "Move to…" of "lock").
    const own = named.filter((e) =>
      contentWords(e.name).some((w) => [w, ...baseForms(w)].includes(part.verb)),
    );
    const byVerb = own.length ? own : named;
    // The one whose row or card names the most of what the part names (its proper names first).
    const proper = properNouns(part);
    const score = (e: ObservedElement) =>
      relatedWords(e.context ?? '', proper).length * 10 +
      relatedWords(e.context ?? '', part.objectWords).length;
    const ranked = byVerb.map((e) => ({ e, s: score(e) })).sort((a, b) => b.s - a.s);
    const target =
      byVerb.length === 1
        ? byVerb[0]
        : ranked[0] && ranked[0].s > 0 && ranked[0].s > (ranked[1]?.s ?? 0)
          ? ranked[0].e
          : undefined;
    // Pressed already on this page and nothing changed since: the checker judges, no second press.
    const pressed =
      target &&
      history
        .slice(
          history.findLastIndex(
            (h) =>
              h.ok &&
              h.url === observation.url &&
              ['fill', 'select', 'check', 'uncheck'].includes(h.action.type),
          ) + 1,
        )
        .some(
          (h) =>
            h.ok &&
            h.url === observation.url &&
            h.action.type === 'click' &&
            h.target?.name === readName(target),
        );
    if (target && !pressed)
      return say(`"${target.name}" does what the verb says.`, { type: 'click', ref: target.ref });
    if (target && pressed) {
      // Pressed, and the same send is still offered with nothing new that reads as done: the app
      // refused it ("That date is in the past."); say so rather than hand the checker this page.
      const before = new Set(start?.texts ?? []);
      // (Texts naming the verb itself — a dialog's "Book Darwin" title — are the form, not its answer.)
      const fresh = observation.texts.filter((t) => !before.has(t) && !relatedWords(t, [part.verb]).length);
      // "Try to book … without a name, and make sure an error is shown": the refusal is what a later
      // part asks to see; the checker judges whether the page shows it as an error.
      const errorAsked = parts.slice(index + 1).some((p) => p.intent === 'observe' && wantsError(p.text));
      if (errorAsked)
        return say(`"${target.name}" was pressed and the app did not take it, as the goal expects.`, {
          type: 'done',
        });
      // A toggle that says nothing ("Save for later" ♡ → ♥): the control pressed shows another
      // state than at the start. The checker judges whether that is the goal; no second press.
      const was = start?.elements.find(
        (e) => e.role === target.role && e.name === target.name && e.context === target.context,
      );
      const moved =
        was !== undefined &&
        (['pressed', 'checked', 'selected', 'expanded', 'current'] as const).some(
          (state) => (was[state] ?? false) !== (target[state] ?? false),
        );
      if (moved)
        return say(`"${target.name}" was pressed and now shows another state: the checker judges it.`, {
          type: 'done',
        });
      if (!fresh.some((t) => SUCCESS.test(t)))
        return say(`"${target.name}" was pressed and the app did not take it.`, {
          type: 'fail',
          value: `"${target.name}" was pressed and the form is still there${fresh.length ? `; the page says: ${fresh.slice(-3).join(' / ')}` : ''}.`,
        });
    }
    if (!byVerb.length && properNouns(part).length) {
      // "Book the Ada room" on a list of rooms: open the Ada room first, where its Book control is.
      const item = located ? null : itemTarget(part, usable, observation);
      const opened = history.some((h) => h.ok && h.url === observation.url && h.target?.name === item?.name);
      if (item && !opened)
        return say(`open "${item.name}" first: nothing here does "${part.verb}".`, clickOn(item));
    }
  }
  if (
    (part.intent === 'edit' || part.intent === 'check' || part.intent === 'uncheck') &&
    // ("Change the title of issue 7 …": an item named by its number is opened the same way.)
    (properNouns(part).length || (part.intent === 'edit' && numbersOf(part).length))
  ) {
    // "change Jonas Berg's company", "mark Priya Nair as a customer" on a list: nothing here edits
    // or ticks it, so open the item that carries the name first (once).
    const fieldHere = usable.some(
      (e) =>
        (isTextField(e.role) || e.role === 'combobox' || e.role === 'checkbox' || e.role === 'radio') &&
        contentWords(`${e.name} ${e.nearLabel ?? ''}`).some(
          (w) => part.objectWords.includes(w) && !properNouns(part).includes(w),
        ),
    );
    const item =
      fieldHere || located
        ? null
        : itemTarget(
            part,
            usable.filter((e) => e.role !== 'checkbox'),
            observation,
          );
    const opened = history.some(
      (h) => h.ok && (h.target?.name === item?.name || h.action.text === item?.name),
    );
    if (item && !opened)
      return say(`open "${item.name}" first: the thing to change is there.`, clickOn(item));
  }
  const editor = located ? null : editorOpener(part, usable, context);
  if (editor)
    return say(`"${editor.name}" opens the editor of "${editor.context}", which the part names.`, {
      type: 'click',
      ref: editor.ref,
    });
  if (!HANDLED.has(part.intent)) return null;

  switch (part.intent) {
    case 'add': {
      if (!value) {
        // "Add the breakfast buffet": an extra ticked by its box (named in full by the part, its
        // price aside in brackets apart), not an item typed in, nor a stepper's "Add one …".
        const box = extraBox(part, usable);
        return box && allowedByGoal(box, parts)
          ? say(`its box "${box.name}" adds it.`, { type: 'check', ref: box.ref })
          : null;
      }
      // A search box finds things, it never adds them; typed inputs (dates, e-mails) take their own values.
      const fields = usable.filter(
        (e) =>
          isTextField(e.role) &&
          !e.context &&
          !e.password &&
          !isSearchField(e) &&
          !/^(date|time|email|number|datetime-local|month|week|tel|url)$/.test(e.inputType ?? ''),
      );
      const field =
        fields.find((f) => f.value === value) ??
        fields.find((f) => relatedWords(`${f.name} ${f.placeholder ?? ''}`, part.objectWords).length) ??
        (fields.length === 1 ? fields[0] : fields.find((f) => !f.value));
      if (!field) {
        // No form to add it in yet: the control that opens one ("New ticket", "Add item").
        const opener = creatorFor(part, usable, history, observation.url);
        return opener
          ? say(`"${opener.name}" opens the form to add it.`, { type: 'click', ref: opener.ref })
          : null;
      }
      if (field.value !== value)
        return say(`type "${value}" into ${field.role} "${field.name}".`, {
          type: 'fill',
          ref: field.ref,
          value,
        });
      const button = usable.find(
        (e) =>
          e.role === 'button' &&
          relatedWords(e.name, ['add', 'create', 'save', 'submit', ...part.objectWords]).length,
      );
      if (button) return say(`"${button.name}" adds it.`, { type: 'click', ref: button.ref });
      return say('no button adds it: press Enter in the box.', {
        type: 'press',
        ref: field.ref,
        value: 'Enter',
      });
    }
    case 'check':
    case 'uncheck': {
      const box = toggleFor(part, observation);
      if (box && allowedByGoal(box, parts))
        return say(`its checkbox${box.context ? ` (in "${box.context}")` : ''}.`, {
          type: part.intent,
          ref: box.ref,
        });
      // None here: a menu or another page may hold it (the planner says so if nothing does).
      return null;
    }
    case 'remove': {
      // "Remove the assignee from X": the noun is what a verb makes someone (assignee ← assign,
      // owner ← own); the control that undoes that verb ("Unassign", "Disown") ends it, X stays.
      const undo = undoControl(part, usable, history, observation.url);
      if (undo) return say(`"${undo.name}" undoes what makes the ${part.objectWords[0]}.`, clickOn(undo));
      const toggle = pressedToggle(part, observation);
      if (toggle)
        return say(
          `"${toggle.name}" is on${toggle.context ? ` for "${toggle.context}"` : ''}: turn it off.`,
          {
            type: toggle.role === 'button' ? 'click' : 'uncheck',
            ref: toggle.ref,
          },
        );
      const target = removalTarget(part, start ?? observation);
      const row = rowFor(part, observation, target);
      const inRow = usable.filter(
        (e) =>
          (e.role === 'button' || e.role === 'link') &&
          row &&
          e.context &&
          row.text!.includes(e.context.replace(/\s*\S$/, '')),
      );
      const button =
        byWords(inRow, ['delete', 'remove', part.verb]) ?? inRow.find((e) => !/[\p{L}\p{N}]/u.test(e.name));
      if (button)
        return say(`the ${button.name || button.hint} button of "${target ?? row?.text}".`, {
          type: 'click',
          ref: button.ref,
        });
      // A card of plain divs (no row) with a menu button ("⋮", "Build options"): the delete is in there.
      const menu =
        row || !target
          ? undefined
          : usable.find(
              (e) =>
                e.role === 'button' &&
                opensMenu(e.name) &&
                e.context?.includes(target) === true &&
                !history.some((h) => h.ok && h.url === observation.url && h.action.ref === e.ref),
            );
      if (menu) return say(`"${menu.name}" opens the menu of "${target}".`, { type: 'click', ref: menu.ref });
      // The item's own page, opened on the way (the last action moved here, and the page carries the
      // item's number or every name the part gives): its button named by the verb does it.
      const numbers = numbersOf(part);
      const proper = properNouns(part);
      const last = history.findLast((h) => h.ok && h.action.type !== 'done');
      const own =
        !row && last && last.url !== observation.url && (numbers.length > 0 || proper.length > 0)
          ? usable.find((e) => e.role === 'button' && !e.context && !e.dialog && namedByVerb(part, e.name))
          : undefined;
      if (own && carriesAll(texts(observation).join(' '), numbers, proper))
        return say(`"${own.name}" on the page of the item it opened.`, { type: 'click', ref: own.ref });
      const hovered = history.some(
        (h) => h.ok && h.action.type === 'hover' && h.url === observation.url && h.action.ref === row?.ref,
      );
      if (row && !hovered) return say('its controls show on hover.', { type: 'hover', ref: row.ref });
      return null;
    }
    case 'edit': {
      // A form field the part names ("change my name to …"): type the new value there.
      const field = usable.find(
        (e) =>
          isTextField(e.role) &&
          (e.name || e.nearLabel) &&
          relatedWords(`${e.name} ${e.nearLabel ?? ''}`, part.objectWords).length > 0,
      );
      if (field && value && field.value !== value)
        return say(`type "${value}" into ${field.role} "${field.name}".`, {
          type: 'fill',
          ref: field.ref,
          value,
        });
      if (field && value) return null;
      // "…to upper case": the field's own text, in that case.
      const recased = (f: ObservedElement | undefined) =>
        !value && part.textCase && f?.value ? inCase(f.value, part.textCase) : undefined;
      const fieldCase = recased(field);
      if (field && fieldCase && field.value !== fieldCase)
        return say(`write "${field.value}" in ${part.textCase} case.`, {
          type: 'fill',
          ref: field.ref,
          value: fieldCase,
        });
      const editing = usable.find(
        (e) => isTextField(e.role) && e.context !== undefined && e.value !== undefined,
      );
      const editingCase = recased(editing);
      if (editing && editingCase && editing.value !== editingCase)
        return say(`write "${editing.value}" in ${part.textCase} case.`, {
          type: 'fill',
          ref: editing.ref,
          value: editingCase,
        });
      if (editing && editingCase)
        return say('Enter saves the edit.', { type: 'press', ref: editing.ref, value: 'Enter' });
      if (editing && value && editing.value !== value)
        return say(`type "${value}".`, { type: 'fill', ref: editing.ref, value });
      if (editing && value)
        return say('Enter saves the edit.', { type: 'press', ref: editing.ref, value: 'Enter' });
      const previous = parts[index - 1];
      const row = rowFor(
        previous?.intent === 'edit' && !previous.values.length ? previous : part,
        observation,
        null,
      );
      const title = row?.text?.replace(/\s*[^\p{L}\p{N}\s]+$/u, '').trim();
      const done = history.some((h) => h.ok && h.action.type === 'dblclick' && h.url === observation.url);
      if (title && !done)
        return say(`double-click "${title}" to edit it.`, { type: 'dblclick', text: title });
      return null;
    }
    case 'press': {
      const key = part.key ?? value;
      if (!key) return null;
      // "Press Delete on the Epoxy resin row": a button of that name on the page is what a person
      // presses (in the row the part names, when it names one), not the key.
      const button = keyButton(part, keyName(key), usable);
      if (button)
        return say(`"${button.name}" is a button on the page: press it.`, { type: 'click', ref: button.ref });
      return say(`press ${keyName(key)}.`, { type: 'press', value: keyName(key) });
    }
    default:
      return null;
  }
}

/**
 * A control named "un" + a verb from which a word of the part derives ("Unassign" for the assignee),
 * not pressed yet on this page. Null when the part names no such
 * noun, or the page has no such control.
 */
function undoControl(
  part: GoalPart,
  usable: readonly ObservedElement[],
  history: PlanContext['history'],
  url: string,
): ObservedElement | null {
  const nouns = part.objectWords.filter((w) => /^[a-z]{3,}$/.test(w));
  if (!nouns.length) return null;
  return (
    usable.find(
      (e) =>
        (e.role === 'button' || e.role === 'link' || e.role === 'menuitem' || e.clickable) &&
        contentWords(e.name).some((w) => {
          const verb = /^un([a-z]{3,})$/.exec(w)?.[1];
          return verb !== undefined && derivedWords(verb).some((d) => nouns.includes(d));
        }) &&
        !history.some((h) => h.ok && h.url === url && h.target?.name === readName(e)),
    ) ?? null
  );
}

/**
 * The button of the search form a goal that shows, finds or searches for things filled on this
 * page and has not pressed since: "Show me trains from Lyon to Geneva" is not done when both stops
 * are picked, only once "Search trains" ran. The button sits in the filled box's group and its
 * name says it searches (WordNet kin of search, find, show); an option picked from a list is no
 * press. Null when the goal does not look for things, the form was sent, or no one button fits.
 */
export function unsentSearchButton(parts: readonly GoalPart[], context: PlanContext): ObservedElement | null {
  const { observation, history } = context;
  const SEEKS = ['search', 'find', 'show'];
  if (!parts.some((p) => p.verb && relatedWords(p.verb, SEEKS).length > 0)) return null;
  const filled = history.findLastIndex(
    (h) =>
      h.ok &&
      h.url === observation.url &&
      ['fill', 'select', 'check', 'uncheck'].includes(h.action.type) &&
      h.target !== undefined,
  );
  if (filled < 0) return null;
  const pressed = history
    .slice(filled + 1)
    .some(
      (h) =>
        h.ok &&
        (h.action.type === 'press' ||
          (h.action.type === 'click' && h.target !== undefined && h.target.role !== 'option')),
    );
  if (pressed) return null;
  const target = history[filled]!.target!;
  const field = observation.elements.find((e) => e.role === target.role && readName(e) === target.name);
  if (!field?.group) return null;
  const buttons = observation.elements.filter(
    (e) =>
      e.role === 'button' &&
      !e.disabled &&
      !e.blocked &&
      e.group === field.group &&
      relatedWords(e.name, SEEKS).length > 0,
  );
  return buttons.length === 1 ? buttons[0]! : null;
}

/**
 * The submit button of a form the run changed on this page (picked an option, ticked a box)
 * and has not sent since: a settings form keeps nothing until it is saved, whatever its button says
 * ("Save", "Apply changes"). Null when it was sent, when the goal says not to save, or when the
 * control sits in no form with a submit button (a list's filter applies at once).
 */
export function unsentFormButton(context: PlanContext): ObservedElement | null {
  const { observation, history } = context;
  if (/\b(?:without|not|never|don'?t)\s+(?:\w+\s+)?(?:sav|submit|send|apply)\w*/i.test(context.goal))
    return null;
  const changed = history.findLastIndex(
    (h) =>
      h.ok &&
      h.url === observation.url &&
      // (Settings picked or ticked; typed text is the form planner's to send.)
      ['select', 'check', 'uncheck'].includes(h.action.type) &&
      h.target !== undefined,
  );
  if (changed < 0) return null;
  if (
    history.slice(changed + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  )
    return null;
  const target = history[changed]!.target!;
  // (A box labelled only by the text beside it is named by that text, as the step recorded it.)
  const field = observation.elements.find((e) => e.role === target.role && readName(e) === target.name);
  if (!field || field.role === 'searchbox') return null;
  const sends = (e: ObservedElement) => e.role === 'button' && e.submit && !e.disabled && !e.blocked;
  return (
    observation.elements.find((e) => sends(e) && (e.group ?? '') === (field.group ?? '')) ??
    applyButtonOf(field, observation) ??
    // (A box in a fieldset of its own, the form's button after the fieldset: the first submit
    // button after the field, outside dialogs, not a search's.)
    (field.dialog || !field.group
      ? null
      : (observation.elements
          .slice(observation.elements.indexOf(field) + 1)
          .find(
            (e) =>
              sends(e) &&
              !e.dialog &&
              (e.group ?? '') !== field.group &&
              relatedWords(e.name, ['search', 'find', 'filter']).length === 0,
          ) ?? null))
  );
}

/** Roles a person sets or presses: what lies between a select and its own button. */
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'switch',
  'slider',
  'spinbutton',
  'menuitem',
  'tab',
]);

/**
 * A select outside any form with its own button right after it ("Status [Closed ▾] [Update]",
 * "Assign to [Ana ▾] [Assign]"): the control that comes next on the page is that button when it
 * says it keeps a choice (Update, Apply, Save…) or repeats the select's own word ("Assign"). Never
 * a destructive one, nor a button further on (another control between them is not its button).
 */
export function applyButtonOf(field: ObservedElement, observation: Observation): ObservedElement | null {
  if (field.role !== 'combobox' || field.group) return null;
  const at = observation.elements.indexOf(field);
  const next = observation.elements.slice(at + 1).find((e) => e.ref && CONTROL_ROLES.has(e.role));
  if (!next || next.role !== 'button' || next.disabled || next.blocked || isDestructive(next.name))
    return null;
  const own = contentWords(`${field.name} ${field.nearLabel ?? ''}`);
  // (The words themselves, not WordNet kin: "Print" and "Share" are kin of "send".)
  const says =
    contentWords(next.name).some((w) => [w, ...baseForms(w)].some((f) => GO_AHEAD.includes(f))) ||
    contentWords(next.name).some((w) =>
      own.some((o) => baseForms(o).includes(w) || baseForms(w).includes(o)),
    );
  return says ? next : null;
}
