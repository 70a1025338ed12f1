// A built-in that loops natively without interrupt checks: only the host watchdog can stop it.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return new Array(2 ** 32 - 1).join('').length;
}
