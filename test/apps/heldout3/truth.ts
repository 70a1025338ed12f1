/**
 * The state each app of the third held-out set reports about itself (`POST /<app>/__truth`),
 * mirroring the scripts in `public/<app>/index.html`. Whoever tunes the planner must not read
 * this folder (see goals.ts).
 */
import type { BrowserGoal } from '../truth.ts';
import type { Heldout3AppName } from '../server.ts';

export interface LedgerTransaction {
  id: number;
  /** `YYYY-MM-DD` */
  date: string;
  payee: string;
  /** Negative for money out. */
  amount: number;
  category: string;
  account: string;
  note: string;
}

export interface LedgerTransfer {
  from: string;
  to: string;
  amount: number;
  /** `YYYY-MM-DD`; today (2026-12-07) moves the money at once. */
  date: string;
  reference: string;
  status: 'done' | 'scheduled';
}

export interface LedgerTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  /** The tab shown: Accounts, Transactions, Move money, Payees, Settings. */
  view: string;
  accounts: { name: string; balance: number; closed: boolean }[];
  transactions: LedgerTransaction[];
  /** The transaction list's search box and category filter (`All` for none). */
  filter: { search: string; category: string };
  page: number;
  transfers: LedgerTransfer[];
  /** Every confirmed transfer; `ok: false` when the bank refused it. */
  transferAttempts: { from: string; to: string; amount: number; ok: boolean }[];
  payees: { name: string; sortCode: string; account: string }[];
  /** Every submitted new payee; `ok: false` when refused (a name already used). */
  payeeAttempts: { name: string; ok: boolean }[];
  settings: {
    emailStatements: boolean;
    paperStatements: boolean;
    lowBalanceAlert: boolean;
    alertBelow: number | null;
  };
  payeeDialogOpen: boolean;
}

export interface ShelfTruth {
  loans: { item: string; due: string; renewals: number; error?: string }[];
  holds: {
    item: string;
    branch: string;
    notify: 'Email' | 'Text message';
    pausedUntil: string | null;
    position: number;
  }[];
  renewAttempts: { item: string; ok: boolean }[];
  search: {
    query: string;
    formats: string[];
    availableOnly: boolean;
    sort: 'relevance' | 'title' | 'newest';
    page: number;
  };
  /** The path under /shelf: `/`, `/item/<id>`, `/account`. */
  route: string;
  /** Item ids on the catalogue page shown (empty elsewhere). */
  shown: string[];
}

export interface BistroReservation {
  id: number;
  name: string;
  size: number;
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  phone: string;
  notes: string;
  status: 'booked' | 'seated' | 'noshow' | 'cancelled';
  table: number | null;
}

export interface BistroTruth {
  /** The hash route without `#/`: tonight, waitlist, diary, book. */
  route: string;
  tables: { id: number; seats: number; party: string | null }[];
  reservations: BistroReservation[];
  waitlist: {
    id: number;
    name: string;
    size: number;
    phone: string;
    quote: number;
    notified: boolean;
    status: 'waiting' | 'seated' | 'removed';
    table: number | null;
  }[];
  bookAttempts: { size: number; date: string; time: string; ok: boolean }[];
  seatDialogOpen: boolean;
}

export interface Heldout3TruthOf {
  ledger: LedgerTruth;
  shelf: ShelfTruth;
  bistro: BistroTruth;
}

/** A goal of the third held-out set: a BrowserGoal on one of its apps. */
export interface Heldout3Goal extends Omit<BrowserGoal, 'app'> {
  app: Heldout3AppName;
}

/** Declares a goal with a check typed by its app's truth. */
export function goal<A extends Heldout3AppName>(spec: {
  id: string;
  app: A;
  goal: string;
  variables?: Record<string, string>;
  reachable?: boolean;
  check: (truth: Heldout3TruthOf[A]) => boolean;
}): Heldout3Goal {
  return {
    id: spec.id,
    app: spec.app,
    goal: spec.goal,
    ...(spec.variables ? { variables: spec.variables } : {}),
    reachable: spec.reachable ?? true,
    check: (truth) => spec.check(truth as Heldout3TruthOf[A]),
    checkSource: spec.check.toString(),
  };
}
