/**
 * A number box takes a number: "set the estimate to 8 points", "estimated at 2 pts", "1.5 hours"
 * name an amount with its unit, and the unit is the box's own (its label or the word beside it).
 * Typing "8 points" into an `<input type=number>` fails (the browser refuses the letters), so the
 * planner types the amount there; a text box keeps what the goal wrote.
 */
import type { ObservedElement } from './observe.ts';
import type { PlanDecision } from './planner.ts';

/** A number, then one to three words of letters (a unit: "points", "story points", "mins."). */
const WITH_UNIT = /^\s*(-?\d+(?:[.,]\d+)?)\s+([\p{L}]+\.?(?:\s+[\p{L}]+\.?){0,2})\s*$/u;
/** Words that join clauses, never a unit ("8 and more", "5 is enough"). */
const NOT_UNIT = /^(?:and|or|but|then|is|are|was|to|of|in|on|at|by|for|with|from|if|so)$/i;

/** The amount of a value written as a number and its unit ("8 points" → "8"), or null. */
export function amountOf(value: string): string | null {
  const m = WITH_UNIT.exec(value);
  if (!m) return null;
  const words = m[2]!.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.some((w) => NOT_UNIT.test(w))) return null;
  return m[1]!;
}

/** Whether the element is a box that takes only a number (`<input type=number>`). */
function takesNumber(element: ObservedElement): boolean {
  return element.inputType === 'number';
}

/**
 * The decision with a fill into a number box typing the amount of a value written with its unit;
 * any other decision as it is.
 */
export function amountFor(decision: PlanDecision, elements: readonly ObservedElement[]): PlanDecision {
  const { action } = decision;
  if (action.type !== 'fill' || action.value === undefined) return decision;
  const target = elements.find((e) => e.ref === action.ref);
  if (!target || !takesNumber(target)) return decision;
  const amount = amountOf(action.value);
  if (amount === null) return decision;
  return {
    reason: `${decision.reason} (A number box takes the amount: "${amount}" of "${action.value}".)`,
    action: { ...action, value: amount },
  };
}
