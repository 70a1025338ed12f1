// A static import of a host module: refused when the module is compiled.
import fs from 'fs';

export default function transform(record) {
  return fs.readFileSync(record.path, 'utf8');
}
