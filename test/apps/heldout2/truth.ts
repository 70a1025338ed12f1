/**
 * The state each app of the second held-out set reports about itself (`POST /<app>/__truth`),
 * mirroring the scripts in `public/<app>/index.html`. Whoever tunes the planner must not read
 * this folder (see goals.ts).
 */
import type { BrowserGoal } from '../truth.ts';
import type { Heldout2AppName } from '../server.ts';

export interface KanbanCard {
  id: number;
  title: string;
  /** The list the card is in (`To do`, `In progress`, `Done`). */
  list: string;
  labels: string[];
  assignee: string | null;
  /** `YYYY-MM-DD`, or null */
  due: string | null;
  archived: boolean;
  comments: { author: string; text: string }[];
}

export interface KanbanTruth {
  /** Each list's unarchived card ids, in board order. */
  lists: { name: string; cards: number[] }[];
  cards: KanbanCard[];
  labelFilter: string[];
  /** The card whose detail drawer is open. */
  openCard: number | null;
}

export interface RecipesTruth {
  /** False until the (delayed) recipe list has arrived. */
  loaded: boolean;
  /** `location.hash`: `#/` the catalogue, `#/recipe/<slug>` a recipe. */
  route: string;
  filters: {
    cuisines: string[];
    diets: string[];
    /** The "Ready in" slider; 120 means any time. */
    maxMinutes: number;
    sort: 'relevance' | 'quickest' | 'rating' | 'newest';
    /** The search applied (on Enter). */
    query: string;
  };
  /** Slugs shown in the grid now, in order (empty on a recipe page). */
  visible: string[];
  matches: number;
  saved: string[];
  servings: Record<string, number>;
  shoppingList: { recipe: string; servings: number }[];
}

export interface ConsoleTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  view: string;
  section: string;
  tab: 'project' | 'organisation';
  project: { name: string; description: string; region: string; deleted: boolean };
  organisation: { name: string; billingEmail: string };
  notifications: {
    productUpdates: boolean;
    weeklyDigest: boolean;
    incidentAlerts: boolean;
    invoiceReminders: boolean;
  };
  security: { twoFactorRequired: boolean; sessionTimeout: string };
  apiKeys: { name: string; prefix: string; inUse: boolean; revoked: boolean; access?: string }[];
  /** Every confirmed revoke; `ok: false` when the console refused it. */
  revokeAttempts: { name: string; ok: boolean }[];
  deleteAttempts: number;
  saves: string[];
  dialog: string | null;
}

export interface ClinicAppointment {
  id: number;
  service: 'General check-up' | 'Vaccination' | 'Physiotherapy';
  practitioner: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  name: string;
  email: string;
  status: 'active' | 'cancelled';
}

export interface ClinicTruth {
  view: 'book' | 'appointments';
  appointments: ClinicAppointment[];
  bookAttempts: { ok: boolean; reason: string }[];
  rescheduleAttempts: { id: number; date: string; time: string; ok: boolean }[];
  draft: { service: string | null; practitioner: string; date: string | null; time: string | null };
  /** Errors shown now on the booking form. */
  errors: { field: string; message: string }[];
}

export interface Heldout2TruthOf {
  kanban: KanbanTruth;
  recipes: RecipesTruth;
  console: ConsoleTruth;
  clinic: ClinicTruth;
}

/** A goal of the second held-out set: a BrowserGoal on one of its apps. */
export interface Heldout2Goal extends Omit<BrowserGoal, 'app'> {
  app: Heldout2AppName;
}

/** Declares a goal with a check typed by its app's truth. */
export function goal<A extends Heldout2AppName>(spec: {
  id: string;
  app: A;
  goal: string;
  variables?: Record<string, string>;
  reachable?: boolean;
  check: (truth: Heldout2TruthOf[A]) => boolean;
}): Heldout2Goal {
  return {
    id: spec.id,
    app: spec.app,
    goal: spec.goal,
    ...(spec.variables ? { variables: spec.variables } : {}),
    reachable: spec.reachable ?? true,
    check: (truth) => spec.check(truth as Heldout2TruthOf[A]),
    checkSource: spec.check.toString(),
  };
}
