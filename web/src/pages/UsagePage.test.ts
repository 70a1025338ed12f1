import { describe, expect, it } from 'vitest';
import { hasModelUse } from '../components/UsageChart.tsx';
import { dayPoints } from './UsagePage.tsx';

describe('dayPoints', () => {
  it('gives every day of the period, oldest first, with zeros for days without calls', () => {
    const points = dayPoints(
      [
        {
          day: '2026-03-09',
          calls: 2,
          inputTokens: 10,
          outputTokens: 5,
          costUsd: 0.5,
          costIncomplete: false,
        },
        { day: '2026-03-07', calls: 1, inputTokens: 1, outputTokens: 1, costUsd: 0.1, costIncomplete: true },
        { day: '2026-02-01', calls: 9, inputTokens: 9, outputTokens: 9, costUsd: 9, costIncomplete: false },
      ],
      4,
      new Date('2026-03-09T15:00:00Z'),
    );
    expect(points.map((p) => [p.label, p.calls, p.costUsd])).toEqual([
      ['03-06', 0, 0],
      ['03-07', 1, null],
      ['03-08', 0, 0],
      ['03-09', 2, 0.5],
    ]);
    expect(hasModelUse(points)).toBe(true);
    expect(hasModelUse(dayPoints([], 7))).toBe(false);
  });
});
