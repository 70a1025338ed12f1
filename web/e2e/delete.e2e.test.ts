import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGate } from '../../src/server/testing/gate.ts';
import { startUi, type UiHarness } from './harness.ts';

describe('deleting from the web UI', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('deletes a service after confirming, and keeps it when the confirmation is dismissed', async () => {
    await ui.api('/services', { name: 'doomed', examples: [{ input: 'a', output: 'A' }] });
    await ui.page.goto('/services/doomed');
    const button = ui.page.getByRole('button', { name: 'Delete', exact: true });
    const deletes: string[] = [];
    ui.page.on('request', (request) => {
      if (request.method() === 'DELETE') deletes.push(request.url());
    });

    ui.page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('confirm');
      expect(dialog.message()).toContain('service "doomed"');
      void dialog.dismiss();
    });
    await button.click();
    await expect(button.isEnabled()).resolves.toBe(true);
    expect(deletes).toEqual([]);
    expect(existsSync(join(ui.dataDir, 'services', 'doomed'))).toBe(true);

    ui.page.once('dialog', (dialog) => void dialog.accept());
    await button.click();
    await ui.page.waitForURL(/\/services$/);
    expect(deletes).toEqual([`${ui.baseUrl}/api/v1/services/doomed`]);
    expect(existsSync(join(ui.dataDir, 'services', 'doomed'))).toBe(false);
    await expect(ui.page.getByRole('link', { name: 'doomed' }).count()).resolves.toBe(0);
  });

  it('deletes a browser test after confirming', async () => {
    await ui.api('/browser-tests', { name: 'doomed-test', url: 'http://127.0.0.1:9/', goal: 'see it' });
    await ui.page.goto('/browser-tests/doomed-test');
    ui.page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('browser test "doomed-test"');
      void dialog.accept();
    });
    await ui.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await ui.page.waitForURL(/\/browser-tests$/);
    expect(existsSync(join(ui.dataDir, 'browser-tests', 'doomed-test'))).toBe(false);
  });

  it('disables Delete while a run of the service is live', async () => {
    await ui.api('/services', { name: 'busy', examples: [{ input: 'a', output: 'A' }] });
    const gate = createGate();
    const run = ui.server.runs.start({ kind: 'held', subjectId: 'service:busy', job: () => gate.promise });
    await ui.page.goto('/services/busy');
    const button = ui.page.getByRole('button', { name: 'Delete', exact: true });
    await button.waitFor();
    await expect(button.isDisabled()).resolves.toBe(true);
    gate.open();
    await ui.server.runs.waitFor(run.id);
  });
});
