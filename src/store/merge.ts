// How a node written by several articles combines their props (both stores do this):
// the first name stays; string lists (aliases) are unioned; a non-null value replaces
// the stored one and a null never erases it; searchText gains the new words.
import type { GraphNode, PropValue } from '../domain/model';

export function mergeNode(stored: GraphNode, incoming: GraphNode): GraphNode {
  let props: Record<string, PropValue> | null = null;
  for (const [k, v] of Object.entries(incoming.props)) {
    if (v === null || v === undefined) continue;
    const old = stored.props[k];
    const merged = Array.isArray(old) && Array.isArray(v) ? union(old, v) : v;
    if (merged === old) continue;
    (props ??= { ...stored.props })[k] = merged;
  }
  const searchText = stored.searchText === incoming.searchText ? stored.searchText : union(words(stored.searchText), words(incoming.searchText)).join(' ');
  // most nodes an article writes are already stored as they are: keep the same object
  if (!props && searchText === stored.searchText) return stored;
  return { ...stored, searchText, props: props ?? stored.props };
}

function words(s: string): string[] {
  return s.split(' ').filter(Boolean);
}

/** a followed by what b adds; a itself when b adds nothing */
function union(a: readonly string[], b: readonly string[]): string[] {
  let out: string[] | null = null;
  for (const s of b) if (!a.includes(s) && !out?.includes(s)) (out ??= [...a]).push(s);
  return out ?? (a as string[]);
}
