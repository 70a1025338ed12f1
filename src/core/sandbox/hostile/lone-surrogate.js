// Strings JSON handles awkwardly: a lone surrogate, U+2028/U+2029, NUL, a quote and a backslash.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  return { n: record.n, s: '\ud800|\u2028|\u2029|\u0000|"|\\' };
}
