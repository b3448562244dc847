// Error codes clients can branch on. Resolvers throw these; store errors are mapped to
// them in `formatError`, and anything unexpected leaves as INTERNAL_SERVER_ERROR with a
// generic message (the detail goes to the log, not to the client).
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import { UnreadableArticleError } from '../pipeline';
import { BudgetExceededError } from '../store/budget';
import { InvalidArgumentError, InvalidBatchError, InvalidCursorError, StoreUnavailableError } from '../store/errors';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  /** too many failed authentications from the client's address: wait `Retry-After` seconds */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for errors raised before execution (resolver errors keep 200, as GraphQL does). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { QUERY_TOO_COMPLEX: 400, UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

/** Too many failed authentications: HTTP 429 with Retry-After. */
export function rateLimited(seconds: number): GraphQLError {
  return new GraphQLError(`too many failed authentications from this address; try again in ${seconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter: seconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
  });
}

export const badInput = (message: string, argument?: string) => apiError('BAD_USER_INPUT', message, argument ? { argument } : {});
export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `no ${what} with id "${id}"`, { id });

/** Raised by the store guard when the store does not answer in time or fails. */
export class StoreFailure extends Error {
  override name = 'StoreFailure';
}

/** Store errors that are the caller's fault, by class. */
const USER_ERRORS = [InvalidCursorError, InvalidArgumentError, InvalidBatchError, UnreadableArticleError];

/** The code an error thrown inside a resolver maps to. */
export function codeOf(err: unknown): ErrorCode | null {
  if (USER_ERRORS.some((c) => err instanceof c)) return 'BAD_USER_INPUT';
  if (err instanceof StoreUnavailableError || err instanceof StoreFailure) return 'STORE_UNAVAILABLE';
  // the execution budget stopped the query: what to ask instead is in the message
  if (err instanceof BudgetExceededError) return 'QUERY_TOO_COMPLEX';
  return null;
}

/**
 * Apollo's formatError: store errors get their code; unknown errors lose their message
 * (it may name internals) unless in development; stack traces only in development.
 */
export function makeFormatError(development: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = codeOf(original);
    const ext = { ...formatted.extensions };
    if (!development) delete ext.stacktrace;
    // graphql-js's own refusal of an over-long document (parseOptions.maxTokens) is a limit too
    // (its message says "more that" in graphql 16)
    if (ext.code === 'GRAPHQL_PARSE_FAILED' && /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
      return { ...formatted, extensions: { ...ext, code: 'QUERY_TOO_COMPLEX' } };
    }
    if (original instanceof BudgetExceededError) return { ...formatted, extensions: { ...ext, code: mapped, reason: original.reason } };
    if (mapped) return { ...formatted, extensions: { ...ext, code: mapped } };
    if (ext.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: original, path: formatted.path }, 'resolver failed');
      if (!development) return { message: 'internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: ext };
  };
}
