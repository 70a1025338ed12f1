import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';

/**
 * A form the app read back before it was sent, then took ("Check your answers", then "Submit"): the
 * run's last action pressed the sending control of the page that read the answers back, and the app
 * moved on from it. What that page read back is then what the app took, though the page it moved
 * on to (a receipt, "Application complete") no longer repeats every value.
 *
 * The sending must be the page's own: its one submit button, or a control named like a verb of the
 * goal ("Submit application" for "apply"); a draft kept by another button is no sending. Moved on:
 * that control and every field of the page are gone, and a heading neither that page nor the start
 * showed is new (a form still open, the values echoed in it, is no answer). A value is read back by
 * a text of its own on that page, new since the start, outside any dialog, made of nothing but the
 * goal's own words ("3 June 1991", "Malmö"): a refusal ("Malmö is outside the lending area") or a
 * sentence about something else is not a reading of the answer.
 */
export interface ReadBack {
  /** The action that sent the form (the run's last). */
  send: HistoryEntry;
  /** The action after which the read-back page showed (the one before the sending). */
  shownAfter: HistoryEntry;
  /** The read-back page, as the sending was decided on it. */
  page: Observation;
  /** The heading the app moved on to. */
  heading: string;
  /** The sending control, gone now. */
  control: { role: string; name: string };
}

/** Roles of what a person answers a form with: gone once the form is. */
const FIELD_ROLES = new Set([
  'textbox',
  'searchbox',
  'spinbutton',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'switch',
  'slider',
]);

/**
 * Lower-case words of a text, letters and digits of any script ("malmö", "ls1", "4ap"); an address
 * or a joined word stays whole ("jo.marsh@example.com", "harbour-77"), so the name "Marsh" is not
 * read back by an e-mail address that contains it.
 */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.@'’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The read-back and its sending, when the run ended so; null otherwise.
 * @param named whether a control's name is named like a verb of the goal.
 */
export function readBackSent(
  history: readonly HistoryEntry[],
  pagesBefore: ReadonlyMap<HistoryEntry, Observation> | undefined,
  start: Observation,
  now: Observation,
  named: (controlName: string) => boolean,
): ReadBack | null {
  const acted = history.filter((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const send = acted.at(-1);
  const shownAfter = acted.at(-2);
  if (!send || !shownAfter || send.dialog || !send.target) return null;
  if (send.action.type !== 'click' && send.action.type !== 'press') return null;
  const page = pagesBefore?.get(send);
  if (!page) return null;
  const outside = (e: ObservedElement) => !e.dialog;
  const control = page.elements.find(
    (e) => outside(e) && e.role === send.target!.role && e.name === send.target!.name,
  );
  if (!control || control.role !== 'button') return null;
  const submits = page.elements.filter((e) => outside(e) && e.role === 'button' && e.submit && !e.disabled);
  const ownSending = (control.submit && submits.length === 1) || named(control.name);
  if (!ownSending) return null;
  const same = (a: ObservedElement) => (b: ObservedElement) => a.role === b.role && a.name === b.name;
  if (now.elements.some(same(control))) return null;
  if (page.elements.some((e) => FIELD_ROLES.has(e.role) && now.elements.some(same(e)))) return null;
  const seen = new Set([
    ...page.elements.filter((e) => e.role === 'heading').map((e) => e.name),
    ...start.texts,
  ]);
  const heading = now.elements.find((e) => e.role === 'heading' && e.name && !e.dialog && !seen.has(e.name));
  if (!heading) return null;
  return {
    send,
    shownAfter,
    page,
    heading: heading.name,
    control: { role: control.role, name: control.name },
  };
}

/**
 * The text of the read-back page that reads `name` back (see `ReadBack`), or undefined.
 * @param goal the goal's whole text: a read-back text is made of its words only.
 */
export function readBackText(
  readBack: ReadBack,
  name: string,
  goal: string,
  start: Observation,
): string | undefined {
  const goalWords = new Set(textWords(goal));
  const nameWords = textWords(name);
  if (!nameWords.length) return undefined;
  const { page } = readBack;
  const count = (texts: readonly string[], t: string) => texts.filter((x) => x === t).length;
  return page.texts.find((t) => {
    const words = textWords(t);
    return (
      words.length > 0 &&
      words.every((w) => goalWords.has(w)) &&
      // The name's words, in order, as whole words of the text.
      ` ${words.join(' ')} `.includes(` ${nameWords.join(' ')} `) &&
      count(page.texts, t) > count(start.texts, t) &&
      count(page.texts, t) > count(page.dialogTexts ?? [], t)
    );
  });
}
