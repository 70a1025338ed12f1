import { amountOf } from './amount.ts';
import type { GoalPart } from './goal/read-goal.ts';
import { findDates, MONTHS } from './goal/values.ts';
import {
  ACTIONABLE_ROLES,
  isTextField,
  readName,
  type Observation,
  type ObservedElement,
} from './observe.ts';
import type { PlanContext, PlanDecision } from './planner.ts';

/**
 * Custom widgets that apps build from divs and ARIA instead of native controls, set as a person
 * sets them: a slider moved with its arrow keys, a stepper's − / + pressed around its spinbutton,
 * a combobox or a caret dropdown opened and the choice the goal names picked from what it shows,
 * a month grid paged to the month the goal names and its day clicked, and the tab whose hidden
 * panel holds what the goal needs chosen first. Every rule is keyed to roles, ARIA state
 * (aria-valuenow, aria-expanded, aria-selected, aria-disabled) and the page's structure, and to
 * the goal's own words for the widget's label, never to an app's words.
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A caret a dropdown's face ends in ("Choose a colour ▾"); its choices may follow it when open. */
const CARET = /\s*[▾▼⌄⏷˅🞃](?:\s|$)/u;

/**
 * The number a part sets a widget to ("to 7", "four stars", "3 cabins"), or null. A day inside a
 * date ("on 21 June"), a clock time or a code ("VY-4821") is no count. With the widget's `label`,
 * of several numbers the one nearest a word of that label ("3 cabins … 2 bikes" for Cabins).
 */
export function targetNumber(part: GoalPart, label = ''): number | null {
  const text = part.text;
  const dates = findDates(text);
  const found: { at: number; n: number }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}:.,-])\d+(?![\p{L}\p{N}:-]|[.,]\d)/gu)) {
    if (dates.some((d) => m.index >= d.start && m.index < d.end)) continue;
    found.push({ at: m.index, n: Number(m[0]) });
  }
  for (const w of part.objectWords) {
    const i = NUMBER_WORDS.indexOf(w);
    const at = text.toLowerCase().search(new RegExp(`\\b${w}\\b`));
    if (i >= 0 && at >= 0) found.push({ at, n: i });
  }
  if (!found.length) return null;
  const words = label
    ? [...text.matchAll(/[\p{L}]+/gu)].filter((m) => named(label, [m[0].toLowerCase()]).length > 0)
    : [];
  const distance = (at: number) => Math.min(Infinity, ...words.map((w) => Math.abs(w.index - at)));
  return [...found].sort((a, b) => distance(a.at) - distance(b.at) || a.at - b.at)[0]!.n;
}

/** Words of the part that can name a control: no numbers, no number words. */
function labelWords(part: GoalPart): string[] {
  return part.objectWords.filter((w) => !/^\d+$/.test(w) && !NUMBER_WORDS.includes(w));
}

/**
 * Two words of one family: the same word, or one stem ("delivered" and "Delivery"). Not WordNet's
 * looser kin: "build" and "size" are kin there, and a widget's label must be named, not evoked.
 */
function kin(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x === y || (n >= 4 && n >= Math.max(x.length, y.length) - 3);
}

/** The words of `text` that the part's words name. */
function named(text: string, words: readonly string[]): string[] {
  const own = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return own.filter((w) => words.some((x) => x.length > 1 && kin(w, x)));
}

/** The element's label as a person reads it: its name, else the caption beside it. */
function labelOf(e: Pick<ObservedElement, 'name' | 'nearLabel'>): string {
  return `${e.name.split(CARET)[0]} ${e.nearLabel ?? ''}`.trim();
}

// ---------------------------------------------------------------------------------------------
// Range widgets: a slider, a stepper around a role=spinbutton (not an <input>: it takes no typing)

function isRange(e: ObservedElement): boolean {
  return (
    (e.role === 'slider' || (e.role === 'spinbutton' && e.inputType === undefined)) &&
    e.value !== undefined &&
    /^-?\d+(\.\d+)?$/.test(e.value)
  );
}

function rangeFor(part: GoalPart, elements: readonly ObservedElement[]): ObservedElement | undefined {
  const words = labelWords(part);
  return elements.find((e) => isRange(e) && !e.disabled && named(labelOf(e), words).length > 0);
}

