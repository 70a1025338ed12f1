// Browser-style escape hatches: XMLHttpRequest and WebAssembly.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  if (typeof XMLHttpRequest !== 'undefined') return new XMLHttpRequest();
  return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
}
