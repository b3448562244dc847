// JSON Lines: `{"node": …}` lines, then `{"relationship": …}` lines, every field kept (an
// article's text included): the backup and diffing format, read back by any JSON parser.
import type { GraphStore } from '../store/GraphStore';
import { storeSource, type GraphSource, type Sink } from './source';

export async function writeJsonLines(src: GraphSource, out: Sink): Promise<{ nodes: number; relationships: number }> {
  const counts = { nodes: 0, relationships: 0 };
  for await (const page of src.nodes()) {
    await out(page.map((node) => JSON.stringify({ node }) + '\n').join(''));
    counts.nodes += page.length;
  }
  for await (const page of src.relationships()) {
    await out(page.map((relationship) => JSON.stringify({ relationship }) + '\n').join(''));
    counts.relationships += page.length;
  }
  return counts;
}

/** The store's whole graph as JSON Lines, a line at a time: what `polgraph export` writes (tests, diffing two stores). */
export async function exportGraph(store: GraphStore, write: (line: string) => unknown): Promise<{ nodes: number; relationships: number }> {
  return writeJsonLines(storeSource(store), async (chunk) => {
    for (const line of chunk.split('\n')) if (line) await write(line);
  });
}
