// Argument checks: ISO dates, provinces (their spellings: test/domain/places.test.ts), URLs.
import { describe, expect, it } from 'vitest';
import { checkDate, checkDateOrDateTime, checkProvince, checkUrl, isIsoDate } from '../../src/api/validate';

const message = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('dates', () => {
  it('accepts real calendar days as YYYY-MM-DD only', () => {
    expect(isIsoDate('2020-06-25')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2020-13-01', '25/06/2020', '2020-6-25', '2020-06-25T00:00:00Z']) expect(isIsoDate(bad), bad).toBe(false);
  });

  it('treats an empty value as absent', () => {
    expect(checkDate('', 'from')).toBeNull();
    expect(checkDate(undefined, 'from')).toBeNull();
  });

  it('keeps the date of an ISO date-time for a publication date', () => {
    expect(checkDateOrDateTime('2023-09-15T10:20:00+07:00', 'publishedAt')).toBe('2023-09-15');
    expect(checkDateOrDateTime('2023-09-15', 'publishedAt')).toBe('2023-09-15');
    expect(message(() => checkDateOrDateTime('2023-09-15T25:00:00Z', 'publishedAt'))).toMatch(/^publishedAt must be an ISO date/);
    expect(message(() => checkDateOrDateTime('yesterday', 'publishedAt'))).toMatch(/^publishedAt must be an ISO date/);
  });
});

describe('provinces', () => {
  it('names the argument of an unknown province', () => {
    expect(message(() => checkProvince('Atlantis', 'input.province'))).toBe('input.province: "Atlantis" is not a Vietnamese province or centrally-run city');
  });
});

describe('urls', () => {
  it('accepts absolute http(s) URLs only', () => {
    expect(checkUrl('https://kontumtv.vn/tin/1', 'url')).toBe('https://kontumtv.vn/tin/1');
    expect(message(() => checkUrl('kontumtv.vn/tin/1', 'url'))).toMatch(/^url must be an absolute http\(s\) URL/);
    expect(message(() => checkUrl('ftp://kontumtv.vn/x', 'url'))).toBe('url must be an http(s) URL');
  });
});
