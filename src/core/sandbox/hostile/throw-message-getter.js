// Throws an Error whose message getter throws while the failure is described.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const error = new Error('placeholder');
  Object.defineProperty(error, 'message', {
    get() {
      throw new Error('message trap');
    },
  });
  throw error;
}
