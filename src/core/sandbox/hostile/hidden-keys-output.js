// Symbol-keyed and non-enumerable properties are not JSON data: left out, as JSON.stringify does.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const value = { n: record.n, [Symbol('secret')]: 'symbol' };
  Object.defineProperty(value, 'hidden', { value: 'hidden', enumerable: false });
  return value;
}
