import type { Page } from 'playwright-core';

/**
 * The browser's own `confirm()` / `alert()` / `prompt()`, answered as the person who pressed the
 * control would: OK. Playwright dismisses them when nobody listens, so a "Reset every choice?"
 * asked before a reset the goal wants would silently cancel it. The planner presses destructive
 * controls only when the goal asks for them (`allowedByGoal`), so OK is the goal's own answer;
 * recording, replay and the exported test answer alike.
 */
export function acceptNativeDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    void dialog.accept().catch(() => {});
  });
}

/** The same answer as a line of an exported Playwright test. */
export const ACCEPT_NATIVE_DIALOGS_LINE = `  page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));`;
