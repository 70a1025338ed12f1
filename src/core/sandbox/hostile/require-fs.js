// CommonJS escape hatch: there is no require in the guest.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs');
  return fs.readFileSync('/etc/passwd', 'utf8');
}
