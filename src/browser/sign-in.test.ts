import { describe, expect, it } from 'vitest';
import { chooseAccount, demoAccounts } from './demo-accounts.ts';
import { readGoal } from './goal/read-goal.ts';
import type { Observation, ObservedElement } from './observe.ts';
import type { HistoryEntry, PlanContext } from './planner.ts';
import { signInDecision, signInStep } from './sign-in.ts';

// Sign-ins that ask for one thing a page, accounts offered in a table, one-time codes: pages of our
// own, worded unlike the tuning apps.
const url = 'http://127.0.0.1/app/';

function page(texts: string[], elements: Partial<ObservedElement>[]): Observation {
  const full = elements.map((e, i) => ({ ref: `e${i + 1}`, role: 'generic', name: '', ...e }));
  return { url, title: '', snapshot: '', elements: full, texts, tokens: 0 };
}

function context(goal: string, observation: Observation, history: HistoryEntry[] = []): PlanContext {
  return { goal, observation, variables: [], files: [], history, lastError: null };
}

const did = (action: HistoryEntry['action'], target?: HistoryEntry['target']): HistoryEntry => ({
  step: 1,
  action,
  description: action.type,
  ok: true,
  url,
  ...(target ? { target } : {}),
});

const decide = (goal: string, observation: Observation, history: HistoryEntry[] = []) =>
  signInDecision(readGoal(goal), context(goal, observation, history));

/** A table of accounts: header row, then one row per account. */
function accountsTable(headers: string[], rows: string[][]): Partial<ObservedElement>[] {
  return [
    { role: 'row', name: headers.join(' '), headerRow: true },
    ...headers.map((h) => ({ role: 'columnheader', name: h })),
    ...rows.flatMap((cells) => [
      { role: 'row', name: cells.join(' ') },
      ...cells.map((c) => ({ role: 'cell', name: c })),
    ]),
  ];
}

const STAFF = accountsTable(
  ['Role', 'Login', 'Password'],
  [
    ['Nurse', 'kim', 'ward-5'],
    ['Administrator', 'root.ops', 'keys!9'],
  ],
);

describe('accounts a page offers', () => {
  it('reads a table of demo users whatever its column words, each row an account', () => {
    const accounts = demoAccounts(page([], STAFF));
    expect(accounts.map((a) => [a.user, a.password])).toEqual([
      ['kim', 'ward-5'],
      ['root.ops', 'keys!9'],
    ]);
    const byMail = demoAccounts(
      page([], accountsTable(['Account', 'E-mail', 'Pwd'], [['Trial', 'pat@shop.test', 'p4t']])),
    );
    expect(byMail.map((a) => a.user)).toEqual(['pat@shop.test']);
  });

  it('takes no account from a table without a password column', () => {
    expect(demoAccounts(page([], accountsTable(['Name', 'Email'], [['Kim', 'kim@x.test']])))).toEqual([]);
  });

  it('picks the account the goal describes, else the first', () => {
    const accounts = demoAccounts(page([], STAFF));
    expect(chooseAccount(accounts, 'as the demo administrator')?.user).toBe('root.ops');
    expect(chooseAccount(accounts, 'log on as the admin test user')?.user).toBe('root.ops');
    expect(chooseAccount(accounts, "using Kim's login")?.user).toBe('kim');
    expect(chooseAccount(accounts, 'with a demo account')?.user).toBe('kim');
  });
});

