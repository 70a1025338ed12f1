/**
 * Serves the browser-goal apps (test/apps/public/<app>/, and the second and third held-out sets'
 * in test/apps/heldout2/public/<app>/ and test/apps/heldout3/public/<app>/) from one small `node:http` server on
 * 127.0.0.1, port 0. Each app reports its own state (`POST /<app>/__truth`, sent by the page on
 * every change) and the harness reads it back (`GET /<app>/__truth`): a goal is judged by the
 * app's state, never by what codify says. State lives in this server's memory, so a fresh server
 * is a fresh app instance.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The apps of the suite, one folder each under `public/`. */
export const APP_NAMES = [
  'todo',
  'spa',
  'wizard',
  'table',
  'modal',
  'shadow',
  'iframe',
  'helpdesk',
  'pantry',
  'account',
  'mail',
  'bookings',
  'crm',
  'parcels',
  'tracker',
  'notes',
  'admin',
  'agenda',
  'boutique',
  'frontdesk',
  'depot',
  'insure',
  'upkeep',
  'gearshop',
  'roadmap',
  'forum',
  'portal',
  'sprint',
  'vault',
  'enrol',
  'wiki',
  'leave',
  'holds',
  'voyage',
  'invoices',
] as const;
/**
 * Apps written to trap the verdict checker (evidence on the page from the start, echoed input, a
 * value in the wrong row, a quiet refusal): their goals are all tuning goals.
 */
export const TRAP_APP_NAMES: readonly AppName[] = ['pantry', 'account'];
/**
 * Apps whose goals are all tuning goals (the held-out set was frozen before they were written):
 * the checker's trap apps, the second batch (mail, bookings, crm), the third (parcels, tracker,
 * notes) and the fourth (admin, agenda, boutique), each written before tuning on them.
 */
export const TUNING_ONLY_APP_NAMES: readonly AppName[] = [
  ...TRAP_APP_NAMES,
  'mail',
  'bookings',
  'crm',
  // Third batch (goals.tuning-3.ts), written before tuning on them.
  'parcels',
  'tracker',
  'notes',
  // Fourth batch (goals.tuning-4.ts), written before tuning on them.
  'admin',
  'agenda',
  'boutique',
  // Fifth batch (goals.tuning-5-login.ts), a login-gated desk written before tuning on it.
  'frontdesk',
  // Fifth batch (goals.tuning-5-components.ts), written before tuning on it.
  'depot',
  // Fifth batch (goals.tuning-5-wizard.ts), written before tuning on it.
  'insure',
  // Sixth batch (goals.tuning-6-upkeep.ts), login-gated work after signing in, written before tuning on it.
  'upkeep',
  // Sixth batch (goals.tuning-6-widgets.ts), custom widgets, written before tuning on it.
  'gearshop',
  // Sixth batch (goals.tuning-6-roadmap.ts): late-loading, role-less board, written before tuning on it.
  'roadmap',
  // Seventh batch (goals.tuning-7-forum.ts): work items in a discussion board, written before tuning on it.
  'forum',
  // Seventh batch (goals.tuning-7-portal.ts): a three-page sign-in, then ordinary work, written before tuning on it.
  'portal',
  // Eighth batch (goals.tuning-8-sprint.ts): cards located by column and rank or by a neighbour, written before tuning on it.
  'sprint',
  // Eighth batch (goals.tuning-8-vault.ts): a login-gated document manager, written before tuning on it.
  'vault',
  // Eighth batch (goals.tuning-8-enrol.ts): a multi-step course application, written before tuning on it.
  'enrol',
  // Ninth batch (goals.tuning-9-wiki.ts): a team wiki (comment threads, moves, sharing, filters), written before tuning on it.
  'wiki',
  // Ninth batch (goals.tuning-9-leave.ts): an HR leave app built as framework apps are (whole-root re-render, delegated role-less controls, pushState routes), written before tuning on it.
  'leave',
  // Twelfth round (goals.tuning-12-holds.ts): a library account with row-scoped holds / bookings and a two-restriction catalogue filter, written for two false-pass kinds before any planner change.
  'holds',
  // Twelfth batch (goals.tuning-12-voyage.ts): a travel-booking app of WAI-ARIA Authoring Practices widgets, written before tuning on it.
  'voyage',
  // Thirteenth round (goals.tuning-13-invoices.ts): invoicing and expenses behind a sign-in, rendered as a small reactive framework does (whole-root innerHTML, delegated data-action controls, div dropdowns with and without ARIA roles, a confirm dialog, pushState routes), written before tuning on it.
  'invoices',
];
export type AppName = (typeof APP_NAMES)[number];
/**
 * The second held-out set's apps (test/apps/heldout2/public/<app>/), served beside the others but
 * kept out of APP_NAMES so no tuning-suite test iterates over them. Whoever tunes the planner must
 * not read them (see test/apps/heldout2/goals.ts).
 */
