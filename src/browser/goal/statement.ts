/**
 * "Water plants was ticked by mistake: set it back to open", "Ticket 4 is urgent: flag it": a
 * statement before a colon tells why; the instruction is what follows. Read whole, the statement's
 * first word ("Water") passed for the goal's verb and the run did what the statement said.
 */

/** A finite "be"/"have"/"need" after the subject makes the text before the colon a statement. */
const FINITE =
  /^(.{1,80}?)\s+(?:is|was|are|were|isn't|wasn't|aren't|weren't|has been|have been|had been|got|needs|seems|looks)\b/i;
/** Text before a colon that asks to check ("make sure the cart is empty:") is an instruction itself. */
const CHECK_LEAD = /^(?:please\s+)?(?:make sure|ensure|check|verify|confirm|see|note|remember|assert)\b/i;
/** A subject with a relative clause ("the invoice that is overdue") is part of an instruction. */
const RELATIVE = /\b(?:that|which|who|whose|where)\b/i;
/** What a sign-in reads (a password said in the statement) must stay with the goal's parts. */
const ACCOUNT_WORDS = /\b(?:password|passcode|pin|user ?name|login|log-in|e-?mail|account|code)\b/i;
const PRONOUN = /\b(?:it|them)\b/i;
const MAX_SUBJECT_WORDS = 6;

/**
 * The goal's instruction when it starts with a statement and a colon; the goal as it is otherwise.
 * A pronoun in the instruction ("set it back") takes the statement's subject, so the part still
 * names what it acts on.
 *
 * @param goal - the goal as the user wrote it.
 * @param startsWithVerb - whether a clause starts with a verb (the instruction must).
 */
export function instructionAfterStatement(goal: string, startsWithVerb: (clause: string) => boolean): string {
  const colon = /:\s+/.exec(goal);
  if (!colon) return goal;
  const statement = goal.slice(0, colon.index).trim();
  const instruction = goal.slice(colon.index + colon[0].length).trim();
  if (/["'“”‘’]/.test(statement) || CHECK_LEAD.test(statement) || ACCOUNT_WORDS.test(statement)) return goal;
  const finite = FINITE.exec(statement);
  if (!finite || RELATIVE.test(finite[1]!) || !startsWithVerb(instruction)) return goal;
  const subject = finite[1]!.trim();
  if (subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return instruction;
  return instruction.replace(PRONOUN, subject);
}

/** A sentence about the user ("I'm away until …", "We'll be moving …"): first person, then "be". */
const ABOUT_USER = /^(?:I'm|I am|I'll be|I will be|I've been|We're|We are|We'll be|We will be)\s/i;
/** Sign-in words: a sentence about the account is for the sign-in to read, never dropped. */
const SIGN_IN_WORDS = /\b(?:sign(?:ed)?[- ]?in|log(?:ged)?[- ]?in|logged|password|account)\b/i;

/**
 * "I'm away until 20 March 2027. Pause my hold until then.": a first sentence about the user tells
 * why, it asks for nothing (read as a part of its own, "I'm away…" was judged as something to do and
 * never found). The instruction after it stands alone, its "until then" / "till then" taking the
 * date or time the sentence gave ("until 20 March 2027"). The goal as it is when the first sentence
 * is not about the user, names the account, or no instruction starting with a verb follows.
 *
 * @param goal - the goal as the user wrote it.
 * @param startsWithVerb - whether a clause starts with a verb (the instruction must).
 */
export function instructionAfterAboutUser(goal: string, startsWithVerb: (clause: string) => boolean): string {
  const stop = /[.!;]\s+/.exec(goal);
  if (!stop) return goal;
  const about = goal.slice(0, stop.index).trim();
  const instruction = goal.slice(stop.index + stop[0].length).trim();
  if (!ABOUT_USER.test(about) || SIGN_IN_WORDS.test(about) || /["“”]/.test(about)) return goal;
  if (!instruction || !startsWithVerb(instruction.replace(/^please\s+/i, ''))) return goal;
  // "until 20 March 2027", "till next week": what "then" points back to.
  const when = /\b(?:until|till|til|through)\s+([^,.;!]+)$/i.exec(about)?.[1]?.trim();
  const resolved = when
    ? instruction.replace(/\b(until|till|til|through)\s+then\b/i, `$1 ${when}`)
    : instruction;
  return resolved.replace(/[.!]+$/, '');
}
