// Every cap on what one request may ask, in one place, each named for what it caps. A
// request beyond one is refused with a clear error (BAD_USER_INPUT, QUERY_TOO_COMPLEX,
// PAYLOAD_TOO_LARGE), never clamped, so a client never mistakes a smaller answer for the
// whole one. How a query's cost is estimated: limits.ts; what a unit of cost buys: budget.ts.

/** How deep a query's selections may nest (introspection fields not counted). */
export const MAX_QUERY_DEPTH = 10;
/** A query's estimated cost, about the number of objects it may return (limits.ts). */
export const MAX_QUERY_COST = 25_000;
/**
 * Tokens a query document may have, checked while parsing (graphql-js stops there): a
 * thousand aliases are refused in linear time, before validation, whose overlapping-fields
 * rule is quadratic in same-named fields. GraphiQL's introspection query has ~350.
 */
export const MAX_QUERY_TOKENS = 5_000;
/** Fields a query may select once fragments are expanded (a fragment spread many times multiplies). */
export const MAX_QUERY_NODES = 5_000;

/** A connection's page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** A nested connection's page size (a meeting's chairs, a fact's sentences) when `first` is not given. */
export const DEFAULT_NESTED_PAGE_SIZE = 10;
/** The largest `first` of a connection. */
export const MAX_PAGE_SIZE = 100;
/** The largest `first` of `search`. */
export const MAX_SEARCH_HITS = 100;
/** How many of the best hits `search` pages through: typeahead refines its words rather than paging far. */
export const SEARCH_WINDOW = 100;
/** Longest search text accepted: a name or a title, not a document. */
export const MAX_SEARCH_TEXT_CHARS = 200;

/** `aliases(first)` when not given: a name's other spellings, capped rather than paged (they are few, sorted). */
export const DEFAULT_ALIASES = 20;
/** The largest `aliases(first)`. */
export const MAX_ALIASES = 100;

/** Ids `nodes(ids)` looks up at once. */
export const MAX_IDS_PER_LOOKUP = 500;
/** Steps from the start node `neighborhood` walks. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Nodes a graph view may hold: `neighborhood`'s `limit` and `limitPerType`, `subgraph`'s ids. */
export const MAX_GRAPH_NODES = 500;

/** Steps down IMPLEMENTS that `Document.reach` and `citationTimeline(depth)` walk. */
export const MAX_REACH_DEPTH = 4;
/** Documents `Document.reach` returns at most (and `citationTimeline(depth)` counts through). */
export const MAX_REACH_DOCUMENTS = 200;
/** `Document.reach`'s `limit` when none is given. */
export const DEFAULT_REACH_DOCUMENTS = 50;

/** An ingested article's text, in UTF-8 bytes (its characters: MAX_INPUT_CHARS, domain/inputLimits.ts). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** An ingested article's `source`. */
export const MAX_SOURCE_CHARS = 200;
/** An ingested article's front-matter `title`. */
export const MAX_TITLE_CHARS = 500;
