/**
 * The state each app reports about itself (`POST /<app>/__truth`). Goal checks read these, never
 * codify's own verdict. The shapes mirror the apps' scripts in `public/<app>/`.
 */
import type { AppName } from './server.ts';

export interface TodoTruth {
  todos: { title: string; completed: boolean }[];
  filter: 'all' | 'active' | 'completed';
  itemsLeft: number;
}

export interface SpaTruth {
  /** `location.pathname`, e.g. `/spa/books/dune`. */
  route: string;
  loans: string[];
  wishlist: string[];
  profile: { name: string; newsletter: boolean };
}

export interface WizardDraft {
  name: string;
  email: string;
  /** `YYYY-MM-DD` */
  dob: string;
  plan: 'Basic' | 'Plus' | 'Pro';
  billing: 'Monthly' | 'Yearly';
  /** `HH:MM`, or '' */
  callTime: string;
  terms: boolean;
}

export interface WizardTruth {
  /** 1–4 the form's steps; 5 the confirmation. */
  step: number;
  draft: WizardDraft;
  /** Errors shown now. */
  errors: { field: string; message: string }[];
  errorHistory: { step: number; field: string }[];
  submitted: WizardDraft | null;
}

export interface TableTruth {
  sort: { column: 'id' | 'customer' | 'date' | 'total'; direction: 'asc' | 'desc' } | null;
  page: number;
  statusFilter: '' | 'pending' | 'shipped' | 'delivered' | 'refunded';
  selected: number[];
  /** The order whose detail panel is open. */
  viewed: number | null;
  deleted: number[];
  orders: { id: number; customer: string; total: number; status: string; archived: boolean }[];
}

export interface ModalTruth {
  cookieConsent: null | 'all' | 'essential';
  profile: { name: string; bio: string };
  accountDeleted: boolean;
  openDialog: string | null;
  /** Every dialog closed, how (`submitted`, `cancelled`, `closed` by ×, `escaped`) and its fields then. */
  dialogLog: { dialog: string; outcome: string; draft?: Record<string, string> }[];
  shares: { email: string; role: string }[];
}

export interface ShadowTruth {
  rating: number;
  color: string;
  quantity: number;
  cart: { color: string; qty: number }[];
  cartOpened: boolean;
  cartLog: { action: 'add' | 'remove'; color: string; qty: number }[];
  reviews: string[];
}

export interface IframeTruth {
  sent: { name: string; email: string; topic: string; message: string; callback: string; updates: boolean }[];
  /** Errors shown after the last attempt. */
  errors: { field: string; message: string }[];
  attempts: number;
}

export interface HelpdeskTicket {
  id: number;
  subject: string;
  priority: string;
  status: 'open' | 'closed';
  assignee: string | null;
  requester: string | null;
  due: string | null;
  comments: { author: string; text: string }[];
  description?: string;
}

export interface HelpdeskTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean; reason: 'ok' | 'bad-credentials' | 'locked' }[];
  /** The sign-in error shown now. */
  loginError: string | null;
  view: 'login' | 'tickets' | 'ticket' | 'new' | 'settings';
  search: string;
  statusFilter: 'all' | 'open' | 'closed';
  openTicket: number | null;
  tickets: HelpdeskTicket[];
  settings: { emailNotifications: boolean; timezone: string; density: string };
  signOuts: number;
  formError: string | null;
}

export interface PantryTruth {
  items: { name: string; qty: number }[];
  note: string;
  addAttempts: number;
}

export interface AccountTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  prefs: { digest: boolean; language: string };
  saves: number;
}

export interface MailMessage {
  id: number;
  from: string;
  subject: string;
  folder: 'inbox' | 'archive' | 'trash';
  read: boolean;
  starred: boolean;
}

export interface MailTruth {
  folder: 'inbox' | 'starred' | 'sent' | 'archive' | 'trash';
  /** The search applied (on Enter), not what is typed in the box. */
  search: string;
  openMessage: number | null;
  messages: MailMessage[];
  sent: { to: string[]; subject: string; body: string }[];
  composeOpen: boolean;
  /** The compose dialog's error shown now. */
  sendError: string | null;
  /** Ids moved to the trash, in order (an undo does not remove them). */
  trashLog: number[];
  undos: number;
}

export interface RoomBooking {
  id: number;
  room: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  guests: number;
  name: string;
  status: 'active' | 'cancelled';
}

export interface BookingsTruth {
  /** `location.hash`, e.g. `#/rooms/3`; `#/` on the home page. */
  route: string;
  bookings: RoomBooking[];
  dialog: 'book' | 'edit' | 'confirm' | null;
  /** Errors shown now in the booking dialog. */
  errors: { field: string; message: string }[];
  /** Book / Save changes presses. */
  attempts: number;
  confirmLog: { booking: number; outcome: 'confirmed' | 'dismissed' }[];
  theme: 'light' | 'dark';
  signOuts: number;
}

