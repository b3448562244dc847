// Search hits' cursors: a hit's place in the ranking (score, best first; then folded name
// and id, as the stores rank ties), so the next page starts strictly after it even when
// the graph changed between the two requests.
import { InvalidCursorError } from '../store/errors';
import { SEARCH_WINDOW } from './caps';


export interface SearchKey {
  score: number;
  name: string;
  id: string;
}

export function encodeSearchKey(k: SearchKey): string {
  return Buffer.from(JSON.stringify([k.score, k.name, k.id]), 'utf8').toString('base64url');
}

export function decodeSearchKey(cursor: string): SearchKey {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'number' && typeof v[1] === 'string' && typeof v[2] === 'string') return { score: v[0], name: v[1], id: v[2] };
  } catch {
    // fall through: not a search cursor
  }
  throw new InvalidCursorError(cursor);
}

/** Whether `k` ranks after `key`: lower score, or the same score and a later name, or the same name and a later id. */
export function searchKeyAfter(k: SearchKey, key: SearchKey): boolean {
  if (k.score !== key.score) return k.score < key.score;
  if (k.name !== key.name) return k.name > key.name;
  return k.id > key.id;
}
