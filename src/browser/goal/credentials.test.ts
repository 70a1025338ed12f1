import { describe, expect, it } from 'vitest';
import { credentialsInGoal, demoCredentials } from './credentials.ts';

describe('credentialsInGoal', () => {
  // A secret in brackets right after the account, or "with <user> and <secret>", in a goal that
  // signs in: read only when the secret looks like one (a digit in it).
  it.each([
    ['log in as kim (ward-5) and open the ward list', { user: 'kim', password: 'ward-5' }],
    ['Sign on as root.ops (keys!9), then open the audit log', { user: 'root.ops', password: 'keys!9' }],
    [
      'Sign in with ana@clinic.test and Tulip-42, then open settings',
      { user: 'ana@clinic.test', password: 'Tulip-42' },
    ],
    ['log on with ben and 7seas and archive the memo', { user: 'ben', password: '7seas' }],
    ['Sign in as ana (the nurse) and open the rota', { user: 'ana' }],
    ['Sign in with Google and open my files', {}],
  ])('%s', (goal, expected) => {
    expect(credentialsInGoal(goal)).toEqual(expected);
  });

  it.each([
    ['Log in as nina / hunter2, open the blood test appointment', { user: 'nina', password: 'hunter2' }],
    ['sign on as bob/s3cr3t! and open my orders', { user: 'bob', password: 's3cr3t!' }],
    ["Sign on as nina (password hunter2) and add the note 'x'", { user: 'nina', password: 'hunter2' }],
    [
      'Log on with user name "nina" and password "hunter2", then check in appointment 2',
      { user: 'nina', password: 'hunter2' },
    ],
    ['Log in as temp with password temp123 and open appointment 1', { user: 'temp', password: 'temp123' }],
    ['authenticate using username: maria, password: tulip-7', { user: 'maria', password: 'tulip-7' }],
    [
      "Make sure logging in as nina with the password 'letmein' is refused",
      { user: 'nina', password: 'letmein' },
    ],
    [
      'Open the reports, logging on with e-mail ada@example.com and password Engine#1',
      { user: 'ada@example.com', password: 'Engine#1' },
    ],
  ])('%s', (goal, expected) => {
    expect(credentialsInGoal(goal)).toEqual(expected);
  });

  // Shapes of credentials written the way people paste them: "user X / pass Y", a pair in brackets
  // after the sign-in words, "as X with/using Y" where Y looks like a secret.
  it.each([
    [
      'user jo / pass Harbour-77: give max edit access to the contract',
      { user: 'jo', password: 'Harbour-77' },
    ],
    ['login bea / pass sunny-3, then archive the memo', { user: 'bea', password: 'sunny-3' }],
    ['Close ticket 4 (user: lee, pass: 9tails)', { user: 'lee', password: '9tails' }],
    [
      'Sign in [jo@northfile.test / Harbour-77] and trash the draft',
      { user: 'jo@northfile.test', password: 'Harbour-77' },
    ],
    [
      'Log on (ana@corp.example / p4ss-word) and open the report',
      { user: 'ana@corp.example', password: 'p4ss-word' },
    ],
    ['sign in with [dev / dev-123] then delete the build', { user: 'dev', password: 'dev-123' }],
    ['Sign in as max with pine4max and keep me signed in', { user: 'max', password: 'pine4max' }],
    ['Log in as jo using Harbour-77, then sign out', { user: 'jo', password: 'Harbour-77' }],
    ['after logging in as ana with "open sesame", rename the file', { user: 'ana', password: 'open sesame' }],
  ])('%s', (goal, expected) => {
    expect(credentialsInGoal(goal)).toEqual(expected);
  });

  it('takes no password from words that only look like one', () => {
    // (A plain word after "with" is a way of signing in, not a secret; "pass" outside a credential pair is a verb.)
    expect(credentialsInGoal('Sign in as ana with Google and open the files')).toEqual({ user: 'ana' });
    expect(credentialsInGoal('Log in as bo with the demo account')).toEqual({ user: 'bo' });
    expect(credentialsInGoal('Sign in as kim using single sign-on')).toEqual({ user: 'kim' });
    expect(credentialsInGoal('Pass the case to user grace / team 2')).toEqual({});
    expect(credentialsInGoal('Move the rows 1 / 2 [draft / final] to the archive')).toEqual({});
  });

  it('reads a user without a password, and never makes one up', () => {
    expect(credentialsInGoal('Sign in as ada')).toEqual({ user: 'ada' });
    expect(
      credentialsInGoal('Sign in as ada with the wrong password and make sure the app shows an error'),
    ).toEqual({
      user: 'ada',
    });
    expect(credentialsInGoal('Reset the password field, then log in')).toEqual({});
  });

  it('takes no account from "as" or "user" when the goal does not sign in', () => {
    expect(credentialsInGoal('Mark appointment 3 as completed')).toEqual({});
    expect(credentialsInGoal('Assign ticket 4 to the user grace')).toEqual({});
    expect(credentialsInGoal('Authenticate with the demo account, open appointment 5')).toEqual({});
    // ("emails", "passwords": a key word inside a longer word is no key.)
    expect(credentialsInGoal('Sign in as maria and turn off deal emails in the settings')).toEqual({
      user: 'maria',
    });
    expect(credentialsInGoal('Log in as bo and open passwords')).toEqual({ user: 'bo' });
  });
});

