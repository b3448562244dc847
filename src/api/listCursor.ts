// API cursors name the list that issued them, so a list can refuse another's cursor.
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidCursorError } from '../store/errors';
import { badInput } from './errors';

/**
 * The list a cursor belongs to: the field that issued it (`Query.meetings`,
 * `Document.citations`). Lists differ in their order, so a cursor from one list means
 * nothing in another: it is refused rather than silently starting somewhere.
 */
export function listOf(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): string {
  return `${info.parentType.name}.${info.fieldName}`;
}

/** An API cursor: the store's cursor tagged with its list. */
export function apiCursor(list: string, inner: string): string {
  return Buffer.from(`${list}|${inner}`, 'utf8').toString('base64url');
}

/** The store's cursor inside an API cursor of `list`; BAD_USER_INPUT for another list's cursor, InvalidCursorError for no cursor at all. */
export function innerCursor(list: string, cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const bar = text.indexOf('|');
  if (bar < 1 || !/^[A-Za-z_]\w*\.\w+$/.test(text.slice(0, bar))) throw new InvalidCursorError(cursor);
  const from = text.slice(0, bar);
  if (from !== list) throw badInput(`this cursor is from the list ${from}: ${list} takes only its own cursors`, 'after');
  return text.slice(bar + 1);
}

