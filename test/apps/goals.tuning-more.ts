/**
 * Second batch of tuning goals (issue 10 §5): three apps in new styles (mail, bookings, crm),
 * written 2026-12-06 17:20–18:05 UTC by an engineer who does not tune the planner, BEFORE any tuning
 * on them, and without reading the held-out set. Included in TUNING_GOALS (goals.tuning.ts).
 *
 * Goals are phrased as users type them: unquoted values, several parts, ordinals, role words,
 * no success message. Each app holds traps for false passes (see its header comment); goals with
 * `reachable: false` are ones the app refuses: not passing is right, any pass is a false pass.
 * Every check also guards against side effects a careless tool would cause.
 */
import { goal, type BrowserGoal, type CrmTruth, type MailTruth } from './truth.ts';

const CRM_PASSWORD = { password: 'pipeline42' };

/** Mail: every message still where it started, but for the ids given. */
const mailFoldersKept = (t: MailTruth, except: number[] = []) =>
  t.messages.every((m) => except.includes(m.id) || m.folder === (m.id === 7 ? 'archive' : 'inbox'));
const mailMsg = (t: MailTruth, id: number) => t.messages.find((m) => m.id === id);

const contact = (t: CrmTruth, name: string) => t.contacts.find((c) => c.name === name);
const CRM_COMPANIES =
  'Fabrikam,Contoso,Initech,Globex,Umbrella,Hooli,Stark Industries,Wayne Enterprises,Tyrell,Cyberdyne,' +
  'Soylent,Vandelay,Aperture,Black Mesa,Massive Dynamic,Oscorp,Pied Piper,Dunder Mifflin,Gringotts,Acme';

