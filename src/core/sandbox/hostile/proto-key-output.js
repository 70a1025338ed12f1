// A result with an own "__proto__" key (as JSON.parse makes it): written as data, never a prototype.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  const value = JSON.parse('{"__proto__": {"polluted": 1}, "nested": {"__proto__": {"polluted": 2}}}');
  value.n = record.n;
  return value;
}
