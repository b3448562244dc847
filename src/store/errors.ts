// Errors a store raises that callers can tell apart: bad input (the API answers with a
// user error) versus an unreachable or failing database.

/** A batch that cannot be written as a whole (e.g. a relationship to an unknown node); nothing was written. */
export class InvalidBatchError extends Error {
  override name = 'InvalidBatchError';
}

/** A pagination cursor that this store did not issue. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
  constructor(cursor: string) {
    super(`invalid cursor "${cursor.slice(0, 40)}"`);
  }
}

/** An argument out of its allowed range (path length, limits). */
export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}

/** The database cannot be reached; the message names its URI. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
