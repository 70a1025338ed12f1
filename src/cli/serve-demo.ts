import { existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startDemoApp } from '../../examples/demo-app/server.ts';
import { BrowserTestFolder } from '../browser/index.ts';
import { SERVICES_FOLDER } from '../server/transforms/service-dir.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
export const EXAMPLE_SERVICES = ['phone-e164', 'name-split', 'dates-iso'];
export const DEMO_TEST_NAME = 'demo-signup';
/** A fixed port keeps recorded demo specs valid across restarts; a free one is used if it is taken. */
export const DEMO_APP_PORT = 8790;

export interface DemoContent {
  /** Base URL of the demo shop the demo browser test points at. */
  appUrl: string;
  /** Services copied in this time (existing ones are left as the user edited them). */
  seededServices: string[];
  close(): Promise<void>;
}

/**
 * Demo content for `codify serve --demo` (what `npm start` runs): the example transform services,
 * the demo shop on a free port, and a browser test against it. Nothing a person edited is
 * overwritten: services are copied only when absent, and the test only gets the shop's new URL.
 */
export async function seedDemoContent(dataDir: string, appPort = DEMO_APP_PORT): Promise<DemoContent> {
  const servicesDir = join(dataDir, SERVICES_FOLDER);
  await mkdir(servicesDir, { recursive: true });
  const seededServices: string[] = [];
  for (const name of EXAMPLE_SERVICES) {
    const target = join(servicesDir, name);
    if (existsSync(target)) continue;
    await cp(join(repoRoot, 'examples', name), target, { recursive: true });
    seededServices.push(name);
  }

  const app = await startDemoApp({ port: appPort }).catch(() => startDemoApp({ port: 0 }));
  const tests = new BrowserTestFolder(dataDir);
  const url = `${app.url}/`;
  if (tests.exists(DEMO_TEST_NAME)) {
    await tests.update(DEMO_TEST_NAME, { url });
  } else {
    await tests.create({
      name: DEMO_TEST_NAME,
      url,
      goal: 'Sign up with my name, email and password and accept the terms',
      variables: {
        name: { default: 'Ada' },
        email: { default: 'ada@example.com' },
        password: {
          secret: true,
          description: 'Any password of 6+ characters; sent with each run, never stored.',
        },
      },
    });
  }
  return { appUrl: app.url, seededServices, close: () => app.close() };
}
