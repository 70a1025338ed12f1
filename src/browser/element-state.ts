/**
 * Reads a control's own state in the page, for `state` assertions: the same function runs in
 * replay (executor) and, as source text, in the exported Playwright test, so both read it alike.
 */

/** Runs in the page: whether `element` is pressed, selected, expanded or current now. */
export function elementState(element: Element, state: string): boolean {
  const aria = (name: string) => {
    const value = element.getAttribute(`aria-${name}`);
    return value !== null && value !== 'false' && value !== 'undefined';
  };
  if (state === 'pressed') return aria('pressed');
  if (state === 'expanded') return aria('expanded');
  if (state === 'selected')
    return aria('selected') || (element instanceof HTMLOptionElement && element.selected);
  // Current: aria-current, or the class a pager or a filter bar marks its current entry with.
  return aria('current') || /\b(selected|active|current)\b/.test(element.getAttribute('class') ?? '');
}

/** `elementState` as source text, for exported tests (the blanks left by stripped types removed). */
export const ELEMENT_STATE_SOURCE = elementState
  .toString()
  .replace(/[ \t]+([,)])/g, '$1')
  .replace(/\)[ \t]+(\{|=>)/g, ') $1');
