// Pollutes Object.prototype; neither later records nor the host may see it.
export default function transform(record) {
  if (!record.attack) return { n: record.n, polluted: {}.polluted ?? null };
  Object.prototype.polluted = 1;
  return { polluted: {}.polluted };
}
