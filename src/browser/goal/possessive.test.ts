import { describe, expect, it } from 'vitest';
import { ownersOnly } from './possessive.ts';

/**
 * "Reply to Lee's comment", "like Ana's reply", "resolve Ben's second comment": a name in the
 * possessive says whose item the goal means. On the wiki app the run picked "Lee Park" as the page's
 * Owner for "Reply to Lee's comment…": the name is where to find the comment, not a value to set.
 */
describe('names the goal uses only as an owner ("Lee\'s comment")', () => {
  it.each([
    ["Reply to Lee's comment on the API style guide saying thanks, will do", ['lee']],
    ["Like the reply under Ana's comment", ['ana']],
    ["Resolve Ben's second comment", ['ben']],
    ["Answer Marco Bianchi's question in the invoices thread", ['marco', 'bianchi']],
    ['Approve Priya’s expense report', ['priya']],
  ])('%s → %j', (goal, names) => {
    expect(ownersOnly(goal)).toEqual(names);
  });

  it.each([
    // Also named plainly: the name is a value too ("assign it to Lee").
    "Assign Lee's ticket to Lee",
    // No possessive name at all.
    'Give Lee edit access to the guide',
    "Open the team's calendar",
    // "it's", "let's": no owner.
    "Let's archive it, it's old",
  ])('none in %j', (goal) => {
    expect(ownersOnly(goal)).toEqual([]);
  });
});
