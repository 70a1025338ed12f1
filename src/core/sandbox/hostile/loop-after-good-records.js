// Fine for a while, then `while (true)` on one record in the middle of the batch.
let seen = 0;
export default function transform(record) {
  seen++;
  if (!record.attack) return { n: record.n };
  while (true) {
    seen++;
  }
}
