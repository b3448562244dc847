// Evidence: the sentence a fact was read from, with its offsets in the cleaned text.
import type { Evidence } from '../domain/extraction';
import type { Sentence } from './sentences';

export function evidenceOf(s: Pick<Sentence, 'text' | 'start' | 'end'>): Evidence {
  return { quote: s.text, start: s.start, end: s.end };
}

/** Adds `e` to `list` unless the same span is there already. */
export function addEvidence(list: Evidence[], e: Evidence): void {
  if (!list.some((x) => x.start === e.start && x.end === e.end)) list.push(e);
}
