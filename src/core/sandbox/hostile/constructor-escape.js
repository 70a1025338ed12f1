// The classic vm escape: reach Function through a constructor chain and ask for `process`.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const viaThis = (() => {
    try {
      return this.constructor.constructor('return process')();
    } catch (error) {
      return undefined;
    }
  })();
  if (viaThis) return { escaped: typeof viaThis };
  return {}.constructor.constructor('return process')();
}
