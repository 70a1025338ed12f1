// Runs the demo shop until interrupted: `npm run demo-app -- --port 3000 --variant v2`.
import { parseArgs } from 'node:util';
import { startDemoApp, type Variant } from './server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3000' }, variant: { type: 'string', default: 'v1' } },
});
const variant = values.variant === 'v2' ? 'v2' : ('v1' as Variant);
const app = await startDemoApp({ port: Number(values.port), variant });
console.log(`Demo shop (${variant}) at ${app.url}  — Ctrl+C to stop`);
process.on('SIGINT', () => void app.close().then(() => process.exit(0)));
