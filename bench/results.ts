// The shape of bench/results/latest.json: every figure of a run, with the machine.
import type { QueryProbe, ServerStats } from './measure/child';
import type { FloorFigure } from './measure/floor';
import type { LoadFigure } from './measure/http';
import type { ExtractionFigure } from './measure/extraction';
import type { IngestFigures, RealTextFigure } from './measure/ingest';
import type { Machine } from './measure/machine';
import type { MemoryFigure } from './measure/memory';
import type { QueryProfile } from './measure/neo4jProfile';
import type { Targets } from './measure/queries';
import type { StartupFigure } from './measure/startup';
import type { StoreCounts } from '../src/store/GraphStore';

/** A target of issue 6 judged against the figures (targets.ts): never silently dropped. */
export interface Verdict {
  target: string;
  status: 'met' | 'not met' | 'not measured';
  /** the figure(s) behind the verdict */
  measured: string;
}

export interface SizeStep {
  size: number;
  store: 'memory' | 'neo4j';
  ingest: IngestFigures | null;
  counts: StoreCounts | null;
  memory: MemoryFigure | null;
  /** articles already in the store before the step (Neo4j: a shared database) */
  articlesBefore: number | null;
  error: string | null;
  wallSeconds: number;
  /** 1-minute load average at the end of the step */
  loadAverage: number;
  /** extraction on the bundled (real) corpus, in the first memory step only */
  realText: RealTextFigure | null;
  /** extraction alone on the step's first articles, before the ingest (memory steps) */
  extraction: ExtractionFigure | null;
  /** Neo4j steps: the database's heap after ingest (JMX) and its store on disk (when the bench started it) */
  neo4j?: { heapUsedMB: number | null; heapMaxMB: number | null; storeMB: number | null };
}

export interface QueryFigure {
  name: string;
  /** a reference row (\`{ __typename }\`), not one of the five canonical queries */
  reference: boolean;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  errors: string[] | null;
  responseBytes: number;
  /** store calls of one request, by method */
  storeCalls: number;
  storeCallsByMethod: Record<string, number>;
  /** the first request of the query after start, ms */
  coldMs?: number;
  /** Neo4j: its Cypher under PROFILE */
  profile?: QueryProfile;
  /** 32 connections */
  load: LoadFigure | null;
  /** server-side figures during the load run */
  loadServer: (ServerStats & { storeCallsPerRequest: number }) | null;
  /** one connection: time inside the server per request, the figure compared with the floor */
  sequential: (LoadFigure & { server: ServerStats }) | null;
  floor: FloorFigure | { error: string } | null;
  /** sequential server mean / floor mean */
  floorRatio: number | null;
}

export interface HttpStep {
  store: 'memory' | 'neo4j';
  articles: number;
  connections: number;
  seconds: number;
  targets: Targets | null;
  queries: QueryFigure[];
  skipped?: string;
}

export interface Results {
  date: string;
  /** the commit measured ("+dirty": the working tree had changes to src, data, cypher or bench) */
  commit: string | null;
  machine: Machine;
  settings: Record<string, string | number | boolean>;
  sizes: SizeStep[];
  http: HttpStep | null;
  neo4jHttp: HttpStep | null;
  startup: { bundled: StartupFigure | null; generated1k: StartupFigure | null; error?: string } | null;
  verdicts: Verdict[];
  totalSeconds: number;
}
