// How much text one article may be: the extractor refuses longer inputs (an empty extraction
// with a warning) and the API refuses them up front, both by this one number.

/** Longer inputs are not articles: refused with a warning rather than parsed. */
export const MAX_INPUT_CHARS = 1_000_000;
