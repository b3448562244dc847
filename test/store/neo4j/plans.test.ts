// Query shapes that decide how Neo4j plans a query, checked on the text of the Cypher
// files (no database runs here): what the parser cannot tell, but a big graph would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '../../../src/domain/model';
import { CYPHER_DIR } from '../../../src/store/neo4j/queries';

/** A file's code, comments dropped, whitespace collapsed. */
const code = (file: string) =>
  readFileSync(join(CYPHER_DIR, file), 'utf8')
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('query plans', () => {
  it('get-degrees counts each type and direction by a degree look-up, not by walking every relationship', () => {
    const text = code('get-degrees.cypher');
    // every type, both ways, as COUNT { } of one typed relationship (GetDegree on a hub)
    for (const t of REL_TYPES) {
      expect(text).toContain(`['${t}', COUNT { (n)-[:${t}]->() }, COUNT { (n)<-[:${t}]-() }]`);
    }
    // no untyped expansion of the node's relationships
    expect(text).not.toMatch(/\(n[^)]*\)-\[r\]-/);
  });

  it.each(['expand.cypher', 'get-relation-pages.cypher'])('%s turns relationships into maps only once the result is cut', (file) => {
    // a map of a relationship copies its quote: collecting maps of all of a hub's
    // relationships, to keep a page of them, copies thousands of sentences per request
    const text = code(file);
    expect(text).not.toMatch(/collect\(\s*r\s*\{/);
    const projection = text.indexOf('r {.*, type: type(r)');
    expect(projection).toBeGreaterThan(text.lastIndexOf('WITH '));
    expect(projection).toBeGreaterThan(text.indexOf('RETURN '));
  });

  it('count-nodes-by-label counts each label from the count store, not by reading every node', () => {
    // the count store answers a count() alone in its WITH/RETURN, over one label, with no
    // WHERE and no property (Neo4j knowledge base, "Fast counts using the count store")
    const text = code('count-nodes-by-label.cypher');
    const parts = text.split(' UNION ALL ');
    expect(parts).toEqual(NODE_LABELS.map((l) => `MATCH (n:${l}) WITH count(n) AS total RETURN '${l}' AS label, total`));
  });

  it.each([
    ['list-meetings.cypher', 'm.date'],
    ['list-nodes-by-date.cypher', 'n.sortKey'],
    ['list-nodes-by-name.cypher', 'n.sortKey'],
  ])('%s orders by, compares the cursor with and returns the same key', (file, key) => {
    const text = code(file);
    const order = /ORDER BY (.*?) LIMIT/.exec(text)?.[1];
    expect(order).toBe(key === 'm.date' || file.includes('date') ? `${key} IS NULL, ${key} DESC, ${key[0]}.id` : `${key}, n.id`);
    expect(text).toContain(`${key} AS sortKey`);
    expect(text).toContain(key === 'm.date' ? 'm.date < $afterSort OR (m.date = $afterSort AND m.id > $afterId)' : file.includes('date') ? 'n.sortKey < $afterSort OR (n.sortKey = $afterSort AND n.id > $afterId)' : 'n.sortKey > $afterSort OR (n.sortKey = $afterSort AND n.id > $afterId)');
  });

  it('search-names seeks the names that start with the query in the nameKey index, in name order', () => {
    const text = code('search-names.cypher');
    expect(text).toContain('WHERE n.nameKey STARTS WITH $text');
    expect(text).toMatch(/ORDER BY n\.nameKey, n\.id LIMIT \$limit$/);
    expect(code('schema.cypher')).toContain('CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);');
    expect(code('write-nodes.cypher')).toContain('SET n.nameKey = coalesce(n.nameKey, row.nameKey)');
  });

  it.each([
    ['list-meetings-of.cypher', 'list-meetings.cypher'],
    ['count-meetings-of.cypher', 'count-meetings.cypher'],
  ])("%s starts from the named node's relationships, then filters, pages and orders as %s", (anchored, plain) => {
    const text = code(anchored);
    const head = 'MATCH (x:Entity {id: $anchor})-[r]-(m:Meeting) WHERE type(r) = $anchorType WITH DISTINCT m ';
    expect(text.startsWith(head), text).toBe(true);
    const rest = code(plain);
    expect(rest.startsWith('MATCH (m:Meeting) ')).toBe(true);
    expect(text.slice(head.length)).toBe(rest.slice('MATCH (m:Meeting) '.length));
  });

  it('lists and counts by label seek an index on the label, never scan every :Entity node', () => {
    const schema = code('schema.cypher');
    expect(schema).toContain('CREATE INDEX entity_label_sort IF NOT EXISTS FOR (n:Entity) ON (n.label, n.sortKey);');
    expect(schema).toContain('CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label);');
    // a composite index needs a predicate on each property: name lists say sortKey exists
    expect(code('list-nodes-by-name.cypher')).toContain('MATCH (n:Entity) WHERE n.label = $label AND n.sortKey IS NOT NULL ');
    for (const f of ['list-nodes-by-date.cypher', 'count-nodes.cypher']) expect(code(f)).toContain('MATCH (n:Entity) WHERE n.label = $label ');
  });
});
