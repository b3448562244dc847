// What the graph queries cost, in the units of api/limits.ts, and the execution budget
// each request gets. The estimate refuses, before anything runs, a query whose arguments
// allow more work than one request may do; the budget stops, while it runs, one whose
// graph turns out worse than the estimate thought (parallel relationships, a path search
// that has to cross hubs). Both count in the budget's units (a relationship looked at is
// one, one read out whole REL_READ_UNITS more); WORK_PER_COST units are one unit of cost,
// so MAX_QUERY_COST units of cost are the budget's units. Calibrated on a 100k-article graph
// (BENCHMARKS.md): a unit is ~0.4 µs, the whole budget ~1 s of one core.
import { REL_TYPES } from '../domain/model';
import { createBudget, REL_READ_UNITS, type WorkBudget } from '../store/budget';

/** Budget units per unit of cost. */
export const WORK_PER_COST = 100;
/**
 * A typeahead search scores up to a thousand candidates and sorts them: ~7 ms for ten
 * hits, ~25 ms for a hundred of a one-letter prefix at 100k articles.
 */
export const searchCost = (first: unknown) => 150 + 5 * Math.min(positive(first, 10), 100);
/** Each step a path search may take from both ends. */
export const PATH_COST_PER_STEP = 250;
/** Wall-clock limit of a request's execution, waiting for its turns included. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

/**
 * The most relationship types one node can have: a Meeting (CHAIRED, SPOKE_AT, ATTENDED,
 * ORGANIZED, CITES, REPORTS, MENTIONS; the model in src/domain/model.ts). A walk follows
 * at most limitPerType + 1 of each type at a node, whatever the direction.
 */
export const MAX_TYPES_AT_A_NODE = 7;

interface NeighbourhoodArgs {
  depth?: unknown;
  limit?: unknown;
  limitPerType?: unknown;
  types?: unknown;
}

function positive(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
}

/**
 * The budget units a neighbourhood may spend: every node it expands (the start, and the
 * nodes reached before the last level, at most `limit`) reads per relationship type (of
 * those asked, and those a node can have) up to limitPerType + 1 relationships.
 */
export function neighbourhoodWork(args: NeighbourhoodArgs): number {
  const depth = Math.min(positive(args.depth, 1), 10);
  const limit = positive(args.limit, 100);
  const perType = positive(args.limitPerType, 25);
  const types = Math.min(Array.isArray(args.types) && args.types.length ? args.types.length : REL_TYPES.length, MAX_TYPES_AT_A_NODE);
  let expanded = 0;
  let level = 1;
  for (let d = 0; d < depth && expanded < limit; d++) {
    expanded += level;
    level *= types * perType;
  }
  return Math.min(expanded, limit) * types * (perType + 1) * (1 + REL_READ_UNITS);
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
