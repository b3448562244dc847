import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { exportGraph } from '../../src/export/jsonl';
import { ingestFiles } from '../../src/pipeline';
import { createStore } from '../../src/store';

describe('exportGraph', () => {
  it('writes every node and every relationship of the store exactly once', async () => {
    const store = createStore(loadConfig({}));
    await store.init();
    await ingestFiles(store, ['data/corpus']);
    const lines: string[] = [];
    const counts = await exportGraph(store, (l) => lines.push(l));
    const parsed = lines.map((l) => JSON.parse(l));
    const nodes = parsed.filter((x) => x.node).map((x) => x.node.id);
    const rels = parsed.filter((x) => x.relationship).map((x) => x.relationship.id);
    const expected = await store.counts();
    const totalNodes = Object.values(expected.nodes).reduce((a, b) => a + b, 0);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(new Set(rels).size).toBe(rels.length);
    expect(nodes.length).toBe(totalNodes);
    expect(rels.length).toBe(expected.relationships);
    expect(counts).toEqual({ nodes: totalNodes, relationships: expected.relationships });
    await store.close();
  });
});
