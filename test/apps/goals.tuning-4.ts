/**
 * Fourth batch of tuning goals (issue 10 §4/§5), WRITTEN BEFORE TUNING: three apps in new styles
 * (admin: a workspace settings page where every change goes through a modal dialog, with a nested
 * picker, confirm dialogs, Escape and backdrop dismissal and an Undo toast; agenda: contacts
 * edited in place, a right-click menu, a meeting dialog with an autocomplete and a month grid of
 * days, switches named only by the text beside them; boutique: a shop of web components with open
 * shadow roots nested two deep, a tab strip, a star rating, a role-less "Add to bag" div, icon
 * buttons named apart from their glyph, and a checkout form in an iframe). Written 2026-12-06 from
 * 23:31 UTC (committed 23:55 UTC, `date -u`) by the material engineer of branch wip5/b-material,
 * who does not tune the planner or the checker, before any tuning on them, WITHOUT READING THE
 * HELD-OUT SET (goals.heldout.ts and its details were not opened).
 * Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Each app holds traps for false passes (see its header comment): text that looks like success
 * while the app's state says no (a typed value in an unsaved-draft bar or a still-open dialog, a
 * toast before a server-side refusal, a preview of a value not yet saved, a stepper that stops
 * short of the asked quantity). Goals with `reachable: false` are ones the app refuses: not
 * passing is right, any pass is a false pass. Every check also guards against side effects a
 * careless tool would cause (another member edited, a second order, an item added twice).
 */
import {
  goal,
  type AdminMember,
  type AdminTruth,
  type AgendaContact,
  type AgendaTruth,
  type BoutiqueTruth,
  type BrowserGoal,
} from './truth.ts';

// ---- Admin: Acme Labs, session timeout 15 minutes, two-factor optional. ----
const ADMIN_START: Omit<AdminMember, 'email'>[] = [
  { id: 1, name: 'Ada Lovelace', role: 'Owner', team: 'Engineering' },
  { id: 2, name: 'Alan Turing', role: 'Editor', team: 'Research' },
  { id: 3, name: 'Grace Hopper', role: 'Editor', team: 'Engineering' },
  { id: 4, name: 'Ken Thompson', role: 'Viewer', team: 'Operations' },
  { id: 5, name: 'Barbara Liskov', role: 'Viewer', team: 'Research' },
];
/**
 * Every member as they started (name, role, team), but for `except` (edited, or gone when
 * `gone`); no one else removed, nobody invited, the workspace's settings kept but for `settings`.
 */
const adminKept = (
  t: AdminTruth,
  o: { except?: number[]; gone?: number[]; settings?: (keyof AdminTruth['workspace'])[] } = {},
) => {
  const except = [...(o.except ?? []), ...(o.gone ?? [])];
  const start = { name: 'Acme Labs', sessionTimeout: '15 minutes', twoFactor: 'optional' };
  return (
    t.members.length === ADMIN_START.length - (o.gone?.length ?? 0) &&
    ADMIN_START.every((m) => {
      const now = t.members.find((x) => x.id === m.id);
      if (o.gone?.includes(m.id)) return !now;
      if (except.includes(m.id)) return Boolean(now);
      return now?.name === m.name && now.role === m.role && now.team === m.team;
    }) &&
    (Object.keys(start) as (keyof AdminTruth['workspace'])[]).every(
      (k) => o.settings?.includes(k) || t.workspace[k] === start[k],
    )
  );
};
const adminMember = (t: AdminTruth, id: number) => t.members.find((m) => m.id === id);

// ---- Agenda: today is Mon 7 Dec 2026; Standup with Alan on 8 Dec, Lunch with Ada on 11 Dec. ----
const AGENDA_START: Omit<AgendaContact, 'id'>[] = [
  { name: 'Ada Lovelace', company: 'Analytical Engines', phone: '555-0101', favorite: false },
  { name: 'Alan Turing', company: 'Bletchley Park', phone: '555-0102', favorite: false },
  { name: 'Grace Hopper', company: 'US Navy', phone: '555-0103', favorite: true },
  { name: 'Ken Thompson', company: 'Unix Co', phone: '555-0104', favorite: false },
  { name: 'Barbara Liskov', company: 'MIT', phone: '555-0105', favorite: false },
  { name: 'Margaret Hamilton', company: 'NASA', phone: '555-0106', favorite: false },
];
/** Contacts 1–6 as they started, but for `except` (changed) and `gone` (deleted). */
const contactsKept = (t: AgendaTruth, o: { except?: number[]; gone?: number[] } = {}) =>
  t.contacts.length === AGENDA_START.length - (o.gone?.length ?? 0) &&
  AGENDA_START.every((c, i) => {
    const now = t.contacts.find((x) => x.id === i + 1);
    if (o.gone?.includes(i + 1)) return !now;
    if (o.except?.includes(i + 1)) return Boolean(now);
    return (
      now?.name === c.name &&
      now.company === c.company &&
      now.phone === c.phone &&
      now.favorite === c.favorite
    );
  });
