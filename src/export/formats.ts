// The export formats by name, as `polgraph export --format` and `GET /export?format=` take
// them, and what to export: the whole store or the neighbourhood of one node.
import type { GraphStore } from '../store/GraphStore';
import { CSV_PARTS, writeEdgesCsv, writeNodesCsv, type CsvPart } from './csv';
import { writeCytoscapeJson } from './cytoscape';
import { writeGraphML } from './graphml';
import { writeJsonLines } from './jsonl';
import { storeSource, subgraphSource, type GraphSource, type Sink } from './source';

export const EXPORT_FORMATS = ['jsonl', 'graphml', 'csv', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Subgraph exports: the caps of the `neighborhood` query. */
export const MAX_EXPORT_DEPTH = 3;
export const MAX_EXPORT_NODES = 500;

export class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

export interface ExportRequest {
  format: ExportFormat;
  /** csv only: which of the two files */
  part?: CsvPart;
  /** a node id: export its neighbourhood instead of the whole graph */
  around?: string;
  depth?: number;
}

/** Checks the options as given (strings from a URL or a command line); throws ExportRequestError naming the bad one. */
export function parseExportRequest(opts: { format?: string | null; part?: string | null; around?: string | null; depth?: string | null }): ExportRequest {
  const format = (opts.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new ExportRequestError(`format must be one of ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`);
  const req: ExportRequest = { format };
  if (format === 'csv') {
    if (!opts.part || !CSV_PARTS.includes(opts.part as CsvPart)) throw new ExportRequestError(`csv comes as two files: part must be nodes or edges${opts.part ? `, got "${opts.part}"` : ''}`);
    req.part = opts.part as CsvPart;
  } else if (opts.part) {
    throw new ExportRequestError('part applies to format csv only');
  }
  if (opts.around) {
    req.around = opts.around;
    const depth = opts.depth === undefined || opts.depth === null ? 1 : Number(opts.depth);
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH) throw new ExportRequestError(`depth must be an integer from 1 to ${MAX_EXPORT_DEPTH}, got "${opts.depth}"`);
    req.depth = depth;
  } else if (opts.depth !== undefined && opts.depth !== null) {
    throw new ExportRequestError('depth needs around (the node to start from)');
  }
  return req;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  cytoscape: 'application/json; charset=utf-8',
};

/** The file name a download is saved under. */
export function exportFileName(req: ExportRequest): string {
  const base = req.around ? `polgraph-${req.around.replace(/[^A-Za-z0-9._-]+/g, '-')}` : 'polgraph';
  if (req.format === 'csv') return `${base}-${req.part}.csv`;
  return `${base}.${req.format === 'cytoscape' ? 'cyjs' : req.format}`;
}

/** The source of a request: the whole store, or the capped neighbourhood of `around` (404 when unknown). */
export async function exportSource(store: GraphStore, req: ExportRequest): Promise<{ src: GraphSource; truncated: boolean }> {
  if (!req.around) return { src: storeSource(store), truncated: false };
  const [node] = await store.getNodes([req.around]);
  if (!node) throw new ExportRequestError(`no node with id "${req.around}"`, 404);
  const g = await store.neighborhood(req.around, { depth: req.depth ?? 1, limit: MAX_EXPORT_NODES });
  return { src: subgraphSource(store, g), truncated: g.truncated };
}

export async function writeExport(req: ExportRequest, src: GraphSource, out: Sink): Promise<void> {
  switch (req.format) {
    case 'jsonl':
      await writeJsonLines(src, out);
      return;
    case 'graphml':
      return writeGraphML(src, out);
    case 'cytoscape':
      return writeCytoscapeJson(src, out);
    case 'csv':
      return req.part === 'edges' ? writeEdgesCsv(src, out) : writeNodesCsv(src, out);
  }
}
