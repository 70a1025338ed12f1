import { describe, expect, it } from 'vitest';
import { REVIEW_MARKER, reviewMarkerReason } from '../run/review-marker.ts';
import * as H from './helpers.ts';
import { READER_REVIEW_NAME, softly } from './softly.ts';

describe('a reader that cannot read', () => {
  it('throws the mark a run files as review, with the reader and the reason in its message', () => {
    expect(READER_REVIEW_NAME).toBe(REVIEW_MARKER);
    let thrown: unknown;
    try {
      H.cannotRead('postcodePart', 'Gate 4, Dock Road', 'no postcode');
    } catch (error) {
      thrown = error;
    }
    expect(reviewMarkerReason(thrown)).toBe('postcodePart cannot read "Gate 4, Dock Road": no postcode');
    // As the sandbox reports a thrown error: "name: message".
    expect(reviewMarkerReason(`${(thrown as Error).name}: ${(thrown as Error).message}`)).not.toBeNull();
  });

  it('cuts a long text in its message', () => {
    expect(() => H.cannotRead('oneOf', 'x'.repeat(500), 'none')).toThrow(/"x{80}…": none$/);
  });
});

describe('softly', () => {
  it("gives the fallback when a reader cannot read, the reader's answer otherwise", () => {
    expect(softly(() => H.e164('7', 'SE'), '')).toBe('');
    expect(softly(() => H.e164('08-123 456 78', 'SE'), '')).toBe('+46812345678');
  });

  it('throws any other error on (a bug is not "no answer")', () => {
    expect(() =>
      softly(() => {
        throw new TypeError('x is undefined');
      }, ''),
    ).toThrow(TypeError);
  });
});
