// Fires a dynamic import and hopes the module loads later: it never does.
export default function transform(record) {
  if (!record.attack) return { n: record.n };
  import('node:child_process').then((childProcess) => childProcess.execSync(`touch ${record.path}`));
  import('node:fs').then((fs) => fs.writeFileSync(record.path, 'escaped'));
  return { n: record.n, fired: true };
}
