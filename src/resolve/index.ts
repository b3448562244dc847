// The resolve stage: one article's Extraction → a GraphBatch with global ids.
export { resolve } from './resolve';
export { searchTextOf } from './batch';
