// The Neo4j adapter's own logic, run against a scripted driver (no Neo4j can run here):
// which query files each operation runs, in which transactions, with which parameters,
// and how it reads the answers. The queries themselves are checked by cypher.test.ts, and
// the behaviour end to end by the contract suite whenever NEO4J_URI is set.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '../../../src/domain/model';
import { createBudget } from '../../../src/store/budget';
import { encodeCursor } from '../../../src/store/cursor';
import { MAX_SUBGRAPH_RELATIONSHIPS } from '../../../src/store/limits';
import { InvalidBatchError, StoreUnavailableError } from '../../../src/store/errors';
import { Neo4jStore, luceneQuery } from '../../../src/store/neo4j/Neo4jStore';
import { parseSearch } from '../../../src/store/search';
import { QUERIES, loadQueries, type QueryName } from '../../../src/store/neo4j/queries';
import { articleA, articleB, idOf } from '../graph';

type Row = Record<string, unknown>;
interface Call {
  query: QueryName | 'schema';
  params: Row;
  tx: number;
  mode: 'READ' | 'WRITE' | 'AUTO';
}

/** A driver whose transactions answer each query file with `answer(name, params)`. */
function scriptedDriver(answer: (q: QueryName, params: Row) => Row[] = () => []) {
  const byText = new Map(Object.entries(loadQueries()).map(([name, text]) => [text, name as QueryName]));
  const calls: Call[] = [];
  const outcomes: ('committed' | 'rolled back')[] = [];
  const sessions: Row[] = [];
  /** the transaction config each managed transaction was given (its timeout) */
  const txConfigs: (Row | undefined)[] = [];
  let txCount = 0;
  const tx = (id: number, mode: Call['mode']) => ({
    async run(text: string, params: Row = {}) {
      const query = byText.get(text) ?? 'schema';
      calls.push({ query, params, tx: id, mode });
      const rows = query === 'schema' ? [] : answer(query, params);
      return { records: rows.map((r) => ({ toObject: () => r })) };
    },
  });
  const managed = (mode: 'READ' | 'WRITE') => async (work: (t: unknown) => Promise<unknown>, txConfig?: Row) => {
    const id = ++txCount;
    txConfigs[id] = txConfig;
    try {
      const out = await work(tx(id, mode));
      outcomes[id] = 'committed';
      return out;
    } catch (err) {
      outcomes[id] = 'rolled back';
      throw err;
    }
  };
  const driver = {
    session: (cfg: Row = {}) => {
      sessions.push(cfg);
      return { executeRead: managed('READ'), executeWrite: managed('WRITE'), run: tx(0, 'AUTO').run, close: async () => {} };
    },
    verifyConnectivity: async () => ({}),
    close: async () => {},
  };
  return { driver: driver as unknown as Driver, calls, outcomes, sessions, txConfigs };
}

const config = { uri: 'bolt://scripted:7687', user: 'neo4j', password: 'x', database: 'polgraph' };

