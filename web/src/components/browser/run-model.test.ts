import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../lib/events.ts';
import { buildRunModel, stepOfArtifact } from './run-model.ts';

const events = (list: { type: string; [key: string]: unknown }[]): RunEvent[] =>
  list.map((event, index) => ({ seq: index + 1, at: '2026-01-01T00:00:00Z', event }));

describe('buildRunModel', () => {
  it('groups a recording into steps with their attempts, errors, retries and verdict', () => {
    const model = buildRunModel(
      events([
        { type: 'run-status', status: 'running' },
        { type: 'step-started', step: 1, url: 'http://x/' },
        {
          type: 'observation',
          step: 1,
          attempt: 1,
          url: 'http://x/',
          title: 'Shop',
          tokens: 200,
          elements: 9,
          screenshot: 'step-01-attempt-1.png',
        },
        {
          type: 'action',
          step: 1,
          attempt: 1,
          planner: 'local',
          reason: 'The goal names email.',
          action: { type: 'fill' },
          description: 'fill textbox "Email" {email}',
        },
        { type: 'action-failed', step: 1, attempt: 1, kind: 'not-found', error: 'no such element' },
        {
          type: 'observation',
          step: 1,
          attempt: 2,
          url: 'http://x/',
          title: 'Shop',
          tokens: 210,
          elements: 9,
          screenshot: 'step-01-attempt-2.png',
        },
        {
          type: 'action',
          step: 1,
          attempt: 2,
          planner: 'local',
          reason: 'Retry.',
          action: { type: 'fill' },
          description: 'fill textbox "E-mail" {email}',
        },
        { type: 'step-done', step: 1, description: 'fill label "E-mail" {email}', done: false },
        { type: 'step-started', step: 2, url: 'http://x/' },
        { type: 'step-done', step: 2, description: 'done', done: true },
        { type: 'run-done', status: 'passed', reason: 'Goal reached.' },
      ]),
    );
    expect(model.steps.map((s) => s.step)).toEqual([1, 2]);
    const [first] = model.steps;
    expect(first?.attempts).toHaveLength(2);
    expect(first?.attempts[0]?.failure).toEqual({ kind: 'not-found', error: 'no such element' });
    expect(first?.attempts[1]?.description).toBe('fill textbox "E-mail" {email}');
    expect(first?.attempts[1]?.failure).toBeUndefined();
    expect(first?.done?.description).toBe('fill label "E-mail" {email}');
    expect(model.steps[1]?.done?.goalReached).toBe(true);
    expect(model.screenshots.map((s) => s.name)).toEqual(['step-01-attempt-1.png', 'step-01-attempt-2.png']);
    expect(model.verdict).toEqual({ status: 'passed', reason: 'Goal reached.' });
  });

  it('marks a replay step that failed and was re-decided as healed', () => {
    const model = buildRunModel(
      events([
        { type: 'step-started', step: 1, url: 'http://x/' },
        {
          type: 'action-failed',
          step: 1,
          attempt: 1,
          kind: 'not-found',
          error: 'button "Sign up" not found',
        },
        { type: 'step-started', step: 1, url: 'http://x/' },
        { type: 'observation', step: 1, attempt: 1, url: 'http://x/', title: 'Shop', tokens: 1, elements: 1 },
        {
          type: 'action',
          step: 1,
          attempt: 1,
          planner: 'local',
          reason: 'Renamed.',
          action: { type: 'click' },
          description: 'click button "Register"',
        },
        { type: 'step-done', step: 1, description: 'click button "Register"', done: false },
        { type: 'run-done', status: 'failed', reason: 'Limit.', limit: 'maxSteps' },
      ]),
    );
    const [step] = model.steps;
    expect(step?.healed).toBe(true);
    expect(step?.attempts).toHaveLength(2);
    expect(step?.attempts[0]?.failure?.kind).toBe('not-found');
    expect(step?.attempts[1]?.description).toBe('click button "Register"');
    expect(model.verdict).toEqual({ status: 'failed', reason: 'Limit.', limit: 'maxSteps' });
  });

  it('reads step numbers from artifact names', () => {
    expect(stepOfArtifact('step-03-after.png')).toBe(3);
    expect(stepOfArtifact('trace.zip')).toBeNull();
  });
});
