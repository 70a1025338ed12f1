/**
 * Marks the whole document carries (a theme, a density, a mode): the classes and state attributes
 * of `<html>` and `<body>`, each as the CSS selector that finds it (`body.dark`,
 * `html[data-theme="dark"]`). A switch of theme shows nowhere else: the checker compares them before
 * and after an action, and asserts one with an ordinary CSS locator that replay and export check.
 */

/** Runs in the page: the marks of `<html>` and `<body>` as CSS selectors (at most 24). */
export function readDocumentMarks(): string[] {
  const out: string[] = [];
  const roots: [string, Element | null][] = [
    ['html', document.documentElement],
    ['body', document.body],
  ];
  for (const [tag, el] of roots) {
    if (!el) continue;
    for (const name of Array.from(el.classList))
      if (/^[A-Za-z_][\w-]{0,40}$/.test(name)) out.push(`${tag}.${name}`);
    for (const attr of Array.from(el.attributes)) {
      if (!/^(?:data-[\w-]+|theme|mode|color-scheme)$/.test(attr.name)) continue;
      if (!/^[\w -]{1,30}$/.test(attr.value)) continue;
      out.push(`${tag}[${attr.name}="${attr.value}"]`);
    }
  }
  return out.slice(0, 24);
}

/** The words of a mark (`body.theme-dark` → theme, dark; `html[data-theme="dark"]` → theme, dark). */
export function markWords(mark: string): string[] {
  return mark
    .replace(/^(?:html|body)/, '')
    .replace(/\bdata-/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}
