// What the graph queries cost, in the units of api/limits.ts, and the execution budget
// each request gets. The estimate refuses, before anything runs, a query whose arguments
// allow more work than one request may do; the budget stops, while it runs, one whose
// graph turns out worse than the estimate thought (parallel relationships, a path search
// that has to cross hubs). Both count relationships looked at: WORK_PER_COST of them are
// one unit of cost, so MAX_COST units of cost are the budget's units.
import { REL_TYPES } from '../domain/model';
import { createBudget, type WorkBudget } from '../store/budget';

/** Relationships looked at per unit of cost. */
export const WORK_PER_COST = 100;
/** A typeahead search scores up to a thousand candidates and sorts them: a fixed price per call. */
export const SEARCH_COST = 25;
/** Each step a path search may take from both ends. */
export const PATH_COST_PER_STEP = 250;
/** Wall-clock limit of a request's execution, waiting for its turns included. */
export const DEFAULT_QUERY_TIMEOUT_MS = 5_000;

interface NeighbourhoodArgs {
  depth?: unknown;
  limit?: unknown;
  limitPerType?: unknown;
  types?: unknown;
}

const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback);

/**
 * The relationships a neighbourhood may look at: every node it expands (the start, and
 * the nodes reached before the last level, at most `limit`) reads per relationship type
 * up to limitPerType + 1 neighbours.
 */
export function neighbourhoodWork(args: NeighbourhoodArgs): number {
  const depth = Math.min(positive(args.depth, 1), 10);
  const limit = positive(args.limit, 100);
  const perType = positive(args.limitPerType, 25);
  const types = Array.isArray(args.types) && args.types.length ? Math.min(args.types.length, REL_TYPES.length) : REL_TYPES.length;
  let expanded = 0;
  let level = 1;
  for (let d = 0; d < depth && expanded < limit; d++) {
    expanded += level;
    level *= types * perType;
  }
  return Math.min(expanded, limit) * types * (perType + 1);
}

export const neighbourhoodCost = (args: NeighbourhoodArgs) => Math.ceil(neighbourhoodWork(args) / WORK_PER_COST);
export const pathCost = (maxLength: unknown) => positive(maxLength, 4) * PATH_COST_PER_STEP;

export interface ExecutionLimits {
  /** units of graph work (relationships looked at) a request may spend */
  units: number;
  timeoutMs: number;
}

export function requestBudget(limits: ExecutionLimits, signal?: AbortSignal): WorkBudget {
  return createBudget({ units: limits.units, deadlineMs: limits.timeoutMs, signal });
}
