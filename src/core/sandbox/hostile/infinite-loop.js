// Spins forever on the attack record: the per-record time limit must stop it.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  for (;;) {}
}
