/* eslint-disable @typescript-eslint/ban-ts-comment, no-useless-assignment -- deliberately invalid */
// @ts-nocheck
// Parses for editors and linters, but the engine refuses it: a lexical name declared twice.
export default function transform(record: { n: number }): number {
  const total: number = record.n;
  const total: number = record.n * 2;
  return total;
}
