// The whole graph as JSON Lines: one `{"node": …}` or `{"relationship": …}` per line, for
// backups, diffing two stores, or loading into another tool. Walks the store through its
// port a page at a time, so it works the same on memory and Neo4j and never holds more
// than a page.
import { NODE_LABELS, type GraphNode, type GraphRelationship } from './domain/model';
import type { GraphStore } from './store/GraphStore';

const PAGE = 500;

export interface ExportCounts {
  nodes: number;
  relationships: number;
}

/** Writes every node, then each node's outgoing relationships (so each relationship once). */
export async function exportGraph(store: GraphStore, write: (line: string) => void): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, relationships: 0 };
  for (const label of NODE_LABELS) {
    let after: string | null = null;
    for (;;) {
      const page = await store.listNodes(label, {}, { first: PAGE, after });
      const nodes: GraphNode[] = page.items.map((i) => i.node);
      for (const node of nodes) write(JSON.stringify({ node }));
      counts.nodes += nodes.length;
      if (nodes.length) {
        const rels: GraphRelationship[] = await store.getRelationships(nodes.map((n) => n.id), 'OUT');
        for (const relationship of rels) write(JSON.stringify({ relationship }));
        counts.relationships += rels.length;
      }
      if (!page.hasNextPage || !page.items.length) break;
      after = page.items[page.items.length - 1].cursor;
    }
  }
  return counts;
}
