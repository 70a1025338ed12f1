// Catches a real stack overflow and builds a look-alike from its constructor.
let calls = 0;
function down() {
  return down() + 1;
}
export default function transform(record) {
  calls++;
  if (!record.attack) return { n: record.n, calls };
  try {
    down();
  } catch (error) {
    throw new error.constructor('stack overflow');
  }
  return { n: record.n };
}
