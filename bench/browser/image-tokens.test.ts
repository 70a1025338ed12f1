import { describe, expect, it } from 'vitest';
import { highDetailSize, openAiImageTokens } from './image-tokens.ts';

describe('openAiImageTokens', () => {
  // The worked examples in OpenAI's vision guide ("Calculating costs").
  it('matches OpenAI’s published examples', () => {
    expect(openAiImageTokens(1024, 1024, 'high')).toBe(765);
    expect(openAiImageTokens(2048, 4096, 'high')).toBe(1105);
    expect(openAiImageTokens(4096, 8192, 'low')).toBe(85);
  });

  it('scales the shortest side to 768 px and tiles in 512 px squares', () => {
    // 1280×800 → 1228.8×768 → 3×2 tiles.
    expect(highDetailSize(1280, 800)).toEqual({ width: 1228.8, height: 768 });
    expect(openAiImageTokens(1280, 800)).toBe(6 * 170 + 85);
    // A tall full-page shot: 1280×3000 → 768×1800 → 2×4 tiles.
    expect(openAiImageTokens(1280, 3000)).toBe(8 * 170 + 85);
  });

  it('fits into 2048×2048 before the short-side step', () => {
    // 1000×5000 → 409.6×2048 (short side already under 768, so no further scaling) → 1×4 tiles.
    expect(highDetailSize(1000, 5000)).toEqual({ width: 409.6, height: 2048 });
    expect(openAiImageTokens(1000, 5000)).toBe(4 * 170 + 85);
  });

  it('does not enlarge small images', () => {
    expect(highDetailSize(500, 300)).toEqual({ width: 500, height: 300 });
    expect(openAiImageTokens(500, 300)).toBe(170 + 85);
    expect(openAiImageTokens(512, 512)).toBe(255);
    expect(openAiImageTokens(513, 512)).toBe(425);
  });

  it('rejects empty sizes', () => {
    expect(() => openAiImageTokens(0, 800)).toThrow(RangeError);
  });
});
