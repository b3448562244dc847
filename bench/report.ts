// Renders a run's results as the Markdown section of BENCHMARKS.md between the markers,
// so that the document always shows the figures of bench/results/latest.json.
import type { HttpStep, Results } from './results';

export const START = '<!-- bench:results:start -->';
export const END = '<!-- bench:results:end -->';

const n = (x: number | null | undefined, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function httpTable(h: HttpStep): string[] {
  const rows = [
    `GraphQL over HTTP, ${h.store} store, ${n(h.articles)} articles; autocannon, ${h.connections} connections, ${h.seconds} s per query (latency as the client sees it). Server time: mean time inside the server per request at one connection (best of three 1 s runs), and of it the time waiting on the store. Floor: graphql-js \`execute\` of the same document over plain objects, same process (best of three).`,
    '',
    '| query | req/s | p50 ms | p99 ms | store calls / request | server ms | of it store ms | floor µs | server / floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of h.queries) {
    const name = q.reference ? `_${q.name} (reference)_` : q.name;
    const floor = q.floor && 'meanUs' in q.floor ? n(q.floor.meanUs, 1) : q.floor ? 'error' : '–';
    if (q.errors) rows.push(`| ${name} | errors: ${q.errors.join('; ').replace(/\|/g, '/')} | | | ${q.storeCalls} | | | ${floor} | |`);
    else rows.push(`| ${name} | ${n(q.load?.requestsPerSecond)} | ${n(q.load?.latencyMs.p50, 2)} | ${n(q.load?.latencyMs.p99, 2)} | ${n(q.loadServer?.storeCallsPerRequest, 1)} | ${n(q.sequential?.server.serverMs.mean, 3)} | ${n(q.sequential?.server.storeMsPerRequest, 3)} | ${floor} | ${n(q.floorRatio, 1)}× |`);
  }
  rows.push('', 'The queries:', '');
  for (const q of h.queries) rows.push(`- **${q.name}**${q.reference ? ' (reference, not a target)' : ''}: ${q.description}; response ${n(q.responseBytes)} bytes`);
  return rows;
}

/** What Neo4j did for each query: its first (cold) request, and its Cypher under PROFILE. */
function neo4jTable(r: Results): string[] {
  const h = r.neo4jHttp;
  const step = r.sizes.find((s) => s.store === 'neo4j');
  if (!h?.queries.length) return [];
  const rows = [
    '',
    `Neo4j's side, ${n(h.articles)} articles: the first request of each query after start (cold: caches and query plans empty), and each Cypher query it ran, again under PROFILE (database hits; the three operators with most).` +
      (step?.neo4j ? ` Neo4j's heap after ingest: ${step.neo4j.heapUsedMB ?? '?'} MB used of ${step.neo4j.heapMaxMB ?? '?'} MB; store on disk: ${step.neo4j.storeMB ?? 'not measured'} MB.` : ''),
    '',
    '| query | cold ms | Cypher queries | db hits | where the hits go |',
    '|---|---:|---:|---:|---|',
  ];
  for (const q of h.queries) {
    if (q.reference) continue;
    const p = q.profile;
    rows.push(`| ${q.name} | ${n(q.coldMs, 1)} | ${p ? p.queries.length : '–'} | ${p ? n(p.dbHits) : '–'} | ${p ? p.queries.map((x) => `${x.query.replace(/\|/g, '/')}: ${x.top}`).join('<br>') : ''} |`);
  }
  return rows;
}

export function renderResults(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC${r.commit ? ` at commit ${r.commit}` : ''} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, Node ${m.node} (${m.platform}); load average ${m.loadAverage} at the start (${r.sizes.map((s) => `${s.loadAverage} after ${s.store} ${n(s.size)}`).join(', ')}); the whole run took ${n(r.totalSeconds)} s. Settings: ${Object.entries(r.settings).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    '',
    '### Targets',
    '',
    '| target | status | measured |',
    '|---|---|---|',
    ...r.verdicts.map((v) => `| ${v.target} | **${v.status}** | ${v.measured} |`),
    '',
    '### Extraction, ingest, graph size, memory',
    '',
    'One thread; each stage timed on its own (generating the text and scoring it are not timed). Ingest = extract + resolve + write, one store transaction per article. RSS after two forced GCs (`--expose-gc`), in a fresh process per size (for Neo4j: the polgraph process, not the database).',
    '',
    '| store | articles | text MB | extract /s | resolve /s | write /s | ingest /s | nodes | relationships | RSS MB | heap MB | extraction F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of r.sizes) {
    if (!s.ingest) {
      out.push(`| ${s.store} | ${n(s.size)} | failed: ${(s.error ?? '').split('\n')[0].replace(/\|/g, '/')} | | | | | | | | | |`);
      continue;
    }
    const i = s.ingest;
    const nodes = s.counts ? Object.values(s.counts.nodes).reduce((a, b) => a + b, 0) : null;
    out.push(
      `| ${s.store} | ${n(i.articles)}${i.stoppedEarly ? ` of ${n(s.size)} (time budget)` : ''} | ${n(i.megabytes, 1)} | ${n(i.extract.articlesPerSecond)} | ${n(i.resolve.articlesPerSecond)} | ${n(i.write.articlesPerSecond)} | ${n(i.ingest.articlesPerSecond)} | ${n(nodes)} | ${n(s.counts?.relationships)} | ${n(s.memory?.rssMB)} | ${n(s.memory?.heapUsedMB)} | ${i.accuracy ? `${n(i.accuracy.macroF1, 3)} (${n(i.accuracy.articles)})` : '–'} |`,
    );
  }
  const alone = r.sizes.filter((s) => s.extraction);
  if (alone.length) out.push('', `Extraction alone (\`bench/measure/extraction.ts\`: the step's first articles, before its ingest, nothing else in the process): ${alone.map((s) => `${n(s.extraction!.articlesPerSecond)} articles/s over ${n(s.extraction!.articles)} articles of the ${n(s.size)} step`).join('; ')}. The "extract /s" column is the time in \`extract\` inside the ingest loop, while the store grows.`);
  const real = r.sizes.find((s) => s.realText)?.realText;
  if (real) out.push('', `Real text for comparison: extraction of the ${real.files} bundled articles (\`${real.corpus.replace(/^.*\/(data\/corpus)$/, '$1')}\`, ${n((real.megabytes * 2 ** 20) / real.articles / 1024, 1)} KB on average), looped ${n(real.articles)} times: ${n(real.extract.articlesPerSecond)} articles/s.`);
  const counted = r.sizes.filter((s) => s.counts);
  if (counted.length) {
    const labels = Object.keys(counted[0].counts!.nodes);
    out.push('', 'Nodes by type:', '', `| store | articles | ${labels.join(' | ')} |`, `|---|---:|${labels.map(() => '---:').join('|')}|`);
    for (const s of counted) {
      const nodes = s.counts!.nodes as Record<string, number>;
      out.push(`| ${s.store} | ${n(s.ingest?.articles)} | ${labels.map((l) => n(nodes[l])).join(' | ')} |`);
    }
  }
  const scored = [...r.sizes].filter((s) => s.ingest?.accuracy).sort((a, b) => b.ingest!.accuracy!.articles - a.ingest!.accuracy!.articles)[0];
  if (scored) {
    const a = scored.ingest!.accuracy!;
    out.push('', `Extraction on generated text, by field (${n(a.articles)} articles, scored with \`scoreExtractions\` against the generator's gold):`, '', '| field | precision | recall | F1 |', '|---|---:|---:|---:|');
    for (const [f, s] of Object.entries(a.fields)) out.push(`| ${f} | ${n(s.precision, 3)} | ${n(s.recall, 3)} | ${n(s.f1, 3)} |`);
  }
  out.push('', '### Queries', '');
  if (r.http && r.http.queries.length) out.push(...httpTable(r.http));
  else out.push(`Not measured: ${r.http?.skipped ?? 'no HTTP step ran'}.`);
  if (r.neo4jHttp) out.push('', ...(r.neo4jHttp.queries.length ? [...httpTable(r.neo4jHttp), ...neo4jTable(r)] : [`Neo4j: not measured: ${r.neo4jHttp.skipped ?? 'no query ran'}`.split('\n')[0]]));
  out.push('', '### Start-up', '');
  if (r.startup?.bundled) {
    out.push(`\`polgraph serve\` to \`/health\` 200: bundled corpus (${r.startup.bundled.corpus}) median ${n(r.startup.bundled.medianMs)} ms of ${r.startup.bundled.runs.map((x) => n(x)).join(', ')} ms.`);
    if (r.startup.generated1k) out.push(`With 1,000 generated articles as the corpus (POLGRAPH_CORPUS): ${n(r.startup.generated1k.medianMs)} ms.`);
  } else out.push(`Not measured: ${r.startup?.error ?? 'did not run'}.`);
  return out.join('\n');
}

export function replaceSection(doc: string, section: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return `${doc.trimEnd()}\n\n${START}\n${section}\n${END}\n`;
  return `${doc.slice(0, a + START.length)}\n${section}\n${doc.slice(b)}`;
}
