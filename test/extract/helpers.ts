// Shared helpers for the extraction tests: tokens of a phrase as extract sees them.
import { matchView, segment, tokenize } from '../../src/extract/sentences';

export function tokensOf(text: string) {
  const view = matchView(text);
  const toks = tokenize(view, 0, true);
  return { text, view, toks, keys: toks.map((t) => t.k) };
}

export function sentencesOf(text: string) {
  const view = matchView(text);
  return { text, view, ...segment(text, view) };
}
