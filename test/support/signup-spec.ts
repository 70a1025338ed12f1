/**
 * The demo app's sign-up flow as the local planner records it (`codify test run --url …/signup
 * --goal 'Sign up with my name, email and password and accept the terms'`), written out so tests
 * of replay at scale need no recording. The email has a default, so several copies with different
 * defaults replay side by side (the app refuses an email twice); the password is secret and given
 * at run time.
 */
import type { Spec } from '../../src/browser/index.ts';

export function signupSpec(appUrl: string, email: string, button = 'Create account'): Spec {
  const fill = (name: string, variable: string) => ({
    action: 'fill' as const,
    locator: { role: 'textbox', name },
    value: { var: variable },
  });
  return {
    version: 1,
    goal: 'Sign up with my name, email and password and accept the terms',
    url: `${appUrl}/signup`,
    viewport: { width: 1280, height: 800 },
    variables: { name: { default: 'Ada' }, email: { default: email }, password: { secret: true } },
    files: {},
    steps: [
      fill('Name', 'name'),
      fill('Email', 'email'),
      fill('Password', 'password'),
      { action: 'check', locator: { role: 'checkbox', name: 'I accept the terms and conditions' } },
      { action: 'click', locator: { role: 'button', name: button } },
    ],
    assertions: [
      { type: 'text-visible', text: 'Your account has been created.' },
      { type: 'text-visible', text: 'Welcome,' },
    ],
    recordedWith: { planner: 'local', outcome: 'passed', at: '2026-12-06T00:00:00.000Z' },
  };
}
