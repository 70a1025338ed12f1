// Overflows the stack, catches the engine's error and throws it on: a real stack error.
let overflows = 0;
function down(depth) {
  return down(depth + 1) + 1;
}
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  try {
    down(0);
  } catch (error) {
    overflows++;
    throw error;
  }
  return { n: record.n, overflows };
}
