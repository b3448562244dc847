// Neo4jStore.writeArticles: many articles in one transaction (bulk ingest), giving the graph
// that writing them one by one gives; an article that cannot be written fails alone.
// A *.neo4j.test.ts file: run only where the suite has a Neo4j (NEO4J_URI).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportGraph } from '../../../src/export/jsonl';
import type { GraphBatch } from '../../../src/domain/model';
import { InvalidBatchError } from '../../../src/store/errors';
import type { Neo4jStore } from '../../../src/store/neo4j/Neo4jStore';
import { articleA, articleB, articleC } from '../graph';
import { storeFactories } from '../stores';

const neo4jFactory = storeFactories.find((f) => f.name === 'neo4j')!;

async function dump(store: Neo4jStore): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(store, (line) => lines.push(line));
  return lines.sort();
}

describe('Neo4jStore.writeArticles', () => {
  let store: Neo4jStore;
  beforeEach(async () => {
    store = (await neo4jFactory.make()) as Neo4jStore;
  });
  afterEach(async () => store.close());

  it('writes many articles in one transaction, the same graph as one by one', async () => {
    const results = await store.writeArticles([articleA, articleB, articleC]);
    expect(results.map((r) => (r instanceof Error ? r.message : r.articleId))).toEqual([articleA, articleB, articleC].map((b) => b.article.id));
    const bulk = await dump(store);
    await store.clear();
    for (const b of [articleA, articleB, articleC]) await store.writeArticle(b);
    expect(await dump(store)).toEqual(bulk);
  });

  it('fails only the article that cannot be written, and writes the others', async () => {
    const broken: GraphBatch = { ...articleB, relationships: [...articleB.relationships, { ...articleB.relationships[0], id: 'rel:dangling', to: 'person:nowhere' }] };
    const results = await store.writeArticles([articleA, broken, articleC]);
    expect(results[1]).toBeInstanceOf(InvalidBatchError);
    expect(results.filter((r) => !(r instanceof Error)).map((r) => (r as { articleId: string }).articleId)).toEqual([articleA.article.id, articleC.article.id]);
    expect((await store.getNodes([articleB.article.id]))[0]).toBeNull();
    expect((await store.counts()).nodes.Article).toBe(2);
  });
});
