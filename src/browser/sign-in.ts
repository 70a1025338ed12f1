import { ERROR_WORDS } from './evidence.ts';
import { credentialsInGoal, demoCredentials, type Credentials } from './goal/credentials.ts';
import { relatedWords, type GoalPart } from './goal/read-goal.ts';
import { isTextField, type Observation, type ObservedElement } from './observe.ts';
import type { HistoryEntry, PlanContext, PlanDecision } from './planner.ts';

/**
 * Signing in on the way to a goal. A goal for a login-gated app often never says "sign in" ("Find
 * the appointments for Tanaka"), or says it in words of its own ("log on as nina / hunter2",
 * "authenticate with the demo account"). When the page is a sign-in form, this signs in first with
 * the account the goal gives, the run's variables, or the demo account the page itself shows, and
 * says which; with none of those it stops and says what to give. A password is never guessed, and
 * the form is sent once: what the app answers (an error, a disabled account) is for the checker.
 */

/** The page's sign-in form: its one password field, the user field beside it, the button that sends them. */
export interface SignInForm {
  password: ObservedElement;
  user?: ObservedElement;
  submit?: ObservedElement;
}

const USER_WORDS = ['user', 'username', 'email', 'login', 'account', 'name', 'id'];
/** A goal about the form itself (registering, a forgotten password), not about what lies behind it. */
const ABOUT_THE_FORM =
  /\b(pass\s?words?|passcodes?|user\s?names?|sign(?:ing|s)?[\s-]?up|register\w*|forg[eo]t\w*|reset\w*|create (?:an |a new )?account|remember me|(?:log|sign)[\s-]?in (?:form|page|button|field|box))\b/i;
/** Roles a person can act on, for telling a sign-in page from a page with a small sign-in box. */
const ACTIONABLE = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'tab',
]);

/** The sign-in form on the page, or null (none, or two password fields: a sign-up or a password change). */
export function signInForm(observation: Observation): SignInForm | null {
  const usable = observation.elements.filter((e) => !e.disabled && !e.blocked);
  const passwords = usable.filter((e) => e.password && isTextField(e.role));
  if (passwords.length !== 1) return null;
  const password = passwords[0]!;
  const sameForm = (e: ObservedElement) => (e.group ?? '') === (password.group ?? '');
  const others = usable.filter(
    (e) => isTextField(e.role) && !e.password && !e.fileInput && e.role !== 'searchbox' && sameForm(e),
  );
  // More fields than a user name (and perhaps a code) beside the password: a registration form.
  if (others.length > 2) return null;
  const user =
    others.find(
      (f) => relatedWords(`${f.name} ${f.placeholder ?? ''} ${f.nearLabel ?? ''}`, USER_WORDS).length > 0,
    ) ?? (others.length === 1 ? others[0] : undefined);
  const buttons = usable.filter((e) => e.role === 'button' && sameForm(e));
  const submit = buttons.find((b) => b.submit) ?? (buttons.length === 1 ? buttons[0] : undefined);
  return { password, ...(user ? { user } : {}), ...(submit ? { submit } : {}) };
}

/**
 * Whether the page is a sign-in page (the form is what it offers: a few links such as "Forgot
 * password?" beside it at most), not a page with a small sign-in box among other things to do.
 */
export function isSignInPage(observation: Observation, form: SignInForm): boolean {
  const own = new Set([form.password.ref, form.user?.ref, form.submit?.ref]);
  const outside = observation.elements.filter((e) => ACTIONABLE.has(e.role) && !own.has(e.ref) && !e.blocked);
  return outside.length <= 4;
}

