// GraphML (http://graphml.graphdrawing.org/), which Gephi, yEd and Cytoscape desktop open:
// one <key> per node property found in the graph (typed by its values), then the nodes,
// then the edges with their evidence (quote, article, its title, date and url).
import { edgeRows, flatValue, nodePropertyKeys, OMITTED_PROPS, type GraphSource, type Sink } from './source';

// XML 1.0 has no way to write these characters, escaped or not: they are dropped
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const EDGE_KEYS = [
  ['type', 'string'],
  ['article', 'string'],
  ['article_title', 'string'],
  ['article_published_at', 'string'],
  ['article_url', 'string'],
  ['quote', 'string'],
  ['as_of', 'string'],
] as const;

const data = (key: string, v: unknown): string => {
  const flat = flatValue(v);
  return flat === null || flat === '' ? '' : `<data key="${key}">${xmlText(String(flat))}</data>`;
};

export async function writeGraphML(src: GraphSource, out: Sink): Promise<void> {
  const keys = await nodePropertyKeys(src);
  // key ids are n0, n1 …: property names are free text, ids must be XML names
  const nodeKey = new Map<string, string>([['type', 'nt'], ['name', 'nn']]);
  [...keys.keys()].forEach((k, i) => nodeKey.set(k, `n${i}`));
  const typeName = { string: 'string', number: 'double', boolean: 'boolean' } as const;
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    '<key id="nt" for="node" attr.name="type" attr.type="string"/>\n<key id="nn" for="node" attr.name="name" attr.type="string"/>\n';
  for (const [k, t] of keys) head += `<key id="${nodeKey.get(k)}" for="node" attr.name="${xmlText(k)}" attr.type="${typeName[t]}"/>\n`;
  EDGE_KEYS.forEach(([k, t], i) => (head += `<key id="e${i}" for="edge" attr.name="${k}" attr.type="${t}"/>\n`));
  await out(head + '<graph id="polgraph" edgedefault="directed">\n');

  for await (const page of src.nodes()) {
    let chunk = '';
    for (const n of page) {
      chunk += `<node id="${xmlText(n.id)}">${data('nt', n.label)}${data('nn', n.name)}`;
      for (const [k, v] of Object.entries(n.props)) if (!OMITTED_PROPS.has(k) && nodeKey.has(k)) chunk += data(nodeKey.get(k)!, v);
      chunk += '</node>\n';
    }
    await out(chunk);
  }
  for await (const rows of edgeRows(src)) {
    let chunk = '';
    for (const row of rows) {
      const r = row.rel;
      const values = [r.type, r.article, row.articleTitle, row.articleDate, row.articleUrl, r.quote, r.asOf];
      chunk += `<edge id="${xmlText(r.id)}" source="${xmlText(r.from)}" target="${xmlText(r.to)}">${values.map((v, i) => data(`e${i}`, v)).join('')}</edge>\n`;
    }
    await out(chunk);
  }
  await out('</graph>\n</graphml>\n');
}
