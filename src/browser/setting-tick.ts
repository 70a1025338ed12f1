import { relatedWords, type GoalPart } from './goal/read-goal.ts';
import { readName, type Observation, type ObservedElement } from './observe.ts';
import type { HistoryEntry } from './planner.ts';
import { textWords } from './read-back.ts';

/**
 * "Subscribe to the monthly newsletter in my account", "opt out of the weekly digest": a verb no
 * control is named by, whose object is the label of a box (or switch) of a settings form. The
 * verb then says which way the box goes: ticked, unless it undoes ("unsubscribe", "disable",
 * "stop", "opt out"). It is proved only when all of this holds:
 * - the run's own action ticked (or cleared) that box, the way the verb asks, and it still is so,
 *   and was not so at the start;
 * - the box's label is nothing but the part's words, and every other word of the part names the
 *   page the box is on (its main heading: "in my account" on "Account");
 * - the form was sent after (a click or key after the tick) and the app said so: a status new since
 *   the sending, with no error word in it.
 */

/** Verbs that turn a setting off: a negating prefix, or a verb of stopping. */
const TURNS_OFF =
  /^(?:un\w+|dis\w+|de(?:activate|select|register)|stop|cancel|leave|quit|end|drop|pause|mute|block|remove|opt out|turn off|switch off|withdraw)\b/i;

/** Roles of a setting turned on or off by a tick. */
const BOX_ROLES = new Set(['checkbox', 'switch']);

/** Words that name no thing ("my account"). */
const FILLER = new Set(['my', 'our', 'the', 'a', 'an', 'your', 'in', 'on', 'to', 'of', 'from', 'for', 'me']);

export interface SettingInput {
  start: Observation;
  now: Observation;
  history: readonly HistoryEntry[];
  pagesBefore?: ReadonlyMap<HistoryEntry, Observation>;
  /** The texts each entry's page showed, before it. */
  textsBefore?: ReadonlyMap<HistoryEntry, readonly string[]>;
  /** Whether a text is worded as an error. */
  isError(text: string): boolean;
}

/** The label a box is known by: its name, the text beside it, else its container's text. */
function labelOf(box: ObservedElement): string {
  return readName(box) || box.context || '';
}

/**
 * The box the part's verb set, and the app's status that took it; null when the part asks no such
 * thing or any condition above fails.
 */
export function settingTicked(
  part: GoalPart,
  input: SettingInput,
): { box: ObservedElement; checked: boolean; status: string } | null {
  if (!part.verb) return null;
  const checked = !TURNS_OFF.test(part.verb.trim());
  const { history, now, start } = input;
  const at = history.findLastIndex(
    (h) =>
      h.ok &&
      (h.action.type === 'check' || h.action.type === 'uncheck') &&
      h.target !== undefined &&
      BOX_ROLES.has(h.target.role) &&
      !h.dialog,
  );
  if (at < 0) return null;
  const entry = history[at]!;
  if ((entry.action.type === 'check') !== checked) return null;
  const was = input.pagesBefore?.get(entry)?.elements.find((e) => e.ref === entry.action.ref);
  if (!was || !BOX_ROLES.has(was.role)) return null;
  const label = labelOf(was);
  const labelWords = textWords(label);
  const words = part.objectWords.filter((w) => !FILLER.has(w));
  if (!labelWords.length || !labelWords.every((w) => words.includes(w))) return null;
  // Every other word of the part names the page: its main heading.
  const heading = now.elements.find((e) => e.role === 'heading' && e.level === 1 && !e.dialog)?.name ?? '';
  if (!words.every((w) => labelWords.includes(w) || relatedWords(heading, [w]).length > 0)) return null;
  // The same box, now and at the start (by its label and role; one such box on each page).
  const same = (e: ObservedElement) => e.role === was.role && labelOf(e) === label;
  const nowBoxes = now.elements.filter(same);
  if (nowBoxes.length !== 1 || (nowBoxes[0]!.checked === true) !== checked) return null;
  const startBox = start.elements.filter(same);
  if (startBox.length === 1 && (startBox[0]!.checked === true) === checked) return null;
  // Sent after the tick, and the app's new status since the sending.
  const send = history
    .slice(at + 1)
    .findLast((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'));
  if (!send) return null;
  const beforeSend = input.textsBefore?.get(send) ?? input.pagesBefore?.get(send)?.texts ?? start.texts;
  const status = now.elements.find((e) => {
    const text = (e.name || e.text || '').trim();
    return (
      (e.role === 'status' || e.role === 'alert') &&
      text.length > 0 &&
      !input.isError(text) &&
      !beforeSend.includes(text)
    );
  });
  if (!status) return null;
  return { box: nowBoxes[0]!, checked, status: (status.name || status.text || '').trim() };
}