export interface CrmContact {
  id: number;
  name: string;
  company: string;
  email: string;
  stage: 'Lead' | 'Customer' | 'Churned';
  tags: string[];
}

export interface CrmTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  loginError: string | null;
  view: 'login' | 'contacts' | 'contact' | 'settings';
  page: number;
  stageFilter: 'All' | 'Lead' | 'Customer' | 'Churned';
  selected: number[];
  openContact: number | null;
  contacts: CrmContact[];
  deleted: number[];
  settings: {
    tab: 'profile' | 'notifications' | 'feedback';
    displayName: string;
    phone: string;
    dealEmails: boolean;
    weeklySummary: boolean;
  };
  saves: number;
  profileError: string | null;
  feedback: { rating: number; message: string }[];
}

export interface Shipment {
  /** `P-1001` … */
  id: string;
  recipient: string;
  city: string;
  weightKg: number;
  size: 'Small' | 'Medium' | 'Large';
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, or '' */
  time: string;
  express: boolean;
  status: 'booked' | 'in transit' | 'delivered' | 'cancelled';
  pinned: boolean;
}

export interface ParcelsTruth {
  /** `location.pathname`, e.g. `/parcels/shipments/P-1003`. */
  route: string;
  shipments: Shipment[];
  wizard: {
    /** 1 Recipient, 2 Parcel, 3 Delivery, 4 Review. */
    step: number;
    draft: {
      name: string;
      /** Only a city picked from the suggestions; '' while typed but not picked. */
      city: string;
      weightKg: string;
      size: string;
      date: string;
      time: string;
      express: boolean;
    };
    /** Errors shown now. */
    errors: { field: string; message: string }[];
  };
  errorHistory: { step: number; field: string }[];
  /** Every confirmed cancel; `ok: false` when the courier refused it (already in transit). */
  cancelAttempts: { id: string; ok: boolean }[];
}

export interface TrackerIssue {
  id: number;
  title: string;
  status: 'open' | 'closed';
  assignee: string | null;
  trashed: boolean;
}

export interface TrackerTruth {
  tab: 'all' | 'open' | 'closed' | 'trash';
  page: number;
  /** The issue whose side panel is open. */
  openIssue: number | null;
  issues: TrackerIssue[];
  /** Ids moved to the trash, in order (an undo does not remove them). */
  trashLog: number[];
  undos: number;
  renameLog: { id: number; title: string; ok: boolean }[];
}

export interface Note {
  id: number;
  title: string;
  text: string;
  folder: 'notes' | 'archive' | 'trash';
  liked: boolean;
  pinned: boolean;
  /** Who shared it; only they may archive it. */
  owner: string | null;
}

export interface NotesTruth {
  view: 'notes' | 'archive' | 'trash' | 'prefs';
  theme: 'light' | 'dark' | 'system';
  language: string;
  notes: Note[];
  prefs: { previews: boolean; compact: boolean; sync: boolean };
  archiveAttempts: { id: number; ok: boolean }[];
  undos: number;
}

export interface AdminMember {
  id: number;
  name: string;
  email: string;
  role: 'Owner' | 'Admin' | 'Editor' | 'Viewer';
  team: string;
}

export interface AdminTruth {
  workspace: {
    name: string;
    /** `15 minutes`, `30 minutes`, `1 hour` or `8 hours`. */
    sessionTimeout: string;
    twoFactor: 'optional' | 'required';
  };
  /** Members now (a removed member is gone; an undo puts them back). */
  members: AdminMember[];
  invites: { email: string; role: string }[];
  /** The dialogs open now, bottom first. */
  openDialogs: string[];
  /** Every dialog closed and how: `saved`, `cancelled` (its button), `escaped`, `backdrop`. */
  dialogLog: { dialog: string; outcome: 'saved' | 'cancelled' | 'escaped' | 'backdrop' }[];
  /** Ids removed, in order (an undo does not remove them). */
  removeLog: number[];
  undos: number;
  removeAttempts: { id: number; ok: boolean }[];
  inviteAttempts: { email: string; ok: boolean }[];
  renameAttempts: { name: string; ok: boolean }[];
}

export interface AgendaContact {
  id: number;
  name: string;
  company: string;
  phone: string;
  favorite: boolean;
}

