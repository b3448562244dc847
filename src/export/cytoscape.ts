// Cytoscape.js JSON (`cy.json()` / `cytoscape({ elements })`, and Cytoscape desktop's
// "cyjs" import): { elements: { nodes: [{ data }], edges: [{ data }] } }, each node's data
// its id, type, name and properties, each edge's its ends, type and evidence.
import { edgeRows, OMITTED_PROPS, type GraphSource, type Sink } from './source';

export async function writeCytoscapeJson(src: GraphSource, out: Sink): Promise<void> {
  await out('{"format_version":"1.0","generated_by":"polgraph","elements":{"nodes":[');
  let first = true;
  const sep = () => (first ? ((first = false), '') : ',\n');
  for await (const page of src.nodes()) {
    let chunk = '';
    for (const n of page) {
      const props = Object.fromEntries(Object.entries(n.props).filter(([k, v]) => !OMITTED_PROPS.has(k) && v !== null));
      chunk += sep() + JSON.stringify({ data: { ...props, id: n.id, type: n.label, name: n.name } });
    }
    await out(chunk);
  }
  await out('],"edges":[');
  first = true;
  for await (const rows of edgeRows(src)) {
    let chunk = '';
    for (const { rel: r, articleTitle, articleDate, articleUrl } of rows) {
      const data = { id: r.id, source: r.from, target: r.to, type: r.type, quote: r.quote, article: r.article, articleTitle, articlePublishedAt: articleDate, articleUrl, asOf: r.asOf };
      chunk += sep() + JSON.stringify({ data });
    }
    await out(chunk);
  }
  await out(']}}\n');
}