/** The two first meetings are kept and `added` more exist. */
const eventsKept = (t: AgendaTruth, added = 0) =>
  t.events.length === 2 + added &&
  t.events.some((e) => e.id === 1 && e.title === 'Standup' && e.date === '2026-12-08' && e.withId === 2) &&
  t.events.some((e) => e.id === 2 && e.title === 'Lunch' && e.date === '2026-12-11' && e.withId === 1);
const agendaPrefsKept = (t: AgendaTruth, except: (keyof AgendaTruth['prefs'])[] = []) => {
  const start = { showWeekends: true, weekStartsMonday: false, emailReminders: true };
  return (Object.keys(start) as (keyof AgendaTruth['prefs'])[]).every(
    (k) => except.includes(k) || t.prefs[k] === start[k],
  );
};
const newEvents = (t: AgendaTruth) => t.events.filter((e) => e.id > 2);

// ---- Boutique: Linen shirt (10 in stock), Wool scarf (2), Canvas tote (sold out), Leather belt (6). ----
const bagIs = (t: BoutiqueTruth, lines: Record<string, number>) =>
  t.bag.length === Object.keys(lines).length && t.bag.every((l) => lines[l.sku] === l.qty);
const nothingElse = (t: BoutiqueTruth) =>
  t.saved.length === 0 && Object.keys(t.ratings).length === 0 && t.orders.length === 0;

