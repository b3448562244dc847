// The generated corpus: N articles of a seed, produced lazily one at a time so that
// 100k articles never sit on disk or in memory at once.
import { generateArticle, type GeneratedArticle } from './article';
import { buildWorld, type World } from './world';

export type { GeneratedArticle } from './article';
export type { GoldArticle } from './gold';
export { buildWorld } from './world';

export const DEFAULT_SEED = 20260;

/** Articles 0..n-1 of the corpus of `seed`; article i does not depend on n. */
export function* generateCorpus(n: number, seed = DEFAULT_SEED, world: World = buildWorld(seed)): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i++) yield generateArticle(world, i);
}
