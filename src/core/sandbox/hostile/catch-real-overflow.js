// Overflows the stack and catches it: the record succeeds, the guest is fine afterwards.
function down(depth) {
  return down(depth + 1) + 1;
}
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  try {
    down(0);
  } catch (error) {
    return { n: record.n, caught: String(error) };
  }
  return { n: record.n, caught: null };
}