const UP = /^\+$|\b(increase|increment|more|add|plus|up|raise|higher)\b/i;
const DOWN = /^[-−–]$|\b(decrease|decrement|fewer|less|remove|minus|down|lower)\b/i;

/** The stepper's buttons: named so, else by place (− before the value, + after it). */
export function stepButtons(
  widget: ObservedElement,
  elements: readonly ObservedElement[],
): { up?: ObservedElement; down?: ObservedElement } {
  const i = elements.indexOf(widget);
  const before = elements
    .slice(Math.max(0, i - 2), i)
    .reverse()
    .find((e) => e.role === 'button' && !e.disabled);
  const after = elements.slice(i + 1, i + 3).find((e) => e.role === 'button' && !e.disabled);
  const words = (b: ObservedElement) => `${b.name} ${b.hint ?? ''}`;
  const near = [before, after].filter((b): b is ObservedElement => b !== undefined);
  const up = near.find((b) => UP.test(words(b))) ?? (after && !DOWN.test(words(after)) ? after : undefined);
  const down =
    near.find((b) => DOWN.test(words(b))) ?? (before && !UP.test(words(before)) ? before : undefined);
  return { ...(up ? { up } : {}), ...(down ? { down } : {}) };
}

/**
 * One step toward the number the part names on the slider or stepper its words label; a `fail`
 * when the last step left the value where it was (the app stops there: "Limit 4 per order").
 * `memory` keeps the value seen at the previous step, per widget.
 */
export function rangeDecision(
  part: GoalPart,
  observation: Observation,
  memory: Map<string, string>,
  start: Observation | null = null,
): PlanDecision | null {
  const widget = rangeFor(part, observation.elements);
  if (!widget) return null;
  const target = targetNumber(part, labelOf(widget));
  if (target === null) return null;
  const now = Number(widget.value);
  const key = `${widget.role}\u0000${widget.name}`;
  const before = memory.get(key);
  if (now === target) {
    memory.delete(key);
    return null;
  }
  // A slider's last key and the size of its arrow step (learnt from the first arrow press).
  const lastKey = memory.get(`${key}\u0000key`);
  if (before !== undefined && lastKey === 'arrow' && before !== widget.value)
    memory.set(`${key}\u0000step`, String(Math.abs(now - Number(before))));
  // A Page key the slider ignores (APG makes it optional), or that overshot: arrows from here on.
  if (lastKey === 'page' && (before === widget.value || now < target !== Number(before) < target))
    memory.set(`${key}\u0000nopage`, '1');
  if (before === widget.value && lastKey !== 'page') {
    // (What the page says now that it did not at the start: "Limit 4 per order".)
    const before = new Set(start?.texts ?? []);
    const fresh = observation.texts.filter((t) => t.length <= 80 && !before.has(t)).slice(-2);
    return {
      reason: `${widget.role} "${widget.name}" stays at ${now} after the last step: the page does not go to ${target}.`,
      action: {
        type: 'fail',
        value: `${widget.role} "${widget.name}" stops at ${now}, not ${target}${fresh.length ? `; the page says: ${fresh.join(' / ')}` : ''}.`,
      },
    };
  }
  memory.set(key, widget.value!);
  const up = now < target;
  if (widget.role === 'slider') {
    // Ten arrow steps away or more: Page Up / Page Down move it further per press (a person holds
    // the key; a run has a step budget), the arrows finish.
    const arrowStep = Number(memory.get(`${key}\u0000step`) ?? 0);
    if (arrowStep > 0 && !memory.has(`${key}\u0000nopage`) && Math.abs(target - now) >= 10 * arrowStep) {
      memory.set(`${key}\u0000key`, 'page');
      return {
        reason: `slider "${widget.name}" is at ${now}, ten steps or more from ${target}: ${up ? 'Page Up' : 'Page Down'} moves it further per press.`,
        action: { type: 'press', ref: widget.ref, value: up ? 'PageUp' : 'PageDown' },
      };
    }
    memory.set(`${key}\u0000key`, 'arrow');
    return {
      reason: `slider "${widget.name}" is at ${now}: its ${up ? 'right' : 'left'} arrow key moves it toward ${target}.`,
      action: { type: 'press', ref: widget.ref, value: up ? 'ArrowRight' : 'ArrowLeft' },
    };
  }
  const buttons = stepButtons(widget, observation.elements);
  const button = up ? buttons.up : buttons.down;
  if (button)
    return {
      reason: `${widget.role} "${widget.name}" is at ${now}: "${button.name}" beside it steps it toward ${target}.`,
      action: { type: 'click', ref: button.ref },
    };
  return {
    reason: `${widget.role} "${widget.name}" is at ${now}: its arrow key steps it toward ${target}.`,
    action: { type: 'press', ref: widget.ref, value: up ? 'ArrowUp' : 'ArrowDown' },
  };
}

