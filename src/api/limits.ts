// Request limits checked after parsing and validation, before anything executes: a query
// nested too deep or estimated too costly is rejected whole with QUERY_TOO_COMPLEX.
//
// Cost estimates the number of objects a query may return: each field costs 1; a field
// taking `first` (connections, search) multiplies what is under it by `first`; a
// connection's `edges` is not multiplied again; any other list of objects (a meeting's
// chairs, a person's offices) by LIST_FACTOR, a guess at a typical relation's size;
// the explorer queries and `nodes(ids)` by the size their arguments allow. The graph walks
// (neighborhood, path) and search add the work they may do, as priced in api/budget.ts:
// a neighbourhood by the nodes it may expand × relationship types × limitPerType.
// Introspection fields (`__schema`, `__type`) cost nothing and do not count for depth,
// so GraphQL IDEs work.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { type DocumentNode, type FragmentDefinitionNode, getNamedType, getNullableType, getOperationAST, getVariableValues, GraphQLList, type GraphQLSchema, Kind, type SelectionSetNode } from 'graphql';
// The package's CommonJS entry, named explicitly: its ESM entry would load graphql's ESM
// build beside the CommonJS one Apollo and type-graphql use (under vitest), and two
// graphql realms cannot share a schema.
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity/cjs';
import { neighbourhoodCost, pathCost, searchCost } from './budget';
import { reachCost } from './reach';
import { apiError } from './errors';
import { DEFAULT_REACH_DOCUMENTS, MAX_QUERY_COST, MAX_QUERY_DEPTH, MAX_QUERY_NODES, MAX_REACH_DOCUMENTS } from './caps';

export const LIST_FACTOR = 5;

export interface Limits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: MAX_QUERY_DEPTH, maxCost: MAX_QUERY_COST };

/**
 * The deepest field nesting of an operation (fragments followed; introspection skipped). A
 * connection's `edges { node { … } }` is one level, not three: every list is a connection,
 * and a page of chairs is no deeper a question than a list of them was.
 */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // a fragment's depth is computed once (per place: under `edges` or not): a fragment spread
  // twice at every level must not cost 2^levels; one in progress (a cycle, already a
  // validation error) counts as 0
  const fragmentDepth = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined, inEdges: boolean): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name.startsWith('__')) continue;
        const wrapper = name === 'edges' || (inEdges && name === 'node');
        max = Math.max(max, (wrapper ? 0 : 1) + depthOf(s.selectionSet, name === 'edges'));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(s.selectionSet, inEdges));
      } else {
        const key = `${s.name.value}|${inEdges}`;
        if (!fragmentDepth.has(key)) {
          fragmentDepth.set(key, 0);
          fragmentDepth.set(key, depthOf(fragments.get(s.name.value)?.selectionSet, inEdges));
        }
        max = Math.max(max, fragmentDepth.get(key)!);
      }
    }
    return max;
  };
  const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  return Math.max(0, ...ops.map((op) => (op.kind === Kind.OPERATION_DEFINITION ? depthOf(op.selectionSet, false) : 0)));
}

/** Query fields whose result size their arguments bound: the explorer queries and `nodes`. */
const SIZED_BY_ARGS: Record<string, (args: Record<string, unknown>) => number> = {
  neighborhood: (a) => Number(a.limit) || 100,
  path: (a) => (Number(a.maxLength) || 4) + 1,
  subgraph: (a) => (Array.isArray(a.ids) ? a.ids.length : 1),
  nodes: (a) => (Array.isArray(a.ids) ? a.ids.length : 1),
};

/** Query fields whose work is more than their result: what they may look at to find it. */
const WORK_BY_ARGS: Record<string, (args: Record<string, unknown>) => number> = {
  neighborhood: neighbourhoodCost,
  path: (a) => pathCost(a.maxLength),
  search: (a) => searchCost(a.first),
};

// Reads numbers and the length of lists only, never a string's value: the plugin's cache
// (below) keys the variables with their strings blanked.
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (type.name === 'Document') {
    // a walk down IMPLEMENTS: what it may read, and its documents each with what is asked of them
    if (field.name === 'reach') return 1 + reachCost(args.depth, args.limit) + clampLimit(args.limit) * Math.max(1, childComplexity);
    // the store counts every meeting citing the documents: priced as a walk of the widest reach, plus the count
    if (field.name === 'citationTimeline') return 1 + TIMELINE_COST + (Number(args.depth) > 0 ? reachCost(args.depth, MAX_REACH_DOCUMENTS) : 0) + childComplexity;
  }
  const work = type.name === 'Query' ? (WORK_BY_ARGS[field.name]?.(args) ?? 0) : 0;
  if (typeof args.first === 'number') return 1 + work + Math.max(1, args.first) * childComplexity;
  const sized = type.name === 'Query' ? SIZED_BY_ARGS[field.name] : undefined;
  if (sized) return 1 + work + sized(args) * Math.max(1, childComplexity);
  const isList = getNullableType(field.type) instanceof GraphQLList;
  const isObjectList = isList && 'getFields' in getNamedType(field.type);
  // a connection's edges are counted by `first`, a Graph's nodes and edges by the argument that sized it
  if (isObjectList && !(field.name === 'edges' && type.name.endsWith('Connection')) && type.name !== 'Graph') return 1 + LIST_FACTOR * childComplexity;
  return 1 + childComplexity;
};