describe('a sign-in one field a page', () => {
  const first = (field: Partial<ObservedElement>, texts = ['Welcome back']) =>
    page(texts, [field, { role: 'button', name: 'Next', submit: true }, ...STAFF]);

  it('sees a page asking for the user alone, by the field’s words or its type', () => {
    for (const field of [
      { role: 'textbox', name: 'Work e-mail' },
      { role: 'textbox', name: 'Username' },
      { role: 'textbox', name: '', placeholder: 'Your login' },
      { role: 'textbox', name: 'Where we reach you', inputType: 'email' },
    ])
      expect(signInStep(first(field))?.kind, field.name || field.placeholder).toBe('user');
    expect(signInStep(first({ role: 'textbox', name: 'Verification code' }))?.kind).toBe('code');
    expect(signInStep(first({ role: 'textbox', name: 'Street' }))).toBeNull();
  });

  it('leaves alone a dialog of one e-mail field the run opened in a signed-in app', () => {
    // The page behind mentions "Two-factor authentication"; the dialog itself says nothing of signing in.
    const invite = page(
      ['Workspace settings', 'Two-factor authentication', 'Invite a member by e-mail'],
      [
        { role: 'textbox', name: 'Email', inputType: 'email', dialog: 'Invite member' },
        { role: 'button', name: 'Send invite', submit: true, dialog: 'Invite member' },
        { role: 'button', name: 'Invite member', blocked: true },
        { role: 'button', name: 'Two-factor authentication', blocked: true },
      ],
    );
    expect(signInStep(invite)).toBeNull();
    expect(decide('Invite "sam@acme.test" as an Editor', invite)).toBeNull();
    // A dialog that is a sign-in says so itself.
    const signIn = page(
      ['Sign in to continue'],
      [
        { role: 'textbox', name: 'Email', inputType: 'email', dialog: 'Sign in' },
        { role: 'button', name: 'Continue', submit: true, dialog: 'Sign in' },
      ],
    );
    expect(signInStep(signIn)?.kind).toBe('user');
    expect(decide('Open my orders', signIn)?.action).toBeDefined();
  });

  it('takes no field named for something else ("Workspace name", "Project ID") for the user', () => {
    // A rename dialog over a signed-in app: one text field, a Save, the page behind blocked.
    for (const name of ['Workspace name', 'Project name', 'Display name', 'Team ID', 'Name of the board'])
      expect(signInStep(first({ role: 'textbox', name }, ['Signed in as Ada'])), name).toBeNull();
    for (const name of ['User name', 'User ID', 'Account name', 'Login name'])
      expect(signInStep(first({ role: 'textbox', name }))?.kind, name).toBe('user');
  });

  it('types the account the goal means on the first page, then sends it', () => {
    const start = first({ role: 'textbox', name: 'Username' });
    for (const goal of [
      'As the demo administrator, close ward 3',
      'Sign in as the admin and close ward 3',
      'Using the administrator account, close ward 3',
    ])
      expect(decide(goal, start)?.action, goal).toEqual({ type: 'fill', ref: 'e1', value: 'root.ops' });
    const typed = [did({ type: 'fill', ref: 'e1', value: 'kim' }, { role: 'textbox', name: 'Username' })];
    expect(decide('Close ward 3', start, typed)?.action).toEqual({ type: 'click', ref: 'e2' });
  });

  it('leaves alone a one-field page that is not a sign-in (a newsletter box) when the goal does not ask', () => {
    const news = page(
      ['Get our weekly news'],
      [
        { role: 'textbox', name: 'Email', inputType: 'email' },
        { role: 'button', name: 'Subscribe', submit: true },
      ],
    );
    expect(decide('Subscribe to the weekly news', news)).toBeNull();
  });

  it('types the password of the account typed on the page before, found in the table', () => {
    const second = page(
      ['Hello kim'],
      [
        { role: 'textbox', name: 'Password', password: true },
        { role: 'button', name: 'Log on', submit: true },
        ...STAFF,
      ],
    );
    const history = [
      did({ type: 'fill', ref: 'e1', value: 'kim' }, { role: 'textbox', name: 'Username' }),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Next' }),
    ];
    expect(decide('Open my shifts', second, history)?.action).toEqual({
      type: 'fill',
      ref: 'e1',
      value: 'ward-5',
    });
    // A password the goal gives wins over the table's (it may be wrong on purpose).
    expect(decide('Log in as kim with password nope1 and open my shifts', second, history)?.action).toEqual({
      type: 'fill',
      ref: 'e1',
      value: 'nope1',
    });
  });

  it('types the one-time code the goal gives, else the one the page shows, never a phone number', () => {
    const signedIn = [
      did({ type: 'fill', ref: 'e1', value: 'hunter' }, { role: 'textbox', name: 'Password' }),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Log on' }),
    ];
    const code = (texts: string[]) =>
      page(texts, [
        { role: 'textbox', name: 'Security code' },
        { role: 'button', name: 'Confirm', submit: true },
      ]);
    expect(
      decide(
        'Open my shifts',
        code(['We texted a 6-digit code to the phone ending 4411.', 'Test mode — code: 90210']),
        signedIn,
      )?.action,
    ).toEqual({ type: 'fill', ref: 'e1', value: '90210' });
    expect(
      decide('Log in with the code 123456 and open my shifts', code(['Test mode — code: 90210']), signedIn)
        ?.action,
    ).toEqual({
      type: 'fill',
      ref: 'e1',
      value: '123456',
    });
    expect(
      decide('Open my shifts', code(['We texted a 6-digit code to the phone ending 4411.']), signedIn)?.action
        .type,
    ).toBe('fail');
  });

  it('stops with the app’s words when a step it sent comes back refused', () => {
    const again = page(
      [],
      [
        { role: 'textbox', name: 'Security code' },
        { role: 'button', name: 'Confirm', submit: true },
        { role: 'alert', name: 'Wrong code' },
      ],
    );
    const history = [
      did({ type: 'fill', ref: 'e1', value: 'hunter' }, { role: 'textbox', name: 'Password' }),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Log on' }),
      did({ type: 'fill', ref: 'e1', value: '111111' }, { role: 'textbox', name: 'Security code' }),
      did({ type: 'click', ref: 'e2' }, { role: 'button', name: 'Confirm' }),
    ];
    const decision = decide('Log in with code 111111 and open my shifts', again, history);
    expect(decision?.action.type).toBe('fail');
    expect(decision?.action.value).toContain('Wrong code');
  });

  it('ticks the box the goal asks for on the sign-in page before sending it', () => {
    const start = page(
      [],
      [
        { role: 'textbox', name: 'Username' },
        { role: 'checkbox', name: 'Keep me signed in', checked: false },
        { role: 'button', name: 'Next', submit: true },
        ...STAFF,
      ],
    );
    const typed = [did({ type: 'fill', ref: 'e1', value: 'kim' }, { role: 'textbox', name: 'Username' })];
    expect(decide('Log in as the nurse and tick keep me signed in', start, typed)?.action).toEqual({
      type: 'check',
      ref: 'e2',
    });
  });
});