describe('demoCredentials', () => {
  it('reads a demo hint split over several texts, not the form labels', () => {
    const texts = [
      'Front desk',
      'User name',
      'Password',
      'Demo account — user name:',
      'frontdesk',
      ', password:',
      'clinic2026',
    ];
    expect(demoCredentials(texts)).toEqual({ user: 'frontdesk', password: 'clinic2026' });
  });
  it.each([
    [['Try it with username = demo and password = demo123'], { user: 'demo', password: 'demo123' }],
    [
      ['Test account', 'E-mail: tester@shop.example', 'Password: Sh0p!'],
      { user: 'tester@shop.example', password: 'Sh0p!' },
    ],
    [['Use the demo login admin / admin-2024 to look around.'], { user: 'admin', password: 'admin-2024' }],
    // "… with password X": the password's label is a word of the sentence, not a "Password:" label.
    [
      ['Trying it out? Use the demo account:', 'dana@upkeep.test', 'with password', 'maint-2026', '.'],
      { user: 'dana@upkeep.test', password: 'maint-2026' },
    ],
    [
      ['For a test drive sign in as jo@example.com with the password Tr1al!'],
      { user: 'jo@example.com', password: 'Tr1al!' },
    ],
    [['Sample user: kim and password hello-kim'], { user: 'kim', password: 'hello-kim' }],
    // A comma between the account and "password X", no colon after "password".
    [
      ['Trying it out? Use the demo account: jo@northfile.test, password Harbour-77.'],
      { user: 'jo@northfile.test', password: 'Harbour-77' },
    ],
    [['Demo login: pat@example.org, password Pat-2024'], { user: 'pat@example.org', password: 'Pat-2024' }],
  ])('%j', (texts, expected) => {
    expect(demoCredentials(texts)).toEqual(expected);
  });
  it('finds none on a plain sign-in page', () => {
    expect(
      demoCredentials(['Sign in', 'Username', 'Password', 'Forgot your password?', 'Sign in']),
    ).toBeNull();
    expect(demoCredentials(['Your password is private: never share it.'])).toBeNull();
    expect(
      demoCredentials(['Email', 'Password', 'Test the app: sign in with your password', 'Forgot it?']),
    ).toBeNull();
    expect(demoCredentials(['Demo', 'Email', 'Password', 'Sign in with password and code'])).toBeNull();
    // (After a comma, "password" and a plain word is a sentence, not a secret.)
    expect(demoCredentials(['Email: help@example.com, password resets take a day.'])).toBeNull();
  });
});

describe('credentialsInGoal: a key word that is part of a noun phrase names no account', () => {
  // "email notifications", "account settings", "user guide": the key word modifies a common noun
  // written right after it, with no ":", "=" or "is"; the account is the one after "as".
  it.each([
    ['Sign in as ada and turn off email notifications in the settings', { user: 'ada' }],
    ['Log in as bob, then open the account settings', { user: 'bob' }],
    ['sign on as kim and read the user guide', { user: 'kim' }],
    ['Log in as lee and change the email address on my profile', { user: 'lee' }],
    // A value right after the key that is no common word is still the account.
    ['Log on with user name nina and password hunter2', { user: 'nina', password: 'hunter2' }],
    ['Sign in with e-mail ada@example.com', { user: 'ada@example.com' }],
  ])('%s', (goal, expected) => {
    expect(credentialsInGoal(goal)).toEqual(expected);
  });
});
