// What Neo4j does for one GraphQL request: the Cypher queries the adapter ran for it
// (recorded by a wrapper around the driver's transactions), each run again under PROFILE,
// with its database hits and the operators that made most of them. Also the database's
// own heap (JMX), for the bench's Neo4j step.
import neo4j, { type Driver } from 'neo4j-driver';

interface Run {
  text: string;
  params: Record<string, unknown>;
}

export interface QueryProfile {
  /** the queries run, by their first comment-free line */
  queries: { query: string; dbHits: number; rows: number; top: string }[];
  dbHits: number;
}

export interface Recorder {
  driver: Driver;
  runs: Run[];
  reset(): void;
}

/** A driver whose managed transactions record every query they run. */
export function recordingDriver(inner: Driver): Recorder {
  const rec: Recorder = {
    runs: [],
    reset: () => void (rec.runs = []),
    driver: new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop !== 'session') return Reflect.get(target, prop, receiver);
        return (cfg: Parameters<Driver['session']>[0]) => {
          const session = target.session(cfg);
          const wrap = (work: (tx: unknown) => unknown) => (tx: { run: (t: string, p: Record<string, unknown>) => unknown }) =>
            work(
              new Proxy(tx, {
                get(t, p, r) {
                  if (p !== 'run') return Reflect.get(t, p, r);
                  return (text: string, params: Record<string, unknown> = {}) => {
                    rec.runs.push({ text, params });
                    return t.run(text, params);
                  };
                },
              }),
            );
          return new Proxy(session, {
            get(s, p, r) {
              if (p === 'executeRead' || p === 'executeWrite') return (work: (tx: unknown) => unknown, c?: unknown) => (s as any)[p](wrap(work), c);
              return Reflect.get(s, p, r);
            },
          });
        };
      },
    }),
  };
  return rec;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function flatten(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children ?? []) flatten(c, out);
  return out;
}

const nameOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('//'))
    ?.slice(0, 80) ?? '';

/** Each recorded read run again under PROFILE (writes are not repeated). */
export async function profileRuns(driver: Driver, runs: readonly Run[], database?: string): Promise<QueryProfile> {
  const queries: QueryProfile['queries'] = [];
  for (const run of runs) {
    if (/\b(MERGE|CREATE|DELETE|SET)\b/.test(run.text.replace(/\/\/.*$/gm, ''))) continue;
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${run.text.replace(/^(\s*\/\/.*\n)+/, '')}`, run.params);
      const plan = result.summary.profile as unknown as PlanNode | false;
      if (!plan) continue;
      const ops = flatten(plan);
      const dbHits = ops.reduce((s, o) => s + Number(o.dbHits), 0);
      const top = [...ops].sort((a, b) => Number(b.dbHits) - Number(a.dbHits)).slice(0, 3).filter((o) => Number(o.dbHits) > 0).map((o) => `${o.operatorType.replace(/@.*/, '')} ${Number(o.dbHits)}`).join(', ');
      queries.push({ query: nameOf(run.text), dbHits, rows: Number(plan.rows), top });
    } finally {
      await session.close();
    }
  }
  return { queries, dbHits: queries.reduce((s, q) => s + q.dbHits, 0) };
}

/** The JVM heap of the Neo4j server, in MB, from its JMX bean. */
export async function neo4jHeapMB(driver: Driver, database?: string): Promise<{ usedMB: number; maxMB: number } | null> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const r = await session.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap");
    const heap = r.records[0]?.get('heap') as Record<string, unknown> | undefined;
    if (!heap) return null;
    const mb = (v: unknown) => Math.round(Number(v) / 2 ** 20);
    return { usedMB: mb(heap.used), maxMB: mb(heap.max) };
  } catch {
    return null;
  } finally {
    await session.close();
  }
}