describe('a box on the sign-in form the goal names by its label alone', () => {
  // "… and keep me signed in": no "tick", the label itself is the goal's words (read as another
  // intent); the box beside it ("Show password") is left alone, and a part saying to leave the box
  // off ticks nothing.
  const form = page(
    [],
    [
      { role: 'textbox', name: 'Email' },
      { role: 'textbox', name: 'Password', password: true },
      { role: 'checkbox', name: 'Show password', checked: false },
      { role: 'checkbox', name: 'Keep me logged in', checked: false },
      { role: 'checkbox', name: 'Remember me on this computer', checked: false },
      { role: 'button', name: 'Sign in', submit: true },
    ],
  );
  const typed = [
    did({ type: 'fill', ref: 'e1', value: 'kim@x.test' }, { role: 'textbox', name: 'Email' }),
    did({ type: 'fill', ref: 'e2', value: 'ward-5x' }, { role: 'textbox', name: 'Password' }),
  ];
  it.each([
    ['Sign in as kim@x.test with password ward-5x and keep me logged in', 'e4'],
    ['Log in as kim@x.test (password ward-5x), keep me logged in, then open my files', 'e4'],
    ['Sign in as kim@x.test with password ward-5x and remember me on this computer', 'e5'],
  ])('%s', (goal, box) => {
    expect(decide(goal, form, typed)?.action).toEqual({ type: 'check', ref: box });
  });
  it('sends the form when the goal names no box', () => {
    expect(
      decide('Sign in as kim@x.test with password ward-5x and open my files', form, typed)?.action,
    ).toEqual({
      type: 'click',
      ref: 'e6',
    });
  });
});

describe('a clause naming who acts', () => {
  it('is the sign-in: "as …", or "using/with" an account', () => {
    for (const goal of [
      'As the demo user, open my shifts',
      'as Kim, open my shifts',
      'Using the nurse login, open my shifts',
      'With the test account, open my shifts',
    ])
      expect(readGoal(goal)[0]?.intent, goal).toBe('login');
    for (const goal of ['With the Save button, keep the form', 'Mark it as done'])
      expect(readGoal(goal)[0]?.intent, goal).not.toBe('login');
  });
});