/** What counting a document's citing meetings costs (one store query over its CITES). */
export const TIMELINE_COST = 200;

function clampLimit(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), MAX_REACH_DOCUMENTS) : DEFAULT_REACH_DOCUMENTS;
}

/** The estimated cost, or why there is none: too many fields, or variables execution will refuse. */
type Cost = number | 'tooManyNodes' | 'unknown';

function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): Cost {
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [estimateCost], maxQueryNodes: MAX_QUERY_NODES });
  } catch (err) {
    if (err instanceof Error && /maximum allowed number of nodes/.test(err.message)) return 'tooManyNodes';
    // bad variable values: execution reports them with BAD_USER_INPUT and the argument's name
    return 'unknown';
  }
}

function checkDepth(depth: number, limits: Limits): void {
  if (depth > limits.maxDepth) {
    throw apiError('QUERY_TOO_COMPLEX', `query is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed`, { depth, maxDepth: limits.maxDepth });
  }
}

function checkCost(cost: Cost, limits: Limits): void {
  if (cost === 'tooManyNodes') {
    throw apiError('QUERY_TOO_COMPLEX', `query selects more than ${MAX_QUERY_NODES} fields (fragments expanded)`, { maxQueryNodes: MAX_QUERY_NODES });
  }
  if (cost !== 'unknown' && cost > limits.maxCost) {
    throw apiError('QUERY_TOO_COMPLEX', `query cost is estimated at ${cost}; at most ${limits.maxCost} is allowed (ask for fewer items with \`first\`, fewer nested lists or aliases, or a smaller depth, limit or limitPerType)`, {
      cost,
      maxCost: limits.maxCost,
    });
  }
}

/** Depth first (cheap), then cost; throws QUERY_TOO_COMPLEX naming the limit exceeded. */
export function checkLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, limits: Limits): void {
  checkDepth(queryDepth(document, operationName), limits);
  checkCost(costOf(schema, document, variables, operationName), limits);
}

/** Entries kept per document: a document asked with many different `first`s starts over past this. */
const MAX_SHAPES_PER_DOCUMENT = 64;
/** Longer variable shapes (hundreds of ids) are not cached. */
const MAX_SHAPE_KEY = 4096;

interface Checked {
  depth: Map<string, number>;
  cost: Map<string, Cost>;
}

/**
 * The variables as far as the cost can tell them apart: coerced (defaults filled in),
 * strings blanked, since the estimate reads only numbers, booleans and list lengths.
 * Null when execution will refuse the variables (the check is skipped, as before) or
 * the shape is too long to be worth a key.
 */
function variablesShape(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): string | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  let key: string;
  try {
    key = JSON.stringify(coerced.coerced, (_k, v: unknown) => (typeof v === 'string' ? '' : v));
  } catch {
    return null;
  }
  return key.length <= MAX_SHAPE_KEY ? key : null;
}

/**
 * The check with its results remembered: depth per document and operation, cost per
 * document, operation and variables' shape. Apollo's document cache hands the same
 * DocumentNode for the same query text, so a repeated query is checked once: the
 * complexity walk cost more than the resolvers of a small query. Held weakly: a document
 * Apollo evicts goes with its entries. Per plugin, since the cost depends on the schema.
 */
function cachedCheck(limits: Limits): (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined) => void {
  const byDocument = new WeakMap<DocumentNode, Checked>();
  return (schema, document, variables, operationName) => {
    let checked = byDocument.get(document);
    if (!checked) byDocument.set(document, (checked = { depth: new Map(), cost: new Map() }));
    const op = operationName ?? '';
    let depth = checked.depth.get(op);
    if (depth === undefined) checked.depth.set(op, (depth = queryDepth(document, operationName)));
    checkDepth(depth, limits);
    const shape = variablesShape(schema, document, variables, operationName);
    if (shape === null) return checkCost(costOf(schema, document, variables, operationName), limits);
    const key = `${op}\n${shape}`;
    let cost = checked.cost.get(key);
    if (cost === undefined) {
      cost = costOf(schema, document, variables, operationName);
      if (checked.cost.size >= MAX_SHAPES_PER_DOCUMENT) checked.cost.clear();
      checked.cost.set(key, cost);
    }
    checkCost(cost, limits);
  };
}

/** The Apollo plugin that enforces the limits before execution. */
export function limitsPlugin(limits: Limits = DEFAULT_LIMITS): ApolloServerPlugin {
  const check = cachedCheck(limits);
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ schema, document, request, operationName }) {
      check(schema, document, request.variables, operationName);
    },
  };
  return { requestDidStart: async () => listener };
}