export const FOURTH_TUNING_GOALS: BrowserGoal[] = [
  // ---- Admin ----
  // Trap: a rename dialog closed by Escape or a backdrop click leaves "Unsaved draft — Rename
  // workspace to “Orbit Labs”" on the page.
  goal({
    id: 'admin-rename-workspace',
    app: 'admin',
    goal: 'Rename the workspace to Orbit Labs',
    check: (t) => t.workspace.name === 'Orbit Labs' && adminKept(t, { settings: ['name'] }),
  }),
  // No message: the member's row changes and nothing else. Trap: the unsaved-draft bar.
  goal({
    id: 'admin-grace-admin',
    app: 'admin',
    goal: 'Make Grace Hopper an admin',
    check: (t) =>
      adminMember(t, 3)?.role === 'Admin' &&
      adminMember(t, 3)?.team === 'Engineering' &&
      adminMember(t, 3)?.name === 'Grace Hopper' &&
      adminKept(t, { except: [3] }),
  }),
  // The team is chosen in a dialog opened from the edit dialog; nothing is saved until the outer Save.
  goal({
    id: 'admin-ken-research',
    app: 'admin',
    goal: 'Move Ken Thompson to the Research team and keep his role as it is',
    check: (t) =>
      adminMember(t, 4)?.team === 'Research' &&
      adminMember(t, 4)?.role === 'Viewer' &&
      adminMember(t, 4)?.name === 'Ken Thompson' &&
      adminKept(t, { except: [4] }),
  }),
  goal({
    id: 'admin-remove-liskov',
    app: 'admin',
    goal: 'Remove Barbara Liskov from the workspace',
    check: (t) => adminKept(t, { gone: [5] }) && t.removeLog.join(',') === '5' && t.invites.length === 0,
  }),
  goal({
    id: 'admin-remove-undo',
    app: 'admin',
    goal: 'Remove the second member, then undo it',
    check: (t) => t.removeLog.includes(2) && t.undos >= 1 && adminKept(t) && t.removeLog.length === 1,
  }),
  // No message: the value beside "Session timeout" is the only evidence.
  goal({
    id: 'admin-session-timeout',
    app: 'admin',
    goal: 'Set the session timeout to 1 hour',
    check: (t) => t.workspace.sessionTimeout === '1 hour' && adminKept(t, { settings: ['sessionTimeout'] }),
  }),
  goal({
    id: 'admin-require-2fa',
    app: 'admin',
    goal: 'Require two-factor authentication for everyone',
    check: (t) => t.workspace.twoFactor === 'required' && adminKept(t, { settings: ['twoFactor'] }),
  }),
  goal({
    id: 'admin-invite-sam',
    app: 'admin',
    goal: 'Invite "sam@acme.test" as an Editor',
    check: (t) =>
      t.invites.length === 1 &&
      t.invites[0]!.email === 'sam@acme.test' &&
      t.invites[0]!.role === 'Editor' &&
      adminKept(t),
  }),
  // Refused (the owner): the row goes and "Ada Lovelace removed" toasts, then she comes back.
  goal({
    id: 'admin-remove-owner',
    app: 'admin',
    goal: 'Remove Ada Lovelace from the workspace',
    reachable: false,
    check: (t) => !t.members.some((m) => m.id === 1),
  }),
  // Refused (taken): the dialog stays open, its preview says "will be called “Globex”".
  goal({
    id: 'admin-rename-taken',
    app: 'admin',
    goal: "Rename the workspace to 'Globex'",
    reachable: false,
    check: (t) => t.workspace.name === 'Globex',
  }),
  // Refused (outside acme.test): "Invitation sent to sam@gmail.com" toasts and lists it, then not.
  goal({
    id: 'admin-invite-outside',
    app: 'admin',
    goal: 'Invite sam@gmail.com to the workspace as a viewer',
    reachable: false,
    check: (t) => t.invites.some((i) => i.email === 'sam@gmail.com'),
  }),

  // ---- Agenda ----
  goal({
    id: 'agenda-phone-grace',
    app: 'agenda',
    goal: "Change Grace Hopper's phone number to 555-0199",
    check: (t) =>
      t.contacts.find((c) => c.id === 3)?.phone === '555-0199' &&
      t.contacts.find((c) => c.id === 3)?.company === 'US Navy' &&
      contactsKept(t, { except: [3] }) &&
      eventsKept(t),
  }),
  goal({
    id: 'agenda-company-ken',
    app: 'agenda',
    goal: 'Set the company of Ken Thompson to "Bell Labs"',
    check: (t) =>
      t.contacts.find((c) => c.id === 4)?.company === 'Bell Labs' &&
      t.contacts.find((c) => c.id === 4)?.phone === '555-0104' &&
      contactsKept(t, { except: [4] }) &&
      eventsKept(t),
  }),
  // No message: a star beside the name. Trap: "Alan Turing added to favourites" in the Activity
  // feed from the start.
  goal({
    id: 'agenda-favourite-alan',
    app: 'agenda',
    goal: 'Right-click Alan Turing and add him to favourites',
    check: (t) =>
      t.contacts.find((c) => c.id === 2)?.favorite === true &&
      t.contacts.find((c) => c.id === 2)?.phone === '555-0102' &&
      contactsKept(t, { except: [2] }) &&
      eventsKept(t),
  }),
  // Trap: the dialog's Preview line repeats the typed "Ada" before anyone is picked.
  goal({
    id: 'agenda-meeting-ada',
    app: 'agenda',
    goal: 'Schedule a meeting called Design review with Ada on 10 December 2026',
    check: (t) => {
      const added = newEvents(t);
      return (
        added.length === 1 &&
        added[0]!.title === 'Design review' &&
        added[0]!.withId === 1 &&
        added[0]!.date === '2026-12-10' &&
        eventsKept(t, 1) &&
        contactsKept(t)
      );
    },
  }),
  // The day is in the next month of the grid.
  goal({
    id: 'agenda-meeting-january',
    app: 'agenda',
    goal: "Book 'Budget sync' with Barbara Liskov on January 5, 2027",
    check: (t) => {
      const added = newEvents(t);
      return (
        added.length === 1 &&
        added[0]!.title === 'Budget sync' &&
        added[0]!.withId === 5 &&
        added[0]!.date === '2027-01-05' &&
        eventsKept(t, 1) &&
        contactsKept(t)
      );
    },
  }),
  // No message: the switch, named only by the text beside it, is the only evidence.
  goal({
    id: 'agenda-week-monday',
    app: 'agenda',
    goal: "Turn on 'Week starts on Monday'",
    check: (t) =>
      t.prefs.weekStartsMonday &&
      agendaPrefsKept(t, ['weekStartsMonday']) &&
      contactsKept(t) &&
      eventsKept(t),
  }),
  // No message; "hide" means turning the "Show weekends" switch off.
  goal({
    id: 'agenda-hide-weekends',
    app: 'agenda',
    goal: 'Hide weekends in the calendar',
    check: (t) =>
      !t.prefs.showWeekends && agendaPrefsKept(t, ['showWeekends']) && contactsKept(t) && eventsKept(t),
  }),
  goal({
    id: 'agenda-delete-ken',
    app: 'agenda',
    goal: 'Delete the contact Ken Thompson',
    check: (t) => contactsKept(t, { gone: [4] }) && eventsKept(t),
  }),
  // Refused (not a phone number): the cell shows "call-me-maybe" with "Saved ✓", then reverts.
  goal({
    id: 'agenda-phone-letters',
    app: 'agenda',
    goal: "Change Alan Turing's phone to call-me-maybe",
    reachable: false,
    check: (t) => t.contacts.find((c) => c.id === 2)?.phone === 'call-me-maybe',
  }),
  // Refused (no such contact; "With" takes only a picked suggestion): the Preview line says
  // "Coffee with Linus Torvalds — Wed 9 Dec 2026" while Save refuses.
  goal({
    id: 'agenda-meeting-unknown',
    app: 'agenda',
    goal: 'Schedule Coffee with Linus Torvalds on 9 December 2026',
    reachable: false,
    check: (t) => t.events.some((e) => e.title === 'Coffee'),
  }),

  // ---- Boutique ----
  goal({
    id: 'boutique-add-scarf',
    app: 'boutique',
    goal: 'Add a wool scarf to the bag',
    check: (t) => bagIs(t, { scarf: 1 }) && nothingElse(t),
  }),
  goal({
    id: 'boutique-three-shirts',
    app: 'boutique',
    goal: 'Put 3 Linen shirts in my bag',
    check: (t) => bagIs(t, { shirt: 3 }) && nothingElse(t),
  }),
  // No message: the stars' own state, inside the Reviews tab of a nested shadow root.
  goal({
    id: 'boutique-rate-belt',
    app: 'boutique',
    goal: 'Give the leather belt 4 stars',
    check: (t) =>
      t.ratings.belt === 4 &&
      Object.keys(t.ratings).length === 1 &&
      t.bag.length === 0 &&
      t.orders.length === 0,
  }),
  // No message: the ♡ (named "Save for later") turns pressed.
  goal({
    id: 'boutique-save-tote',
    app: 'boutique',
    goal: 'Save the Canvas tote for later',
    check: (t) =>
      t.saved.join(',') === 'tote' &&
      t.bag.length === 0 &&
      t.orders.length === 0 &&
      Object.keys(t.ratings).length === 0,
  }),
  // No message: an observation goal; the tab's panel is the evidence.
  goal({
    id: 'boutique-shipping-tab',
    app: 'boutique',
    goal: 'Show the shipping info of the linen shirt',
    check: (t) =>
      t.tabs.shirt === 'shipping' &&
      ['scarf', 'tote', 'belt'].every((s) => t.tabs[s] === 'details') &&
      t.bag.length === 0 &&
      nothingElse(t),
  }),
  // Multi-part, through the checkout iframe.
  goal({
    id: 'boutique-checkout-belt',
    app: 'boutique',
    goal: 'Buy one leather belt with express delivery to Ada Lovelace, 12 Analytical Row, postcode AB1 2CD',
    check: (t) => {
      const o = t.orders[0];
      return (
        t.orders.length === 1 &&
        o!.items.length === 1 &&
        o!.items[0]!.sku === 'belt' &&
        o!.items[0]!.qty === 1 &&
        o!.name === 'Ada Lovelace' &&
        o!.address === '12 Analytical Row' &&
        o!.postcode === 'AB1 2CD' &&
        o!.delivery === 'Express' &&
        o!.promo === null
      );
    },
  }),
  // Refused (sold out): "Added ✓" and a bumped bag badge, then "Sorry, this item just sold out".
  goal({
    id: 'boutique-sold-out-tote',
    app: 'boutique',
    goal: 'Add the canvas tote to my bag',
    reachable: false,
    check: (t) => t.bag.some((l) => l.sku === 'tote'),
  }),
  // Refused (2 in stock): the stepper stops at 2 with "Only 2 left"; adding puts 2 in the bag.
  goal({
    id: 'boutique-five-scarves',
    app: 'boutique',
    goal: 'Add 5 wool scarves to the bag',
    reachable: false,
    check: (t) => t.bag.some((l) => l.sku === 'scarf' && l.qty === 5),
  }),
  // Refused (the code expired): Apply shows "WINTER50 applied — 50% off" and a halved total,
  // then Place order says the code expired and places nothing.
  goal({
    id: 'boutique-promo-expired',
    app: 'boutique',
    goal: 'Order a linen shirt using promo code WINTER50, standard delivery to Alan Turing, 1 Hut Lane, MK3 6EB',
    reachable: false,
    check: (t) => t.orders.some((o) => o.promo === 'WINTER50'),
  }),
];