export interface AgendaTruth {
  contacts: AgendaContact[];
  /** `date` is `YYYY-MM-DD`; `withId` the contact picked in the dialog. */
  events: { id: number; title: string; date: string; withId: number }[];
  prefs: { showWeekends: boolean; weekStartsMonday: boolean; emailReminders: boolean };
  /** Every in-place edit saved with Enter; `ok: false` when refused. */
  editLog: { id: number; field: 'company' | 'phone'; value: string; ok: boolean }[];
  deleteAttempts: { id: number; ok: boolean }[];
  /** Save meeting presses. */
  saveAttempts: number;
  dialogOpen: boolean;
}

export interface BoutiqueTruth {
  products: { sku: string; name: string; price: number; stock: number }[];
  bag: { sku: string; qty: number }[];
  /** Saved for later (the ♡). */
  saved: string[];
  /** Your star rating per sku. */
  ratings: Record<string, number>;
  /** The tab shown on each product card. */
  tabs: Record<string, 'details' | 'reviews' | 'shipping'>;
  bagOpen: boolean;
  checkoutOpen: boolean;
  orders: {
    id: number;
    items: { sku: string; qty: number }[];
    name: string;
    address: string;
    postcode: string;
    delivery: 'Standard' | 'Express';
    promo: string | null;
    total: number;
  }[];
  orderAttempts: { ok: boolean; reason: string }[];
  addAttempts: { sku: string; qty: number; ok: boolean }[];
}

export interface ClinicAppointment {
  id: number;
  patient: string;
  reason: string;
  clinician: string | null;
  /** `YYYY-MM-DD`, or null */
  date: string | null;
  /** `HH:MM`, or null */
  time: string | null;
  status: 'Booked' | 'Checked in' | 'Completed' | 'Cancelled';
  notes: { author: string; text: string }[];
}

export interface ClinicTruth {
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  /** The log-in error shown now. */
  loginError: string | null;
  view: 'login' | 'appointments' | 'appointment' | 'book' | 'profile';
  /** `#/appointments`, `#/appointments/4`, `#/book`, `#/profile`. */
  route: string;
  openAppointment: number | null;
  /** The list's live search (what is typed in its box). */
  search: string;
  statusFilter: 'All' | ClinicAppointment['status'];
  appointments: ClinicAppointment[];
  /** Per staff user: saved only by "Save changes". */
  profiles: Record<string, { displayName: string; smsReminders: boolean }>;
  saves: number;
  logouts: number;
  /** The booking form's errors shown now. */
  formErrors: { field: 'patient' | 'clinician'; message: string }[];
  bookAttempts: number;
}

export interface DepotItem {
  /** `FS-101` …; a duplicate is `FS-101-1`. */
  sku: string;
  name: string;
  /** `A-01` … */
  bin: string;
  onHand: number;
  reorderAt: number;
  category: string;
}

/** One watched item's card (a web component): its tab, stepper, stars and switch. */
export interface DepotWatch {
  tab: 'stock' | 'supplier' | 'history';
  /** The restock stepper's value (1–5). */
  qty: number;
  /** The supplier's stars given, 0 when none. */
  rating: number;
  autoReorder: boolean;
}

export interface DepotTruth {
  cookies: null | 'all' | 'necessary';
  /** The search applied (on Enter or the Search button), not what is typed in the box. */
  search: string;
  category: string;
  sort: { column: 'sku' | 'name' | 'bin' | 'onHand' | 'category'; direction: 'asc' | 'desc' } | null;
  page: number;
  /** The item whose detail panel is open. */
  opened: string | null;
  items: DepotItem[];
  deleted: string[];
  openDialog: 'edit' | 'delete' | null;
  /** Every dialog closed, for which item, and how. */
  dialogLog: {
    dialog: 'edit' | 'delete';
    sku: string;
    outcome: 'saved' | 'confirmed' | 'cancelled' | 'escaped';
  }[];
  menuLog: { sku: string; action: 'duplicate' | 'print' }[];
  /** Keyed by sku: `PK-301` (Pallet wrap) and `SF-401` (Safety gloves L). */
  watch: Record<string, DepotWatch>;
  restocks: { sku: string; qty: number }[];
  subscriptions: { email: string; frequency: 'Daily' | 'Weekly'; lowOnly: boolean }[];
  subscribeAttempts: { email: string; ok: boolean }[];
}

export interface InsureDraft {
  name: string;
  email: string;
  /** `YYYY-MM-DD` */
  dob: string;
  /** Upper case, as typed otherwise. */
  postcode: string;
  /** '' until picked: `Europe`, `Worldwide excluding USA and Canada`, `Worldwide`. */
  region: string;
  /** `YYYY-MM-DD` */
  depart: string;
  /** `YYYY-MM-DD` */
  return: string;
  tripType: '' | 'Single trip' | 'Annual multi-trip';
  winterSports: '' | 'Yes' | 'No';
  activity: '' | 'Skiing' | 'Snowboarding' | 'Cross-country skiing';
  /** As typed in the number field. */
  equipmentValue: string;
  cover: '' | 'Essential' | 'Standard' | 'Premier';
  gadgets: boolean;
  cardName: string;
  /** Digits, spaces taken out. */
  cardNumber: string;
  terms: boolean;
}

