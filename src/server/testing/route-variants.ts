/**
 * TEST FACILITY: spellings of one request path that a router might resolve to the same route
 * while a check on the raw URL text would not (the issue-12 token bypass was `/%61pi/v1/runs`).
 */

/** A concrete path for a route pattern: `:param`s and the `*` wildcard filled from `values`. */
export function fillPattern(pattern: string, values: (param: string) => string): string {
  return pattern
    .split('/')
    .map((segment) => {
      if (segment === '*') return values('*');
      return segment.startsWith(':') ? values(segment.slice(1)) : segment;
    })
    .join('/');
}

/** One spelling of a path and what it tries. */
export interface PathVariant {
  name: string;
  path: string;
}

const hex = (char: string, upper = false): string => {
  const code = char.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? code.toUpperCase() : code}`;
};

/** Percent-encode the first letter of every segment (`/api/v1` → `/%61pi/%761`). */
function encodeFirstLetters(path: string, encode: (char: string) => string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' ? segment : `${encode(segment[0]!)}${segment.slice(1)}`))
    .join('/');
}

/**
 * The variants `npm test` tries on every route: percent-encoded, double-encoded, case-changed,
 * trailing slash, dot segments and doubled slashes, plus the path as given.
 */
export function pathVariants(path: string): PathVariant[] {
  const segments = path.split('/').slice(1);
  const first = segments[0] ?? '';
  const rest = segments.slice(1).join('/');
  const variants: PathVariant[] = [
    { name: 'as is', path },
    { name: 'first letter encoded', path: `/${hex(first[0] ?? 'a')}${first.slice(1)}/${rest}` },
    { name: 'every first letter encoded', path: encodeFirstLetters(path, (char) => hex(char)) },
    { name: 'upper-case hex', path: encodeFirstLetters(path, (char) => hex(char, true)) },
    { name: 'double-encoded', path: `/%25${hex(first[0] ?? 'a').slice(1)}${first.slice(1)}/${rest}` },
    { name: 'upper case', path: path.toUpperCase() },
    { name: 'mixed case', path: path.replace(/\/([a-z])/g, (_m, c: string) => `/${c.toUpperCase()}`) },
    { name: 'trailing slash', path: `${path}/` },
    { name: 'dot segment', path: `/${first}/./${rest}` },
    { name: 'dot-dot segment', path: `/${first}/x/../${rest}` },
    { name: 'leading //', path: `/${path}` },
    { name: 'inner //', path: `/${first}//${rest}` },
    { name: 'encoded slash', path: `/${first}%2F${rest.replaceAll('/', '%2F')}` },
  ];
  return dedupe(variants);
}

/**
 * More spellings for the attack suite: every character encoded, encoded dots and slashes,
 * backslashes, semicolons, NUL and overlong UTF-8, fragments, and combinations.
 */
export function morePathVariants(path: string): PathVariant[] {
  const segments = path.split('/').slice(1);
  const first = segments[0] ?? '';
  const rest = segments.slice(1).join('/');
  const encodeAll = (text: string, upper = false) =>
    [...text].map((char) => (char === '/' ? '/' : hex(char, upper))).join('');
  const variants: PathVariant[] = [
    { name: 'all encoded', path: encodeAll(path) },
    { name: 'all encoded, upper hex', path: encodeAll(path, true) },
    { name: 'all double-encoded', path: encodeAll(path).replaceAll('%', '%25') },
    {
      name: 'triple-encoded first letter',
      path: `/%2525${hex(first[0] ?? 'a').slice(1)}${first.slice(1)}/${rest}`,
    },
    { name: 'encoded dot segment', path: `/${first}/%2e/${rest}` },
    { name: 'encoded dot-dot', path: `/${first}/x/%2e%2e/${rest}` },
    { name: 'encoded dot-dot slash', path: `/${first}/x%2f%2e%2e%2f${rest}` },
    { name: 'backslashes', path: path.replaceAll('/', '\\').replace(/^\\/, '/') },
    { name: 'semicolon', path: `/${first};x=1/${rest}` },
    { name: 'semicolon at end', path: `${path};` },
    { name: 'NUL', path: `/${first}%00/${rest}` },
    { name: 'overlong UTF-8 slash', path: `/${first}%c0%af${rest}` },
    { name: 'fullwidth letter', path: `/${String.fromCharCode(0xff41)}${first.slice(1)}/${rest}` },
    { name: 'trailing dot', path: `${path}.` },
    { name: 'trailing //', path: `${path}//` },
    { name: 'many leading slashes', path: `////${path.slice(1)}` },
    { name: 'upper case and encoded', path: encodeFirstLetters(path.toUpperCase(), (char) => hex(char)) },
    { name: 'trailing slash and encoded', path: `${encodeFirstLetters(path, (char) => hex(char))}/` },
    { name: 'tab', path: `/${first}%09/${rest}` },
    { name: 'space', path: `/${first}%20/${rest}` },
    { name: 'plus', path: `/${first}+/${rest}` },
  ];
  return dedupe(variants);
}

function dedupe(variants: PathVariant[]): PathVariant[] {
  const seen = new Set<string>();
  return variants.filter((variant) => !seen.has(variant.path) && seen.add(variant.path));
}
