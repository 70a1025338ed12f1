import nlp from 'compromise';
import { isA } from './wordnet.ts';

/**
 * Credentials a goal or a page gives in plain words: "as nina / hunter2", "as temp with password
 * temp123", "with user name "nina" and password "hunter2"", "(password hunter2)", and a demo
 * app's hint ("Demo account — user name: frontdesk, password: clinic2026", "Try demo / demo123").
 * Only what is written is read: a password is never made up.
 */

export interface Credentials {
  user?: string;
  password?: string;
}

/** Words that follow "password" without being one ("the wrong password and…", "password field"). */
const NOT_A_SECRET =
  /^(and|or|then|is|are|was|to|for|from|with|without|of|in|on|at|by|the|a|an|field|box|input|textbox|fields?|again|too|instead|but|so|that|which|it|they|you|he|she|we)$/i;
/** Words after "as" that name no account ("as the demo user", "as an admin", "as before"). */
const NOT_A_USER =
  /^(the|a|an|my|your|our|their|his|her|this|that|demo|test|before|usual|well|shown|given|above|below|follows|such|soon|much|many|long|it|them|him|her|complete|completed|done|read|closed|open|shipped)$/i;
/** An opening quote, a value (no spaces unless quoted), the closing quote. */
const QUOTED = String.raw`(?:["“”'‘’\x60]([^"“”'‘’\x60]+)["“”'‘’\x60])`;
const TOKEN = String.raw`([^\s"“”'‘’\x60,;()]+)`;
const VALUE = `(?:${QUOTED}|${TOKEN})`;
/** A user name before "/ password": no slash in it. */
const USER_VALUE = String.raw`(?:${QUOTED}|([^\s/"“”'‘’\x60,;()]+))`;
/** Words that say the goal signs in ("logging in", "log on", "sign-in", "authenticate"). */
export const SIGN_IN_WORDS =
  /\b(?:log(?:s|ged|ging)?[\s-]*(?:in|on)|sign(?:s|ed|ing)?[\s-]*(?:in|on)|login|logon|signon|authenticat\w*)\b/i;
const USER_KEY = String.raw`(?:user\s?name|username|user\s?id|user|login(?:\s?name)?|e-?mail(?:\s+address)?|account(?:\s+name)?)`;
const PASSWORD_KEY = String.raw`(?:password|passcode|passphrase|pass\s?word|pwd|pw)`;
/**
 * A password's label after a demo account's user: "password: x", "password = x", "password is x",
 * or a word of the sentence ("… with password x", "… and the password x"), never a bare field label.
 */
const PASSWORD_AFTER_USER = String.raw`(?:\b${PASSWORD_KEY}\b\s*(?::|=|\bis\b)\s*|\b(?:with|and)\s+(?:the\s+)?${PASSWORD_KEY}\s+(?![:=]|is\b))`;

/** Short words with a digit that name a way of signing in, not a secret ("with 2FA"). */
const NOT_A_SECRET_WITH_DIGIT = /^(?:2fa|mfa|2sv|u2f|fido2)$/i;

/**
 * Whether a bare word given without a "password" label looks like a secret rather than a way of
 * signing in ("with pine4max", not "with Google" or "using single sign-on"): it holds a digit.
 */
function looksSecret(value: string | undefined): value is string {
  return (
    value !== undefined &&
    /\d/.test(value) &&
    !NOT_A_SECRET_WITH_DIGIT.test(value) &&
    !NOT_A_SECRET.test(value)
  );
}

function clean(value: string | undefined): string | undefined {
  // (A sentence's full stop is no part of a value; "!" or "?" may be a password's own.)
  const v = value?.trim().replace(/[.,:;]+$/, '');
  return v ? v : undefined;
}

/** The first capture of a value pattern (quoted or bare) that is a real value. */
function valueOf(match: RegExpExecArray | null, reject: RegExp): string | undefined {
  return match ? quotedOrBare(match[1], match[2], reject) : undefined;
}

