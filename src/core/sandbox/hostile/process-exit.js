// Tries to end the host process.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  process.exit(1);
  return 'still here';
}
