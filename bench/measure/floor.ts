// The floor: the same query documents run by bare graphql-js `execute` over plain,
// precomputed JS objects, with no HTTP, no Apollo, no loaders and no store. The schema is
// the server's own SDL rebuilt with `buildSchema`, so every field resolves by graphql-js'
// default resolver (a property read) and the response has exactly the server's shape;
// the objects are the server's own answer for the query. What the server spends above
// this is the cost of the server, the loaders and the store.
import { buildSchema, execute, parse, print, visit, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { mean, msSince, now, round } from './stats';

/** The query with `__typename` in every selection set: the floor's objects need it for abstract types. */
export function withTypenames(query: string): string {
  const doc = visit(parse(query), {
    SelectionSet(node: SelectionSetNode) {
      if (node.selections.some((s) => s.kind === 'Field' && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: 'Field', name: { kind: 'Name', value: '__typename' } }] } as SelectionSetNode;
    },
  });
  return print(doc);
}

export interface FloorFigure {
  /** mean µs per execute */
  meanUs: number;
  p50Us: number;
  iterations: number;
  /** the floor answered exactly what the server answered */
  sameAnswer: boolean;
}

export function floorSchema(sdl: string): GraphQLSchema {
  return buildSchema(sdl);
}

/** Runs `execute` for about `ms` milliseconds after a warm-up (three runs, the best kept); per-call times in µs. */
export async function measureFloor(schema: GraphQLSchema, query: string, variables: Record<string, unknown>, rootValue: unknown, expected: unknown, ms = 1000): Promise<FloorFigure> {
  const document: DocumentNode = parse(query);
  const run = () => execute({ schema, document, rootValue, variableValues: variables });
  const first = (await run()) as { data?: unknown; errors?: unknown[] };
  if (first.errors?.length) throw new Error(`the floor could not run the query: ${JSON.stringify(first.errors[0])}`);
  const sameAnswer = JSON.stringify(first.data) === JSON.stringify(expected);
  for (let i = 0; i < 300; i++) await run();
  // the best of three runs, as for the server time it is compared with
  let best: number[] | null = null;
  let iterations = 0;
  for (let r = 0; r < 3; r++) {
    const times: number[] = [];
    const started = now();
    while (msSince(started) < ms / 3) {
      const t = now();
      await run();
      times.push(Number(now() - t) / 1e3);
    }
    iterations += times.length;
    if (!best || mean(times) < mean(best)) best = times;
  }
  const times = best!.sort((a, b) => a - b);
  return { meanUs: round(mean(times)), p50Us: round(times[Math.floor(times.length / 2)]), iterations, sameAnswer };
}