/** A quoted value as given, else a bare one unless `reject` says it is no value. */
function quotedOrBare(quotedText: string | undefined, bareText: string | undefined, reject: RegExp) {
  const quoted = clean(quotedText);
  if (quoted) return quoted;
  const bare = clean(bareText);
  return bare && !reject.test(bare) ? bare : undefined;
}

/**
 * The account after a user key ("user name nina", "username: maria", "e-mail ada@example.com"),
 * and whether it may only be the common noun the key modifies ("email notifications", "account
 * settings", "user guide"): a bare lower-case word with no ":", "=" or "is" between, that WordNet
 * knows as a noun and compromise does not take for a person's name. Such a weak value gives way to
 * the account after "as".
 */
function keyedValue(match: RegExpExecArray): { value?: string; weak: boolean } {
  const [, separator, quoted, bare] = match;
  const value = quotedOrBare(quoted, bare, new RegExp(`${NOT_A_SECRET.source}|^${PASSWORD_KEY}$`, 'i'));
  if (!value || quoted || separator) return { value, weak: false };
  const weak = /^[a-z]+$/.test(value) && isA(value, 'noun') && !nlp(value).has('#Person');
  return { value, weak };
}

/**
 * The user name and password a goal gives, each only when written: "log in as nina / hunter2",
 * "sign on as nina (password hunter2)", "log on with user name "nina" and password "hunter2"",
 * "as temp with password temp123", "with the password 'letmein'" (a password alone).
 */
