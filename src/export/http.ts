// GET /export?format=jsonl|graphml|csv|cytoscape[&part=nodes|edges][&around=ID&depth=N]:
// the graph as a download, streamed as it is read (a slow client holds the walk back).
// CSV is two files, asked for one at a time with `part`, so no archive format is needed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore } from '../store/GraphStore';
import { CONTENT_TYPES, exportFileName, exportSource, ExportRequestError, parseExportRequest, writeExport } from './formats';

export async function handleExport(store: GraphStore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [{ message: 'export answers GET only' }] }));
    return;
  }
  let exp;
  try {
    const q = url.searchParams;
    const request = parseExportRequest({ format: q.get('format'), part: q.get('part'), around: q.get('around'), depth: q.get('depth') });
    exp = { request, ...(await exportSource(store, request)) };
  } catch (err) {
    if (!(err instanceof ExportRequestError)) throw err;
    res.writeHead(err.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [{ message: err.message }] }));
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[exp.request.format],
    'content-disposition': `attachment; filename="${exportFileName(exp.request)}"`,
    'x-polgraph-truncated': String(exp.truncated),
  });
  if (req.method === 'HEAD') return void res.end();
  await writeExport(exp.request, exp.src, (chunk) => {
    if (res.destroyed) throw new Error('client went away');
    if (!res.write(chunk)) return new Promise<void>((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
  });
  res.end();
}
