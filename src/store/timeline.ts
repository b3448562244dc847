// A document's citations over time: the meetings citing any of a few documents, each
// counted once, per period of its date and per its province. Both stores answer with
// these buckets in this order (memory here, Neo4j cypher/citation-timeline.cypher).

export type TimelinePeriod = 'MONTH' | 'YEAR';

export interface TimelineArgs {
  by: TimelinePeriod;
  /** only meetings of this province (canonical name, Meeting.province) */
  province?: string | null;
}

export interface TimelineBucket {
  /** `2020` or `2020-06`; null for the meetings whose day the text does not give */
  period: string | null;
  /** Meeting.province; null when the article's province is unknown */
  province: string | null;
  /** distinct meetings */
  meetings: number;
}

/** The period of an ISO date: its year or its year and month. */
export function periodOf(date: unknown, by: TimelinePeriod): string | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}/.test(date)) return null;
  return by === 'YEAR' ? date.slice(0, 4) : date.slice(0, 7);
}

/** Oldest period first (undated last), then province in code-unit order (unknown last). */
export function compareBuckets(a: TimelineBucket, b: TimelineBucket): number {
  const nullsLast = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  return nullsLast(a.period, b.period) || nullsLast(a.province, b.province);
}

/** Buckets of meetings given as [date, province]. */
export function bucketsOf(meetings: Iterable<[unknown, unknown]>, args: TimelineArgs): TimelineBucket[] {
  const counts = new Map<string, TimelineBucket>();
  for (const [date, prov] of meetings) {
    const province = typeof prov === 'string' ? prov : null;
    if (args.province && province !== args.province) continue;
    const period = periodOf(date, args.by);
    const key = `${period}\u0000${province}`;
    const b = counts.get(key);
    if (b) b.meetings++;
    else counts.set(key, { period, province, meetings: 1 });
  }
  return [...counts.values()].sort(compareBuckets);
}
