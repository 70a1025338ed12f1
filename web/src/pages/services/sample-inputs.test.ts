import { describe, expect, it } from 'vitest';
import type { Run } from '../../lib/types.ts';
import { earlierInputs } from './sample-inputs.ts';

const run = (id: string, kind: string, input: unknown, createdAt = '2026-12-06T10:00:00.000Z'): Run => ({
  id,
  kind,
  subjectId: 'service:names',
  status: 'completed',
  createdAt,
  startedAt: createdAt,
  endedAt: createdAt,
  updatedAt: createdAt,
  input,
  summary: null,
  error: null,
  rerunOf: null,
});

describe('the inputs a build can sample', () => {
  it('lists each earlier run’s upload once, newest first, and skips builds and odd inputs', () => {
    const upload = (n: number) => `uploads/0000000${n}-0000-0000-0000-000000000000/input.csv`;
    const runs = [
      run(
        'r3',
        'transform-run',
        { service: 'names', upload: upload(2), fileName: 'b.csv' },
        '2026-12-06T12:00:00.000Z',
      ),
      run('b1', 'transform-build', { service: 'names', sample: { upload: upload(1) } }),
      run('r2', 'transform-run', { service: 'names', upload: upload(2), fileName: 'b.csv' }),
      run('r1', 'transform-run', { service: 'names', upload: upload(1) }),
      run('r0', 'transform-run', null),
    ];
    expect(earlierInputs(runs)).toEqual([
      { upload: upload(2), fileName: 'b.csv', runId: 'r3', createdAt: '2026-12-06T12:00:00.000Z' },
      { upload: upload(1), fileName: 'input', runId: 'r1', createdAt: '2026-12-06T10:00:00.000Z' },
    ]);
  });
});
