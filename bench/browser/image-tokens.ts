/**
 * Input tokens an image costs on OpenAI's tile-based vision models (GPT-4o, GPT-4.1, o-series), by
 * the formula OpenAI publishes under "Calculating costs" in
 * https://platform.openai.com/docs/guides/images-vision :
 *
 * - `low` detail: a fixed 85 tokens, whatever the size.
 * - `high` detail: scale to fit within 2048×2048 (keeping the aspect ratio), then scale so the
 *   shortest side is 768 px, count the 512 px tiles that cover the result; 170 tokens per tile
 *   plus 85. OpenAI's own examples only ever scale down, so an image smaller than that is not
 *   enlarged (it costs fewer tiles).
 *
 * Some models bill images differently (gpt-4o-mini multiplies the tokens for billing; gpt-4.1-mini
 * and o4-mini use 32 px patches); this is the formula most often quoted and the one the seed's
 * vision call would have paid on GPT-4o.
 */
export type ImageDetail = 'high' | 'low';

export const IMAGE_BASE_TOKENS = 85;
export const IMAGE_TILE_TOKENS = 170;
const TILE = 512;
const FIT_BOX = 2048;
const SHORT_SIDE = 768;

/** The size the model sees at high detail, before tiling. */
export function highDetailSize(width: number, height: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) throw new RangeError(`image size must be positive, got ${width}×${height}`);
  let w = width;
  let h = height;
  const fit = Math.min(1, FIT_BOX / w, FIT_BOX / h);
  w *= fit;
  h *= fit;
  const shrink = Math.min(1, SHORT_SIDE / Math.min(w, h));
  return { width: w * shrink, height: h * shrink };
}

/** Tokens of one `width`×`height` image at the given detail. */
export function openAiImageTokens(width: number, height: number, detail: ImageDetail = 'high'): number {
  if (detail === 'low') return IMAGE_BASE_TOKENS;
  const size = highDetailSize(width, height);
  // A hair of tolerance so 768.0000001 from float scaling does not add a tile row.
  const tiles = Math.ceil(size.width / TILE - 1e-9) * Math.ceil(size.height / TILE - 1e-9);
  return tiles * IMAGE_TILE_TOKENS + IMAGE_BASE_TOKENS;
}