export type InsureStep = 'traveller' | 'trip' | 'sports' | 'cover' | 'payment' | 'review' | 'done';

export interface InsureTruth {
  step: InsureStep;
  /** Every step shown, in order (the start included). */
  visited: InsureStep[];
  draft: InsureDraft;
  /** Errors shown now. */
  errors: { field: string; message: string }[];
  errorHistory: { step: InsureStep; field: string }[];
  /** True after an Edit link on the review page, until Continue takes the user back there. */
  returnToReview: boolean;
  submitted: InsureDraft | null;
  /** The policy reference shown on the confirmation, e.g. `HM-481234`. */
  reference: string | null;
  /** Start again presses (they wipe the draft). */
  restarts: number;
  /** Previous presses. */
  previous: number;
}

export interface UpkeepRequest {
  id: number;
  title: string;
  area: 'Office' | 'Warehouse' | 'Workshop';
  status: 'Open' | 'In progress' | 'Waiting for parts' | 'Done';
  /** A person's display name, or null for nobody. */
  assignee: string | null;
  priority: string;
  /** `author` is a display name; `replyTo` the comment answered, null for a top-level comment. */
  comments: { id: number; author: string; text: string; replyTo: number | null }[];
}

export interface UpkeepSettings {
  /** `UTC`, `Europe/London`, `Europe/Berlin`, `America/New_York`, `Asia/Tokyo`. */
  timezone: string;
  /** `en`, `de`, `fr`, `es`. */
  language: string;
  density: 'Comfortable' | 'Compact';
  frequency: 'Immediately' | 'Hourly' | 'Daily digest' | 'Weekly digest' | 'Never';
  emailOnAssign: boolean;
}

export interface UpkeepTruth {
  /** The signed-in e-mail, or null. */
  user: string | null;
  loginAttempts: { user: string; ok: boolean }[];
  /** The sign-in error shown now. */
  loginError: string | null;
  view: 'signin' | 'requests' | 'request' | 'settings' | 'profile';
  openRequest: number | null;
  statusFilter: 'All' | UpkeepRequest['status'];
  /** The area chips pressed (none: every area). */
  areaFilter: string[];
  requests: UpkeepRequest[];
  /** Every Update press: `ok: false` when refused (Done while nobody is assigned). */
  statusAttempts: { id: number; status: string; ok: boolean }[];
  /** Per user e-mail: saved only by Save. */
  settings: Record<string, UpkeepSettings>;
  saves: number;
  signOuts: number;
}

/** The e-bike configurator built from custom widgets (test/apps/public/gearshop). */
export interface GearshopTruth {
  tab: 'build' | 'delivery' | 'builds';
  build: {
    /** '' until picked: `XS` … `XL`. */
    frameSize: string;
    /** '' until picked. */
    colour: string;
    handlebar: 'Flat' | 'Drop' | 'Riser';
    /** The slider, 0–10 (2 at the start). */
    assist: number;
    /** The stepper, 1–4. */
    qty: number;
    /** Stars given, 0 when none. */
    rating: number;
  };
  /** `town` only when picked from the suggestions; `date` is `YYYY-MM-DD` or ''. */
  delivery: { town: string; date: string };
  builds: { name: string; summary: string }[];
  deleted: string[];
  menuLog: { build: string; action: 'duplicate' | 'share' | 'delete' }[];
  /** The build whose type-its-name delete dialog is open. */
  deleteDialog: string | null;
  deleteLog: { build: string; outcome: 'deleted' | 'cancelled' }[];
  /** Every native confirm() answered. */
  confirmLog: { action: 'reset'; accepted: boolean }[];
  resets: number;
  /** Presses of + at the limit. */
  qtyRefusals: number;
}

export interface RoadmapCard {
  /** `R-101` … (new cards continue from `R-113`). */
  id: string;
  title: string;
  column: 'backlog' | 'next' | 'doing' | 'done';
  team: 'Web' | 'Mobile' | 'Platform';
  /** '' when unassigned. */
  owner: string;
  points: number;
  /** '' or `Sprint 14` … */
  sprint: string;
  description: string;
  blocked: boolean;
  archived: boolean;
  /** Checklist tasks still open (a card with any cannot be moved to Shipped). */
  openTasks: number;
}

