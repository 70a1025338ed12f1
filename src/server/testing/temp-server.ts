import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type CodifyServer, type ServerOptions } from '../app.ts';

/** A temporary data directory, removed by `cleanup`. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'codify-server-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Servers created by {@link startTestServer}, closed (and their data removed) by {@link closeTestServers}. */
const open: { server: CodifyServer; cleanup: () => void }[] = [];

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<CodifyServer> {
  const data = options.dataDir ? { dir: options.dataDir, cleanup: () => {} } : tempDataDir();
  const server = await createServer({ port: 0, env: {}, ...options, dataDir: data.dir });
  open.push({ server, cleanup: data.cleanup });
  return server;
}

export async function closeTestServers(): Promise<void> {
  for (const { server, cleanup } of open.splice(0)) {
    await server.close();
    cleanup();
  }
}
