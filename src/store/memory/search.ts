// Typeahead over the memory indexes, with the ranking of ../search.ts. Names that start
// with the query (exact and prefix hits, the best ranks) are a binary-search range of
// each label's name index; only when those do not fill the answer are the word index's
// candidates scored, and at most MAX_WORD_MATCHES of them (exact words before longer
// ones): a one-letter query does not rank the whole graph for ten suggestions.
import type { NodeLabel } from '../../domain/model';
import type { SearchHit } from '../GraphStore';
import { matches, score, type SearchQuery } from '../search';
import type { GraphIndexes } from './indexes';
import { includes } from './tokenIndex';

export const MAX_WORD_MATCHES = 1_000;

export function searchIndexes(g: GraphIndexes, q: SearchQuery, labels: readonly NodeLabel[], first: number): SearchHit[] {
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const names = g.byName(label);
    let taken = 0;
    for (const { sort, id } of names.range(names.lowerBound(q.text))) {
      if (taken >= first || !sort!.startsWith(q.text)) break;
      const node = g.node(id);
      if (!matches(q, node.searchText)) continue;
      hits.push({ node, score: score(q, node, g.foldedName(id)) });
      seen.add(id);
      taken++;
    }
  }
  if (hits.length < first) {
    const wanted = new Set(labels);
    // candidates have the whole words, or (no whole words) a word with the prefix
    const check = q.words.length > 0 && q.prefix !== '';
    const accept = (id: string) => !seen.has(id) && wanted.has(g.node(id).label);
    for (const id of searchCandidates(g, q, MAX_WORD_MATCHES, accept)) {
      const node = g.node(id);
      if (!check || matches(q, node.searchText)) hits.push({ node, score: score(q, node, g.foldedName(id)) });
    }
  }
  // best first; ties by folded name then id, as ../search.ts ranks
  const name = (h: SearchHit) => g.foldedName(h.node.id);
  hits.sort((a, b) => b.score - a.score || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a.node.id < b.node.id ? -1 : 1));
  return hits.slice(0, first);
}

/**
 * Ids that may match a query: the whole words' index entries, else the prefix's; up to
 * `limit` for typeahead, all of them for list filters.
 */
export function searchCandidates(g: GraphIndexes, q: SearchQuery, limit = Infinity, accept?: (id: string) => boolean): Set<string> {
  if (q.words.length) {
    // the shortest list, each of its nodes looked for in the others (node numbers, ascending)
    const [shortest, ...rest] = q.words.map((w) => g.tokens.exact(w)).sort((a, b) => a.length - b.length);
    const out = new Set<string>();
    for (const n of shortest) {
      if (out.size >= limit) break;
      if (!rest.every((list) => includes(list, n))) continue;
      const id = g.numbers.id(n);
      if (!accept || accept(id)) out.add(id);
    }
    return out;
  }
  return g.tokens.prefix(q.prefix, limit, accept);
}
