// Leaves state on globalThis for later records.
export default function transform(record) {
  if (!record.attack) return { n: record.n, leaked: globalThis.leaked ?? null };
  globalThis.leaked = 'from an earlier record';
  return { leaked: true };
}
