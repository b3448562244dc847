// How a node written by several articles gets its props: from the set of articles that
// currently support it (whose batches list it), by rules that do not depend on the order
// they were written in, so that deleting an article and recomputing gives the graph the
// other articles alone give. Both stores apply these rules (cypher/recompute-nodes.cypher
// is the Neo4j form of combineNode):
// - name and every scalar prop: the value most supporting articles give (nulls are not
//   votes: a null never erases), ties to the smallest value (code-unit order, so
//   'A Tuân' wins a tie against 'ATuân');
// - list props (aliases, authors): the sorted union of every supporter's list;
// - searchText: the union of every supporter's words, those of the searchText most
//   supporters give first (so a node's own name reads first).
// A prop key is kept when any supporter gives it (null when none gives a value); props
// are held in key order, so that two equal nodes export the same line.
import type { GraphNode, PropValue } from '../domain/model';

/** What a set of articles gave a node: one distinct contribution and how many articles gave it. */
export interface Support {
  node: GraphNode;
  count: number;
}

/**
 * One article's contribution in its canonical form: props in key order, lists sorted
 * and without repeats, searchText's words without repeats. Returns `n` itself when already so.
 */
export function normalizeNode(n: GraphNode): GraphNode {
  const keys = Object.keys(n.props);
  let changed = false;
  for (let i = 1; i < keys.length && !changed; i++) changed = keys[i - 1] > keys[i];
  const props: Record<string, PropValue> = {};
  for (const k of keys.sort()) {
    const v = n.props[k];
    if (Array.isArray(v)) {
      const sorted = sortedUnique(v);
      if (!sameList(sorted, v)) changed = true;
      props[k] = sorted;
    } else props[k] = v;
  }
  const words = [...new Set(n.searchText.split(' ').filter(Boolean))].join(' ');
  if (!changed && words === n.searchText) return n;
  return { ...n, searchText: words, props };
}

/** Whether two (normalized) contributions are the same. */
export function sameNode(a: GraphNode, b: GraphNode): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.label !== b.label || a.name !== b.name || a.searchText !== b.searchText) return false;
  const ka = Object.keys(a.props);
  if (ka.length !== Object.keys(b.props).length) return false;
  for (const k of ka) {
    if (!(k in b.props)) return false;
    const x = a.props[k];
    const y = b.props[k];
    if (Array.isArray(x) && Array.isArray(y) ? !sameList(x, y) : x !== y) return false;
  }
  return true;
}

/**
 * The node as its supporters make it. Each support's node must be normalized
 * (normalizeNode); with a single distinct contribution, that contribution is the node.
 */
export function combineNode(supports: readonly Support[]): GraphNode {
  if (supports.length === 0) throw new Error('a node needs at least one supporting article');
  if (supports.length === 1) return supports[0].node;
  const first = supports[0].node;
  const keys = new Set<string>();
  for (const s of supports) for (const k of Object.keys(s.node.props)) keys.add(k);
  const props: Record<string, PropValue> = {};
  for (const k of [...keys].sort()) {
    const values = supports.map((s) => [s.node.props[k] ?? null, s.count] as const);
    props[k] = values.some(([v]) => Array.isArray(v))
      ? sortedUnique(values.flatMap(([v]) => (Array.isArray(v) ? v : [])))
      : vote(values.filter((e): e is readonly [string | number | boolean, number] => e[0] !== null && !Array.isArray(e[0])));
  }
  const name = vote(supports.map((s) => [s.node.name, s.count] as const)) as string;
  // the words of the most given searchText first (ties: the smallest), then what others add
  const ranked = [...supports].sort((a, b) => b.count - a.count || compareScalars(a.node.searchText, b.node.searchText));
  const searchText = [...new Set(ranked.flatMap((s) => s.node.searchText.split(' ').filter(Boolean)))].join(' ');
  return { id: first.id, label: first.label, name, searchText, props };
}

type Scalar = string | number | boolean;

/** The value with the most votes, ties to the smallest; null when there is none. */
function vote(entries: readonly (readonly [Scalar, number])[]): Scalar | null {
  const tally = new Map<Scalar, number>();
  for (const [v, n] of entries) tally.set(v, (tally.get(v) ?? 0) + n);
  let best: Scalar | null = null;
  let bestCount = 0;
  for (const [v, n] of tally) {
    if (n > bestCount || (n === bestCount && compareScalars(v, best!) < 0)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** A fixed order over prop values: by type (boolean, number, string), then by value. */
export function compareScalars(a: Scalar, b: Scalar): number {
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(xs: readonly string[]): string[] {
  const out = [...new Set(xs)].sort();
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What one article gives the nodes of its batch: each normalized, a node the batch lists
 * twice combined into one contribution (an article counts once per node).
 */
export function contributionsOf(nodes: readonly GraphNode[]): GraphNode[] {
  const byId = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const same = byId.get(n.id);
    if (same) same.push(n);
    else byId.set(n.id, [n]);
  }
  return [...byId.values()].map((ns) => (ns.length === 1 ? normalizeNode(ns[0]) : normalizeNode(combineNode(ns.map((n) => ({ node: normalizeNode(n), count: 1 }))))));
}
