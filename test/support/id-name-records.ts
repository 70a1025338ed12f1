/**
 * The records the crash, resume and queue tests count: `{id, name}` copied through by a service
 * the local engine learns from three examples, with one record in 997 cut short (from the sixth)
 * so the errors file takes part. Every id must come back exactly once, in the output or the errors.
 */

/** Examples of the copy-through service. */
export const ID_NAME_EXAMPLES = [
  { input: { id: 1, name: 'ann' }, output: { id: 1, name: 'ann' } },
  { input: { id: 2, name: 'bob' }, output: { id: 2, name: 'bob' } },
  { input: { id: 3, name: 'cy' }, output: { id: 3, name: 'cy' } },
];

/** Whether record `i` is written cut short (broken JSON). */
export const isBroken = (i: number): boolean => i % 997 === 5;

/** JSONL text of `count` records, ids 0…count-1, the broken ones cut short; ends with a newline. */
export function idNameJsonl(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++)
    lines.push(isBroken(i) ? `{"id":${i},"name":` : JSON.stringify({ id: i, name: `n${i}` }));
  return `${lines.join('\n')}\n`;
}
