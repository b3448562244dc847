// The bundled corpus in a memory store, and what an export of it must hold, read from the
// store itself: every node, every relationship, each relationship's article.
import type { GraphNode, GraphRelationship } from '../../src/domain/model';
import { NODE_LABELS } from '../../src/domain/model';
import { ingestFiles } from '../../src/pipeline';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';

export interface Expected {
  store: GraphStore;
  nodes: Map<string, GraphNode>;
  rels: Map<string, GraphRelationship>;
}

export async function loadCorpus(): Promise<Expected> {
  const store = new MemoryStore();
  await store.init();
  await ingestFiles(store, ['data/corpus']);
  const nodes = new Map<string, GraphNode>();
  for (const label of NODE_LABELS) {
    const page = await store.listNodes(label, {}, { first: 10_000 });
    for (const { node } of page.items) nodes.set(node.id, node);
  }
  const rels = new Map<string, GraphRelationship>();
  for (const r of await store.getRelationships([...nodes.keys()], 'OUT')) rels.set(r.id, r);
  return { store, nodes, rels };
}

/** Collects what a writer writes. */
export function collect(): { out: (chunk: string) => void; text: () => string } {
  const parts: string[] = [];
  return { out: (c) => void parts.push(c), text: () => parts.join('') };
}
