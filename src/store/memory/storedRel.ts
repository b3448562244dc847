// Relationships as the memory store keeps them. A quote that is the article's own text
// between start and end (nearly every one) is not kept but cut from the text when read;
// the ends and the article are the stored nodes' own id strings and dates are interned,
// so a thousand articles naming one body share one copy of its id.
import type { GraphRelationship } from '../../domain/model';

/** The quote is the article text from start to end. */
export const FROM_TEXT = 0;

export type StoredRel = Omit<GraphRelationship, 'quote'> & { quote: string | null | typeof FROM_TEXT };

export function toStored(r: GraphRelationship, text: string | null, intern: (s: string) => string): StoredRel {
  const fromText = r.quote !== null && text !== null && r.start !== null && r.end !== null && text.slice(r.start, r.end) === r.quote;
  return {
    id: r.id,
    type: r.type,
    from: intern(r.from),
    to: intern(r.to),
    article: intern(r.article),
    // a quote of other text is copied flat: a slice would keep its whole parent string alive
    quote: fromText ? FROM_TEXT : r.quote === null ? null : flat(r.quote),
    start: r.start,
    end: r.end,
    asOf: r.asOf === null ? null : intern(r.asOf),
  };
}

/**
 * A copy of a string that shares nothing: V8 makes a substring of 13 characters or more
 * a slice that keeps its whole parent alive, and the names, titles and quotes of an
 * extraction are slices of the article text, which the store keeps deflated instead.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

export function fromStored(r: StoredRel, textOf: (articleId: string) => string | null): GraphRelationship {
  const quote = r.quote === FROM_TEXT ? (textOf(r.article)?.slice(r.start!, r.end!) ?? null) : r.quote;
  return { id: r.id, type: r.type, from: r.from, to: r.to, article: r.article, quote, start: r.start, end: r.end, asOf: r.asOf };
}
