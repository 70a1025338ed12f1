/**
 * Records per second as a person reads it: whole numbers from 10 up, else up to two significant
 * digits ("0.11", "3.5"), so a small or slow run does not say "0 records/s".
 */
export function formatRate(records: number, durationMs: number): string {
  if (durationMs <= 0) return String(records);
  const rate = (records / durationMs) * 1000;
  if (rate >= 10 || rate === 0) return String(Math.round(rate));
  return String(Number(rate.toPrecision(2)));
}
