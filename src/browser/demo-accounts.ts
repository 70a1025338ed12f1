import { demoCredentials } from './goal/credentials.ts';
import { contentWords } from './goal/read-goal.ts';
import type { Observation } from './observe.ts';

/**
 * The accounts a sign-in page offers to try: a hint in words ("Demo account — user: x, password:
 * y", goal/credentials.ts) or a table of demo users whose columns are a user (an e-mail, a user
 * name, a login) and a password, one account a row, the row's other cells saying what each is
 * ("Household", "Admin", "Closed"). And which of them a goal means: the one its words name ("the
 * business customer", "as Lena" for lena@…), else the first the page lists, as a person trying
 * the app takes the first.
 */

export interface DemoAccount {
  user: string;
  password: string;
  /** Words that describe the account: its other cells and the parts of its user name. */
  words: string[];
}

const PASSWORD_HEADER = /\b(?:password|passcode|passphrase|pwd|pin|secret)\b/i;
/** A user column's header, the most telling first (an "Account" column often holds a kind, not a login). */
const USER_HEADERS = [/\be-?mail\b/i, /\b(?:user\s?name|username|user\s?id|login|user)\b/i, /\baccount\b/i];
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader']);

/** The rows of each table on the page, as [headers, rows of cell texts], read in document order. */
function tables(observation: Observation): { headers: string[]; rows: string[][] }[] {
  const out: { headers: string[]; rows: string[][] }[] = [];
  let table: { headers: string[]; rows: string[][] } | null = null;
  let row: string[] | null = null;
  for (const e of observation.elements) {
    const text = (e.name || e.text || '').trim();
    if (e.role === 'columnheader') {
      // Headers after cells start the next table.
      if (!table || table.rows.some((r) => r.length)) {
        table = { headers: [], rows: [] };
        out.push(table);
        row = null;
      }
      table.headers.push(text);
    } else if (e.role === 'row' && table) {
      if (e.headerRow) continue;
      row = [];
      table.rows.push(row);
    } else if (CELL_ROLES.has(e.role) && row) row.push(text);
  }
  return out;
}

/** The demo accounts a page lists in tables with a user and a password column. */
export function demoAccountsInTables(observation: Observation): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  for (const { headers, rows } of tables(observation)) {
    const password = headers.findIndex((h) => PASSWORD_HEADER.test(h));
    if (password < 0) continue;
    const user = USER_HEADERS.map((re) => headers.findIndex((h, i) => i !== password && re.test(h))).find(
      (i) => i >= 0,
    );
    if (user === undefined) continue;
    for (const cells of rows) {
      const u = cells[user]?.trim();
      const p = cells[password]?.trim();
      if (!u || !p || cells.length !== headers.length) continue;
      const others = cells.filter((_, i) => i !== user && i !== password).join(' ');
      accounts.push({ user: u, password: p, words: contentWords(`${others} ${u.replace(/@.*$/, '')}`) });
    }
  }
  return accounts;
}

/** Every account the page offers: its tables' rows, then a hint in words. */
export function demoAccounts(observation: Observation): DemoAccount[] {
  const listed = demoAccountsInTables(observation);
  const hint = demoCredentials(observation.texts);
  if (hint?.user && hint.password && !listed.some((a) => a.user.toLowerCase() === hint.user!.toLowerCase()))
    listed.push({
      user: hint.user,
      password: hint.password,
      words: contentWords(hint.user.replace(/@.*$/, '')),
    });
  return listed;
}

/** Words every demo account shares in a goal ("the demo user", "a test account"): they pick none. */
const ANY_ACCOUNT = new Set([
  'demo',
  'test',
  'sample',
  'trial',
  'example',
  'account',
  'user',
  'login',
  'customer',
]);

/**
 * The account a goal's words mean among those offered: the one whose description shares the most
 * words with them ("the closed demo account" → the row saying Closed), the first listed when none
 * does. Undefined when none is offered.
 */
export function chooseAccount(accounts: readonly DemoAccount[], words: string): DemoAccount | undefined {
  const said = contentWords(words).filter((w) => !ANY_ACCOUNT.has(w));
  let best: DemoAccount | undefined;
  let bestScore = 0;
  for (const a of accounts) {
    // ("admin" for "Administrator": a word of four letters or more may be cut short.)
    const score = said.filter((w) =>
      a.words.some((x) => x === w || (w.length >= 4 && x.startsWith(w))),
    ).length;
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best ?? accounts[0];
}
