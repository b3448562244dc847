// `polgraph export [--format F] [--part nodes|edges] [--around ID [--depth N]] [--out DIR]`:
// the data goes to stdout (or, with --out, to files in DIR: for csv both nodes.csv and
// edges.csv); what was written is said on stderr, so stdout pipes cleanly into a file.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { GraphStore } from '../store/GraphStore';
import { CSV_PARTS } from './csv';
import { exportFileName, exportSource, parseExportRequest, writeExport, type ExportRequest } from './formats';

export interface ExportOptions {
  format?: string;
  part?: string;
  around?: string;
  depth?: string;
  out?: string;
}

const sinkOf = (stream: Writable) => async (chunk: string) => {
  if (!stream.write(chunk)) await once(stream, 'drain');
};

async function toFile(store: GraphStore, req: ExportRequest, dir: string): Promise<string> {
  const file = join(dir, req.format === 'csv' ? `${req.part}.csv` : exportFileName(req));
  const stream = createWriteStream(file);
  const { src } = await exportSource(store, req);
  await writeExport(req, src, sinkOf(stream));
  stream.end();
  await once(stream, 'finish');
  return file;
}

/** Runs the export; returns what to say on stderr. Throws ExportRequestError for bad options. */
export async function runExport(store: GraphStore, opts: ExportOptions, stdout: Writable): Promise<string> {
  const csvToDir = opts.format === 'csv' && opts.out && !opts.part;
  // csv into a folder writes both parts: check the options as for one of them
  const req = parseExportRequest({ ...opts, part: csvToDir ? 'nodes' : opts.part });
  if (opts.out) {
    mkdirSync(opts.out, { recursive: true });
    const parts = csvToDir ? CSV_PARTS.map((part) => ({ ...req, part })) : [req];
    const files: string[] = [];
    for (const r of parts) files.push(await toFile(store, r, opts.out));
    return `exported ${req.format} from ${store.kind} to ${files.join(', ')}`;
  }
  const { src, truncated } = await exportSource(store, req);
  await writeExport(req, src, sinkOf(stdout));
  return `exported ${req.format}${req.part ? ` (${req.part})` : ''} from ${store.kind}${req.around ? ` around ${req.around}${truncated ? ', truncated at the neighbourhood cap' : ''}` : ''}`;
}