export interface RoadmapTruth {
  /** The team filter applied (after its reload), `All` at the start. */
  team: 'All' | 'Web' | 'Mobile' | 'Platform';
  /** The search applied (after the debounce and reload), not what is typed in the box. */
  search: string;
  /** The card whose drawer is open. */
  openCard: string | null;
  /** Stored state only: what the board shows while a save is pending is not here. */
  cards: RoadmapCard[];
  moveLog: { id: string; from: string; to: string; ok: boolean }[];
  renameLog: { id: string; title: string; ok: boolean }[];
  /** Ids archived, in order (an undo does not remove them). */
  archiveLog: string[];
  undos: number;
  nextId: number;
}

export interface ForumReply {
  id: number;
  author: string;
  text: string;
  /** The reply answered, null for a reply to the discussion itself. */
  replyTo: number | null;
}

export interface ForumThread {
  id: number;
  title: string;
  category: 'Announcements' | 'General' | 'Help' | 'Ideas' | 'Events';
  status: 'Open' | 'Needs info' | 'Answered' | 'Closed';
  /** A member's display name, or null for nobody. */
  owner: string | null;
  pinned: boolean;
  locked: boolean;
  /** The accepted reply's id, or null. */
  answer: number | null;
  /** Every reply, depth first. */
  replies: ForumReply[];
}

export interface ForumTruth {
  view: 'list' | 'thread';
  /** The list's category filter (`All` for none), null on a thread's page. */
  category: string | null;
  openThread: number | null;
  threads: ForumThread[];
  /** Ids of deleted threads. */
  deleted: number[];
  /** Every refused attempt: a move to Announcements, Answered with no reply, a reply to a locked thread. */
  refusals: { id: number; what: 'move' | 'status' | 'reply' }[];
}

export interface PortalInvoice {
  /** `INV-2041` … */
  id: string;
  /** The account's e-mail. */
  owner: string;
  /** `November 2026` … */
  month: string;
  amount: string;
  status: 'Paid' | 'Due';
}

export interface PortalSettings {
  paperless: boolean;
  contact: 'Email' | 'SMS' | 'Post';
  phone: string;
}

/** The utility's customer portal behind a three-page sign-in (test/apps/public/portal). */
export interface PortalTruth {
  /** The signed-in e-mail, or null. */
  user: string | null;
  /** The sign-in page shown while signed out, null when signed in. */
  stage: 'email' | 'password' | 'code' | null;
  /** The Remember me checkbox (on the e-mail page). */
  remember: boolean;
  /** Every Continue / Sign in / Verify press with what it was given. */
  loginAttempts: { email: string; step: 'email' | 'password' | 'code'; ok: boolean }[];
  view: 'signin' | 'overview' | 'invoices' | 'invoice' | 'readings' | 'requests' | 'new-request' | 'settings';
  openInvoice: string | null;
  /** The search applied on Invoices (after Search). */
  invoiceSearch: string;
  invoices: PortalInvoice[];
  /** Invoice ids paid, in order. */
  payments: string[];
  readings: { user: string; value: string; date: string }[];
  requests: { user: string; type: string; subject: string; details: string }[];
  /** Per e-mail, saved only by Save changes. */
  settings: Record<string, PortalSettings>;
  saves: number;
  signIns: number;
  signOuts: number;
}

/** One comment or reply on a sprint card, flattened: `replyTo` is the comment it answers, or null. */
export interface SprintComment {
  id: number;
  author: string;
  text: string;
  replyTo: number | null;
}

export interface SprintCard {
  id: number;
  title: string;
  column: 'Backlog' | 'In progress' | 'Review' | 'Done';
  /** 1-based place in its column, top first; null once archived. */
  rank: number | null;
  assignee: string | null;
  estimate: number | null;
  /** Sorted. */
  labels: string[];
  archived: boolean;
  comments: SprintComment[];
}

/** A sprint planning board of four columns of cards (test/apps/public/sprint). */
export interface SprintTruth {
  /** The card whose details panel is open. */
  openCard: number | null;
  cards: SprintCard[];
  /** Every refused move or archive. */
  refusals: { id: number; what: 'move' | 'archive' }[];
}

export interface VaultDoc {
  id: string;
  title: string;
  folder: string;
  status: 'Draft' | 'In review' | 'Final';
  /** The owner's e-mail. */
  owner: string;
  modified: string;
  trashed: boolean;
  sharedWith: { email: string; permission: 'view' | 'edit' }[];
  notes: string;
}

export interface VaultSettings {
  displayName: string;
  notifyShares: boolean;
  weeklySummary: boolean;
}

