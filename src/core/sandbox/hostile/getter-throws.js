// The result has a getter that throws while the output is encoded.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return {
    get trap() {
      throw new Error('gotcha');
    },
  };
}
