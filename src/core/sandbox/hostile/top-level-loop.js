// Spins while the module is evaluated, before any record.
while (true) {}
// eslint-disable-next-line no-unreachable
export default function transform(record) {
  return record;
}