export const MORE_TUNING_GOALS: BrowserGoal[] = [
  // Mail. Inbox, top to bottom: 1 Grace Hopper "Compiler meeting moved", 2 Alan Turing "Lunch on
  // Friday?", 3 Katherine Johnson "Orbit figures attached" (read, starred), 4 Acme Billing "Your
  // invoice #4411" (read), 5 The Weekly Byte newsletter, 6 Mail Delivery "Message sent: Budget
  // 2027" (a decoy); 7 Margaret Hamilton "Apollo notes" is archived.
  goal({
    id: 'mail-open-second',
    app: 'mail',
    goal: 'Open the second message',
    check: (t) => t.openMessage === 2 && mailFoldersKept(t),
  }),
  goal({
    id: 'mail-star-turing',
    app: 'mail',
    goal: 'Star the email from Alan Turing',
    check: (t) =>
      t.messages
        .filter((m) => m.starred)
        .map((m) => m.id)
        .join(',') === '2,3' && mailFoldersKept(t),
  }),
  goal({
    id: 'mail-unstar-orbit',
    app: 'mail',
    goal: 'Remove the star from Orbit figures attached',
    check: (t) => t.messages.every((m) => !m.starred) && mailFoldersKept(t),
  }),
  goal({
    id: 'mail-trash-invoice',
    app: 'mail',
    goal: 'Move the invoice to the trash',
    check: (t) => mailMsg(t, 4)?.folder === 'trash' && mailFoldersKept(t, [4]),
  }),
  goal({
    id: 'mail-archive-folder',
    app: 'mail',
    goal: 'Open the Archive folder',
    check: (t) => t.folder === 'archive' && mailFoldersKept(t),
  }),
  // Trap: search runs on Enter only; a typed query that was never run changes nothing.
  goal({
    id: 'mail-search-invoice',
    app: 'mail',
    goal: 'Search my mail for invoice',
    check: (t) => t.search.toLowerCase() === 'invoice' && mailFoldersKept(t),
  }),
  // Trap: "Message sent: Budget 2027" is in the inbox from the start.
  goal({
    id: 'mail-compose-grace',
    app: 'mail',
    goal: 'Write to Grace Hopper with the subject Compiler notes saying See you at 3',
    check: (t) =>
      t.sent.length === 1 &&
      t.sent[0]!.to.join(',') === 'grace@navy.mil' &&
      t.sent[0]!.subject === 'Compiler notes' &&
      t.sent[0]!.body === 'See you at 3',
  }),
  // Refused: Charles Babbage is no contact and the goal gives no address; the To field clears.
  goal({
    id: 'mail-send-unknown',
    app: 'mail',
    goal: 'Send an email to Charles Babbage saying Hello',
    reachable: false,
    check: (t) => t.sent.some((s) => s.body === 'Hello'),
  }),
  goal({
    id: 'mail-context-unread',
    app: 'mail',
    goal: 'Right-click the message from Katherine Johnson and mark it as unread',
    check: (t) =>
      mailMsg(t, 3)?.read === false &&
      mailMsg(t, 4)?.read === true &&
      mailMsg(t, 6)?.read === true &&
      mailFoldersKept(t),
  }),
  goal({
    id: 'mail-delete-undo',
    app: 'mail',
    goal: 'Delete the newsletter and then undo it',
    check: (t) => t.trashLog.includes(5) && t.undos >= 1 && mailFoldersKept(t),
  }),

  // Bookings (hash routes). Rooms: 1 Ada (4 seats), 2 Babbage (8), 3 Curie (12), 4 Darwin (2).
  // Booked at the start: #1 Babbage 10 Dec 10:00 for 3, #2 Curie 11 Dec 14:00 for 6. The app's
  // today is 1 Dec 2026.
  goal({
    id: 'bookings-curie-details',
    app: 'bookings',
    goal: 'Show the details of the Curie room',
    check: (t) => t.route === '#/rooms/3' && t.bookings.length === 2,
  }),
  goal({
    id: 'bookings-book-ada',
    app: 'bookings',
    goal: 'Book the Ada room on 18 December 2026 at 2 pm for 3 guests under the name Grace Hopper',
    check: (t) =>
      t.bookings.length === 3 &&
      t.bookings.every((b) => b.status === 'active') &&
      t.bookings.some(
        (b) =>
          b.room === 'Ada' &&
          b.date === '2026-12-18' &&
          b.time === '14:00' &&
          b.guests === 3 &&
          b.name === 'Grace Hopper',
      ),
  }),
  goal({
    id: 'bookings-my',
    app: 'bookings',
    goal: 'Open my bookings',
    check: (t) => t.route === '#/my-bookings' && t.bookings.every((b) => b.status === 'active'),
  }),
  // Trap: the confirm dialog's Cancel keeps the booking and the page looks as before.
  goal({
    id: 'bookings-cancel-curie',
    app: 'bookings',
    goal: 'Cancel my booking for the Curie room',
    check: (t) =>
      t.bookings.length === 2 &&
      t.bookings.find((b) => b.id === 2)?.status === 'cancelled' &&
      t.bookings.find((b) => b.id === 1)?.status === 'active',
  }),
  goal({
    id: 'bookings-keep-babbage',
    app: 'bookings',
    goal: 'Start cancelling my Babbage booking, then change your mind and keep it',
    check: (t) =>
      t.confirmLog.some((c) => c.booking === 1 && c.outcome === 'dismissed') &&
      t.bookings.length === 2 &&
      t.bookings.every((b) => b.status === 'active'),
  }),
  // Refused (Darwin seats 2): a "Booking saved" toast still shows, and the form clears itself.
  goal({
    id: 'bookings-darwin-five',
    app: 'bookings',
    goal: 'Book the Darwin room on 15 December 2026 at 10 am for 5 people under the name Grace',
    reachable: false,
    check: (t) => t.bookings.some((b) => b.room === 'Darwin'),
  }),
  goal({
    id: 'bookings-no-name-error',
    app: 'bookings',
    goal: 'Try to book the Babbage room on 16 December 2026 at 9 am for 2 guests without a name, and make sure an error is shown',
    check: (t) => t.attempts >= 1 && t.errors.some((e) => e.field === 'name') && t.bookings.length === 2,
  }),
  goal({
    id: 'bookings-dark-theme',
    app: 'bookings',
    goal: 'Switch to the dark theme from the user menu',
    check: (t) => t.theme === 'dark' && t.signOuts === 0,
  }),
  // Refused: a date before the app's today.
  goal({
    id: 'bookings-past-date',
    app: 'bookings',
    goal: 'Book the Curie room on 2 January 2020 at 11 am for 4 guests under the name Ada',
    reachable: false,
    check: (t) => t.bookings.some((b) => b.date === '2020-01-02'),
  }),
  goal({
    id: 'bookings-edit-guests',
    app: 'bookings',
    goal: 'Change the number of guests on my Babbage booking to 5',
    check: (t) => {
      const b1 = t.bookings.find((b) => b.id === 1);
      const b2 = t.bookings.find((b) => b.id === 2);
      return (
        t.bookings.length === 2 &&
        b1?.guests === 5 &&
        b1.date === '2026-12-10' &&
        b1.time === '10:00' &&
        b1.status === 'active' &&
        b2?.guests === 6 &&
        b2.status === 'active'
      );
    },
  }),

  // CRM (login-gated; maria's password is in the variables; tom's account is deactivated).
  // 20 contacts, 8 a page: page 1 Jonas Berg … Emily Clark, page 2 Priya Nair … Noah Wilson.
  goal({
    id: 'crm-page-2',
    app: 'crm',
    goal: 'Sign in as maria and go to the second page of contacts',
    variables: CRM_PASSWORD,
    check: (t) => t.user === 'maria' && t.page === 2 && t.contacts.length === 20,
  }),
  // Refused: the sign-in form clears itself on failure and looks as it did at the start.
  goal({
    id: 'crm-deactivated',
    app: 'crm',
    goal: 'Sign in as tom',
    variables: CRM_PASSWORD,
    reachable: false,
    check: (t) => t.user === 'tom',
  }),
  // Trap: leaving the cell without Enter discards the edit silently.
  goal({
    id: 'crm-edit-company',
    app: 'crm',
    goal: "Sign in as maria and change Jonas Berg's company to Northwind",
    variables: CRM_PASSWORD,
    check: (t) =>
      t.contacts.length === 20 &&
      contact(t, 'Jonas Berg')?.company === 'Northwind' &&
      t.contacts
        .slice(1)
        .map((c) => c.company)
        .join(',') === CRM_COMPANIES.split(',').slice(1).join(','),
  }),
  goal({
    id: 'crm-priya-customer',
    app: 'crm',
    goal: 'Sign in as maria and mark Priya Nair as a customer',
    variables: CRM_PASSWORD,
    check: (t) =>
      t.contacts.length === 20 &&
      contact(t, 'Priya Nair')?.stage === 'Customer' &&
      t.contacts.filter((c) => c.stage === 'Customer').length === 8,
  }),
  goal({
    id: 'crm-delete-two',
    app: 'crm',
    goal: 'Sign in as maria, select Lena Fischer and Omar Haddad, and delete them',
    variables: CRM_PASSWORD,
    check: (t) => [...t.deleted].sort((a, b) => a - b).join(',') === '2,3' && t.contacts.length === 18,
  }),
  goal({
    id: 'crm-tag-vip',
    app: 'crm',
    goal: 'Sign in as maria, open Jonas Berg and tag him VIP',
    variables: CRM_PASSWORD,
    check: (t) =>
      t.contacts
        .filter((c) => c.tags.includes('VIP'))
        .map((c) => c.name)
        .join(',') === 'Jonas Berg,Sofia Rossi' && contact(t, 'Jonas Berg')?.tags.length === 1,
  }),
  // Trap: the settings page says "All changes saved" from the start.
  goal({
    id: 'crm-deal-emails',
    app: 'crm',
    goal: 'Sign in as maria and turn off deal emails in the notification settings',
    variables: CRM_PASSWORD,
    check: (t) => !t.settings.dealEmails && t.settings.weeklySummary && t.saves >= 1,
  }),
  // Refused (too short): a "Saved" toast shows anyway.
  goal({
    id: 'crm-phone-short',
    app: 'crm',
    goal: 'Sign in as maria and change my phone number to 12345',
    variables: CRM_PASSWORD,
    reachable: false,
    check: (t) => t.settings.phone === '12345',
  }),
  goal({
    id: 'crm-feedback',
    app: 'crm',
    goal: 'Sign in as maria and send feedback with a rating of 4 saying Search is slow',
    variables: CRM_PASSWORD,
    check: (t) => t.feedback.some((f) => f.rating === 4 && f.message === 'Search is slow'),
  }),
  goal({
    id: 'crm-only-leads',
    app: 'crm',
    goal: 'Sign in as maria and show only leads',
    variables: CRM_PASSWORD,
    check: (t) => t.user === 'maria' && t.stageFilter === 'Lead' && t.contacts.length === 20,
  }),
];
