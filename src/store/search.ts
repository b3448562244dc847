// Typeahead semantics shared by every store: the query is folded (case, diacritics and
// punctuation ignored); every word but the last must be a whole word of the node's
// searchText and the last may be a prefix (the user is still typing it). Hits rank
// exact name > name prefix > name containing the words > aliases/codes only.
import type { GraphNode } from '../domain/model';
import { fold, foldTokens } from '../domain/text';

export interface SearchQuery {
  /** folded query */
  text: string;
  /** whole words */
  words: string[];
  /** the last word, matched as a prefix ('' when the query ends with a space) */
  prefix: string;
}

export function parseSearch(text: string): SearchQuery | null {
  const tokens = foldTokens(text);
  if (tokens.length === 0) return null;
  // "duong van " means the user finished "van": match it whole
  const finished = /[\s]$/.test(text);
  return finished
    ? { text: tokens.join(' '), words: tokens, prefix: '' }
    : { text: tokens.join(' '), words: tokens.slice(0, -1), prefix: tokens[tokens.length - 1] };
}

/** Whether a node's searchText satisfies the query. */
export function matches(q: SearchQuery, searchText: string): boolean {
  const tokens = searchText.split(' ');
  return q.words.every((w) => tokens.includes(w)) && (q.prefix === '' || tokens.some((t) => t.startsWith(q.prefix)));
}

export function score(q: SearchQuery, node: GraphNode, name = fold(node.name)): number {
  // the spaces of a name do not count: APớt is A Pớt
  if (name === q.text || name.replace(/ /g, '') === q.text.replace(/ /g, '')) return 4;
  if (name.startsWith(q.text)) return 3;
  if (matches(q, name)) return 2;
  return 1;
}

/** Best first; ties by folded name (so a name comes before its extensions), then id. */
export function rankHits(q: SearchQuery, nodes: Iterable<GraphNode>, first: number): { node: GraphNode; score: number }[] {
  const hits = [...nodes].map((node) => ({ node, score: score(q, node), name: fold(node.name) }));
  hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.node.id < b.node.id ? -1 : 1));
  return hits.slice(0, first).map(({ node, score }) => ({ node, score }));
}