// ---------------------------------------------------------------------------------------------
// Pickers: a combobox over a div listbox, a dropdown of plain clickable text behind a caret

/** What the part may pick: its quoted values, else its words the control's label does not use. */
function candidates(part: GoalPart, label: string): string[] {
  if (part.values.length) return part.values;
  const rest = labelWords(part).filter((w) => !named(label, [w]).length);
  // ("forest green": two words side by side may be one choice.)
  const pairs = rest.slice(1).map((w, i) => `${rest[i]} ${w}`);
  return [...pairs, ...rest];
}

/** A part that sets something (not one that opens, clicks, removes, searches or looks). */
function picks(part: GoalPart): boolean {
  return ['select', 'fill', 'edit', 'add', 'submit'].includes(part.intent);
}

/** A choice's text is the value, or starts with it as a word ("L · 180–190 cm" for L). */
function choiceFits(choice: string, value: string): boolean {
  const c = choice.trim().toLowerCase();
  const v = value.trim().toLowerCase();
  if (!v) return false;
  return c === v || (c.startsWith(v) && /^[^\p{L}\p{N}]/u.test(c.slice(v.length)));
}

/** A picker's face: a combobox that lists no options (not a native select), or a caret dropdown. */
function isPickerFace(e: ObservedElement): boolean {
  return (
    (e.role === 'combobox' && !e.options?.length && !isTextField(e.role) && e.inputType === undefined) ||
    (e.clickable === true && CARET.test(e.name))
  );
}

/** The choice a picker's face shows now. */
function shown(face: ObservedElement): string {
  return (face.role === 'combobox' ? (face.value ?? '') : face.name.split(CARET)[0]!).trim();
}

/**
 * One step of picking what the part names from a picker its words label: open it, then click the
 * choice it shows (an option of the listbox it opened, or the text that appeared in it).
 */