export const HELDOUT2_APP_NAMES = ['kanban', 'recipes', 'console', 'clinic'] as const;
export type Heldout2AppName = (typeof HELDOUT2_APP_NAMES)[number];
/**
 * The third held-out set's apps (test/apps/heldout3/public/<app>/), kept out of APP_NAMES like the
 * second's. Whoever tunes the planner must not read them (see test/apps/heldout3/goals.ts).
 */
export const HELDOUT3_APP_NAMES = ['ledger', 'shelf', 'bistro'] as const;
export type Heldout3AppName = (typeof HELDOUT3_APP_NAMES)[number];
/** Every app this server hosts. */
export type ServedAppName = AppName | Heldout2AppName | Heldout3AppName;

/**
 * `original` is the app as goals were written for; `changed` renames a control, moves an element
 * and restyles another with the same behaviour, to measure healing.
 */
export type AppVariant = 'original' | 'changed';

export interface AppServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Start URL of an app, e.g. `http://127.0.0.1:1234/todo/`. */
  url(app: ServedAppName): string;
  /** The app's last reported state, or null when its page never reported. */
  truth(app: ServedAppName): unknown;
  /**
   * The app's state once no report has arrived for `quietMs` (counted from this call, too): a
   * client-side change (a hash route, a timer) reports in a later task than the click that caused
   * it, so a harness judging right after an action reads this, not {@link truth}.
   */
  settledTruth(app: ServedAppName, quietMs?: number): Promise<unknown>;
  close(): Promise<void>;
}

const PUBLIC = path.join(import.meta.dirname, 'public');
const HELDOUT2_PUBLIC = path.join(import.meta.dirname, 'heldout2', 'public');
const HELDOUT3_PUBLIC = path.join(import.meta.dirname, 'heldout3', 'public');
const MAX_TRUTH_BYTES = 1_000_000;

/**
 * Loaded by every page (`<script src="/shared/app.js">`): `window.APP_VARIANT` and
 * `window.reportTruth(state)`. The report is a synchronous request on purpose: when an action
 * returns, the server already holds the state it caused, so a harness reading right after never
 * sees a stale value.
 */
function sharedScript(variant: AppVariant): string {
  return `window.APP_VARIANT = ${JSON.stringify(variant)};
window.reportTruth = function (state) {
  var app = location.pathname.split('/')[1];
  var xhr = new XMLHttpRequest();
  xhr.open('POST', '/' + app + '/__truth', false);
  xhr.setRequestHeader('content-type', 'application/json');
  xhr.send(JSON.stringify(state));
};
`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_TRUTH_BYTES) throw new Error('truth report too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isApp(name: string | undefined): name is ServedAppName {
  return [...APP_NAMES, ...HELDOUT2_APP_NAMES, ...HELDOUT3_APP_NAMES].includes(name as ServedAppName);
}

/** Starts one server hosting every app under `/<app>/`. */
export async function startApps(options: { variant?: AppVariant } = {}): Promise<AppServer> {
  const variant = options.variant ?? 'original';
  const truths = new Map<ServedAppName, unknown>();
  const reportedAt = new Map<ServedAppName, number>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, app, ...rest] = url.pathname.split('/');
    if (url.pathname === '/shared/app.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
      res.end(sharedScript(variant));
      return;
    }
    if (!isApp(app)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such app');
      return;
    }
    if (rest.join('/') === '__truth') {
      if (req.method === 'POST') {
        truths.set(app, JSON.parse(await body(req)));
        reportedAt.set(app, Date.now());
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(truths.get(app) ?? null));
      }
      return;
    }
    // A file of the app when one exists; otherwise its index.html, so client-side routes
    // (`/spa/books/dune`) survive a reload as they do behind real servers.
    const file = rest.filter(Boolean).join('/');
    const root = (HELDOUT2_APP_NAMES as readonly string[]).includes(app)
      ? HELDOUT2_PUBLIC
      : (HELDOUT3_APP_NAMES as readonly string[]).includes(app)
        ? HELDOUT3_PUBLIC
        : PUBLIC;
    const candidate = path.join(root, app, file);
    const inside = candidate.startsWith(path.join(root, app) + path.sep);
    const ext = path.extname(candidate);
    let content: string | null = null;
    let type = TYPES['.html']!;
    if (inside && TYPES[ext]) {
      content = await readFile(candidate, 'utf8').catch(() => null);
      if (content !== null) type = TYPES[ext]!;
    }
    content ??= await readFile(path.join(root, app, 'index.html'), 'utf8');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(content);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (app) => `${origin}/${app}/`,
    truth: (app) => truths.get(app) ?? null,
    settledTruth: async (app, quietMs = 200) => {
      const since = Date.now();
      const deadline = since + 10_000;
      while (Date.now() < deadline) {
        const quietFrom = Math.max(since, reportedAt.get(app) ?? 0);
        const wait = quietFrom + quietMs - Date.now();
        if (wait <= 0) break;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      return truths.get(app) ?? null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