/** Whether the history sent a sign-in form: a password typed, then a click or a key. */
export function sentSignIn(history: readonly HistoryEntry[], passwordField?: string): boolean {
  const typed = history.findIndex(
    (h) =>
      h.ok &&
      h.action.type === 'fill' &&
      (passwordField !== undefined
        ? h.target?.name === passwordField
        : /\b(pass\s?word|passcode|pwd)\b/i.test(h.target?.name ?? '')),
  );
  return (
    typed >= 0 &&
    history.slice(typed + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  );
}

/** Whether the last action of the run was the one that sent the form (a click or a key after typing). */
function lastActionSent(history: readonly HistoryEntry[]): boolean {
  const done = history.filter((h) => h.ok && h.action.type !== 'done' && h.action.type !== 'fail');
  const last = done.at(-1);
  return (
    last !== undefined &&
    (last.action.type === 'click' || last.action.type === 'press') &&
    done.at(-2)?.action.type === 'fill'
  );
}

interface Account {
  user?: string;
  userVariable?: string;
  password?: string;
  passwordVariable?: string;
  /** Where the account came from, for the step's reason. */
  from: string;
}

/** The account to sign in with: the goal's, else the run's variables, else the page's demo account. */
function accountFor(parts: readonly GoalPart[], context: PlanContext): Account | { missing: string } {
  const said: Credentials = credentialsInGoal(context.goal);
  const login = parts.find((p) => p.intent === 'login');
  const user = said.user ?? login?.values[0];
  const userVariable = user
    ? undefined
    : context.variables.find((v) => /user|login|e-?mail|account/i.test(v));
  const passwordVariable = said.password
    ? undefined
    : context.variables.find((v) => /pass|pwd|secret|pin\b/i.test(v));
  const demo = demoCredentials(context.observation.texts);
  if (!user && !userVariable && demo)
    return {
      user: demo.user!,
      ...(said.password
        ? { password: said.password }
        : passwordVariable
          ? { passwordVariable }
          : { password: demo.password! }),
      from: `the demo account the page shows ("${demo.user}")`,
    };
  const password =
    said.password ??
    (passwordVariable
      ? undefined
      : demo && user && demo.user?.toLowerCase() === user.toLowerCase()
        ? demo.password
        : undefined);
  const missing = [
    ...(user || userVariable ? [] : ['a user name']),
    ...(password || passwordVariable ? [] : ['a password']),
  ];
  if (missing.length) return { missing: missing.join(' and ') };
  return {
    ...(user ? { user } : { userVariable: userVariable! }),
    ...(password ? { password } : { passwordVariable: passwordVariable! }),
    from:
      said.user || said.password || login?.values[0]
        ? 'the account the goal gives'
        : 'the account in the run\u2019s variables',
  };
}

/** Whether a field was typed into on this page in this run. */
function typedHere(history: readonly HistoryEntry[], field: ObservedElement, url: string): boolean {
  return history.some(
    (h) => h.ok && h.action.type === 'fill' && h.target?.name === field.name && h.url === url,
  );
}

/**
 * The next step of signing in when the goal needs it and the page asks for it, or null when
 * signing in is not this page's business (no sign-in form; the goal is about the form itself; the
 * form was already sent and the app answered).
 */
export function signInDecision(parts: readonly GoalPart[], context: PlanContext): PlanDecision | null {
  const { observation, history } = context;
  const form = signInForm(observation);
  if (!form) return null;
  const said = credentialsInGoal(context.goal);
  const asked = parts.some((p) => p.intent === 'login') || said.password !== undefined;
  // Nothing in the goal says to sign in: only a page that is a sign-in page stands in the way, and
  // a goal about the form itself ("reset my password", "register") is the form's.
  if (!asked && (!isSignInPage(observation, form) || parts.some((p) => ABOUT_THE_FORM.test(p.text))))
    return null;
  // Sent once already and the form is still here: the app's answer (an error, a disabled account)
  // stands; sending again would be guessing. It is the end when the goal asks for a refusal, else
  // the goal cannot go on.
  if (sentSignIn(history, form.password.name)) {
    // (Acted on since, as "sign in and then sign out" does: the sign-in went through back then.)
    if (!asked || !lastActionSent(history)) return null;
    const answer =
      observation.elements.find((e) => e.role === 'alert' && (e.name || e.text)) ??
      observation.elements.find((e) => e.role === 'status' && ERROR_WORDS.test(e.name || e.text || ''));
    const said = answer ? answer.name || answer.text! : undefined;
    if (parts.some((p) => p.intent === 'observe' && ERROR_WORDS.test(p.text)))
      return said
        ? {
            reason: `The app refused the sign-in, as the goal expects: "${said}".`,
            action: { type: 'done', assertions: [{ type: 'text-visible', text: said }] },
          }
        : null;
    const why = `the app did not let the sign-in through${said ? `: "${said}"` : ' (its form is still shown)'}`;
    return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
  }
  const account = accountFor(parts, context);
  if ('missing' in account) {
    const why = `the app asks to sign in first (a password field is shown) and neither the goal nor the page gives ${account.missing}: give them in the goal (e.g. "as <user> with password <password>") or as variables`;
    return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
  }
  const say = (what: string, action: PlanDecision['action']): PlanDecision => ({
    reason: `The app asks to sign in first; signing in with ${account.from}: ${what}`,
    action,
  });
  const { user: userField, password, submit } = form;
  if (userField && !typedHere(history, userField, observation.url)) {
    if (account.user && userField.value !== account.user)
      return say(`"${account.user}" goes into ${userField.role} "${userField.name}".`, {
        type: 'fill',
        ref: userField.ref,
        value: account.user,
      });
    if (account.userVariable)
      return say(`variable "${account.userVariable}" goes into ${userField.role} "${userField.name}".`, {
        type: 'fill',
        ref: userField.ref,
        variable: account.userVariable,
      });
  }
  if (!typedHere(history, password, observation.url))
    return say(`the password goes into "${password.name}".`, {
      type: 'fill',
      ref: password.ref,
      ...(account.password !== undefined
        ? { value: account.password }
        : { variable: account.passwordVariable! }),
    });
  if (submit) return say(`"${submit.name}" sends the form.`, { type: 'click', ref: submit.ref });
  return say('press Enter to send the form.', { type: 'press', ref: password.ref, value: 'Enter' });
}
