// Dynamic import returns a Promise that never loads anything; returning it is an output error.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return import('node:child_process');
}
