// Argument checks shared by resolvers; each failure names the argument.
import { knownProvince } from '../domain/places';
import { badInput } from './errors';
import { MAX_SEARCH_TEXT_CHARS } from './caps';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD (2021-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) throw badInput(`${argument} must be an ISO date (YYYY-MM-DD), got "${value.slice(0, 40)}"`, argument);
  return value;
}

/** A publication date: an ISO date, or an ISO date-time whose date part is kept. */
export function checkDateOrDateTime(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m || !isIsoDate(m[1]) || (v.length > 10 && Number.isNaN(Date.parse(v)))) {
    throw badInput(`${argument} must be an ISO date (YYYY-MM-DD) or date-time, got "${v.slice(0, 40)}"`, argument);
  }
  return m[1];
}

export function checkProvince(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const p = knownProvince(value);
  if (!p) throw badInput(`${argument}: "${value.slice(0, 60)}" is not a Vietnamese province or centrally-run city`, argument);
  return p;
}

export function checkUrl(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw badInput(`${argument} must be an absolute http(s) URL, got "${value.slice(0, 60)}"`, argument);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw badInput(`${argument} must be an http(s) URL`, argument);
  return u.toString();
}

export function checkSearch(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (value.length > MAX_SEARCH_TEXT_CHARS) throw badInput(`${argument} must be at most ${MAX_SEARCH_TEXT_CHARS} characters`, argument);
  return value;
}

export function checkIds(ids: readonly string[], max: number, argument: string): string[] {
  if (ids.length > max) throw badInput(`${argument} takes at most ${max} ids, got ${ids.length}`, argument);
  return [...new Set(ids)];
}
