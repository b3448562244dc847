// Structural checks every store makes before writing a batch, so that a malformed batch
// fails the same way everywhere and before anything is written.
import { NODE_LABELS, REL_TYPES, type GraphBatch, type GraphNode } from '../domain/model';
import { InvalidBatchError } from './errors';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(REL_TYPES);

export function validateBatch(batch: GraphBatch): void {
  const a = batch.article;
  if (!a || a.label !== 'Article' || !a.id) throw new InvalidBatchError('batch.article must be an Article node with an id');
  const seen = new Map<string, GraphNode>([[a.id, a]]);
  for (const n of batch.nodes) {
    if (!n.id || !LABELS.has(n.label)) throw new InvalidBatchError(`node ${JSON.stringify(n.id)}: unknown label ${JSON.stringify(n.label)}`);
    const other = seen.get(n.id);
    if (other && other.label !== n.label) throw new InvalidBatchError(`node ${n.id} given as ${other.label} and ${n.label}`);
    seen.set(n.id, n);
  }
  for (const r of batch.relationships) {
    if (!TYPES.has(r.type)) throw new InvalidBatchError(`relationship ${r.id}: unknown type ${JSON.stringify(r.type)}`);
    if (r.article !== a.id) throw new InvalidBatchError(`relationship ${r.id} belongs to article ${r.article}, not ${a.id}`);
    if (r.from === r.to) throw new InvalidBatchError(`relationship ${r.id} is a loop on ${r.from}`);
  }
}

/** Endpoints of the batch's relationships that are not among its own nodes. */
export function externalEndpoints(batch: GraphBatch): string[] {
  const own = new Set([batch.article.id, ...batch.nodes.map((n) => n.id)]);
  const out = new Set<string>();
  for (const r of batch.relationships) {
    if (!own.has(r.from)) out.add(r.from);
    if (!own.has(r.to)) out.add(r.to);
  }
  return [...out];
}
