/**
 * Shapes of the browser-test API (docs/server.md, "Browser-test routes") and of a recorded spec
 * (docs/spec-format.md): types from the server's protocol (type-only, so no zod or Node in the
 * bundle), plus the helpers the UI describes specs with.
 */
import type {
  Spec,
  SpecAssertion,
  SpecLocator,
  SpecStep,
  SpecValue,
  SpecWaitCondition,
  TestConfig,
  TestDetail,
  TestHistory,
  TestLimits,
  TestListItem,
  TestVariable,
  Viewport,
} from '../../../../src/server/protocol/index.ts';

export type {
  Spec,
  SpecLocator,
  SpecStep,
  SpecValue,
  TestConfig,
  TestDetail,
  TestHistory,
  TestLimits,
  TestListItem,
  TestVariable,
  Viewport,
};

/** What a step waits for or an assertion checks. */
export type SpecCondition = SpecAssertion | SpecWaitCondition;

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
    case 'text-hidden':
      return `text "${condition.text}" is not visible`;
    case 'element-hidden':
      return `${describeLocator(condition.locator)} is not visible`;
    case 'checked':
      return `${describeLocator(condition.locator)} is ${condition.checked ? '' : 'not '}checked`;
    case 'state':
      return `${describeLocator(condition.locator)} is ${condition.value ? '' : 'not '}${condition.state}`;
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
