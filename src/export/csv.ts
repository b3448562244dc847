// CSV (RFC 4180) for spreadsheets and pandas: nodes.csv (id, type, name, then one column
// per property found in the graph) and edges.csv (ids, ends' names, and the evidence:
// quote, article id, title, date, url). UTF-8 with a byte-order mark, which Excel needs
// to read Vietnamese (pandas and csv parsers skip it); CRLF line ends, as the RFC says.
import { edgeRows, flatValue, nodePropertyKeys, OMITTED_PROPS, type GraphSource, type Sink } from './source';

export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

const BOM = '\uFEFF';

export const EDGE_COLUMNS = ['id', 'type', 'source', 'source_name', 'target', 'target_name', 'quote', 'article', 'article_title', 'article_published_at', 'article_url', 'as_of'] as const;

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces; a leading =, +, - or @ is quoted too, so spreadsheets do not run it as a formula. */
export function csvField(v: unknown): string {
  const flat = flatValue(v);
  if (flat === null) return '';
  const s = String(flat);
  return /[",\r\n]|^\s|\s$|^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (fields: unknown[]) => fields.map(csvField).join(',') + '\r\n';

export async function writeNodesCsv(src: GraphSource, out: Sink): Promise<void> {
  const keys = [...(await nodePropertyKeys(src)).keys()];
  await out(BOM + line(['id', 'type', 'name', ...keys]));
  for await (const page of src.nodes()) {
    await out(page.map((n) => line([n.id, n.label, n.name, ...keys.map((k) => (OMITTED_PROPS.has(k) ? null : n.props[k]))])).join(''));
  }
}

export async function writeEdgesCsv(src: GraphSource, out: Sink): Promise<void> {
  await out(BOM + line([...EDGE_COLUMNS]));
  for await (const rows of edgeRows(src)) {
    await out(
      rows
        .map(({ rel: r, sourceName, targetName, articleTitle, articleDate, articleUrl }) =>
          line([r.id, r.type, r.from, sourceName, r.to, targetName, r.quote, r.article, articleTitle, articleDate, articleUrl, r.asOf]),
        )
        .join(''),
    );
  }
}
