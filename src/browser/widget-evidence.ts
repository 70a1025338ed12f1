import nlp from 'compromise';
import { relatedWords, type GoalPart, type Intent } from './goal/read-goal.ts';
import { findDates } from './goal/values.ts';
import { baseForms } from './goal/wordnet.ts';
import { readName, type Observation, type ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';
import type { Assertion, SpecLocator } from './spec.ts';

/**
 * Evidence read from a widget's own state: the choice a combobox, listbox, native select, slider or
 * spinbutton shows; the value an autocomplete put in its box when a suggestion was picked; the date
 * a date control shows; a toggle (`aria-pressed`, `aria-checked`) the run's own action turned on.
 *
 * A widget proves a part only when all of this holds, so that no state proves a goal it was not
 * asked for:
 * - its state changed since the start (a value there before the run proves nothing, nor one moved
 *   away and back);
 * - the state is what the part names: the shown choice's leading words ("L" of "L · 180–190 cm",
 *   "3", "Dark"), a toggle's own name ("Riser"), or the same calendar date;
 * - every other word of the part is accounted for by the widget's label ("frame size",
 *   "quantity"), or is neither a value of its own (a number, a capitalised or quoted name) nor the
 *   name of another control on the page ("size S and the colour Graphite" is not proved by the size
 *   alone), and, when it names a thing (a noun or adjective), the page shows it;
 * - a box the run typed into holds the value only because the app put it there (a picked
 *   suggestion), not because it was typed, and no suggestion list still offers it;
 * - the widget is in no form with a submit button (there the app's answer to the sending proves it).
 */

/** Intents whose outcome can be a widget's state: a choice, a value, a toggle. */
const WIDGET_INTENTS = new Set<Intent>(['select', 'fill', 'edit', 'add', 'click', 'open', 'submit']);

/** Roles that show a chosen value of their own (not typed). */
const VALUE_ROLES = new Set(['combobox', 'listbox', 'slider', 'spinbutton']);
/** Roles whose value a person may type. */
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);
/** Roles of a control that holds a chosen date (not a link or an option that merely lists one). */
const DATE_ROLES = new Set(['button', 'combobox', 'textbox', 'spinbutton']);
/** Roles that are toggled on (pressed or checked) by being used. */
const TOGGLE_ROLES = new Set(['button', 'switch', 'checkbox', 'radio', 'menuitemcheckbox', 'menuitemradio']);
/** Roles of controls whose names a part's words may point at instead. */
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'tab',
  'option',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'switch',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'slider',
  'spinbutton',
  'textbox',
  'searchbox',
]);

/** What a widget-state rule needs of the judgement. */
export interface WidgetInput {
  start: Observation;
  now: Observation;
  history: readonly HistoryEntry[];
  /** The page each history entry was decided on (what a click by ref clicked). */
  pagesBefore?: ReadonlyMap<HistoryEntry, Observation>;
  locate(element: ObservedElement): Promise<SpecLocator | null>;
}

