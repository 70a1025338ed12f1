/**
 * Reads a control's own state in the page, for `state` assertions: the same function runs in
 * replay (executor) and, as source text, in the exported Playwright test, so both read it alike.
 */

/** Runs in the page: whether `element` is pressed, selected, expanded, current, checked, or (a column header) sorted that way now. */
export function elementState(element: Element, state: string): boolean {
  const aria = (name: string) => {
    const value = element.getAttribute(`aria-${name}`);
    return value !== null && value !== 'false' && value !== 'undefined';
  };
  if (state === 'pressed') return aria('pressed');
  // Checked: a menu item, switch or option drawn with aria-checked, or a native box.
  if (state === 'checked') return aria('checked') || (element instanceof HTMLInputElement && element.checked);
  // Sorted: the rows under this column header are in that order now (numbers, dates, else words),
  // and the header does not say otherwise (aria-sort). An arrow alone proves nothing.
  if (state === 'ascending' || state === 'descending') {
    const header = element.closest('th, [role=columnheader]') ?? element;
    const sort = header.getAttribute('aria-sort');
    if (sort && sort !== 'none' && sort !== 'other' && sort !== state) return false;
    const headerRow = header.parentElement;
    const table = header.closest('table, [role=table], [role=grid], [role=treegrid]');
    if (!headerRow || !table) return false;
    const column = Array.from(headerRow.children).indexOf(header);
    const rows = Array.from(table.querySelectorAll('tr, [role=row]')).filter(
      (row) =>
        row !== headerRow &&
        !row.querySelector('th, [role=columnheader]') &&
        row.closest('table, [role=table], [role=grid], [role=treegrid]') === table,
    );
    const texts = rows
      .map((row) => (row.children[column]?.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
    if (texts.length < 2) return false;
    return sortedAs(texts, state);
  }
  if (state === 'expanded') return aria('expanded');
  if (state === 'selected')
    return aria('selected') || (element instanceof HTMLOptionElement && element.selected);
  // Current: aria-current, or the class a pager or a filter bar marks its current entry with.
  return aria('current') || /\b(selected|active|current)\b/.test(element.getAttribute('class') ?? '');

  /** Whether `texts` run in that order (numbers, dates, else words), not all alike. Same as the exported `sortedAs`. */
  function sortedAs(texts: string[], state: string): boolean {
    const numeric = texts.every((t) => /^[^\d-]{0,3}-?[\d,]*\.?\d+[^\d]{0,6}$/.test(t));
    // Dates only where every text looks like one (Date.parse reads "May 2" into almost any text).
    const dated = texts.every((t) => /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{4}\b/.test(t));
    const dates = texts.map((t) => (dated ? Date.parse(t) : Number.NaN));
    const key = (t: string, i: number): number | string =>
      numeric
        ? Number(t.replace(/[^\d.-]/g, ''))
        : dates.every((d) => !Number.isNaN(d))
          ? dates[i]!
          : t.toLowerCase();
    const keys = texts.map(key);
    const compare = (a: number | string, b: number | string) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
    const sign = state === 'ascending' ? 1 : -1;
    let moved = false;
    for (let i = 1; i < keys.length; i++) {
      const step = compare(keys[i]!, keys[i - 1]!) * sign;
      if (step < 0) return false;
      if (step > 0) moved = true;
    }
    return moved;
  }
}

/** A function's source text for an exported test (the blanks left by stripped types removed). */
function exportedSource(fn: (...args: never[]) => unknown): string {
  return fn
    .toString()
    .replace(/[ \t]+([,)])/g, '$1')
    .replace(/\)[ \t]+(\{|=>)/g, ') $1');
}

/** `elementState` as source text, for exported tests. */
export const ELEMENT_STATE_SOURCE = exportedSource(elementState);

/**
 * Runs in the page: the value a field shows when its input value is not it, for `field-value`
 * assertions. A select shows its chosen option's label (people and goals name the label, not the
 * value), a slider or stepper built of a div its aria-valuenow, and a combobox built of a div its
 * choice as its text (its list hidden, its caret drawn). Replay (executor) and the exported test
 * (as source text) run this same function, so a field the one accepts the other accepts too.
 */
export function fieldLabel(element: Element): string | null {
  if (element instanceof HTMLSelectElement) return (element.selectedOptions[0]?.textContent ?? '').trim();
  const valueNow = element.getAttribute('aria-valuenow');
  if (valueNow !== null) return valueNow.trim();
  if (element.getAttribute('role') === 'combobox' && element instanceof HTMLElement)
    return element.innerText.trim().replace(/\s*[▾▼⌄]\s*$/u, '');
  return null;
}

/** `fieldLabel` as source text, for exported tests. */
export const FIELD_LABEL_SOURCE = exportedSource(fieldLabel);

/**
 * Whether `texts` (a column's cells, top to bottom) run in `state` order, 'ascending' or
 * 'descending': as numbers when all are, as dates when all look like one, else as words; all alike
 * is no order. The checker reads past pages with it; `elementState` holds the same body.
 */
export function sortedAs(texts: string[], state: string): boolean {
  const numeric = texts.every((t) => /^[^\d-]{0,3}-?[\d,]*\.?\d+[^\d]{0,6}$/.test(t));
  // Dates only where every text looks like one (Date.parse reads "May 2" into almost any text).
  const dated = texts.every((t) => /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{4}\b/.test(t));
  const dates = texts.map((t) => (dated ? Date.parse(t) : Number.NaN));
  const key = (t: string, i: number): number | string =>
    numeric
      ? Number(t.replace(/[^\d.-]/g, ''))
      : dates.every((d) => !Number.isNaN(d))
        ? dates[i]!
        : t.toLowerCase();
  const keys = texts.map(key);
  const compare = (a: number | string, b: number | string) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  const sign = state === 'ascending' ? 1 : -1;
  let moved = false;
  for (let i = 1; i < keys.length; i++) {
    const step = compare(keys[i]!, keys[i - 1]!) * sign;
    if (step < 0) return false;
    if (step > 0) moved = true;
  }
  return moved;
}
