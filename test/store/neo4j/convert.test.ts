// The Neo4j boundary, checked without a database: what the write queries receive and how
// records come back as the graph model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../src/domain/model';
import { LIST_PROPS, fromNode, fromRel, plain, toNodeRow, toRelRow } from '../../../src/store/neo4j/convert';
import { CYPHER_DIR } from '../../../src/store/neo4j/queries';

const person: GraphNode = {
  id: 'person:kon-tum:apot',
  label: 'Person',
  name: 'A Pớt',
  searchText: 'a pot apot',
  props: { aliases: ['APớt'], province: null },
};

describe('neo4j convert', () => {
  it('writes a node as a row: nulls left out (they would erase), aliases apart, sort key folded', () => {
    expect(toNodeRow(person)).toEqual({
      id: person.id,
      label: 'Person',
      name: 'A Pớt',
      sortKey: 'a pot',
      nameKey: 'a pot',
      searchText: 'a pot apot',
      props: {},
      lists: { aliases: ['APớt'] },
    });
    const meeting: GraphNode = { id: 'm', label: 'Meeting', name: 'Hội nghị', searchText: 'hoi nghi', props: { date: '2021-07-27', online: false, name: 'x' } };
    expect(toNodeRow(meeting)).toMatchObject({ sortKey: '2021-07-27', nameKey: 'hoi nghi', props: { date: '2021-07-27', online: false }, lists: {} });
  });

  it('gives every list prop of the model apart, to be unioned with the stored one rather than replace it', () => {
    // as ../merge.ts does in every store: an article's authors written again are unioned, like aliases
    const article: GraphNode = {
      id: 'article:1',
      label: 'Article',
      name: 't',
      searchText: 't',
      props: { authors: ['Mai Trâm'], title: 't', url: null },
    };
    const row = toNodeRow(article, { touchedIds: ['a'], relFrom: [], relTo: [] });
    expect(row.lists).toEqual({ authors: ['Mai Trâm'] });
    // the adapter's own lists replace the stored ones
    expect(row.props).toEqual({ title: 't', touchedIds: ['a'], relFrom: [], relTo: [] });
    // write-nodes.cypher unions each list prop by name
    const cypher = readFileSync(join(CYPHER_DIR, 'write-nodes.cypher'), 'utf8');
    for (const k of LIST_PROPS) {
      expect(cypher).toContain(`SET n.${k} = CASE WHEN row.lists.${k} IS NULL THEN n.${k}`);
      expect(cypher).toContain(`reduce(acc = coalesce(n.${k}, []), a IN row.lists.${k} | CASE WHEN a IN acc THEN acc ELSE acc + a END)`);
    }
    expect(cypher).not.toMatch(/row\.aliases|row\.authors/);
  });

  it('writes offsets as Neo4j integers and leaves out missing evidence', () => {
    const row = toRelRow({ id: 'r', type: 'HOLDS', from: 'a', to: 'b', article: 'x', quote: 'q', start: 3, end: 9, asOf: null });
    expect(neo4j.isInt(row.props.start)).toBe(true);
    expect(row.props).not.toHaveProperty('asOf');
    expect(Object.keys(row.props).sort()).toEqual(['article', 'end', 'quote', 'start']);
  });

  it('reads integers as numbers, temporal values as ISO strings', () => {
    expect(plain(neo4j.int(42))).toBe(42);
    expect(plain(new neo4j.types.Date(2021, 7, 27))).toBe('2021-07-27');
    expect(plain([neo4j.int(1), 'a'])).toEqual([1, 'a']);
    expect(plain(undefined)).toBeNull();
  });

  it('reads a node back with its label props null where Neo4j has none', () => {
    const n = fromNode({ id: person.id, label: 'Person', name: 'A Pớt', searchText: 'a pot apot', sortKey: 'a pot', aliases: ['APớt'] });
    expect(n).toEqual(person);
    const article = fromNode({ id: 'article:1', label: 'Article', name: 't', searchText: 't', touchedIds: ['x'], publishedAt: '2020-01-01' });
    expect(article.props).not.toHaveProperty('touchedIds');
    expect(article.props).toMatchObject({ publishedAt: '2020-01-01', url: null, authors: null });
  });

  it('reads a relationship back with absent evidence as null', () => {
    expect(fromRel({ id: 'r', type: 'MENTIONS', from: 'a', to: 'b', article: 'x', start: neo4j.int(2) })).toEqual({
      id: 'r',
      type: 'MENTIONS',
      from: 'a',
      to: 'b',
      article: 'x',
      quote: null,
      start: 2,
      end: null,
      asOf: null,
    });
  });
});