const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** "L · 180–190 cm" → "L"; "Berlin (CET)" → "Berlin": the words that name a choice. */
function leadOf(shown: string): string {
  return shown.split(/\s+[·•|–—-]\s+|\s*[(,:]/u)[0]!.trim();
}

/** Whether `word` stands in the part as a value of its own: a number, a quoted or capitalised name. */
function valueLike(word: string, part: GoalPart): boolean {
  if (/\d/.test(word)) return true;
  if (part.values.some((v) => tokens(v).includes(word))) return true;
  const at = new RegExp(`(^|[^\\p{L}\\p{N}])(${word})(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of part.text.matchAll(at)) {
    const index = m.index + m[1]!.length;
    if (index > 0 && /\p{Lu}/u.test(part.text[index]!)) return true;
  }
  return false;
}

/**
 * The part's nouns and adjectives (compromise's tags): the words that name a thing ("the printer",
 * "leaky tap"), unlike its verbs, determiners and fillers ("I need", "these", "please").
 */
function namingWords(text: string): Set<string> {
  const terms = nlp(text).terms().json() as { terms: { normal: string; tags: string[] }[] }[];
  return new Set(
    terms
      .flatMap((t) => t.terms)
      .filter((t) => t.tags.some((g) => g === 'Noun' || g === 'Adjective') && !t.tags.includes('Pronoun'))
      .flatMap((t) => tokens(t.normal)),
  );
}

/** The words a control on the page answers to: its name, options, value, label beside it. */
function controlWords(e: ObservedElement): string {
  return [e.name, e.options?.join(' '), e.value, e.nearLabel, e.clickable ? e.text : undefined]
    .filter(Boolean)
    .join(' ');
}

/**
 * The part's words the widget does not account for must be plain words the page shows (the item
 * the part is about, as its heading or text names it): none a value of its own, none naming another
 * control (on the page now or at the start), none the page does not show at all (the part is then
 * about something else: "assign the printer…" on a chair's page).
 */
function restIsPlain(part: GoalPart, widget: ObservedElement, covering: string, input: WidgetInput): boolean {
  const covered = new Set(tokens(covering));
  const words = [...new Set([...part.objectWords, ...part.values.flatMap(tokens)])];
  const rest = words.filter((w) => !covered.has(w) && !relatedWords(covering, [w]).length);
  const others = [...input.now.elements, ...input.start.elements].filter(
    (e) => e.ref !== widget.ref && (CONTROL_ROLES.has(e.role) || e.clickable),
  );
  const shownText = [
    input.now.title,
    ...input.now.texts,
    ...input.now.elements.map(
      (e) => `${CONTROL_ROLES.has(e.role) ? '' : `${e.name} ${e.text ?? ''}`} ${e.group ?? ''}`,
    ),
  ].join(' \n ');
  const shownWords = new Set(tokens(shownText));
  const naming = namingWords(part.text);
  return rest.every(
    (w) =>
      !valueLike(w, part) &&
      (!naming.has(w) || shownWords.has(w) || relatedWords(shownText, [w]).length > 0) &&
      !others.some((e) => tokens(controlWords(e)).includes(w) || relatedWords(controlWords(e), [w]).length),
  );
}

/** The same widget on the start page: by ref (stable within a page), else by role and name. */
function atStart(widget: ObservedElement, start: Observation): ObservedElement | undefined {
  return (
    start.elements.find((e) => e.ref === widget.ref && e.role === widget.role) ??
    start.elements.find(
      (e) => e.role === widget.role && e.name === widget.name && e.context === widget.context,
    )
  );
}

const targets = (h: HistoryEntry, widget: ObservedElement) =>
  h.ok && h.target?.role === widget.role && h.target.name === readName(widget);

/**
 * Not in a form with a submit button: there the widget shows the choice whether or not the form was
 * sent and kept, and only the app's answer to the sending proves it (left to the checker's rules for
 * saved settings).
 */
function outsideForm(widget: ObservedElement, input: WidgetInput): boolean {
  return !input.now.elements.some(
    (e) => e.role === 'button' && e.submit && !e.disabled && (e.group ?? '') === (widget.group ?? ''),
  );
}

/** A box holds `shown` because the app put it there: not typed as is, or picked after typing. */
function setByApp(widget: ObservedElement, shown: string, input: WidgetInput): boolean {
  const same = (a: string | undefined) => (a ?? '').trim().toLowerCase() === shown.trim().toLowerCase();
  // A suggestion list still offering the value: nothing was picked yet.
  if (
    input.now.elements.some(
      (e) => (e.role === 'option' || e.role === 'listitem') && (same(e.name) || same(e.text)),
    )
  )
    return false;
  const typedAt = input.history.findLastIndex((h) => targets(h, widget) && h.action.type === 'fill');
  if (typedAt < 0)
    return !input.history.some((h) => h.ok && h.action.type === 'fill' && same(h.action.value));
  if (!same(input.history[typedAt]!.action.value)) return true;
  // A suggestion clicked after the typing: by its text, its name, or the text of what its ref was.
  const clicked = (h: HistoryEntry) =>
    input.pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref)?.text;
  return input.history
    .slice(typedAt + 1)
    .some(
      (h) =>
        h.ok &&
        h.action.type === 'click' &&
        (same(h.target?.name) || same(h.action.text) || same(clicked(h))),
    );
}

/** The part names the shown choice: its leading words (or all of it), every one in the part. */
function namesChoice(part: GoalPart, shown: string): boolean {
  const words = new Set([...part.objectWords, ...part.values.flatMap(tokens)]);
  const lead = tokens(leadOf(shown));
  const whole = tokens(shown);
  return [lead, whole].some((t) => t.length > 0 && t.every((w) => words.has(w)));
}

/** Of the widget's options (when it lists them), the shown one is the only one the part names. */
function onlyChoiceNamed(part: GoalPart, widget: ObservedElement, shown: string): boolean {
  return !widget.options?.some((o) => o !== shown && namesChoice(part, o));
}

/**
 * A listbox whose options the part names (several at once in a multi-select one: "the vegetarian
 * and the kosher meal"): every option selected now and not at the start is one the part names and
 * one the run picked, no option the part names is left unselected, and the part's other words are
 * the listbox's label or plain. Read back as each option's own aria-selected. Null when the
 * listbox is no answer either way (nothing selected by the run), so the other rules may speak.
 */
async function listboxChosen(
  part: GoalPart,
  widget: ObservedElement,
  input: WidgetInput,
): Promise<Assertion[] | null> {
  const before = new Set(atStart(widget, input.start)?.chosen ?? []);
  const fresh = (widget.chosen ?? []).filter((o) => !before.has(o));
  if (!fresh.length) return null;
  // (By words: an option's name may carry a mark drawn by CSS once selected, "✓ Kosher".)
  const same = (a: string | undefined, b: string) => tokens(a ?? '').join(' ') === tokens(b).join(' ');
  const picked = (o: string) =>
    input.history.some(
      (h) =>
        h.ok &&
        ['click', 'press', 'select'].includes(h.action.type) &&
        (same(h.action.text, o) ||
          (h.target?.role === 'option' && same(h.target.name, o)) ||
          (h.action.type === 'select' && same(h.action.value, o))),
    );
  const unchosen = (widget.options ?? []).filter((o) => !(widget.chosen ?? []).includes(o));
  if (
    !fresh.every((o) => namesChoice(part, o) && picked(o)) ||
    unchosen.some((o) => namesChoice(part, o)) ||
    !restIsPlain(part, widget, `${widget.name} ${widget.nearLabel ?? ''} ${fresh.join(' ')}`, input) ||
    !outsideForm(widget, input)
  )
    return [];
  return fresh.map((o) => ({
    type: 'state' as const,
    locator: { role: 'option', name: o },
    state: 'selected' as const,
    value: true,
  }));
}

/** "a", "one", "another", "2", "two": how many things an "add" part adds. */
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  another: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/**
 * "Add a child to the passengers", "add 2 guests": a counter (spinbutton) labelled by the thing added
 * reads exactly that many more than at the start, the run acted on the page, and no other counter
 * moved. A counter that did not move, moved by another number, or moved beside another one proves
 * nothing. Read back as the counter's value.
 */
async function counterRaised(part: GoalPart, input: WidgetInput): Promise<Assertion[]> {
  if (part.intent !== 'add') return [];
  const m = /^\s*\p{L}+\s+(a|an|one|another|two|three|four|five|\d+)\s+(?:more\s+)?(\p{L}+)/iu.exec(
    part.text,
  );
  if (!m) return [];
  const count = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const noun = m[2]!.toLowerCase();
  const moved = input.now.elements.filter((e) => {
    if (e.role !== 'spinbutton') return false;
    const before = atStart(e, input.start);
    return before !== undefined && before.value !== e.value;
  });
  if (moved.length !== 1 || !input.history.some((h) => h.ok)) return [];
  const widget = moved[0]!;
  const from = Number(atStart(widget, input.start)?.value);
  const to = Number(widget.value);
  const label = `${widget.name} ${widget.nearLabel ?? ''}`;
  if (!widget.value?.trim() || !Number.isFinite(from) || !Number.isFinite(to) || to - from !== count)
    return [];
  // (By singular too, irregular ones by compromise: "child" is what the "Children" counter counts.)
  const forms = (w: string) => [w, ...baseForms(w), nlp(w).nouns().toSingular().text().toLowerCase()];
  const nounForms = new Set(forms(noun));
  const namesNoun = tokens(label).some((w) => forms(w).some((f) => f && nounForms.has(f)));
  if ((!namesNoun && !relatedWords(label, [noun]).length) || !outsideForm(widget, input)) return [];
  const locator = await input.locate(widget);
  return locator ? [{ type: 'field-value', locator, value: widget.value! }] : [];
}

/** Assertions that a widget's state shows what the part names, or [] (see the module comment). */
export async function widgetShows(part: GoalPart, input: WidgetInput): Promise<Assertion[]> {
  if (!WIDGET_INTENTS.has(part.intent) || !input.history.some((h) => h.ok)) return [];
  const dates = findDates(part.text).map((d) => d.value);
  const dateWords = findDates(part.text).flatMap((d) => tokens(part.text.slice(d.start, d.end)));
  const counted = await counterRaised(part, input);
  if (counted.length) return counted;
  for (const widget of input.now.elements) {
    const before = atStart(widget, input.start);
    // A toggle the run's own action turned on, named by the part (its aside in brackets apart:
    // "Bike space (+€10)"; no other toggle bears the same name without its aside).
    const bare = widget.name.replace(/\s*\([^)]*\)/g, ' ').trim();
    const bareOf = (e: ObservedElement) => e.name.replace(/\s*\([^)]*\)/g, ' ').trim();
    if (
      TOGGLE_ROLES.has(widget.role) &&
      (widget.pressed === true || widget.checked === true) &&
      before?.pressed !== true &&
      before?.checked !== true &&
      input.history.some((h) => targets(h, widget) && ['click', 'check', 'press'].includes(h.action.type)) &&
      tokens(bare).length > 0 &&
      tokens(bare).every(
        (w) => part.objectWords.includes(w) || relatedWords(w, part.objectWords).length > 0,
      ) &&
      input.now.elements.filter((e) => e.role === widget.role && bareOf(e) === bare).length === 1 &&
      restIsPlain(part, widget, `${widget.name} ${widget.group ?? ''}`, input) &&
      outsideForm(widget, input)
    ) {
      const locator = await input.locate(widget);
      const state = widget.pressed === true ? 'pressed' : 'checked';
      if (locator) return [{ type: 'state', locator, state, value: true }];
    }
    // A date control showing the date the part names, which it did not show at the start.
    const shownText = `${widget.name} ${widget.value ?? ''}`;
    if (
      dates.length &&
      DATE_ROLES.has(widget.role) &&
      findDates(shownText).some((d) => dates.includes(d.value)) &&
      !(before && findDates(`${before.name} ${before.value ?? ''}`).some((d) => dates.includes(d.value))) &&
      (widget.value === undefined || !TEXT_ROLES.has(widget.role) || setByApp(widget, widget.value, input)) &&
      restIsPlain(part, widget, `${shownText} ${widget.nearLabel ?? ''} ${dateWords.join(' ')}`, input) &&
      outsideForm(widget, input)
    ) {
      const locator = await input.locate(widget);
      if (locator)
        return [
          widget.value !== undefined && findDates(widget.value).some((d) => dates.includes(d.value))
            ? { type: 'field-value', locator, value: widget.value }
            : { type: 'element-visible', locator },
        ];
    }
    // A listbox's selected options: each read back, never only the first as its value.
    if (widget.role === 'listbox' && (widget.chosen?.length || before?.chosen?.length)) {
      const chosen = await listboxChosen(part, widget, input);
      if (chosen?.length) return chosen;
      continue;
    }
    // A choice or value the widget shows, changed since the start.
    const shown = widget.value;
    if (shown === undefined || !shown.trim() || before?.value === shown) continue;
    const typeable = TEXT_ROLES.has(widget.role) && widget.inputType !== undefined;
    if (!VALUE_ROLES.has(widget.role) && !typeable) continue;
    if (typeable && !setByApp(widget, shown, input)) continue;
    if (!namesChoice(part, shown) || !onlyChoiceNamed(part, widget, shown)) continue;
    const label = `${widget.name} ${widget.nearLabel ?? ''} ${widget.placeholder ?? ''}`;
    if (!restIsPlain(part, widget, `${label} ${shown}`, input) || !outsideForm(widget, input)) continue;
    const locator = await input.locate(widget);
    if (locator) return [{ type: 'field-value', locator, value: shown }];
  }
  const caption = choiceCaption(part, input);
  return caption ? [{ type: 'text-visible', text: caption }] : [];
}

/** "Color: Forest green": a caption that states a choice, its label then the value chosen. */
const CAPTION = /^\s*([\p{L}][\p{L}\s-]{0,30}?)\s*:\s*(\S.{0,60}?)\s*$/u;

/**
 * "Choose the Forest green color" on a picker of plain clickable swatches (no role, no state of its
 * own): the caption beside it that states the choice ("Color: Sand" at the start, "Color: Forest
 * green" now). It proves the pick only when all of this holds:
 * - the same label showed another value at the start, and shows it no longer (the caption is the
 *   picker's state, changed; a line that merely appeared is not);
 * - the label is the part's own noun, the value every remaining word of the part, and nothing else
 *   ("…and size L" is not proved by the colour alone);
 * - the run clicked something bearing the value's text (the app did not pick it by itself).
 */
function choiceCaption(part: GoalPart, input: WidgetInput): string | null {
  if (part.intent !== 'select' && part.intent !== 'click') return null;
  const words = new Set([...part.objectWords, ...part.values.flatMap(tokens)]);
  const same = (a: string | undefined, b: string) => tokens(a ?? '').join(' ') === tokens(b).join(' ');
  for (const text of input.now.texts) {
    const m = CAPTION.exec(text);
    if (!m || input.start.texts.includes(text)) continue;
    const label = m[1]!.trim();
    const value = m[2]!.trim();
    const labelWords = tokens(label);
    const valueWords = tokens(value);
    if (!labelWords.length || !valueWords.length) continue;
    if (!labelWords.every((w) => words.has(w)) || !valueWords.every((w) => words.has(w))) continue;
    const covered = new Set([...labelWords, ...valueWords]);
    if (![...words].every((w) => covered.has(w))) continue;
    // The same label with another value at the start, gone now.
    const earlier = input.start.texts.filter((t) => {
      const e = CAPTION.exec(t);
      return e !== null && same(e[1], label) && !same(e[2], value);
    });
    if (!earlier.length || earlier.some((t) => input.now.texts.includes(t))) continue;
    const clicked = input.history.some((h) => {
      if (!h.ok || h.action.type !== 'click') return false;
      const was = input.pagesBefore?.get(h)?.elements.find((e) => e.ref === h.action.ref);
      return same(h.action.text, value) || same(h.target?.name, value) || same(was?.text, value);
    });
    if (clicked) return text.trim();
  }
  return null;
}
