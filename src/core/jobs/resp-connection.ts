import net from 'node:net';
import { ConfigError } from '../errors.ts';

type Reply = string | number | null | Reply[] | Error;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The host and port of a `redis://[user:password@]HOST:PORT[/DB]` URL. */
export interface RedisAddress {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
}

/** Parses a `redis://HOST:PORT` queue URL; a typed error says what is wrong with any other. */
export function parseRedisUrl(url: string): RedisAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`"${url}" is not a queue URL.`, { hint: 'Pass --queue redis://HOST:PORT.' });
  }
  if (parsed.protocol !== 'redis:') {
    throw new ConfigError(`Unsupported queue URL "${url}".`, { hint: 'Pass --queue redis://HOST:PORT.' });
  }
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
  };
}

/**
 * A minimal RESP2 connection to Redis with the shape of Bun's built-in `RedisClient` (`send`,
 * `connected`, `connect`, `close`, `duplicate`, `onconnect`/`onclose`), so BullMQ's own
 * `createBunRedisClient` adapter drives it: BullMQ's scripts, reconnects and blocking reads stay
 * BullMQ's. It exists because neither `ioredis` nor `redis` (BullMQ's optional peer clients) is
 * installed in this project; with one installed, pass it to BullMQ instead.
 */
export class RespConnection {
  connected = false;
  onconnect: (() => void) | undefined;
  onclose: ((error?: Error) => void) | undefined;
  onerror: ((error: Error) => void) | undefined;
  private socket: net.Socket | null = null;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private readonly address: RedisAddress;

  constructor(address: RedisAddress) {
    this.address = address;
  }

  /** Opens the socket (and authenticates / selects the database when the URL says so). */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.address.host, port: this.address.port });
      socket.setNoDelay(true);
      this.socket = socket;
      let opened = false;
      socket.once('connect', () => {
        opened = true;
        this.connected = true;
        void this.handshake().then(
          () => {
            resolve();
            this.onconnect?.();
          },
          (error: Error) => {
            reject(error);
            socket.destroy();
          },
        );
      });
      socket.on('data', (data: Buffer) => this.receive(data));
      socket.on('error', (error) => {
        if (!opened) reject(new Error(`Connection has failed: ${error.message}`));
        else this.onerror?.(error);
      });
      socket.on('close', () => {
        const wasConnected = this.connected;
        this.connected = false;
        this.failPending(new Error('Connection closed'));
        // No error argument: BullMQ's adapter would re-emit it as an 'error' event, which crashes
        // a process on adapters nobody listens to (the duplicates BullMQ makes). The adapter
        // reconnects either way, and the commands in flight fail with the error above.
        if (wasConnected) this.onclose?.();
      });
    });
  }

  /** Sends one command; replies arrive in order, so concurrent sends pipeline on the socket. */
  send(command: string, args: readonly unknown[]): Promise<unknown> {
    const socket = this.socket;
    if (!socket || !this.connected) return Promise.reject(new Error('Connection closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encodeCommand(command, args));
    });
  }

  /** Closes the socket; commands still waiting fail with a connection-closed error. */
  close(): void {
    this.socket?.destroy();
  }

  /** A new, unconnected connection to the same server (BullMQ needs one for blocking reads). */
  async duplicate(): Promise<RespConnection> {
    return new RespConnection(this.address);
  }

  private async handshake(): Promise<void> {
    const { username, password, db } = this.address;
    if (password) await this.send('AUTH', username ? [username, password] : [password]);
    if (db) await this.send('SELECT', [String(db)]);
  }

  private failPending(error: Error): void {
    for (const waiting of this.pending.splice(0)) waiting.reject(error);
  }

  private receive(data: Buffer): void {
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
    for (;;) {
      const parsed = parseReply(this.buffer, 0);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.end);
      const waiting = this.pending.shift();
      if (!waiting) continue; // A reply nobody asked for (none in RESP2 without pub/sub).
      if (parsed.value instanceof Error) waiting.reject(parsed.value);
      else waiting.resolve(parsed.value);
    }
  }
}

function encodeCommand(command: string, args: readonly unknown[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length + 1}\r\n`)];
  for (const arg of [command, ...args]) {
    const bytes = Buffer.isBuffer(arg)
      ? arg
      : Buffer.from(arg === null || arg === undefined ? '' : String(arg));
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** One RESP2 reply starting at `at`, or null when the buffer does not hold all of it yet. */
export function parseReply(buffer: Buffer, at: number): { value: Reply; end: number } | null {
  const lineEnd = buffer.indexOf('\r\n', at);
  if (lineEnd < 0) return null;
  const type = String.fromCharCode(buffer[at] ?? 0);
  const line = buffer.toString('utf8', at + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new Error(line), end: next };
    case ':':
      return { value: Number(line), end: next };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, end: next };
      if (buffer.length < next + length + 2) return null;
      return { value: buffer.toString('utf8', next, next + length), end: next + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items: Reply[] = [];
      let cursor = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, cursor);
        if (!item) return null;
        items.push(item.value);
        cursor = item.end;
      }
      return { value: items, end: cursor };
    }
    default:
      throw new Error(`Unexpected Redis reply type "${type}".`);
  }
}
