import { describe, expect, it } from 'vitest';
import { credentialsInGoal, demoCredentials } from './credentials.ts';

describe('credentialsInGoal', () => {
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
  });
});
