// Every Cypher file is checked offline by Neo4j's own parser, against the graph model's
// labels, relationship types and property keys, and against the parameters the adapter
// declares for it (queries.ts): a typo in a file, or a parameter passed but not used (or
// used but not passed), fails here rather than on a production database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '../../../src/domain/model';
import { CYPHER_DIR, QUERIES, SCHEMA_FILE, checkParams, loadSchema, type QueryName } from '../../../src/store/neo4j/queries';

const PROPERTY_KEYS = [
  // managed by the adapter
  'id', 'label', 'name', 'nameKey', 'searchText', 'sortKey', 'touchedIds', 'relFrom', 'relTo', 'givenIds',
  // :Support, what an article gave a node (take-supports.cypher)
  'node', 'json', 'count',
  // node props (docs/ARCHITECTURE.md, "The graph model")
  'url', 'source', 'title', 'publishedAt', 'authors', 'text', 'province', 'file', 'aliases', 'kind', 'level',
  'national', 'role', 'date', 'period', 'online', 'code', 'number', 'issuedOn',
  // relationship props
  'article', 'quote', 'start', 'end', 'asOf',
];

// A value of the right type for each parameter, so the linter can check how it is used.
const SAMPLES: Record<string, unknown> = {
  nodes: [], relationships: [], supports: [{ id: 'x|y', node: 'x', json: '{}' }], ids: ['x'], articleIds: ['x'], articleId: 'x', direction: 'BOTH', types: ['HOLDS'],
  label: 'Person', kind: 'x', province: 'x', issuer: 'x', from: 'x', to: 'x', chairedBy: 'x', spokeBy: 'x',
  attendedBy: 'x', organizer: 'x', cites: 'x', searchWords: ['x'], searchPrefix: 'x', afterSort: 'x', afterId: 'x',
  pairs: [['x', 'y']], typeOrder: ['HOLDS'], limit: 10, perType: 10, query: 'x', labels: ['Person'], timeoutSeconds: 60, text: 'x', whole: false, anchor: 'x', anchorType: 'CHAIRED', batchSize: 10000, period: 'MONTH',
  requests: [{ nodeId: 'x', direction: 'IN', types: ['CITES'], label: null, orderBy: 'REPORTED', orderProp: null, perType: false, afterSort: null, afterId: null, limit: 21 }],
};

// The package is ESM only (types-wise): loaded with import(), as a CommonJS project must.
type LanguageSupport = typeof import('@neo4j-cypher/language-support', { with: { 'resolution-mode': 'import' } });
let lintCypherQuery: LanguageSupport['lintCypherQuery'];
beforeAll(async () => {
  ({ lintCypherQuery } = await import('@neo4j-cypher/language-support'));
});

function schemaFor(params: readonly string[]): Parameters<LanguageSupport['lintCypherQuery']>[1] {
  return {
    labels: [...NODE_LABELS, 'Entity', 'Support'],
    relationshipTypes: [...REL_TYPES],
    propertyKeys: PROPERTY_KEYS,
    parameters: Object.fromEntries(params.map((p) => [p, SAMPLES[p]])),
  };
}

/** `$name`s a query uses, comments and string literals aside. */
function parametersUsed(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

const read = (file: string) => readFileSync(join(CYPHER_DIR, file), 'utf8');
const diagnostics = (query: string, params: readonly string[]) =>
  lintCypherQuery(query, schemaFor(params)).diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);

describe('cypher/', () => {
  it('holds exactly the registered queries and the schema', () => {
    const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).sort();
    expect(files).toEqual([SCHEMA_FILE, ...Object.values(QUERIES).map((q) => q.file)].sort());
  });

  it.each(Object.entries(QUERIES))('%s parses, knows every label, type and property, and uses exactly its parameters', (_name, q) => {
    const text = read(q.file);
    expect(diagnostics(text, q.params)).toEqual([]);
    expect(parametersUsed(text)).toEqual([...q.params].sort());
  });

  it('schema.cypher: every statement parses and is idempotent', () => {
    const statements = loadSchema();
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const s of statements) {
      expect(diagnostics(s, []), s).toEqual([]);
      expect(s).toMatch(/ IF NOT EXISTS /);
    }
    const text = statements.join('\n');
    for (const label of [...NODE_LABELS, 'Entity']) expect(text).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    expect(text).toMatch(/FOR \(n:Meeting\) ON \(n\.date\)/);
    expect(text).toMatch(/FOR \(n:Document\) ON \(n\.code\)/);
    expect(text).toMatch(/FULLTEXT INDEX entity_search .* ON EACH \[n\.searchText\]/);
    // the analyzer and consistency of the index, not the server's defaults, which may differ
    const fulltext = statements.find((s) => s.includes('FULLTEXT INDEX entity_search'))!;
    expect(fulltext).toMatch(/OPTIONS \{ indexConfig: \{ `fulltext\.analyzer`: 'standard-no-stop-words', `fulltext\.eventually_consistent`: false \} \}$/);
  });

  it('the linter catches what these checks rely on', () => {
    expect(diagnostics('MATCH (n:Entity RETURN n', [])[0]).toMatch(/^error/);
    expect(diagnostics('MATCH (n:Persn) RETURN n', [])).toEqual([expect.stringMatching(/^warning: Label Persn/)]);
    expect(diagnostics('MATCH (n:Entity) RETURN n.nmae', [])).toEqual([expect.stringMatching(/^warning: nmae/)]);
    expect(diagnostics('MATCH (n:Entity {id: $id}) RETURN n', [])).toEqual([expect.stringMatching(/^error: Parameter \$id/)]);
    expect(parametersUsed("// $comment\nMATCH (n {id: $id, s: '$no'}) RETURN n")).toEqual(['id']);
  });

  it('the adapter refuses to pass other parameters than a query declares', () => {
    expect(() => checkParams('getNodes', { ids: [] })).not.toThrow();
    expect(() => checkParams('getNodes', { ids: [], extra: 1 })).toThrow(/extra: extra/);
    expect(() => checkParams('getRelationships' as QueryName, { ids: [] })).toThrow(/missing: direction, types/);
  });
});
