export default function transform(record) {
  if (!record.attack) return { n: record.n };
  throw { code: 'E_HOSTILE', detail: [1, 2, 3] };
}
