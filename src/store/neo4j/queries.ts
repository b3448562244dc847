// Every Cypher query the Neo4j adapter runs: a file in cypher/ and the exact parameter
// keys the adapter passes to it. The adapter refuses to run a query with other keys, and
// a test checks each file uses exactly these parameters, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MEETING_FILTER = ['chairedBy', 'spokeBy', 'attendedBy', 'organizer', 'cites', 'from', 'to', 'searchWords', 'searchPrefix'] as const;
const NODE_FILTER = ['label', 'kind', 'province', 'issuer', 'from', 'to', 'searchWords', 'searchPrefix'] as const;
const PAGE = ['afterSort', 'afterId', 'limit'] as const;
/** the node a meeting filter names, to start from, and the type that links it to its meetings */
const ANCHOR = ['anchor', 'anchorType'] as const;

export const QUERIES = {
  writeNodes: { file: 'write-nodes.cypher', params: ['nodes'] },
  writeRelationships: { file: 'write-relationships.cypher', params: ['relationships'] },
  deleteArticleRelationships: { file: 'delete-article-relationships.cypher', params: ['articleId'] },
  deleteArticleNode: { file: 'delete-article-node.cypher', params: ['articleId'] },
  removeOrphans: { file: 'remove-orphans.cypher', params: ['ids'] },
  takeSupports: { file: 'take-supports.cypher', params: ['articleId'] },
  giveSupports: { file: 'give-supports.cypher', params: ['supports'] },
  getSupports: { file: 'get-supports.cypher', params: ['ids'] },
  setNodes: { file: 'set-nodes.cypher', params: ['nodes'] },
  getNodes: { file: 'get-nodes.cypher', params: ['ids'] },
  getRelationships: { file: 'get-relationships.cypher', params: ['ids', 'direction', 'types'] },
  getRelationPages: { file: 'get-relation-pages.cypher', params: ['requests'] },
  getRelationshipsByArticle: { file: 'get-relationships-by-article.cypher', params: ['articleIds'] },
  getDegrees: { file: 'get-degrees.cypher', params: ['ids'] },
  citationTimeline: { file: 'citation-timeline.cypher', params: ['ids', 'period', 'province'] },
  listMeetings: { file: 'list-meetings.cypher', params: [...MEETING_FILTER, ...PAGE] },
  countMeetings: { file: 'count-meetings.cypher', params: [...MEETING_FILTER] },
  listMeetingsOf: { file: 'list-meetings-of.cypher', params: [...MEETING_FILTER, ...ANCHOR, ...PAGE] },
  countMeetingsOf: { file: 'count-meetings-of.cypher', params: [...MEETING_FILTER, ...ANCHOR] },
  listNodesByName: { file: 'list-nodes-by-name.cypher', params: [...NODE_FILTER, ...PAGE] },
  listNodesByDate: { file: 'list-nodes-by-date.cypher', params: [...NODE_FILTER, ...PAGE] },
  countNodes: { file: 'count-nodes.cypher', params: [...NODE_FILTER] },
  search: { file: 'search.cypher', params: ['query', 'labels', 'limit'] },
  searchNames: { file: 'search-names.cypher', params: ['text', 'whole', 'labels', 'limit'] },
  expand: { file: 'expand.cypher', params: ['ids', 'types', 'perType'] },
  neighbours: { file: 'neighbours.cypher', params: ['ids', 'types', 'typeOrder'] },
  links: { file: 'links.cypher', params: ['pairs', 'types', 'typeOrder'] },
  subgraph: { file: 'subgraph.cypher', params: ['ids', 'limit'] },
  countNodesByLabel: { file: 'count-nodes-by-label.cypher', params: [] },
  countRelationships: { file: 'count-relationships.cypher', params: [] },
  health: { file: 'health.cypher', params: [] },
  awaitIndexes: { file: 'await-indexes.cypher', params: ['timeoutSeconds'] },
  clear: { file: 'clear.cypher', params: ['batchSize'] },
} as const satisfies Record<string, { file: string; params: readonly string[] }>;

export type QueryName = keyof typeof QUERIES;

/** The schema statements (constraints, indexes): applied one by one, not a query. */
export const SCHEMA_FILE = 'schema.cypher';

/** cypher/ at the project root: from src/store/neo4j (tests) and dist/store/neo4j (built) alike. */
export const CYPHER_DIR = resolve(__dirname, '..', '..', '..', 'cypher');

export function loadQueries(dir = CYPHER_DIR): Record<QueryName, string> {
  const out = {} as Record<QueryName, string>;
  for (const [name, q] of Object.entries(QUERIES)) out[name as QueryName] = readFileSync(join(dir, q.file), 'utf8');
  return out;
}

/** schema.cypher split into statements (one per `;`), comments dropped. */
export function loadSchema(dir = CYPHER_DIR): string[] {
  const text = readFileSync(join(dir, SCHEMA_FILE), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Throws unless the keys are exactly the ones the registry declares for the query. */
export function checkParams(name: QueryName, params: Record<string, unknown>): void {
  const declared: readonly string[] = QUERIES[name].params;
  const given = Object.keys(params);
  const extra = given.filter((k) => !declared.includes(k));
  const missing = declared.filter((k) => !given.includes(k));
  if (extra.length || missing.length) {
    throw new Error(`query ${name}: parameters differ from cypher/${QUERIES[name].file} (extra: ${extra.join(', ') || '-'}; missing: ${missing.join(', ') || '-'})`);
  }
}