describe('Neo4jStore (scripted driver)', () => {
  it('init applies every schema statement, then waits for the indexes', async () => {
    const { driver, calls } = scriptedDriver();
    await new Neo4jStore(config, undefined, driver).init();
    expect(calls.filter((c) => c.query === 'schema').length).toBeGreaterThanOrEqual(12);
    expect(calls.at(-1)).toMatchObject({ query: 'awaitIndexes', params: { timeoutSeconds: neo4j.int(60) } });
  });

  it('writes an article in one write transaction: old facts and supports out, nodes, relationships, supports, recomputed props, orphans', async () => {
    const { driver, calls, outcomes } = scriptedDriver((q, p) =>
      q === 'writeRelationships' ? [{ written: (p.relationships as unknown[]).length }] : q === 'deleteArticleRelationships' ? [{ touched: ['x'] }] : [],
    );
    const result = await new Neo4jStore(config, undefined, driver).writeArticle(articleA);
    expect(result).toMatchObject({ created: false, relationships: articleA.relationships.length });
    expect(calls.map((c) => c.query)).toEqual([
      'deleteArticleRelationships',
      'takeSupports',
      'writeNodes',
      'writeRelationships',
      'giveSupports',
      'getSupports',
      'setNodes',
      'removeOrphans',
    ]);
    expect(new Set(calls.map((c) => `${c.tx}:${c.mode}`))).toEqual(new Set(['1:WRITE']));
    expect(outcomes[1]).toBe('committed');
    // one support per node the article lists, its props recomputed from the supports
    expect((calls[4].params.supports as Row[]).map((s) => s.node).sort()).toEqual(articleA.nodes.map((n) => n.id).sort());
    expect((calls[5].params.ids as string[]).sort()).toEqual(articleA.nodes.map((n) => n.id).sort());
    const [articleRow] = calls[2].params.nodes as Row[];
    expect(articleRow).toMatchObject({ id: articleA.article.id, label: 'Article' });
    expect((articleRow.props as Row).touchedIds).toEqual(expect.arrayContaining(articleA.nodes.map((n) => n.id)));
    // the two ends of every relationship, to find them again from their own nodes
    const { relFrom, relTo } = articleRow.props as { relFrom: string[]; relTo: string[] };
    const pairs = new Set(relFrom.map((f, i) => `${f} ${relTo[i]}`));
    for (const r of articleA.relationships) expect(pairs.has(`${r.from} ${r.to}`)).toBe(true);
    expect(pairs.size).toBe(relFrom.length);
    expect(calls[7].params).toEqual({ ids: ['x'] });
  });

  it('rolls the article back when a relationship finds no endpoint', async () => {
    const { driver, calls, outcomes } = scriptedDriver((q, p) => (q === 'writeRelationships' ? [{ written: (p.relationships as unknown[]).length - 1 }] : []));
    await expect(new Neo4jStore(config, undefined, driver).writeArticle(articleB)).rejects.toThrow(InvalidBatchError);
    // thrown inside the transaction function: the driver rolls back rather than commits
    expect(outcomes[1]).toBe('rolled back');
    expect(calls.map((c) => c.query)).toEqual(['deleteArticleRelationships', 'takeSupports', 'writeNodes', 'writeRelationships']);
  });

  it('deletes an article only when it exists', async () => {
    const known = scriptedDriver((q) => (q === 'deleteArticleRelationships' ? [{ touched: ['a', 'b'] }] : []));
    expect(await new Neo4jStore(config, undefined, known.driver).deleteArticle('article:1')).toBe(true);
    expect(known.calls.map((c) => c.query)).toEqual(['deleteArticleRelationships', 'takeSupports', 'deleteArticleNode', 'removeOrphans']);
    const unknown = scriptedDriver();
    expect(await new Neo4jStore(config, undefined, unknown.driver).deleteArticle('article:1')).toBe(false);
    expect(unknown.calls.map((c) => c.query)).toEqual(['deleteArticleRelationships']);
  });

  it('pages with an integer limit one past the page, and the cursor split into sort key and id', async () => {
    const meeting = (id: string, date: string) => ({ node: { id, label: 'Meeting', name: id, searchText: id, date }, sortKey: date });
    const { driver, calls } = scriptedDriver((q) =>
      q === 'listMeetingsOf' ? [meeting('m3', '2021-03-01'), meeting('m2', '2021-02-01'), meeting('m1', '2021-01-01')] : q === 'countMeetingsOf' ? [{ total: 7 }] : [],
    );
    const store = new Neo4jStore(config, undefined, driver);
    const after = encodeCursor({ sort: '2021-04-01', id: 'm4' });
    const page = await store.listMeetings({ chairedBy: 'p', search: 'hoi ng' }, { first: 2, after, withTotal: true });
    expect(page.items.map((i) => i.node.id)).toEqual(['m3', 'm2']);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(page.items[1].cursor).toBe(encodeCursor({ sort: '2021-02-01', id: 'm2' }));
    expect(calls[0]).toMatchObject({ query: 'listMeetingsOf', params: { chairedBy: 'p', anchor: 'p', anchorType: 'CHAIRED', searchWords: ['hoi'], searchPrefix: 'ng', afterSort: '2021-04-01', afterId: 'm4', limit: neo4j.int(3) } });
    expect(new Set(calls.map((c) => c.tx))).toEqual(new Set([1]));
    expect(calls[1]).toMatchObject({ query: 'countMeetingsOf', params: { anchor: 'p', anchorType: 'CHAIRED' } });
  });

  it('makes each cursor of the key the query ordered the row by, not of one recomputed from the node', async () => {
    // a person stored with the sort key of an older fold(), and a meeting dated '' (not null)
    const { driver } = scriptedDriver((q) =>
      q === 'listNodesByName'
        ? [{ node: { id: 'p1', label: 'Person', name: 'Đặng Thị Ngọc', searchText: 'dang thi ngoc' }, sortKey: 'dang thi ngoc (old)' }]
        : q === 'listMeetings'
          ? [{ node: { id: 'm1', label: 'Meeting', name: 'm', searchText: 'm', date: '' }, sortKey: '' }]
          : [],
    );
    const store = new Neo4jStore(config, undefined, driver);
    const people = await store.listNodes('Person', {}, { first: 5 });
    expect(people.items[0].cursor).toBe(encodeCursor({ sort: 'dang thi ngoc (old)', id: 'p1' }));
    const meetings = await store.listMeetings({}, { first: 5 });
    expect(meetings.items[0].cursor).toBe(encodeCursor({ sort: '', id: 'm1' }));
  });

  it("starts a meeting list that names a person, body or document from that node's relationships, not from every meeting", async () => {
    const { driver, calls } = scriptedDriver();
    const store = new Neo4jStore(config, undefined, driver);
    await store.listMeetings({ from: '2020-01-01', search: 'hoi' }, { first: 2 });
    await store.listMeetings({ organizer: 'o', cites: 'd' }, { first: 2 });
    await store.listMeetings({ cites: 'd' }, { first: 2, withTotal: true });
    await store.listMeetings({ attendedBy: 'a', spokeBy: 's' }, { first: 2 });
    expect(calls.map((c) => [c.query, c.params.anchor, c.params.anchorType])).toEqual([
      ['listMeetings', undefined, undefined],
      ['listMeetingsOf', 'o', 'ORGANIZED'],
      ['listMeetingsOf', 'd', 'CITES'],
      ['countMeetingsOf', 'd', 'CITES'],
      ['listMeetingsOf', 's', 'SPOKE_AT'],
    ]);
    // every filter still applies (the anchor's own too: it costs one look-up)
    expect(calls[1].params).toMatchObject({ organizer: 'o', cites: 'd' });
  });

  it('lists articles by date and other labels by name', async () => {
    const { driver, calls } = scriptedDriver();
    const store = new Neo4jStore(config, undefined, driver);
    await store.listNodes('Article', { from: '2020-01-01' }, { first: 5 });
    await store.listNodes('Person', { province: 'Kon Tum' }, { first: 5 });
    expect(calls.map((c) => c.query)).toEqual(['listNodesByDate', 'listNodesByName']);
    expect(calls[1].params).toMatchObject({ label: 'Person', province: 'Kon Tum', afterId: null, limit: neo4j.int(6) });
  });

  it('searches the full-text index with a Lucene query of folded words, keeps only real matches, ranks them', async () => {
    const node = (id: string, name: string, searchText: string) => ({ node: { id, label: 'Person', name, searchText }, score: 1 });
    const { driver, calls } = scriptedDriver((q) =>
      q === 'search'
        ? [node('p2', 'Dương Văn Trang Anh', 'duong van trang anh'), node('p1', 'Dương Văn Trang', 'duong van trang'), node('p3', 'Dương Thị Văn', 'duong thi van')]
        : [],
    );
    const hits = await new Neo4jStore(config, undefined, driver).search('Dương Văn tr', ['Person'], 5);
    expect(calls.map((c) => c.query)).toEqual(['searchNames', 'search']);
    expect(calls[1].params).toMatchObject({ query: '+duong +van +tr*', labels: ['Person'] });
    expect(hits.map((h) => h.node.id)).toEqual(['p1', 'p2']);
  });

  it('ranks the names that start with the query first, as the memory store does, however the full-text index scores them', async () => {
    // A prefix query scores all its full-text hits alike: its first 50 of thousands of
    // 'ng…' are arbitrary, and the name 'Ng' itself, or 'Ngô A', may not be among them.
    const node = (id: string, name: string, searchText: string) => ({ node: { id, label: 'Person', name, searchText } });
    const { driver, calls } = scriptedDriver((q) =>
      q === 'searchNames'
        ? [node('p-ng', 'Ng', 'ng'), node('p-ngo', 'Ngô A', 'ngo a')]
        : q === 'search'
          ? [node('p-x', 'Trần Ngọc X', 'tran ngoc x'), node('p-y', 'Lê Nguyên Y', 'le nguyen y'), node('p-ngo', 'Ngô A', 'ngo a')]
          : [],
    );
    const hits = await new Neo4jStore(config, undefined, driver).search('ng', null, 3);
    expect(calls[0]).toMatchObject({ query: 'searchNames', params: { text: 'ng', whole: false, labels: null, limit: neo4j.int(3) } });
    expect(calls[1]).toMatchObject({ query: 'search', params: { query: '+ng*', labels: null, limit: neo4j.int(50) } });
    expect(new Set(calls.map((c) => c.tx)).size).toBe(1);
    // exact name, then a name starting with the query, then one containing it; each once
    expect(hits.map((h) => [h.node.id, h.score])).toEqual([['p-ng', 4], ['p-ngo', 3], ['p-y', 2]]);
    // a finished last word must be a whole word of the name
    await new Neo4jStore(config, undefined, driver).search('Dương Văn ', null, 2);
    expect(calls.at(-2)).toMatchObject({ query: 'searchNames', params: { text: 'duong van', whole: true } });
    expect(calls.at(-1)).toMatchObject({ query: 'search', params: { query: '+duong +van' } });
  });

  it('builds a Lucene query that user text cannot break or add syntax to', () => {
    const hostile = [
      'a+b -c && d || e ! (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p',
      'AND OR NOT',
      'title:x OR id:*',
      '"unclosed (paren [bracket {brace',
      '\\',
      'Nguyễn Văn A*',
      'Đ/c Lê-Văn? "Hùng"~2^3',
    ];
    for (const text of hostile) {
      const q = parseSearch(text);
      if (!q) continue;
      const query = luceneQuery(q);
      // only required terms (+word) and a required prefix (+word*), lower case, escaped
      for (const clause of query.split(' ')) expect(clause, text).toMatch(/^\+(?:[\p{Ll}\p{Lo}\p{N}]|\\[+\-&|!(){}[\]^"~*?:\\/])+\*?$/u);
      expect(query).not.toMatch(/\b(AND|OR|NOT)\b/);
    }
    expect(luceneQuery(parseSearch('title:x OR id:*')!)).toBe('+title +x +or +id*');
    // escaping, should folding ever let a special character through
    expect(luceneQuery({ text: 'a:b c*', words: ['a:b'], prefix: 'c*' })).toBe('+a\\:b +c\\**');
    expect(luceneQuery({ text: 'x', words: ['AND'], prefix: '' })).toBe('+and');
  });

  it('walks a shortest path a level per query (neighbours), then asks for its steps (links)', async () => {
    const node = (id: string) => ({ id, label: 'Person', name: id, searchText: id });
    const { driver, calls } = scriptedDriver((q, p) =>
      q === 'getNodes'
        ? (p.ids as string[]).map((id) => ({ node: node(id) }))
        : q === 'neighbours'
          ? (p.ids as string[]).map((id) => ({ nodeId: id, neighbours: id === 'a' ? ['b'] : ['a'], ranks: [2] }))
          : q === 'links'
            ? [{ i: 0, rel: { id: 'rel:1', type: 'CHAIRED', from: 'a', to: 'b', article: 'x', quote: 'q', start: 0, end: 1 } }]
            : [],
    );
    const store = new Neo4jStore(config, undefined, driver);
    const path = await store.shortestPath('a', 'b', { maxLength: 3, types: ['CHAIRED'] });
    expect(path).toMatchObject({ nodes: [{ id: 'a' }, { id: 'b' }], relationships: [{ id: 'rel:1', from: 'a', to: 'b' }] });
    expect(calls.map((c) => c.query)).toEqual(['getNodes', 'neighbours', 'links', 'getNodes']);
    expect(calls[1].params).toEqual({ ids: ['a'], types: ['CHAIRED'], typeOrder: [...REL_TYPES] });
    expect(calls[2].params).toEqual({ pairs: [['a', 'b']], types: ['CHAIRED'], typeOrder: [...REL_TYPES] });
    await expect(store.shortestPath('a', 'b', { maxLength: 7 })).rejects.toThrow(/maxLength/);
    expect(calls).toHaveLength(4);
  });

  it('expands a neighbourhood a level per query, asking one neighbour more than it keeps', async () => {
    const meetingId = idOf(articleA, 'Meeting', 'Hội nghị Tỉnh ủy quán triệt Chỉ thị 35-CT/TW');
    const { driver, calls } = scriptedDriver((q) =>
      q === 'getNodes' ? [{ node: { id: meetingId, label: 'Meeting', name: 'm', searchText: 'm' } }] : [],
    );
    await new Neo4jStore(config, undefined, driver).neighborhood(meetingId, { depth: 2, limit: 10, limitPerType: 4 });
    expect(calls.map((c) => c.query)).toEqual(['getNodes', 'expand', 'getNodes']);
    expect(calls[1].params).toEqual({ ids: [meetingId], types: null, perType: neo4j.int(5) });
  });

  it('asks for many relation pages in one read: one map per request, the cursor split, the limit one past the page', async () => {
    const rel = (from: string, asOf: string) => ({ id: `r-${from}`, type: 'CITES', from, to: 'd', article: 'a1', asOf, start: neo4j.int(3) });
    const { driver, calls } = scriptedDriver((q) =>
      q === 'getRelationPages'
        ? [{ request: neo4j.int(1), total: neo4j.int(9), groups: [
            { neighbour: 'm2', sortKey: '2021-02-01', keyId: 'm2', rels: [rel('m2', '2021-02-01')] },
            { neighbour: 'm1', sortKey: null, keyId: 'm1', rels: [rel('m1', '2021-01-01')] },
          ] }]
        : [],
    );
    const after = encodeCursor({ sort: '2021-03-01', id: 'm3' });
    const pages = await new Neo4jStore(config, undefined, driver).getRelationPages([
      { nodeId: 'p', direction: 'OUT', types: ['CHAIRED', 'SPOKE_AT'], order: { by: 'NAME' }, perType: true, first: 5 },
      { nodeId: 'd', direction: 'IN', types: ['CITES'], label: 'Meeting', order: { by: 'DATE', prop: 'date' }, first: 1, after, withTotal: true, maxRelationships: 0 },
    ]);
    expect(calls.map((c) => c.query)).toEqual(['getRelationPages']);
    expect(calls[0].params).toEqual({
      requests: [
        { nodeId: 'p', direction: 'OUT', types: ['CHAIRED', 'SPOKE_AT'], label: null, orderBy: 'NAME', orderProp: null, perType: true, afterSort: null, afterId: null, limit: neo4j.int(6), maxRelationships: null },
        { nodeId: 'd', direction: 'IN', types: ['CITES'], label: 'Meeting', orderBy: 'DATE', orderProp: 'date', perType: false, afterSort: '2021-03-01', afterId: 'm3', limit: neo4j.int(2), maxRelationships: neo4j.int(0) },
      ],
    });
    // a request with no row (no such node, no relationships) is an empty page
    expect(pages[0]).toEqual({ items: [], hasNextPage: false, totalCount: null });
    expect(pages[1].items.map((i) => i.node.neighbour)).toEqual(['m2']);
    expect(pages[1].items[0].node.relationships).toEqual([{ id: 'r-m2', type: 'CITES', from: 'm2', to: 'd', article: 'a1', quote: null, start: 3, end: null, asOf: '2021-02-01' }]);
    expect(pages[1].items[0].cursor).toBe(encodeCursor({ sort: '2021-02-01', id: 'm2' }));
    expect(pages[1]).toMatchObject({ hasNextPage: true, totalCount: 9 });
  });

  it('asks degrees once per node, however often the node is asked for, and answers per id asked', async () => {
    // a repeated id was a repeated row of the query, each counting the node's relationships again
    const { driver, calls } = scriptedDriver((q, p) =>
      q === 'getDegrees'
        ? (p.ids as string[]).flatMap((id) => [{ nodeId: id, type: 'CHAIRED', outgoing: neo4j.int(2), incoming: neo4j.int(0) }])
        : [],
    );
    const degrees = await new Neo4jStore(config, undefined, driver).getDegrees(['a', 'b', 'a']);
    expect(calls[0].params).toEqual({ ids: ['a', 'b'] });
    expect(degrees).toEqual([{ CHAIRED: { in: 0, out: 2 } }, { CHAIRED: { in: 0, out: 2 } }, { CHAIRED: { in: 0, out: 2 } }]);
  });

  it.each([
    ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.'],
    ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'The client has provided incorrect authentication details too many times in a row.'],
    ['Neo.ClientError.Database.DatabaseNotFound', "Database does not exist. Database name: 'polgraph'."],
    ['Neo.TransientError.General.DatabaseUnavailable', "Database 'polgraph' is unavailable."],
    ['N/A', 'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 0, Idle conn count = 0.'],
  ])('a %s failure says which Neo4j and which database could not be used', async (code, message) => {
    const fail = async () => {
      throw Object.assign(new Error(message), { code });
    };
    const driver = {
      session: () => ({ executeRead: fail, executeWrite: fail, run: fail, close: async () => {} }),
      verifyConnectivity: async () => ({}),
      close: async () => {},
    } as unknown as Driver;
    const store = new Neo4jStore(config, undefined, driver);
    for (const call of [() => store.init(), () => store.getNodes(['a']), () => store.writeArticle(articleA)]) {
      const err = await call().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toContain('bolt://scripted:7687');
      expect((err as Error).message).toContain('database polgraph');
      expect((err as Error).message).toContain(message);
    }
    expect(await store.health()).toMatchObject({ ok: false, detail: expect.stringContaining('bolt://scripted:7687') });
  });

  it("gives every read of a request's view the time left of the request's budget as its transaction timeout", async () => {
    const { driver, calls, txConfigs } = scriptedDriver();
    const store = new Neo4jStore(config, undefined, driver);
    await store.listNodes('Meeting', { search: 'hoi nghi' }, { first: 1, withTotal: true });
    expect(txConfigs.at(-1)).toBeUndefined();
    const view = store.withBudget(createBudget({ units: 1e9, deadlineMs: 5_000 }));
    await view.listNodes('Meeting', { search: 'hoi nghi' }, { first: 1, withTotal: true });
    await view.subgraph(['a', 'b']);
    for (const c of txConfigs.slice(-2)) {
      expect(c?.timeout).toBeGreaterThan(0);
      expect(c?.timeout).toBeLessThanOrEqual(5_000);
    }
    // the subgraph's relationships: one past the most it keeps, to know whether it cut some off
    expect(calls.at(-1)).toMatchObject({ query: 'subgraph', params: { limit: neo4j.int(MAX_SUBGRAPH_RELATIONSHIPS + 1) } });
  });

  it('lets a failing query through as it is (not a connection problem)', async () => {
    const fail = async () => {
      throw Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    };
    const driver = { session: () => ({ executeRead: fail, close: async () => {} }) } as unknown as Driver;
    await expect(new Neo4jStore(config, undefined, driver).getNodes(['a'])).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('opens every session on the configured database, and chains them by one bookmark manager', async () => {
    const { driver, sessions } = scriptedDriver((q, p) => (q === 'writeRelationships' ? [{ written: (p.relationships as unknown[]).length }] : []));
    const store = new Neo4jStore(config, undefined, driver);
    await store.writeArticle(articleA);
    await store.getNodes(['a']);
    await store.listNodes('Person', {}, { first: 1 });
    await store.deleteArticle(articleA.article.id);
    await store.health();
    expect(sessions.length).toBe(5);
    for (const s of sessions) expect(s.database).toBe('polgraph');
    // reads see the writes before them, also on a cluster's followers: one manager for all
    const managed = sessions.slice(0, 4);
    expect(managed[0].bookmarkManager).toBeDefined();
    for (const s of managed) expect(s.bookmarkManager).toBe(managed[0].bookmarkManager);
    expect(new Set(managed.map((s) => s.defaultAccessMode))).toEqual(new Set(['READ', 'WRITE']));
  });

  it('clears the graph a batch per transaction, until a batch deletes nothing', async () => {
    let left = 25_000;
    const { driver, calls } = scriptedDriver((q, p) => {
      if (q !== 'clear') return [];
      const deleted = Math.min(left, (p.batchSize as { toNumber(): number }).toNumber());
      left -= deleted;
      return [{ deleted: neo4j.int(deleted) }];
    });
    await new Neo4jStore(config, undefined, driver).clear();
    expect(left).toBe(0);
    expect(calls.map((c) => c.params.batchSize)).toEqual([neo4j.int(10_000), neo4j.int(10_000), neo4j.int(10_000), neo4j.int(10_000)]);
    expect(new Set(calls.map((c) => c.tx)).size).toBe(4);
    expect(new Set(calls.map((c) => c.mode))).toEqual(new Set(['WRITE']));
  });

  it('runs every registered query with exactly its declared parameters', async () => {
    const { driver, calls } = scriptedDriver((q, p) =>
      q === 'writeRelationships'
        ? [{ written: (p.relationships as unknown[]).length }]
        : q === 'deleteArticleRelationships'
          ? [{ touched: [] }]
          : q === 'getNodes'
            ? (p.ids as string[]).map((id) => ({ node: { id, label: 'Person', name: id, searchText: id } }))
            : q === 'neighbours'
              ? (p.ids as string[]).map((id) => ({ nodeId: id, neighbours: id === 'a' ? ['b'] : ['a'], ranks: [0] }))
              : [],
    );
    const store = new Neo4jStore(config, undefined, driver);
    await store.init();
    await store.health();
    await store.writeArticle(articleA);
    await store.deleteArticle(articleA.article.id);
    await store.getNodes(['a']);
    await store.getRelationships(['a'], 'OUT', ['HOLDS']);
    await store.getRelationPages([{ nodeId: 'a', direction: 'IN', types: ['CITES'], order: { by: 'REPORTED' }, first: 1 }]);
    await store.getRelationshipsByArticle(['a']);
    await store.getDegrees(['a']);
    await store.citationTimeline(['a'], { by: 'MONTH', province: 'Kon Tum' });
    await store.listMeetings({}, { first: 1, withTotal: true });
    await store.listMeetings({ cites: 'd' }, { first: 1, withTotal: true });
    await store.listNodes('Article', {}, { first: 1, withTotal: true });
    await store.listNodes('Person', {}, { first: 1 });
    await store.search('a', null, 1);
    await store.subgraph(['a']);
    await store.counts();
    await store.clear();
    for (let n = 1; n <= 6; n++) await store.shortestPath('a', 'b', { maxLength: n });
    await store.neighborhood('a', { depth: 1, limit: 5 });
    const run = new Set(calls.map((c) => c.query));
    const notRun = (Object.keys(QUERIES) as QueryName[]).filter((q) => !run.has(q));
    expect(notRun).toEqual([]);
    for (const c of calls) if (c.query !== 'schema') expect(Object.keys(c.params).sort(), c.query).toEqual([...QUERIES[c.query].params].sort());
    // No JS number reaches Cypher: the driver sends one as a FLOAT, which LIMIT, list
    // slices and range() refuse and an offset should not be. Integers go as neo4j.int.
    const numbers = (v: unknown, path: string): string[] =>
      typeof v === 'number'
        ? [path]
        : neo4j.isInt(v) || v === null || typeof v !== 'object'
          ? []
          : Object.entries(v as Row).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
    for (const c of calls) expect(numbers(c.params, c.query)).toEqual([]);
    const ints = calls.flatMap((c) => ['limit', 'perType', 'timeoutSeconds'].filter((k) => k in c.params).map((k) => c.params[k]));
    expect(ints.length).toBeGreaterThan(5);
    for (const v of ints) expect(neo4j.isInt(v)).toBe(true);
  });
});
