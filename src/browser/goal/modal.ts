/**
 * "Sam should be able to comment on Roadmap Q1", "Priya needs to be able to edit the sheet",
 * "Ana only needs to read the guide", "the checklist should be estimated at 2 pts", "Invoice 7
 * needs to be archived": a statement of what ought to be, with no verb at its start, states an
 * order. Read as it stood, the goal had no verb: its words were names only, and a run that merely
 * opened the page they name was judged done. The order is written out so the part has its verb:
 * "let Sam comment on Roadmap Q1", "estimate the checklist at 2 pts".
 */
import nlp from 'compromise';
import { isA } from './wordnet.ts';

/** "<subject> should|must|needs to|has to|ought to <rest>", the subject a few words long. */
const MODAL =
  /^(.{1,60}?)\s+(?:only\s+)?(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:only\s+)?(.+)$/i;
/** A subject with a relative clause ("the page that should…") is part of a statement, not its subject. */
const RELATIVE = /\b(?:that|which|who|whose|where)\b/i;
const MAX_SUBJECT_WORDS = 5;

/** The base form of a past participle ("estimated" → "estimate"), or null for any other word. */
function baseOfParticiple(word: string): string | null {
  if (!/(?:ed|en|wn)$/i.test(word)) return null;
  const base = nlp(word).verbs().toInfinitive().text().toLowerCase();
  return base && base !== word.toLowerCase() && isA(base, 'verb') ? base : null;
}

/**
 * The order a statement of what ought to be states, or the text as it is: "X should be able to V
 * …" and "X only needs to V …" → "let X V …"; "X should be <done> …" → "<do> X …".
 *
 * @param text - one part of a goal, as written.
 */
export function orderInModal(text: string): string {
  const m = MODAL.exec(text.trim());
  if (!m) return text;
  const subject = m[1]!.trim();
  const rest = m[2]!.trim();
  const first = subject.split(/\s+/)[0]!.toLowerCase();
  // An order already ("Make sure …", "Set …"): its first word is a verb in context.
  if (isA(first, 'verb') && !isA(first, 'noun') && !/^\p{Lu}/u.test(subject)) return text;
  if (/^(?:make|set|check|ensure|verify|see|confirm|please)\b/i.test(subject)) return text;
  if (RELATIVE.test(subject) || subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return text;
  // "…should be estimated at 2 pts": the thing undergoes the verb.
  const passive = /^be\s+(\S+)\b\s*(.*)$/i.exec(rest);
  if (passive && !/^able$/i.test(passive[1]!)) {
    const base = baseOfParticiple(passive[1]!);
    if (!base) return text;
    return `${base} ${subject}${passive[2] ? ` ${passive[2]}` : ''}`;
  }
  // "…should be able to comment on …", "…only needs to read …": the subject is let do it.
  const able = /^(?:be\s+able\s+to\s+)?(\w+)\b(.*)$/i.exec(rest);
  const canDo = /^be\s+able\s+to\s/i.test(rest) || /\bonly\s+needs?\s+to\s/i.test(text);
  if (!able || !canDo || !isA(able[1]!.toLowerCase(), 'verb')) return text;
  return `let ${subject} ${able[1]}${able[2]}`;
}