/** A login-gated document manager (test/apps/public/vault). */
export interface VaultTruth {
  /** The signed-in e-mail, or null. */
  user: string | null;
  /** The "Keep me signed in" checkbox. */
  remember: boolean;
  /** The "Show password" checkbox. */
  showPassword: boolean;
  /** Every Sign in press with a login and a password, and whether it let the user in. */
  loginAttempts: { login: string; ok: boolean }[];
  /** Accounts locked (ria from the start; any after three wrong passwords in a row). */
  locked: string[];
  view: 'signin' | 'documents' | 'shared' | 'trash' | 'settings' | 'doc' | 'new';
  openDoc: string | null;
  /** Every view shown while signed in, in the order first seen. */
  seen: string[];
  /** The Documents search box (applied as typed). */
  search: string;
  /** The Documents Status select ('' for all). */
  statusFilter: string;
  docs: VaultDoc[];
  /** Ids of documents made by New document. */
  created: string[];
  /** Per e-mail, saved only by Save settings. */
  settings: Record<string, VaultSettings>;
  saves: number;
  /** Per e-mail, the current password. */
  passwords: Record<string, string>;
  passwordChanges: number;
  signIns: number;
  signOuts: number;
}

/** What the college's application form holds (test/apps/public/enrol), as typed or picked. */
export interface EnrolValues {
  fullName: string;
  email: string;
  /** The three date-of-birth boxes as typed. */
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  course: '' | 'Creative writing' | 'Web design' | 'Photography' | 'Conversational Spanish';
  attendance: '' | 'In person' | 'Online';
  newsletter: boolean;
  stepFree: boolean;
  country: string;
  town: string;
  postcode: string;
  visa: '' | 'Yes' | 'No';
  passport: string;
  /** The review page's "I confirm…" checkbox. */
  confirm: boolean;
}

/** A submitted application: trimmed values, the date of birth as `YYYY-MM-DD`. */
export interface EnrolApplication {
  fullName: string;
  email: string;
  dob: string;
  course: string;
  attendance: string;
  newsletter: boolean;
  stepFree: boolean;
  country: string;
  town: string;
  /** Upper-cased. */
  postcode: string;
  /** '' when the international step did not apply. */
  visa: string;
  passport: string;
}

export type EnrolStep = 'details' | 'course' | 'address' | 'international' | 'review';

/** A college's multi-step course application (test/apps/public/enrol). */
export interface EnrolTruth {
  view: 'form' | 'saved' | 'cancelled' | 'done';
  /** The step shown, null off the form. */
  step: EnrolStep | null;
  /** "Step N of M": N (null off the form) and M (4, or 5 with the international step). */
  stepNumber: number | null;
  stepCount: number;
  values: EnrolValues;
  /** The date of birth read from the boxes: `YYYY-MM-DD`, '' or 'invalid'. */
  dob: string;
  /** Errors shown now. */
  errors: { field: string; message: string }[];
  /** Every error ever shown, with the step it was shown on. */
  errorHistory: { step: EnrolStep; field: string }[];
  /** Steps opened, in first-visit order. */
  visited: EnrolStep[];
  /** Steps opened by the review page's Edit links, in order. */
  edits: EnrolStep[];
  /** The last "Save and continue later" draft. */
  draft: { code: string; step: EnrolStep; values: EnrolValues } | null;
  drafts: number;
  dialogOpen: boolean;
  /** Cancel application presses (each opens the confirmation dialog). */
  cancelAsked: number;
  cancelled: boolean;
  cancellations: number;
  submitting: boolean;
  submitted: EnrolApplication | null;
  reference: string | null;
}

export type WikiPermission = 'view' | 'comment' | 'edit';

export interface WikiPage {
  id: string;
  title: string;
  /** The folder's own name (a subfolder's, e.g. Runbooks, not Engineering › Runbooks). */
  folder: string;
  status: 'Draft' | 'In review' | 'Published';
  owner: string;
  /** Points, or null when not estimated. */
  estimate: number | null;
  tags: string[];
  updated: string;
  trashed: boolean;
  /** Per person (full name), their access. */
  shares: Record<string, WikiPermission>;
  /** General access for everyone at the company. */
  everyone: 'none' | WikiPermission;
}

export interface WikiComment {
  id: string;
  page: string;
  author: string;
  /** The comment this one replies to, or null for a thread's first comment. */
  parent: string | null;
  date: string;
  text: string;
  /** Who liked it (the user is Mia Chen). */
  likes: string[];
  resolved: boolean;
}

/** A team wiki (test/apps/public/wiki): folders, pages with properties, sharing, comment threads. */
export interface WikiTruth {
  view: 'pages' | 'folder' | 'page' | 'trash';
  openPage: string | null;
  /** The folder whose list is shown, or null. */
  folder: string | null;
  /** The list's filter bar: the pressed status button ('' for All) and the search box. */
  filter: { status: '' | 'Draft' | 'In review' | 'Published'; search: string };
  pages: WikiPage[];
  comments: WikiComment[];
  /** Ids of pages deleted for good from the trash. */
  deletedForGood: string[];
  /** Every error the app showed, in order. */
  errorsShown: string[];
}

