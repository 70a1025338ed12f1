export function transform(record) {
  return record;
}
