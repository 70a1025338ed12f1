/**
 * The seed's page representation for its action model: the body HTML with scripts, styles and most
 * attributes stripped (see /work/shared/reference/seed-systems.md). Reimplemented here so its token
 * cost can be compared with codify's aria snapshot on the same page states.
 *
 * Kept: every element tag, text, and the attributes a model needs to name an element
 * ({@link KEPT_ATTRIBUTES}). Dropped: comments, doctype/processing instructions, the contents of
 * script, style, svg, noscript and template elements (the elements themselves go too), and every
 * other attribute (class, style, data-*, event handlers…). Runs of whitespace collapse to one space
 * and whitespace-only text between tags is dropped, which favours the seed (fewer tokens).
 */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'name',
  'type',
  'href',
  'placeholder',
  'aria-label',
  'role',
  'value',
]);

/** Elements removed with everything inside them. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'svg', 'noscript', 'template']);
/** Elements whose contents the HTML parser reads as raw text (no tags inside). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);

// name, then an optional =value (double-quoted, single-quoted or bare).
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TAG = /^<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/;

/** Strips an HTML fragment (typically `document.body.outerHTML`) down to what the seed sent its model. */
export function stripHtmlForModel(html: string): string {
  const out: string[] = [];
  let i = 0;
  const text = (raw: string) => {
    const collapsed = raw.replace(/\s+/g, ' ');
    if (collapsed.trim()) out.push(collapsed);
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const match = TAG.exec(html.slice(lt));
    if (!match) {
      // A lone "<" in text.
      text('<');
      i = lt + 1;
      continue;
    }
    const [whole, closing, rawName = '', rawAttributes = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    i = lt + whole.length;
    if (!closing && DROPPED_ELEMENTS.has(name)) {
      if (!selfClosing) i = skipElement(html, i, name);
      continue;
    }
    if (closing) {
      if (!DROPPED_ELEMENTS.has(name)) out.push(`</${name}>`);
      continue;
    }
    out.push(`<${name}${keptAttributes(rawAttributes)}${selfClosing ? '/' : ''}>`);
    if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = end < 0 ? html.length : end;
      text(html.slice(i, stop));
      i = stop;
    }
  }
  return out.join('').trim();
}

function keptAttributes(raw: string): string {
  const kept: string[] = [];
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!KEPT_ATTRIBUTES.has(name)) continue;
    const value = match[2] ?? match[3] ?? match[4];
    kept.push(value === undefined ? name : `${name}="${value.replace(/"/g, '&quot;')}"`);
  }
  return kept.length ? ` ${kept.join(' ')}` : '';
}

/** Index just past the element opened before `from`, counting nested elements of the same name. */
function skipElement(html: string, from: number, name: string): number {
  const lower = html.toLowerCase();
  if (RAW_TEXT_ELEMENTS.has(name)) {
    const end = lower.indexOf(`</${name}`, from);
    if (end < 0) return html.length;
    const close = html.indexOf('>', end);
    return close < 0 ? html.length : close + 1;
  }
  const pattern = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    if (match[1]) depth -= 1;
    else if (!match[2]) depth += 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}