export function credentialsInGoal(goal: string): Credentials {
  const out: Credentials = {};
  // "user jo / pass Harbour-77", "login: bea, pass: sunny-3": a user key and a password key (the
  // short "pass" too, only right after a user), each with its value.
  const pair = new RegExp(
    String.raw`\b${USER_KEY}\b\s*(?::|=)?\s*${USER_VALUE}\s*[/,;]\s*(?:${PASSWORD_KEY}|pass)\b\s*(?::|=)?\s*${VALUE}`,
    'i',
  ).exec(goal);
  if (pair) {
    const user = valueOf(pair, NOT_A_SECRET);
    const password = clean(pair[3]) ?? clean(pair[4]);
    if (user && password && !NOT_A_SECRET.test(password)) return { user, password };
  }
  // "Sign in [jo@example.com / s3cret]", "log on (ana / p4ss)": a user / password pair in brackets,
  // in a goal that signs in.
  const bracketed = SIGN_IN_WORDS.test(goal)
    ? /[[(]\s*([^\s/[\]()"“”'‘’\x60]+)\s*\/\s*([^\s[\]()]+)\s*[\])]/.exec(goal)
    : null;
  if (bracketed && !NOT_A_USER.test(bracketed[1]!)) {
    const password = clean(bracketed[2]);
    if (password) return { user: bracketed[1]!, password };
  }
  // "as nina / hunter2", "nina/hunter2" after "as": user, slash, password.
  const slash = new RegExp(String.raw`\bas\s+${USER_VALUE}\s*\/\s*${VALUE}`, 'i').exec(goal);
  if (slash) {
    const user = valueOf(slash, NOT_A_USER);
    const password = clean(slash[3]) ?? clean(slash[4]);
    if (user && password) return { user, password };
  }
  const password = valueOf(
    new RegExp(String.raw`\b${PASSWORD_KEY}\b\s*(?::|=|\bis\b|\bof\b)?\s*${VALUE}`, 'i').exec(goal),
    NOT_A_SECRET,
  );
  if (password) out.password = password;
  // "Sign in as max with pine4max", "log in as jo using "Harbour 77"": a secret right after the
  // account, without a "password" label, when it is quoted or looks like one.
  else if (SIGN_IN_WORDS.test(goal)) {
    // Also "as kim (ward-5)": the secret in brackets right after the account; and "with ana@x.test
    // and Tulip-42": the account, "and", the secret.
    for (const shape of [
      String.raw`\bas\s+${USER_VALUE}\s+(?:with|using)\s+${VALUE}`,
      String.raw`\bas\s+${USER_VALUE}\s*\(\s*${VALUE}\s*\)`,
      String.raw`\bwith\s+${USER_VALUE}\s+and\s+${VALUE}`,
    ]) {
      const given = new RegExp(shape, 'i').exec(goal);
      const user = given ? valueOf(given, NOT_A_USER) : undefined;
      const secret = clean(given?.[3]) ?? (looksSecret(clean(given?.[4])) ? clean(given?.[4]) : undefined);
      if (user && secret && !NOT_A_SECRET.test(secret)) return { user, password: secret };
    }
  }
  // ("Assign it to the user Grace", "mark it as done": no account is meant unless the goal signs in.)
  if (!password && !SIGN_IN_WORDS.test(goal)) return out;
  // "user name "nina"", "username: nina", "e-mail ada@example.com".
  const keyedMatch = new RegExp(String.raw`\b${USER_KEY}\b\s*(:|=|\bis\b)?\s*${VALUE}`, 'i').exec(goal);
  const keyed = keyedMatch ? keyedValue(keyedMatch) : { weak: false };
  // "as nina", "as "nina"": the account the goal acts as.
  const as = valueOf(new RegExp(String.raw`\bas\s+${VALUE}`, 'i').exec(goal), NOT_A_USER);
  const user = keyed.weak ? (as ?? keyed.value) : (keyed.value ?? as);
  if (user && user !== out.password) out.user = user;
  return out;
}

/**
 * A demo account a page shows beside its sign-in form ("Demo account — user name: frontdesk,
 * password: clinic2026", "Use demo / demo123 to try it"): both a user and a password, each after
 * its own label with a colon, "=" or "is" (the fields' own labels, "User name" and "Password", are
 * not a hint), close together; or "user / password" after a word saying it is a demo.
 */
export function demoCredentials(texts: readonly string[]): Credentials | null {
  const page = texts.join(' ').replace(/\s+/g, ' ');
  const user = new RegExp(String.raw`\b${USER_KEY}\b\s*(?::|=|\bis\b)\s*${VALUE}`, 'gi');
  for (const u of page.matchAll(user)) {
    const name = clean(u[1]) ?? clean(u[2]);
    if (!name || NOT_A_SECRET.test(name)) continue;
    const after = page.slice(u.index + u[0].length, u.index + u[0].length + 80);
    const p = new RegExp(`^[^.]*?${PASSWORD_AFTER_USER}${VALUE}`, 'i').exec(after);
    const password = clean(p?.[1]) ?? clean(p?.[2]);
    if (password && !NOT_A_SECRET.test(password)) return { user: name, password };
    // "account: jo@example.com, password Harbour-77": a comma, then "password" and a value that
    // looks like a secret ("password resets take a day" is a sentence).
    const comma = new RegExp(String.raw`^\s*[,;]\s*(?:the\s+)?${PASSWORD_KEY}\s+${VALUE}`, 'i').exec(after);
    const secret = clean(comma?.[1]) ?? (looksSecret(clean(comma?.[2])) ? clean(comma?.[2]) : undefined);
    if (secret && !NOT_A_SECRET.test(secret)) return { user: name, password: secret };
  }
  // "Use the demo account dana@example.test with password maint-2026": a demo word, an account,
  // then "with/and (the) password X" in the same sentence.
  const said = new RegExp(
    String.raw`\b(?:demo|test|sample|trial|example)\b[^.]{0,40}?\s([\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+)\s+(?:with|and)\s+(?:the\s+)?${PASSWORD_KEY}\s+${VALUE}`,
    'i',
  ).exec(page);
  const saidPassword = clean(said?.[2]) ?? clean(said?.[3]);
  if (
    said &&
    !NOT_A_USER.test(said[1]!) &&
    !NOT_A_SECRET.test(said[1]!) &&
    saidPassword &&
    !NOT_A_SECRET.test(saidPassword)
  )
    return { user: said[1]!, password: saidPassword };
  const slash = new RegExp(
    String.raw`\b(?:demo|test|sample|trial|example)\b[^.]{0,40}?\b([\w.@+-]+)\s*\/\s*([^\s,;"'\x60]+)`,
    'i',
  ).exec(page);
  if (slash && !NOT_A_USER.test(slash[1]!)) return { user: slash[1]!, password: clean(slash[2])! };
  return null;
}
