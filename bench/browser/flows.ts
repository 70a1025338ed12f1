/**
 * The flows the browser benchmark runs on the demo app, as data: the goal a person would type, the
 * run-time variables, and the intended actions the SCRIPTED model planner takes (by role and
 * accessible name; the ref is looked up in each snapshot it is shown, see scripted-planner-model.ts).
 */
import type { PlannedAssertion } from '../../src/browser/planner.ts';

/** One intended action, addressed the way a model reads the snapshot: role and accessible name. */
export interface FlowIntent {
  action: 'click' | 'fill' | 'check' | 'select';
  role: string;
  name: string;
  /** fill/select: a variable's name (its value is never shown to planners). */
  variable?: string;
  /** select: the option label. */
  value?: string;
  reason: string;
}

export interface Flow {
  id: string;
  goal: string;
  /** Start path on the demo app. */
  path: string;
  /** Variables of the `run`-th execution (emails must differ: the app refuses a second sign-up). */
  variables: (run: number) => Record<string, string>;
  intents: FlowIntent[];
  /** Text the page shows once the goal is reached: the scripted model waits for it before "done",
   * and the benchmark checks it on the final page itself, whatever the planner claimed. */
  successText: string;
  /** Evidence the scripted model gives with "done". */
  assertions: PlannedAssertion[];
}

const signup: Flow = {
  id: 'signup',
  goal: 'Sign up with my name, email and password and accept the terms',
  path: '/',
  variables: (run) => ({
    name: 'Ada',
    email: `ada.bench${run}.${Date.now()}@example.com`,
    password: 'hunter22',
  }),
  intents: [
    {
      action: 'click',
      role: 'link',
      name: 'Sign up',
      reason: 'The sign-up form is behind the "Sign up" link.',
    },
    { action: 'fill', role: 'textbox', name: 'Name', variable: 'name', reason: 'Fill in the name.' },
    { action: 'fill', role: 'textbox', name: 'Email', variable: 'email', reason: 'Fill in the email.' },
    {
      action: 'fill',
      role: 'textbox',
      name: 'Password',
      variable: 'password',
      reason: 'Fill in the password.',
    },
    {
      action: 'check',
      role: 'checkbox',
      name: 'I accept the terms and conditions',
      reason: 'The goal says to accept the terms.',
    },
    { action: 'click', role: 'button', name: 'Create account', reason: 'Submit the form.' },
  ],
  successText: 'Your account has been created.',
  assertions: [
    { type: 'text-visible', text: 'Your account has been created.' },
    { type: 'url-matches', pattern: '/signup' },
  ],
};

const checkout: Flow = {
  id: 'checkout',
  goal:
    'Search the shop for the query, open the Desk Lamp, add it to the cart, go to checkout and place the ' +
    'order with my full name and address and express shipping',
  path: '/',
  variables: () => ({ query: 'lamp', name: 'Ada Lovelace', address: '12 Analytical Row, London' }),
  intents: [
    { action: 'click', role: 'link', name: 'Search', reason: 'Open the search page.' },
    {
      action: 'fill',
      role: 'searchbox',
      name: 'Search products',
      variable: 'query',
      reason: 'Type the query.',
    },
    { action: 'click', role: 'button', name: 'Search', reason: 'Run the search.' },
    { action: 'click', role: 'link', name: 'Desk Lamp', reason: 'Open the lamp from the results.' },
    { action: 'click', role: 'button', name: 'Add to cart', reason: 'Add it to the cart.' },
    { action: 'click', role: 'link', name: 'Proceed to checkout', reason: 'Go to checkout.' },
    {
      action: 'fill',
      role: 'textbox',
      name: 'Full name',
      variable: 'name',
      reason: 'Fill in the full name.',
    },
    { action: 'fill', role: 'textbox', name: 'Address', variable: 'address', reason: 'Fill in the address.' },
    {
      action: 'select',
      role: 'combobox',
      name: 'Shipping method',
      value: 'Express (1 day)',
      reason: 'The goal asks for express shipping.',
    },
    { action: 'click', role: 'button', name: 'Place order', reason: 'Place the order.' },
  ],
  successText: 'Thank you for your order!',
  assertions: [
    { type: 'text-visible', text: 'Thank you for your order!' },
    { type: 'url-matches', pattern: '/checkout' },
  ],
};

export const FLOWS: Readonly<Record<string, Flow>> = { signup, checkout };
