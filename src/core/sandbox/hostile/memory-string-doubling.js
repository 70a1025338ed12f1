// Doubles a string, flattening it each time, until memory runs out.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  let text = 'x';
  for (;;) text = [text, text].join('');
}
