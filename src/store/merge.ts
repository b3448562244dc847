// How a node written by several articles combines their props (both stores do this):
// the first name stays; string lists (aliases) are unioned; a non-null value replaces
// the stored one and a null never erases it; searchText gains the new words.
import type { GraphNode, PropValue } from '../domain/model';

export function mergeNode(stored: GraphNode, incoming: GraphNode): GraphNode {
  const props: Record<string, PropValue> = { ...stored.props };
  for (const [k, v] of Object.entries(incoming.props)) {
    if (v === null || v === undefined) continue;
    const old = props[k];
    props[k] = Array.isArray(old) && Array.isArray(v) ? union(old, v) : v;
  }
  return { ...stored, searchText: union(stored.searchText.split(' '), incoming.searchText.split(' ')).filter(Boolean).join(' '), props };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  const seen = new Set(a);
  for (const s of b) if (!seen.has(s)) (seen.add(s), out.push(s));
  return out;
}
