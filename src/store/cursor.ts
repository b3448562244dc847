// Keyset cursors: an opaque base64url of the sort key and the id of the last item of a
// page. A page after it starts strictly past that key, so rows inserted or deleted
// between two page requests neither repeat nor shift the rows that follow.
import { InvalidCursorError } from './errors';

/** The position of a row in its ordering: its sort value (null sorts last) and its id. */
export interface CursorKey {
  sort: string | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && (v[0] === null || typeof v[0] === 'string') && typeof v[1] === 'string') {
      return { sort: v[0], id: v[1] };
    }
  } catch {
    // fall through: not our cursor
  }
  throw new InvalidCursorError(cursor);
}
