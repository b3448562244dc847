// Scrape noise as it appears in the real pages: stray spacing, non-breaking spaces,
// old-style tone marks, three kinds of dash. None of it changes what the gold says.
import type { Rng } from './rng';

/** A dash between a name and its titles: -, – or —, as the sites write it. */
export function dash(rng: Rng): string {
  return rng.weighted([' - ', ' – ', ' — ', '- '], [6, 3, 1, 0.5]);
}

/** Doubled spaces and non-breaking spaces between some words of running prose. */
export function messSpaces(rng: Rng, s: string, rate: number): string {
  if (rate <= 0) return s;
  return s.replace(/ /g, () => (rng.chance(rate) ? rng.pick(['  ', '\u00a0', ' \u00a0', '   ']) : ' '));
}

const OLD_TONES: [RegExp, string][] = [
  [/khóa/g, 'khoá'],
  [/Khóa/g, 'Khoá'],
  [/hóa/g, 'hoá'],
  [/Ủy/g, 'Uỷ'],
  [/ủy/g, 'uỷ'],
  [/hòa/g, 'hoà'],
];

/** Old-style tone placement (khoá, Uỷ, hoà) on part of the text, as some sites write. */
export function oldTones(rng: Rng, s: string, share: number): string {
  let out = s;
  for (const [re, rep] of OLD_TONES) out = out.replace(re, (m) => (rng.chance(share) ? rep : m));
  return out;
}

/** A line with only a non-breaking space: what an image leaves behind in the scraped text. */
export const IMAGE_GAP = '\n\u00a0\n';
