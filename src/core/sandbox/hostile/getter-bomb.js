// The result has a getter that never returns: encoding the output runs it.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return {
    get trap() {
      for (;;) {}
    },
  };
}
