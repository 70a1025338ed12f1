import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

export interface ServerProcessOptions {
  dataDir: string;
  /** The server's `maxConcurrentRuns` (its default is 2). */
  maxConcurrentRuns?: number;
  maxUploadBytes?: number;
  enableDemoJobs?: boolean;
}

/** A codify server running in a child process (see server-child.ts). */
export interface ServerProcess {
  url: string;
  pid: number;
  /** The child's RSS now and its peak since the last call, in bytes. */
  memory(): Promise<{ rss: number; peakRss: number }>;
  /** Asks the server to close (live runs end `interrupted`) and waits for the process to exit. */
  stop(): Promise<void>;
}

/** Starts the server under test in its own Node process and resolves once it listens. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const settings = {
    dataDir: options.dataDir,
    maxConcurrentRuns: options.maxConcurrentRuns ?? 2,
    maxUploadBytes: options.maxUploadBytes ?? 512 * 1024 * 1024,
    enableDemoJobs: options.enableDemoJobs ?? false,
  };
  const child: ChildProcess = fork(
    path.join(import.meta.dirname, 'server-child.ts'),
    [JSON.stringify(settings)],
    {
      execPath: process.execPath,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before listening`)));
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message.type === 'ready' && message.url) resolve(message.url);
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    pid: child.pid ?? -1,
    async memory() {
      const reply = new Promise<{ rss: number; peakRss: number }>((resolve) => {
        const listener = (message: { type?: string; rss?: number; peakRss?: number }) => {
          if (message.type !== 'memory') return;
          child.off('message', listener);
          resolve({ rss: message.rss ?? 0, peakRss: message.peakRss ?? 0 });
        };
        child.on('message', listener);
      });
      child.send({ type: 'memory' });
      return reply;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