/** A leave request (test/apps/public/leave); dates as `YYYY-MM-DD`. */
export interface LeaveRequest {
  id: string;
  /** The employee's e-mail. */
  employee: string;
  name: string;
  type: 'Annual leave' | 'Sick leave' | 'Study leave' | 'Unpaid leave';
  from: string;
  to: string;
  /** '' for whole days, else which half of the single day. */
  halfDay: '' | 'Morning' | 'Afternoon';
  /** Working days used (0.5 for a half day). */
  days: number;
  note: string;
  status: 'Pending' | 'Approved' | 'Rejected' | 'Cancelled';
  /** The manager's reason for a rejection. */
  reason: string;
  decidedBy: string;
}

export interface LeaveSettings {
  notifyDecisions: boolean;
  teamDigest: boolean;
  weekStart: 'Monday' | 'Sunday';
  defaultType: string;
}

export interface LeaveProfile {
  phone: string;
  emergencyName: string;
  emergencyPhone: string;
}

/**
 * An HR leave-request app built the way framework apps are (test/apps/public/leave): one state
 * object, the whole root re-rendered on each change, delegated role-less controls, pushState routes.
 */
export interface LeaveTruth {
  /** The signed-in e-mail, or null. */
  user: string | null;
  view:
    'signin' | 'requests' | 'request' | 'new' | 'team' | 'forbidden' | 'settings' | 'profile' | 'notfound';
  /** The address bar's path. */
  path: string;
  /** The request whose page is open. */
  openRequest: string | null;
  /** Every view shown while signed in, in first-seen order. */
  seen: string[];
  loginAttempts: { login: string; ok: boolean }[];
  signIns: number;
  signOuts: number;
  requests: LeaveRequest[];
  /** Ids of requests made by Submit request. */
  created: string[];
  /** My requests' tab: all, pending, approved or rejected. */
  filter: string;
  /** Per e-mail, changed only by Save changes. */
  settings: Record<string, LeaveSettings>;
  settingsSaves: number;
  /** Per e-mail, changed only by Save profile. */
  profiles: Record<string, LeaveProfile>;
  profileSaves: number;
  /** Every toast shown, in order. */
  toasts: string[];
  /** Times the "Page not found" view was entered. */
  notFound: number;
}

/** A library account (test/apps/public/holds): holds and bookings in rows, a catalogue filter. */
export interface HoldsTruth {
  holds: { title: string; status: string; pausedUntil: string | null }[];
  cancelledHolds: string[];
  bookings: { restaurant: string; date: string; status: string }[];
  cancelledBookings: string[];
  /** The filters Search last applied. */
  applied: { formats: string[]; availableNow: boolean };
  searches: number;
}

/** A booking in the travel app (test/apps/public/voyage); dates as `YYYY-MM-DD`. */
export interface VoyageBooking {
  ref: string;
  from: string;
  to: string;
  date: string;
  /** `HH:MM` */
  departs: string;
  adults: number;
  children: number;
  fareClass: 'Standard' | 'Comfort' | 'First';
  seat: { car: number; seat: number } | null;
  meals: string[];
  addons: string[];
  status: 'active' | 'cancelled';
}

/** The search form's widgets (comboboxes, date grid, spinbuttons, sliders, switch, radiogroup). */
export interface VoyageSearch {
  /** The city PICKED in the From combobox (typed text that was not picked does not count). */
  from: string;
  to: string;
  date: string;
  adults: number;
  children: number;
  flexible: boolean;
  fareClass: 'Standard' | 'Comfort' | 'First';
  /** The Max price slider, 20–300. */
  maxPrice: number;
  /** The Departs after slider, an hour 0–23. */
  departAfter: number;
}

/**
 * A travel-booking app built from WAI-ARIA Authoring Practices widgets (test/apps/public/voyage):
 * its search form, results (tabs, sort, pages), the trip in progress (seat tree, meals listbox,
 * add-on checkboxes, accordion), bookings (menu button, alertdialog) and settings switches.
 */
