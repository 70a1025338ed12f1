/**
 * Shapes of the browser-test API (docs/server.md, "Browser-test routes") and of a recorded spec
 * (docs/spec-format.md), as the UI reads them. The web bundle talks to the server over HTTP only,
 * so these mirror the server's types rather than import them.
 */
import type { Run } from '../../lib/types.ts';

export interface TestVariable {
  secret?: boolean;
  default?: string;
  description?: string;
}

export interface TestLimits {
  maxSteps?: number;
  maxActions?: number;
  maxPageViews?: number;
  maxAttemptsPerStep?: number;
  maxWallMs?: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** `test.json`: a browser test's settings. Never holds a secret value. */
export interface TestConfig {
  name: string;
  url: string;
  goal: string;
  variables: Record<string, TestVariable>;
  /** Upload files: the name the planner sees → path relative to the test folder. */
  files: Record<string, string>;
  limits?: TestLimits;
  viewport?: Viewport;
  model?: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /browser-tests` rows. */
export interface TestListItem extends TestConfig {
  hasSpec: boolean;
  liveRunId: string | null;
}

/** `GET /browser-tests/:name`. */
export interface TestDetail {
  test: TestConfig;
  spec: Spec | null;
  healed: string[];
  liveRunId: string | null;
}

export interface TestHistory {
  runs: Run[];
}

export interface SpecScope {
  role?: string;
  css?: string;
  hasText: string;
}

export interface SpecLocator {
  role?: string;
  name?: string;
  label?: string;
  placeholder?: string;
  testId?: string;
  text?: string;
  css?: string;
  within?: SpecScope;
  nth?: number;
  frame?: string;
}

export type SpecValue = string | { var: string };

export type SpecCondition =
  | { type: 'text-visible'; text: string; frame?: string }
  | { type: 'element-visible'; locator: SpecLocator }
  | { type: 'url-matches'; pattern: string }
  | { type: 'field-value'; locator: SpecLocator; value: SpecValue }
  | { type: 'title'; text: string };

export interface SpecStep {
  action: string;
  locator?: SpecLocator;
  value?: SpecValue;
  file?: string;
  url?: string;
  until?: SpecCondition;
  reason?: string;
}

export interface Spec {
  version: number;
  name?: string;
  goal: string;
  url: string;
  viewport: Viewport;
  variables: Record<string, TestVariable>;
  files: Record<string, string>;
  steps: SpecStep[];
  assertions: SpecCondition[];
  recordedWith?: { planner: string; model?: string; at: string; healedFrom?: string };
}

/** The server's rule (src/browser/spec.ts `looksSecret`): such names are secret unless declared not. */
export function looksSecret(name: string): boolean {
  return /pass|secret|token|key|pin|otp|credential|auth/i.test(name);
}

export function isSecret(name: string, variable: TestVariable | undefined): boolean {
  return variable?.secret ?? looksSecret(name);
}

export function describeLocator(locator: SpecLocator): string {
  let base: string;
  if (locator.role) base = locator.name !== undefined ? `${locator.role} "${locator.name}"` : locator.role;
  else if (locator.label) base = `label "${locator.label}"`;
  else if (locator.placeholder) base = `placeholder "${locator.placeholder}"`;
  else if (locator.testId) base = `test id "${locator.testId}"`;
  else if (locator.text) base = `text "${locator.text}"`;
  else base = `css ${locator.css ?? '?'}`;
  if (locator.within)
    base = `${base} in ${locator.within.role ?? locator.within.css ?? 'element'} with "${locator.within.hasText}"`;
  if (locator.nth !== undefined) base = `${base} #${locator.nth + 1}`;
  if (locator.frame) base = `${base} in frame ${locator.frame}`;
  return base;
}

export function describeValue(value: SpecValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? JSON.stringify(value) : `{${value.var}}`;
}

export function describeCondition(condition: SpecCondition | undefined): string {
  if (!condition) return '?';
  switch (condition.type) {
    case 'text-visible':
      return `text "${condition.text}" is visible`;
    case 'element-visible':
      return `${describeLocator(condition.locator)} is visible`;
    case 'url-matches':
      return `URL matches /${condition.pattern}/`;
    case 'field-value':
      return `${describeLocator(condition.locator)} has value ${describeValue(condition.value)}`;
    case 'title':
      return `title contains "${condition.text}"`;
    default:
      return JSON.stringify(condition);
  }
}

/** The element a step acts on, or what it acts with when it has no element. */
export function describeTarget(step: SpecStep): string {
  if (step.locator) return describeLocator(step.locator);
  if (step.action === 'navigate') return step.url ?? '?';
  if (step.action === 'wait') return describeCondition(step.until);
  return '—';
}
