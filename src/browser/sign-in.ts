import { ERROR_WORDS } from './evidence.ts';
import { chooseAccount, demoAccounts } from './demo-accounts.ts';
import { credentialsInGoal, SIGN_IN_WORDS, type Credentials } from './goal/credentials.ts';
import { relatedWords, type GoalPart } from './goal/read-goal.ts';
import { isTextField, readName, type Observation, type ObservedElement } from './observe.ts';
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

/**
 * The steps of the history that signed in: what was typed before the password was sent (the user,
 * the password) and the click or key that sent it. Empty when no password was typed and sent.
 */
export function signInSteps(history: readonly HistoryEntry[]): Set<HistoryEntry> {
  const typed = history.findIndex(
    (h) => h.ok && h.action.type === 'fill' && /\b(pass\s?word|passcode|pwd)\b/i.test(h.target?.name ?? ''),
  );
  const sent = history.findIndex(
    (h, i) => typed >= 0 && i > typed && h.ok && (h.action.type === 'click' || h.action.type === 'press'),
  );
  if (sent < 0) return new Set();
  return new Set(history.filter((h, i) => i === sent || (i < sent && h.action.type === 'fill')));
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

/**
 * Words that name an account whatever else the field says: a page asking for one field alone is a
 * sign-in step only for these ("Workspace name" or "Team ID" in a dialog is not a user name).
 */
const ACCOUNT_WORDS = USER_WORDS.filter((w) => w !== 'name' && w !== 'id');

/** Whether a field's words say it takes a user name or an e-mail address. */
function isUserField(
  e: {
    name: string;
    placeholder?: string | undefined;
    nearLabel?: string | undefined;
    inputType?: string | undefined;
  },
  words: readonly string[] = USER_WORDS,
): boolean {
  return (
    e.inputType === 'email' ||
    relatedWords(
      `${e.name} ${e.placeholder ?? ''} ${e.nearLabel ?? ''}`.replace(/\be-mail\b/gi, 'email'),
      words,
    ).length > 0
  );
}

/**
 * The user this run typed into a sign-in field earlier (a sign-in over several pages asks for the
 * user, then on the next page for the password, which may no longer show whose it is).
 */
function typedUser(history: readonly HistoryEntry[]): string | undefined {
  return history.findLast(
    (h) =>
      h.ok &&
      h.action.type === 'fill' &&
      h.action.value !== undefined &&
      h.target !== undefined &&
      !/\b(pass\s?word|passcode|pwd)\b/i.test(h.target.name) &&
      isUserField(h.target),
  )?.action.value;
}

/**
 * The account to sign in with: the goal's, else the run's variables, else the demo account the page
 * offers that the goal's words mean (the first when they name none). A password the goal gives
 * always wins over the page's: a goal may give a wrong one on purpose.
 */
function accountFor(
  parts: readonly GoalPart[],
  context: PlanContext,
  needs: { user: boolean; password: boolean },
): Account | { missing: string } {
  const said: Credentials = credentialsInGoal(context.goal);
  const login = parts.find((p) => p.intent === 'login');
  const typed = typedUser(context.history);
  const user = said.user ?? login?.values[0] ?? typed;
  const userVariable = user
    ? undefined
    : context.variables.find((v) => /user|login|e-?mail|account/i.test(v));
  const passwordVariable = said.password
    ? undefined
    : context.variables.find((v) => /pass|pwd|secret|pin\b/i.test(v));
  const offered = demoAccounts(context.observation);
  if (!user && !userVariable && offered.length) {
    const demo = chooseAccount(offered, login?.text ?? context.goal)!;
    return {
      user: demo.user,
      ...(said.password
        ? { password: said.password }
        : passwordVariable
          ? { passwordVariable }
          : { password: demo.password }),
      from: `the demo account the page shows ("${demo.user}")`,
    };
  }
  const password =
    said.password ??
    (passwordVariable
      ? undefined
      : user
        ? offered.find((a) => a.user.toLowerCase() === user.toLowerCase())?.password
        : undefined);
  const missing = [
    ...(!needs.user || user || userVariable ? [] : ['a user name']),
    ...(!needs.password || password || passwordVariable ? [] : ['a password']),
  ];
  if (missing.length) return { missing: missing.join(' and ') };
  return {
    ...(user ? { user } : userVariable ? { userVariable } : {}),
    ...(password ? { password } : passwordVariable ? { passwordVariable } : {}),
    from:
      said.user || said.password || login?.values[0]
        ? 'the account the goal gives'
        : typed && user === typed
          ? `the account typed on the page before ("${typed}")`
          : 'the account in the run\u2019s variables',
  };
}

/** Whether a field was typed into on this page in this run. */
function typedHere(history: readonly HistoryEntry[], field: ObservedElement, url: string): boolean {
  return history.some(
    (h) => h.ok && h.action.type === 'fill' && h.target?.name === readName(field) && h.url === url,
  );
}

/** Words of a field that takes a one-time code (a second step of signing in). */
const CODE_FIELD = /\b(?:code|otp|one[\s-]?time|verification|verify|2fa|two[\s-]?factor|token|pin)\b/i;
/** A code the goal gives ("using the one-time code 111111", "code: 4242"). */
const CODE_IN_GOAL = /\bcode\b\s*(?::|=|\bis\b|\bof\b)?\s*["“'‘]?(\d{4,8})\b/i;
/** A code the page shows to type ("your one-time code is 482913", "Code: 4242"), never "the 6-digit code". */
const CODE_ON_PAGE = /\bcode\b\s*(?::|=|\bis\b)\s*(\d{4,8})\b/i;

/** A step of signing in that asks for one field: the user alone (then Continue), or a one-time code. */
export interface SignInStep {
  kind: 'user' | 'code';
  field: ObservedElement;
  submit?: ObservedElement;
}

/**
 * A sign-in page that asks for one thing at a time: one text field (no password field) that takes
 * the user (an e-mail, a user name) or a one-time code, a button that sends it, and little else.
 * Null when the page has more fields, no such field, or offers much else to do.
 */
export function signInStep(observation: Observation): SignInStep | null {
  const usable = observation.elements.filter((e) => !e.disabled && !e.blocked);
  if (usable.some((e) => e.password)) return null;
  const fields = usable.filter((e) => isTextField(e.role) && !e.fileInput && e.role !== 'searchbox');
  if (fields.length !== 1) return null;
  const field = fields[0]!;
  const words = `${field.name} ${field.placeholder ?? ''} ${field.nearLabel ?? ''}`;
  const kind = CODE_FIELD.test(words) ? 'code' : isUserField(field, ACCOUNT_WORDS) ? 'user' : null;
  if (!kind) return null;
  // A dialog asking for an e-mail ("Invite member") is a sign-in only when it says so itself.
  if (kind === 'user' && field.dialog && !saysSignIn(observation, field)) return null;
  const sameForm = (e: ObservedElement) => (e.group ?? '') === (field.group ?? '');
  const buttons = usable.filter((e) => e.role === 'button' && sameForm(e));
  const submit = buttons.find((b) => b.submit) ?? (buttons.length === 1 ? buttons[0] : undefined);
  if (!isSignInPage(observation, { password: field, ...(submit ? { submit } : {}) })) return null;
  return { kind, field, ...(submit ? { submit } : {}) };
}

/**
 * Whether the page says it is about signing in: its words, or the accounts it offers to try. A field
 * in a dialog is judged by the dialog's own words: the page behind an "Invite member" dialog may
 * well mention "Two-factor authentication" without the dialog being a sign-in.
 */
function saysSignIn(observation: Observation, field: ObservedElement): boolean {
  const words = field.dialog
    ? [
        field.dialog,
        ...(observation.dialogTexts ?? []),
        ...observation.elements.filter((e) => e.dialog === field.dialog).map((e) => e.name),
      ]
    : [observation.title, ...observation.texts, ...observation.elements.map((e) => e.name)];
  return words.some((w) => SIGN_IN_WORDS.test(w)) || demoAccounts(observation).length > 0;
}

/** The step of the history that typed into this field (by name) and sent it after, if any. */
function sentField(history: readonly HistoryEntry[], name: string): boolean {
  const typed = history.findLastIndex((h) => h.ok && h.action.type === 'fill' && h.target?.name === name);
  return (
    typed >= 0 &&
    history.slice(typed + 1).some((h) => h.ok && (h.action.type === 'click' || h.action.type === 'press'))
  );
}

/**
 * The app's answer to a sign-in step sent and shown again: the end when the goal expects a
 * refusal, else a stop that says what the app said (sending again would be guessing).
 */
function refusedAnswer(parts: readonly GoalPart[], observation: Observation): PlanDecision | null {
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

/**
 * A box the goal asks to tick on the sign-in page ("tick Remember me on the way", "keep me signed
 * in"): ticked before the page is sent, or it is gone with the page.
 */
function boxToTick(parts: readonly GoalPart[], observation: Observation): ObservedElement | undefined {
  const wanted = parts.filter((p) => p.intent === 'check');
  // A part worded as the box's own label ("… and keep me signed in" for "Keep me signed in"), read
  // as another intent because the label is a sentence: the goal names the box.
  const said = parts
    .filter((p) => p.intent !== 'login' && p.intent !== 'uncheck' && p.intent !== 'logout')
    .map((p) => words(p.text));
  return observation.elements.find(
    (e) =>
      (e.role === 'checkbox' || e.role === 'switch') &&
      !e.checked &&
      !e.disabled &&
      (wanted.some((p) => relatedWords(e.name, p.objectWords).length > 0) ||
        (words(e.name).split(' ').length >= 3 && said.some((t) => ` ${t} `.includes(` ${words(e.name)} `)))),
  );
}

/** A text's words, lower case, one space apart, without punctuation. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

/** The step for a page that asks for the user alone or for a one-time code. */
function stepDecision(
  step: SignInStep,
  parts: readonly GoalPart[],
  context: PlanContext,
  asked: boolean,
): PlanDecision | null {
  const { observation, history } = context;
  const { field, submit } = step;
  if (sentField(history, readName(field))) {
    // Sent, and the same page asks again: refused, if it was the last thing done; acted on since
    // ("sign in, then sign out"): the sign-in went through back then.
    if (!lastActionSent(history)) return null;
    return refusedAnswer(parts, observation);
  }
  // A step of someone else's sign-in (a code page the run never reached by signing in) is no business of ours.
  if (step.kind === 'code' && !sentSignIn(history) && !asked) return null;
  const send = (why: string): PlanDecision => {
    const tick = boxToTick(parts, observation);
    if (tick)
      return {
        reason: `${why} The goal asks to tick "${tick.name}" on the way.`,
        action: { type: 'check', ref: tick.ref },
      };
    return submit
      ? { reason: `${why} "${submit.name}" sends it.`, action: { type: 'click', ref: submit.ref } }
      : { reason: `${why} Enter sends it.`, action: { type: 'press', ref: field.ref, value: 'Enter' } };
  };
  const typedNow = history.some(
    (h) =>
      h.ok && h.action.type === 'fill' && h.target?.name === readName(field) && h.url === observation.url,
  );
  if (step.kind === 'code') {
    if (typedNow) return send('The one-time code is typed.');
    const fromGoal = CODE_IN_GOAL.exec(context.goal)?.[1];
    const fromPage = observation.texts.map((t) => CODE_ON_PAGE.exec(t)?.[1]).find(Boolean);
    const code = fromGoal ?? fromPage;
    if (!code) {
      const why =
        'the sign-in asks for a one-time code and neither the goal nor the page gives one: give it in the goal (e.g. "with the code 123456")';
      return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
    }
    return {
      reason: `The sign-in asks for a one-time code; ${fromGoal ? 'the goal gives' : 'the page shows'} "${code}".`,
      action: { type: 'fill', ref: field.ref, value: code },
    };
  }
  if (typedNow) return send('The user is typed on the first page of the sign-in.');
  const account = accountFor(parts, context, { user: true, password: false });
  if ('missing' in account) {
    const why = `the app asks to sign in first and neither the goal nor the page gives ${account.missing}: give them in the goal (e.g. "as <user> with password <password>") or as variables`;
    return { reason: `Stuck: ${why}.`, action: { type: 'fail', value: `Cannot go on: ${why}.` } };
  }
  return {
    reason: `The app asks to sign in first, one field a page; signing in with ${account.from}: the user goes into ${field.role} "${readName(field)}".`,
    action: {
      type: 'fill',
      ref: field.ref,
      ...(account.user !== undefined ? { value: account.user } : { variable: account.userVariable! }),
    },
  };
}

/**
 * The next step of signing in when the goal needs it and the page asks for it, or null when
 * signing in is not this page's business (no sign-in form; the goal is about the form itself; the
 * form was already sent and the app answered).
 */
export function signInDecision(parts: readonly GoalPart[], context: PlanContext): PlanDecision | null {
  const { observation, history } = context;
  const form = signInForm(observation);
  const said = credentialsInGoal(context.goal);
  const asked = parts.some((p) => p.intent === 'login') || said.password !== undefined;
  if (!form) {
    // A sign-in that asks for one thing a page (the user, then the password, then a code).
    const step = signInStep(observation);
    // (A goal about the form itself is the form's, unless it also asks to sign in: "sign in as
    // x (password y)" names a password and still wants what is behind it.)
    if (!step || (!asked && parts.some((p) => ABOUT_THE_FORM.test(p.text) && p.intent !== 'check')))
      return null;
    // Unasked, a one-field page is a sign-in only when it says so (not a newsletter's e-mail box).
    if (!asked && step.kind === 'user' && !saysSignIn(observation, step.field)) return null;
    return stepDecision(step, parts, context, asked);
  }
  // Nothing in the goal says to sign in: only a page that is a sign-in page stands in the way, and
  // a goal about the form itself ("reset my password", "register") is the form's.
  if (!asked && (!isSignInPage(observation, form) || parts.some((p) => ABOUT_THE_FORM.test(p.text))))
    return null;
  // Sent once already and the form is still here: the app's answer (an error, a disabled account)
  // stands; sending again would be guessing. It is the end when the goal asks for a refusal, else
  // the goal cannot go on.
  if (sentSignIn(history, readName(form.password))) {
    // (Acted on since, as "sign in and then sign out" does: the sign-in went through back then.)
    if (!asked || !lastActionSent(history)) return null;
    return refusedAnswer(parts, observation);
  }
  const account = accountFor(parts, context, { user: form.user !== undefined, password: true });
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
      return say(`"${account.user}" goes into ${userField.role} "${readName(userField)}".`, {
        type: 'fill',
        ref: userField.ref,
        value: account.user,
      });
    if (account.userVariable)
      return say(`variable "${account.userVariable}" goes into ${userField.role} "${readName(userField)}".`, {
        type: 'fill',
        ref: userField.ref,
        variable: account.userVariable,
      });
  }
  if (!typedHere(history, password, observation.url))
    return say(`the password goes into "${readName(password)}".`, {
      type: 'fill',
      ref: password.ref,
      ...(account.password !== undefined
        ? { value: account.password }
        : { variable: account.passwordVariable! }),
    });
  const tick = boxToTick(parts, observation);
  if (tick) return say(`the goal asks to tick "${tick.name}" on the way.`, { type: 'check', ref: tick.ref });
  if (submit) return say(`"${submit.name}" sends the form.`, { type: 'click', ref: submit.ref });
  return say('press Enter to send the form.', { type: 'press', ref: password.ref, value: 'Enter' });
}
