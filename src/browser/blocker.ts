import type { Observation, ObservedElement } from './observe.ts';
import { ACTIONABLE_ROLES } from './observe.ts';
import type { HistoryEntry, PlanDecision } from './planner.ts';
import { isDestructive, relatedWords, type GoalPart } from './goal/read-goal.ts';

/** A choice that only puts the layer away ("Close", "×", "Not now", "No thanks", "Skip"). */
const PUTS_AWAY = /^\s*(close|dismiss|not now|no,? thanks?|maybe later|later|skip|got it|×|✕|x)\s*$/i;
/** A choice that opens more of the layer rather than answering it ("Manage settings…", "More ›"). */
const OPENS_MORE = /(…|\.\.\.|›|»|>)\s*$/;

/**
 * A layer the page put up before the run did anything (a cookie-consent dialog, a newsletter
 * pop-up, a notice over a scrim) that takes every click the goal needs and that the goal does not
 * speak of: the decision that answers it with its least committing choice, so the goal's own work
 * can start. Null when nothing is blocked, when the run opened the layer itself (an Edit dialog is
 * the goal's work, not in its way), or when the goal names one of its choices ("accept only the
 * necessary cookies": the goal's own parts handle it).
 *
 * Keyed to structure, not words: the layer is what stays clickable while the rest of the page is
 * blocked (observe.ts marks controls outside an open modal dialog or under a fixed layer, and those
 * inside an iframe that is). Its choices are ranked by what they commit to: one that only puts it
 * away, then any the goal's rule on destructive and bulk actions allows ("Accept all" is a bulk
 * action), then the rest; never one the run already failed on.
 */
export function clearBlocker(
  observation: Observation,
  first: Observation,
  parts: readonly GoalPart[],
  history: readonly HistoryEntry[],
): PlanDecision | null {
  const acts = (e: ObservedElement) =>
    Boolean(e.ref) && !e.disabled && (ACTIONABLE_ROLES.has(e.role) || e.clickable === true);
  const blocked = observation.elements.filter((e) => e.blocked && acts(e));
  const layer = observation.elements.filter((e) => !e.blocked && acts(e));
  // A layer holds a few choices and hides more than it shows.
  if (!blocked.length || !layer.length || layer.length >= blocked.length) return null;
  // There from the first look: the run did not open it.
  const seen = new Set(first.elements.map((e) => `${e.role}|${e.name}`));
  if (!layer.every((e) => seen.has(`${e.role}|${e.name}`))) return null;
  const words = parts.flatMap((p) => [...p.objectWords, ...p.values, ...p.verb.split(' ')]).filter(Boolean);
  if (layer.some((e) => relatedWords(e.name, words).length > 0)) return null;

  const failed = new Set(
    history.filter((h) => !h.ok && h.target).map((h) => `${h.target!.role}|${h.target!.name}`),
  );
  const choices = layer.filter(
    (e) =>
      (e.role === 'button' || e.role === 'link' || e.clickable) &&
      !failed.has(`${e.role}|${e.name}`) &&
      !OPENS_MORE.test(e.name) &&
      e.expanded === undefined,
  );
  const rank = (e: ObservedElement) =>
    PUTS_AWAY.test(e.name) || PUTS_AWAY.test(e.hint ?? '') ? 0 : !isDestructive(e.name) ? 1 : 2;
  const choice = [...choices].sort((a, b) => rank(a) - rank(b))[0];
  if (!choice) return null;
  const what = choice.dialog ? `the dialog "${choice.dialog}"` : 'a layer over the page';
  return {
    reason: `${what} blocks the page and the goal does not speak of it: "${choice.name}" puts it away.`,
    action: { type: 'click', ref: choice.ref },
  };
}
