import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.ts';
import { HELDOUT_GOALS } from './goals.heldout.ts';
import { TUNING_GOALS } from './goals.tuning.ts';
import { REFERENCE } from './reference-solutions.ts';
import {
  APP_NAMES,
  TUNING_ONLY_APP_NAMES,
  startApps,
  type AppName,
  type AppServer,
  type AppVariant,
} from './server.ts';

const ALL_GOALS = [...TUNING_GOALS, ...HELDOUT_GOALS];

let browser: Browser;
const servers: AppServer[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  await browser?.close();
});

async function freshApps(variant: AppVariant = 'original'): Promise<AppServer> {
  const apps = await startApps({ variant });
  servers.push(apps);
  return apps;
}

/**
 * One page per test; each `open` starts a fresh server (a new port, so a new origin with empty
 * session storage) and loads the app there: a fresh app instance without a new browser context.
 */
async function pageFor(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

async function open(page: Page, app: AppName, variant: AppVariant = 'original'): Promise<AppServer> {
  const apps = await freshApps(variant);
  await page.goto(apps.url(app));
  return apps;
}

describe('the goal suite', () => {
  it('has at least 60 goals with unique ids, every app in both sets, about 40% for tuning', () => {
    expect(ALL_GOALS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ALL_GOALS.map((g) => g.id)).size).toBe(ALL_GOALS.length);
    for (const app of APP_NAMES) {
      expect(TUNING_GOALS.some((g) => g.app === app)).toBe(true);
      // The trap apps and the second batch came after the held-out set was frozen: tuning goals only.
      if (!TUNING_ONLY_APP_NAMES.includes(app)) expect(HELDOUT_GOALS.some((g) => g.app === app)).toBe(true);
    }
    const suite = ALL_GOALS.filter((g) => !TUNING_ONLY_APP_NAMES.includes(g.app));
    const share = suite.filter((g) => TUNING_GOALS.includes(g)).length / suite.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it('has a reference solution for every tuning goal', () => {
    expect(Object.keys(REFERENCE).sort()).toEqual(TUNING_GOALS.map((g) => g.id).sort());
  });
});

describe('the app server', () => {
  it('serves every app and answers its truth probe over HTTP', async () => {
    const apps = await freshApps();
    for (const app of APP_NAMES) {
      const page = await fetch(apps.url(app));
      expect(page.status, app).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('/shared/app.js');
      const before = await fetch(`${apps.origin}/${app}/__truth`);
      expect(before.status).toBe(200);
      expect(await before.json()).toBeNull();
      const posted = await fetch(`${apps.origin}/${app}/__truth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ probe: app }),
      });
      expect(posted.status).toBe(204);
      expect(await (await fetch(`${apps.origin}/${app}/__truth`)).json()).toEqual({ probe: app });
      expect(apps.truth(app)).toEqual({ probe: app });
    }
    expect((await fetch(`${apps.origin}/nope/`)).status).toBe(404);
  });

  // A client-side change (a hash route, a timer) reports its state in a later task than the
  // click that caused it: a harness reading right after the click can see the state before it.
  it('waits for a report that arrives after the action returned', async () => {
    const apps = await freshApps();
    const report = (state: unknown) =>
      fetch(`${apps.origin}/bookings/__truth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(state),
      });
    await report({ route: '#/' });
    const late = new Promise((resolve) => setTimeout(resolve, 80)).then(() =>
      report({ route: '#/my-bookings' }),
    );
    expect(apps.truth('bookings')).toEqual({ route: '#/' });
    expect(await apps.settledTruth('bookings')).toEqual({ route: '#/my-bookings' });
    await late;
  });
});

// One control per app whose name or place changes in the changed variant (same behaviour).
const CHANGED_PROBES: Record<AppName, (page: Page) => Promise<number>> = {
  todo: (p) => p.getByRole('button', { name: 'Clear completed' }).count(),
  spa: (p) => p.locator('header nav').count(),
  wizard: (p) => p.getByRole('button', { name: 'Next' }).count(),
  table: (p) => p.locator('#pager-bottom nav').count(),
  modal: (p) => p.getByRole('button', { name: 'Edit profile', exact: true }).count(),
  shadow: (p) => p.getByRole('button', { name: 'Add to cart' }).count(),
  iframe: (p) => p.frameLocator('#support').getByRole('button', { name: 'Send message' }).count(),
  helpdesk: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  pantry: (p) => p.getByRole('button', { name: 'Add', exact: true }).count(),
  account: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  mail: (p) => p.getByRole('button', { name: 'New message' }).count(),
  bookings: (p) => p.getByRole('link', { name: 'My bookings' }).count(),
  crm: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  parcels: (p) => p.getByRole('link', { name: 'New shipment' }).count(),
  tracker: (p) => p.getByRole('link', { name: 'Next ›' }).count(),
  notes: (p) => p.getByText('Take a note…').count(),
  admin: (p) => p.getByRole('button', { name: 'Rename workspace' }).count(),
  agenda: (p) => p.getByRole('button', { name: 'New meeting' }).count(),
  boutique: (p) => p.getByRole('button', { name: 'Open bag' }).count(),
  frontdesk: (p) => p.getByRole('button', { name: 'Log in' }).count(),
  depot: (p) =>
    p.frameLocator('iframe[title="Stock alerts"]').getByRole('button', { name: 'Subscribe' }).count(),
  insure: (p) => p.getByRole('button', { name: 'Continue', exact: true }).count(),
  upkeep: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  gearshop: (p) => p.getByRole('button', { name: 'Reset configuration' }).count(),
  roadmap: (p) => p.getByPlaceholder('Search cards…').count(),
  forum: (p) => p.getByRole('button', { name: 'Start a discussion' }).count(),
  portal: (p) => p.getByRole('button', { name: 'Continue' }).count(),
  sprint: (p) => p.getByRole('button', { name: 'New card' }).count(),
  vault: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  enrol: (p) => p.getByRole('button', { name: 'Save and continue later' }).count(),
  wiki: (p) => p.getByPlaceholder('Search pages…').count(),
  leave: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
  holds: (p) => p.getByRole('button', { name: 'Search', exact: true }).count(),
  voyage: (p) => p.getByRole('button', { name: 'Search trains' }).count(),
  invoices: (p) => p.getByRole('button', { name: 'Sign in' }).count(),
};

// A few goals per app whose scripted solution runs in `npm test`; test/apps/reference.attack.test.ts
// runs every reference solution.
const FAST_REFERENCES: Record<AppName, string[]> = {
  todo: ['todo-add', 'todo-delete'],
  spa: ['spa-borrow'],
  wizard: ['wizard-empty-error', 'wizard-full'],
  table: ['table-ship-1007'],
  modal: ['modal-close-delete'],
  shadow: ['shadow-quantity-cart'],
  iframe: ['iframe-send', 'iframe-bad-email'],
  helpdesk: ['helpdesk-wrong-password', 'helpdesk-sign-out'],
  pantry: ['pantry-add-full', 'pantry-qty-milk', 'pantry-qty-too-many'],
  account: ['account-save-unchanged', 'account-digest'],
  mail: ['mail-search-invoice', 'mail-compose-grace', 'mail-send-unknown'],
  bookings: ['bookings-darwin-five', 'bookings-cancel-curie'],
  crm: ['crm-edit-company', 'crm-phone-short'],
  parcels: ['parcels-ship-lyon', 'parcels-cancel-in-transit'],
  tracker: ['tracker-assign-grace', 'tracker-rename-taken'],
  notes: ['notes-dark-theme', 'notes-sync'],
  admin: ['admin-ken-research', 'admin-remove-owner'],
  agenda: ['agenda-meeting-ada', 'agenda-phone-letters'],
  boutique: ['boutique-rate-belt', 'boutique-checkout-belt'],
  frontdesk: ['frontdesk-blood-test-done', 'frontdesk-disabled-account'],
  depot: ['depot-supplier-4-stars', 'depot-subscribe-outside'],
  insure: ['insure-fix-postcode', 'insure-too-old'],
  upkeep: ['upkeep-reply-ravi', 'upkeep-hourly'],
  gearshop: ['gearshop-date-january', 'gearshop-delete-gravel', 'gearshop-quantity-six'],
  roadmap: ['roadmap-move-dark-mode', 'roadmap-ship-billing-refused', 'roadmap-owner-rate-limit'],
  forum: ['forum-reply-ravi-sync', 'forum-unassign-calendar', 'forum-move-announce'],
  portal: ['portal-pay-december', 'portal-wrong-password'],
  sprint: ['sprint-assign-second-in-progress', 'sprint-reply-ana-export', 'sprint-review-full'],
  vault: ['vault-restore-lease', 'vault-locked-account'],
  enrol: ['enrol-lucas-visa', 'enrol-under-16'],
  wiki: ['wiki-reply-lee-thanks', 'wiki-holiday-view-only', 'wiki-share-security-refused'],
  leave: ['leave-withdraw-march', 'leave-deactivated'],
  holds: ['holds-pause-away', 'holds-filter-audio-now'],
  voyage: ['voyage-window-car-3', 'voyage-cancel-lyon', 'voyage-cancel-brussels'],
  invoices: ['invoices-delete-75-draft', 'invoices-delete-paid-refused'],
};

describe.each(APP_NAMES)('%s app', (app) => {
  it('reports its state on load, no goal is true at the start, and its changed variant differs', async () => {
    const { page, errors } = await pageFor();
    const apps = await open(page, app);
    const truth = apps.truth(app);
    expect(truth).not.toBeNull();
    for (const goal of ALL_GOALS.filter((g) => g.app === app))
      expect(goal.check(truth), `${goal.id} must be false at the start`).toBe(false);
    expect(await CHANGED_PROBES[app](page)).toBe(1);
    const changed = await open(page, app, 'changed');
    expect(await CHANGED_PROBES[app](page)).toBe(0);
    expect(changed.truth(app)).toEqual(truth);
    expect(errors).toEqual([]);
  }, 60_000);

  it('is driven to some of its goals by a scripted solution, judged by its truth', async () => {
    const { page, errors } = await pageFor();
    for (const id of FAST_REFERENCES[app]) {
      const goal = TUNING_GOALS.find((g) => g.id === id)!;
      const apps = await open(page, app);
      expect(goal.check(apps.truth(app)), id).toBe(false);
      await REFERENCE[id]!(page);
      expect(goal.check(await apps.settledTruth(app)), id).toBe(goal.reachable);
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
