import { describe, expect, it } from 'vitest';
import { loadTransform } from '../synth/index.ts';
import { REVIEW_MARKER, reviewMarkerReason } from './review-marker.ts';

describe('the review mark generated code throws', () => {
  it('is read from a thrown error and from a sandbox message alike, and from nothing else', () => {
    const marked = new Error('like example 4, which this code does not fit');
    marked.name = REVIEW_MARKER;
    expect(reviewMarkerReason(marked)).toBe('like example 4, which this code does not fit');
    // The sandbox reports a throw as "name: message".
    expect(reviewMarkerReason(`${REVIEW_MARKER}: e164 cannot read "12"`)).toBe('e164 cannot read "12"');
    expect(reviewMarkerReason(new Error('CodifyReview: a bug that only looks like it'))).toBeNull();
    expect(reviewMarkerReason('TypeError: x is undefined')).toBeNull();
    expect(reviewMarkerReason(undefined)).toBeNull();
  });

  it('survives being thrown by generated code', () => {
    const transform = loadTransform(
      `export default function transform(input: { n: number }) {\n  const review = new Error('too big');\n  review.name = '${REVIEW_MARKER}';\n  if (input.n > 9) throw review;\n  return { n: input.n };\n}\n`,
    );
    expect(() => transform({ n: 10 })).toThrow('too big');
    try {
      transform({ n: 10 });
    } catch (error) {
      expect(reviewMarkerReason(error)).toBe('too big');
    }
  });
});
