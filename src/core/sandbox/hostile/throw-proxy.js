// Throws a Proxy whose traps throw, so inspecting the thrown value throws again.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const trap = () => {
    throw new Error('trap');
  };
  throw new Proxy({}, { getPrototypeOf: trap, get: trap, has: trap, ownKeys: trap });
}
