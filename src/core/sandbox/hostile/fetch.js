// Network access through fetch.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return fetch('http://127.0.0.1:1/');
}