export function pickerDecision(part: GoalPart, context: PlanContext): PlanDecision | null {
  if (!picks(part)) return null;
  const { observation, history } = context;
  const words = labelWords(part);
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  // The choices shown now: a listbox's options, else what appeared in the face just clicked.
  for (const box of observation.elements.filter((e) => e.role === 'listbox' && e.options?.length)) {
    const label = labelOf(box);
    const wanted = named(label, words).length ? candidates(part, label) : [];
    const option = box.options!.find((o) => wanted.some((v) => choiceFits(o, v)));
    if (option)
      return {
        reason: `"${option}" is the choice the goal names in the list "${box.name}".`,
        action: { type: 'click', text: option },
      };
  }
  const opened = last?.action.type === 'click' ? last.target : undefined;
  if (opened && CARET.test(opened.name)) {
    const face = observation.elements.find(
      (e) => e.clickable && e.name.startsWith(opened.name.split(CARET)[0]!) && e.name !== opened.name,
    );
    const wanted = face ? candidates(part, opened.name.split(CARET)[0]!) : [];
    const hit = wanted
      .filter((v) => v.length > 1)
      .map((v) =>
        new RegExp(`(?:^|\\s)(${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?=\\s|$)`, 'i').exec(face!.name),
      )
      .find((m) => m !== null);
    if (hit)
      return {
        reason: `"${hit[1]}" showed in the dropdown just opened: pick it.`,
        action: { type: 'click', text: hit[1]! },
      };
  }
  const faces = observation.elements.filter(
    (e) => isPickerFace(e) && !e.disabled && e.expanded !== true && named(labelOf(e), words).length,
  );
  for (const face of faces) {
    const wanted = candidates(part, labelOf(face));
    // (Once picked, a dropdown's face shows the choice in place of its label: "Graphite ▾".)
    if (!wanted.length || candidates(part, '').some((v) => choiceFits(shown(face), v))) continue;
    const tries = history.filter(
      (h) =>
        h.ok && h.action.type === 'click' && h.target?.name === readName(face) && h.url === observation.url,
    ).length;
    if (tries >= 2) continue;
    return {
      reason: `${face.clickable ? 'the dropdown' : `combobox "${face.name}"`} holds what the goal picks: open it.`,
      action: { type: 'click', ref: face.ref },
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Month grids: a heading "December 2026" between previous / next month buttons, day cells

const MONTH_HEADING = new RegExp(`^(${MONTHS.join('|')})\\s+(\\d{4})$`, 'i');

function dateOf(part: GoalPart): { year: number; month: number; day: number } | null {
  const found = findDates(part.text, new Date());
  const iso = found[0]?.value;
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) } : null;
}

/**
 * One step of picking the date the part names in a month grid: open the grid (the control its
 * words label), page to the month, click the day. A day the grid shows but takes no click on
 * (aria-disabled, no click handler) is said plainly as a failure.
 */
export function dateGridDecision(part: GoalPart, context: PlanContext): PlanDecision | null {
  const date = dateOf(part);
  if (!date) return null;
  const { observation, history } = context;
  const heading = observation.elements.find((e) => e.role === 'heading' && MONTH_HEADING.test(e.name.trim()));
  if (!heading) {
    if (dateShown(observation, date)) return null;
    const words = labelWords(part).filter((w) => !MONTHS.includes(w));
    // A native date box the part's words label takes the date typed: no grid to open, and a button
    // beside it ("Pause" of the same row) is no opener.
    if (
      observation.elements.some(
        (e) => e.inputType === 'date' && !e.disabled && named(labelOf(e), words).length > 0,
      )
    )
      return null;
    const opener = observation.elements.find(
      (e) =>
        (e.role === 'button' || (e.role === 'combobox' && !e.options?.length)) &&
        !e.disabled &&
        named(labelOf(e), words).length > 0 &&
        !history.some((h) => h.ok && h.target?.name === readName(e) && h.url === observation.url),
    );
    return opener
      ? {
          reason: `"${opener.name}" opens the month grid for the date the goal names.`,
          action: { type: 'click', ref: opener.ref },
        }
      : null;
  }
  const [, monthName, yearText] = MONTH_HEADING.exec(heading.name.trim())!;
  const shownAt = Number(yearText) * 12 + MONTHS.indexOf(monthName!.toLowerCase());
  const wantAt = date.year * 12 + date.month;
  if (shownAt !== wantAt) {
    const forward = wantAt > shownAt;
    const pager = observation.elements.find(
      (e) =>
        e.role === 'button' &&
        !e.disabled &&
        (forward
          ? /\bnext\b|^[›>»→]$/i.test(`${e.name} ${e.hint ?? ''}`)
          : /\b(previous|prev|back)\b|^[‹<«←]$/i.test(`${e.name} ${e.hint ?? ''}`)),
    );
    return pager
      ? {
          reason: `the grid shows ${heading.name}: "${pager.name}" pages toward ${MONTHS[date.month]} ${date.year}.`,
          action: { type: 'click', ref: pager.ref },
        }
      : null;
  }
  const day = String(date.day);
  const iso = `${date.year}-${String(date.month + 1).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  // A day cell named by its number ("3"), or by its whole date as date-picker libraries name
  // their day buttons ("Saturday, 3 April 2027").
  const cells = observation.elements.filter(
    (e) =>
      ['cell', 'gridcell', 'button', 'option', 'generic'].includes(e.role) &&
      (e.name.trim() === day ||
        findDates(e.name, new Date(Date.UTC(date.year, 0, 1))).some((d) => d.value === iso)),
  );
  const live = cells.find((e) => !e.disabled && (e.clickable || e.role !== 'cell'));
  if (live)
    return {
      reason: `day ${day} of ${heading.name} in the grid.`,
      action: { type: 'click', ref: live.ref },
    };
  if (cells.length)
    return {
      reason: `day ${day} of ${heading.name} takes no click.`,
      action: { type: 'fail', value: `The grid shows ${day} ${heading.name} but does not let it be picked.` },
    };
  return null;
}

/** The page shows the date (as the grid's control does once it is picked). */
function dateShown(observation: Observation, date: { year: number; month: number; day: number }): boolean {
  const month = MONTHS[date.month]!;
  const iso = `${date.year}-${String(date.month + 1).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  const says = (t: string) => {
    const lower = t.toLowerCase();
    return (
      lower.includes(iso) ||
      (new RegExp(`\\b${date.day}\\b`).test(lower) &&
        lower.includes(month) &&
        lower.includes(String(date.year)))
    );
  };
  return observation.elements.some((e) => says(`${e.name} ${e.value ?? ''}`)) || observation.texts.some(says);
}

// ---------------------------------------------------------------------------------------------
// Tabs whose panels stay hidden until chosen

/**
 * Nothing but tabs on the page names the part: choose the tab that names it (its words, or one
 * stem: "delivered" → "Delivery"), else look through the other tabs, each once.
 */
export function tabDecision(part: GoalPart, context: PlanContext): PlanDecision | null {
  if (part.intent === 'observe' || part.intent === 'login') return null;
  const { observation, history } = context;
  const tabs = observation.elements.filter((e) => e.role === 'tab' && !e.disabled);
  const closed = tabs.filter(
    (e) =>
      !e.selected &&
      !history.some(
        (h) => h.ok && h.action.type === 'click' && h.target?.role === 'tab' && h.target.name === readName(e),
      ),
  );
  if (!closed.length) return null;
  // (The verb helps pick the tab — "delivered" → "Delivery" — but a light verb names any control.)
  const things = [...labelWords(part), ...part.values];
  const words = [...things, ...part.verb.split(' ')].filter(Boolean);
  const here = observation.elements.filter(
    (e) =>
      e.role !== 'tab' &&
      !e.disabled &&
      (ACTIONABLE_ROLES.has(e.role) || e.clickable) &&
      named(`${e.name} ${e.nearLabel ?? ''} ${e.context ?? ''}`, things).length > 0,
  );
  if (here.length) return null;
  // A tab the part names ("Show my saved builds" → "My builds"); same-named tabs (one per card)
  // only by the card the part names.
  const fits = closed.filter((e) => named(e.name, words).length > 0);
  const names = new Set(fits.map((e) => e.name));
  const tab =
    names.size === 1 && fits.length === 1
      ? fits[0]
      : fits.length === 0 && new Set(closed.map((e) => e.name)).size === closed.length
        ? closed[0]
        : undefined;
  if (!tab) return null;
  return {
    reason: `nothing here but the tabs names "${part.text}": ${fits.length ? `tab "${tab.name}" names it` : `look under tab "${tab.name}"`}.`,
    action: { type: 'click', ref: tab.ref },
  };
}

/**
 * Whether the part is done by a widget its words label, or null when no such widget speaks for
 * it: the slider or stepper shows the number, the picker shows the choice, the date is shown.
 */
export function widgetSatisfied(part: GoalPart, observation: Observation): boolean | null {
  const widget = rangeFor(part, observation.elements);
  const target = widget && targetNumber(part, labelOf(widget));
  if (widget && target !== null) return Number(widget.value) === target;
  if (picks(part)) {
    const words = labelWords(part);
    const faces = observation.elements.filter(
      (e) => isPickerFace(e) && !e.disabled && named(labelOf(e), words).length,
    );
    const fits = (f: ObservedElement) => candidates(part, '').some((v) => choiceFits(shown(f), v));
    // (A caret dropdown's face shows the choice in place of its label once picked: "Sand ▾".)
    const picked = observation.elements.some(
      (e) =>
        e.clickable &&
        CARET.test(e.name) &&
        candidates(part, '').some((v) => v.length > 1 && choiceFits(shown(e), v)),
    );
    if (faces.length) return faces.every(fits);
    if (picked) return true;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// A delete that asks for the item's name typed out before its button works

/** "Type Weekend gravel to confirm", "Enter “DELETE” below": the words a dialog asks to be typed. */
const TYPE_TO_CONFIRM =
  /\b(?:type|enter|write)\s+["“'‘]?(.{1,80}?)["”'’]?\s+(?:to\s+(?:confirm|continue|proceed|delete|remove)|below|in the (?:box|field))\b/i;

/**
 * In a dialog that asks for a phrase typed out to confirm (the item's name, "DELETE"), type it
 * into its one empty text box: the go-ahead stays disabled until then. Not when the pending part
 * backs out of the dialog ("…then cancel").
 */
export function typeToConfirmDecision(part: GoalPart, observation: Observation): PlanDecision | null {
  if (part.intent === 'close' || /^(cancel|close|dismiss|abort)$/.test(part.verb)) return null;
  // Any open dialog may be the one asking: a banner dialog ("Cookie consent") may stand before it.
  const dialogs = observation.elements.filter(
    (e) => (e.role === 'dialog' || e.role === 'alertdialog') && e.name,
  );
  for (const dialog of dialogs) {
    const boxes = observation.elements.filter(
      (e) => isTextField(e.role) && e.dialog === dialog.name && !e.disabled && !e.password,
    );
    if (boxes.length !== 1) continue;
    // The ask may be the box's own label ("Type DELETE to confirm" as its <label>), no text of its own.
    const asked = [...(observation.dialogTexts ?? []), boxes[0]!.name, boxes[0]!.nearLabel ?? ''];
    const said = TYPE_TO_CONFIRM.exec(asked.join(' ').replace(/\s+/g, ' '));
    const phrase = said?.[1]?.trim();
    if (!phrase || boxes[0]!.value === phrase) continue;
    return {
      reason: `the dialog "${dialog.name}" asks for "${phrase}" typed out before it goes ahead.`,
      action: { type: 'fill', ref: boxes[0]!.ref, value: phrase },
    };
  }
  return null;
}

/**
 * The run clicked a choice the part names (by the text it showed) and then acted elsewhere (a later
 * part, "…then reset the configuration", may have undone it).
 */
export function pickedBefore(part: GoalPart, history: PlanContext['history']): boolean {
  const picked = history.findIndex(
    (h) =>
      h.ok &&
      h.action.type === 'click' &&
      h.action.text !== undefined &&
      candidates(part, '').some((v) => choiceFits(h.action.text!, v)),
  );
  // (Opening another picker of the same part is still this part's work.)
  const elsewhere = (h: PlanContext['history'][number]) =>
    h.ok &&
    h.action.type !== 'done' &&
    h.action.text === undefined &&
    !(h.target && (['combobox', 'listbox', 'option'].includes(h.target.role) || CARET.test(h.target.name)));
  return picked >= 0 && history.slice(picked + 1).some(elsewhere);
}

// ---------------------------------------------------------------------------------------------
// Route boxes: editable comboboxes labelled by a preposition alone ("From", "To", "Via")

const ROUTE_WORDS = new Set(['from', 'to', 'via']);

/** The name the part puts after `word` ("from Lyon Part-Dieu to …" → "Lyon Part-Dieu"), or null. */
function nameAfter(text: string, word: string): string | null {
  const m = new RegExp(`\\b${word}\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`, 'u').exec(text);
  return m ? m[1]! : null;
}

const sameWords = (a: string, b: string) =>
  a
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ') ===
  b
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/**
 * "from Lyon to Turin": an editable combobox labelled by a preposition alone takes the capitalised
 * name the goal puts after that preposition: typed in, then the option named exactly so picked from
 * the list it opens (not the first one offered: "Lyon Saint-Exupéry Airport" for "Lyon"). Boxes in
 * the page's order; one already showing its name is left.
 */
export function routeDecision(part: GoalPart, context: PlanContext): PlanDecision | null {
  const { observation, history } = context;
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  for (const box of observation.elements) {
    const label = labelOf(box).toLowerCase();
    if (box.role !== 'combobox' || box.inputType === undefined || box.disabled || !ROUTE_WORDS.has(label))
      continue;
    const name = nameAfter(part.text, label);
    if (!name) continue;
    // (Typed text shows in the box before anything is picked: the pick comes first.)
    const justTyped =
      last?.action.type === 'fill' && last.action.value === name && last.target?.name === readName(box);
    if (!justTyped && sameWords(box.value ?? '', name)) continue;
    if (justTyped) {
      const option = observation.elements
        .filter((e) => e.role === 'listbox' && e.options?.length)
        .flatMap((e) => e.options!)
        .find((o) => sameWords(o, name));
      return option
        ? {
            reason: `"${option}" is the option named as the goal names the "${box.name}" stop: pick it.`,
            action: { type: 'click', text: option },
          }
        : null;
    }
    const tries = history.filter(
      (h) => h.ok && h.action.type === 'fill' && h.action.value === name && h.target?.name === readName(box),
    ).length;
    if (tries >= 2) return null;
    return {
      reason: `combobox "${box.name}" takes the name the goal puts after "${label}": type "${name}".`,
      action: { type: 'fill', ref: box.ref, value: name },
    };
  }
  return null;
}

/**
 * A route box whose name the part gives and that does not show it yet, or shows it only as just
 * typed (the run's last action; its option not picked): the part is not done.
 */
export function routePending(
  part: GoalPart,
  observation: Observation,
  history: PlanContext['history'] = [],
): boolean {
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  return observation.elements.some((box) => {
    const label = labelOf(box).toLowerCase();
    if (box.role !== 'combobox' || box.inputType === undefined || box.disabled || !ROUTE_WORDS.has(label))
      return false;
    const name = nameAfter(part.text, label);
    if (name === null) return false;
    const justTyped =
      last?.action.type === 'fill' && last.action.value === name && last.target?.name === readName(box);
    return justTyped || !sameWords(box.value ?? '', name);
  });
}

// ---------------------------------------------------------------------------------------------
// Autocomplete: a text box the part's words label, then the suggestion that names the value

/**
 * Type the part's value into the text box its words label (by the same word or one stem:
 * "delivered to Rotterdam" → "Delivery town"); once typed, click the new suggestion named exactly
 * so (typing alone sets nothing in such a box).
 */
export function autocompleteDecision(
  part: GoalPart,
  context: PlanContext,
  start: Observation | null,
): PlanDecision | null {
  const value = part.values[0];
  if (!value || !['fill', 'select', 'edit', 'add', 'submit'].includes(part.intent)) return null;
  const { observation, history } = context;
  const last = history.findLast((h) => h.ok && h.action.type !== 'done');
  const before = new Set((start?.elements ?? []).map((e) => `${e.role}\u0000${e.name}`));
  if (last?.action.type === 'fill' && last.action.value === value) {
    const suggestion = observation.elements.find(
      (e) =>
        (e.role === 'option' || e.role === 'listitem' || e.clickable) &&
        !isTextField(e.role) &&
        e.name.trim().toLowerCase() === value.toLowerCase() &&
        !before.has(`${e.role}\u0000${e.name}`),
    );
    return suggestion
      ? {
          reason: `"${suggestion.name}" is offered under the box just typed in: pick it.`,
          action: { type: 'click', ref: suggestion.ref },
        }
      : null;
  }
  // (A number box was given the amount of "8 points": that fill typed the value.)
  const amount = amountOf(value);
  const typed = (v: string | undefined) => v === value || (amount !== null && v === amount);
  if (history.some((h) => h.ok && h.action.type === 'fill' && typed(h.action.value))) return null;
  const words = labelWords(part).filter((w) => !value.toLowerCase().includes(w));
  const field = observation.elements.find(
    (e) =>
      isTextField(e.role) &&
      e.role !== 'searchbox' &&
      !e.password &&
      !e.fileInput &&
      !e.disabled &&
      e.inputType !== undefined &&
      named(`${labelOf(e)} ${e.placeholder ?? ''}`, words).length > 0,
  );
  if (!field || typed(field.value)) return null;
  return {
    reason: `${field.role} "${field.name}" is what the part's words name: type "${value}".`,
    action: { type: 'fill', ref: field.ref, value },
  };
}