export interface VoyageTruth {
  view: 'book' | 'bookings' | 'settings';
  search: VoyageSearch;
  /** The last search run ("Search trains"), the results' query. */
  searched: Omit<VoyageSearch, 'maxPrice' | 'departAfter'>;
  searches: number;
  sort: { key: 'departs' | 'duration' | 'price'; dir: 'asc' | 'desc' } | null;
  page: number;
  tab: 'outbound' | 'return';
  trip: {
    train: { id: string; from: string; to: string; date: string; departs: string; price: number };
    adults: number;
    children: number;
    fareClass: string;
    seat: { car: number; seat: number; position: string } | null;
    meals: string[];
    addons: string[];
  };
  /** Open accordion sections: 'rules', 'luggage'. */
  openSections: string[];
  bookings: VoyageBooking[];
  downloads: string[];
  changeRequests: string[];
  /** Refs cancelled by the run (VY-3307 was cancelled before). */
  cancelled: string[];
  /** 'date' or 'cancel:<ref>' while a dialog is open. */
  dialog: string | null;
  prefs: { delays: boolean; offers: boolean };
  prefSaves: number;
  toasts: string[];
}

/** One line of an invoice (test/apps/public/invoices): `qty` × `price`, in the invoice's currency. */
export interface InvoiceLine {
  description: string;
  qty: number;
  price: number;
}

/** An invoice of the invoices app; dates as `YYYY-MM-DD`. */
export interface Invoice {
  id: string;
  client: string;
  currency: 'GBP' | 'EUR' | 'USD';
  lines: InvoiceLine[];
  issued: string;
  due: string;
  status: 'Draft' | 'Sent' | 'Overdue' | 'Paid' | 'Void';
  reminders: number;
  total: number;
}

/** An expense of the invoices app, in pounds. */
export interface InvoicesExpense {
  id: string;
  description: string;
  amount: number;
  date: string;
  category: string;
}

/**
 * An invoicing and expenses app built the way a small reactive framework renders
 * (test/apps/public/invoices): its own state, read in the page.
 */
export interface InvoicesTruth {
  user: string | null;
  view: string;
  path: string;
  /** The invoice whose page is shown. */
  openInvoice: string | null;
  seen: string[];
  loginAttempts: { email: string; ok: boolean }[];
  signIns: number;
  signOuts: number;
  invoices: Invoice[];
  created: string[];
  deleted: string[];
  /** The invoice list's status filter ('All statuses' or a status) and its search text. */
  filter: string;
  query: string;
  expenses: InvoicesExpense[];
  createdExpenses: string[];
  toasts: string[];
  notFound: number;
}

export interface TruthOf {
  todo: TodoTruth;
  spa: SpaTruth;
  wizard: WizardTruth;
  table: TableTruth;
  modal: ModalTruth;
  shadow: ShadowTruth;
  iframe: IframeTruth;
  helpdesk: HelpdeskTruth;
  pantry: PantryTruth;
  account: AccountTruth;
  mail: MailTruth;
  bookings: BookingsTruth;
  crm: CrmTruth;
  parcels: ParcelsTruth;
  tracker: TrackerTruth;
  notes: NotesTruth;
  admin: AdminTruth;
  agenda: AgendaTruth;
  boutique: BoutiqueTruth;
  frontdesk: ClinicTruth;
  depot: DepotTruth;
  insure: InsureTruth;
  upkeep: UpkeepTruth;
  gearshop: GearshopTruth;
  roadmap: RoadmapTruth;
  forum: ForumTruth;
  portal: PortalTruth;
  sprint: SprintTruth;
  vault: VaultTruth;
  enrol: EnrolTruth;
  wiki: WikiTruth;
  leave: LeaveTruth;
  holds: HoldsTruth;
  voyage: VoyageTruth;
  invoices: InvoicesTruth;
}

/** One goal of the suite, judged by the app's reported state. */
export interface BrowserGoal {
  id: string;
  app: AppName;
  /** Plain English, as a user would type it. */
  goal: string;
  /** Run-time values the goal needs (a password); passed like `--var name=value`. */
  variables?: Record<string, string>;
  /**
   * False for goals the app refuses (a locked account, an invalid value): a tool must not claim
   * them passed; a claimed pass is a false pass, a failed or unverified verdict is right.
   */
  reachable: boolean;
  /** Whether the goal holds, from the app's state; never called with a null truth. */
  check(truth: unknown): boolean;
  /** The check's source, for reports. */
  checkSource: string;
}

/** Declares a goal with a check typed by its app's truth. */
export function goal<A extends AppName>(spec: {
  id: string;
  app: A;
  goal: string;
  variables?: Record<string, string>;
  reachable?: boolean;
  check: (truth: TruthOf[A]) => boolean;
}): BrowserGoal {
  return {
    id: spec.id,
    app: spec.app,
    goal: spec.goal,
    ...(spec.variables ? { variables: spec.variables } : {}),
    reachable: spec.reachable ?? true,
    check: (truth) => spec.check(truth as TruthOf[A]),
    checkSource: spec.check.toString(),
  };
}
