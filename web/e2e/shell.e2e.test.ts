import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUi, type UiHarness } from './harness.ts';

describe('web UI shell, served by codify serve', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('serves the app at / and at client-side routes, and JSON 404s under /api', async () => {
    await ui.page.goto('/runs');
    await expect(ui.page.getByRole('heading', { name: 'History' }).isVisible()).resolves.toBe(true);
    await ui.page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
    await ui.page.waitForURL(/\/services$/);
    const deep = await fetch(`${ui.baseUrl}/browser-tests/some-test`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    const api = await fetch(`${ui.baseUrl}/api/v1/nothing-here`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });

  it('shows an empty history with no runs yet', async () => {
    await ui.page.goto('/runs');
    await ui.page.getByText('No runs yet.').waitFor();
  });
});

describe('web UI behind a token', () => {
  let ui: UiHarness;
  const token = 'e2e-token-0123456789abcdef';
  beforeAll(async () => {
    ui = await startUi({ token });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('serves the page without the token, asks for it on 401, and works once given', async () => {
    await ui.page.goto('/runs');
    await ui.page.getByRole('heading', { name: 'This server needs a token' }).waitFor();
    await ui.page.getByLabel('API token').fill('wrong-token-wrong-token');
    await ui.page.getByRole('button', { name: 'Use token' }).click();
    await ui.page.getByText('The saved token was refused.').waitFor();
    await ui.page.getByLabel('API token').fill(token);
    await ui.page.getByRole('button', { name: 'Use token' }).click();
    await ui.page.getByRole('heading', { name: 'History' }).waitFor();
    await ui.page.getByText('No runs yet.').waitFor();
  });
});
