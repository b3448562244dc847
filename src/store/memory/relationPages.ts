// Pages of a node's neighbours (the API's nested connections) over the adjacency maps:
// the neighbours are keyed and sorted once, and a page is a binary search and a slice.
// A hub's sorted list (a document cited by thousands of meetings) is kept until the
// graph next changes, so paging through it, or counting it, costs no sort. Building one
// pays a step per relationship looked at and per comparison of its sort, and reading a
// page out REL_READ_UNITS per relationship (turns.ts): the first read of a hub hands the
// event loop back as it goes.
import type { RelType } from '../../domain/model';
import { decodeCursor, encodeCursor, type CursorKey } from '../cursor';
import type { Page, RelationGroup, RelationPageRequest } from '../GraphStore';
import { compareEvidence, compareKeys, groupKeyId, neighbourOrdering } from '../order';
import { REL_READ_UNITS } from '../budget';
import type { GraphIndexes } from './indexes';
import { sortInTurns, type Turns } from './turns';

interface Entry {
  key: CursorKey;
  neighbour: string;
  /** relationship numbers */
  relIds: number[];
}

interface Sorted {
  version: number;
  entries: Entry[];
}

/** Lists shorter than this are sorted on each read: cheap, and not worth the memory. */
const CACHE_FROM = 64;
/** Past this many cached lists the cache starts over (a client walking every hub). */
const CACHE_MAX = 2_000;

export class RelationPages {
  private readonly cache = new Map<string, Sorted>();

  constructor(private readonly g: GraphIndexes) {}

  async page(req: RelationPageRequest, t: Turns): Promise<Page<RelationGroup>> {
    const after = req.after ? decodeCursor(req.after) : null;
    const entries = await this.sorted(req, t);
    const ordering = neighbourOrdering(req.order);
    let start = 0;
    if (after) {
      let hi = entries.length;
      while (start < hi) {
        const mid = (start + hi) >>> 1;
        if (compareKeys(ordering, entries[mid].key, after) > 0) hi = mid;
        else start = mid + 1;
      }
    }
    const first = Math.max(0, Math.floor(req.first));
    const items: Page<RelationGroup>['items'] = [];
    const most = req.maxRelationships ?? Infinity;
    for (const e of entries.slice(start, start + first)) {
      const relationships = [];
      for (const r of most > 0 ? e.relIds : []) {
        const turn = t.step(REL_READ_UNITS);
        if (turn) await turn;
        relationships.push(this.g.rel(r));
      }
      items.push({ node: { neighbour: e.neighbour, relationships: relationships.sort(compareEvidence).slice(0, most) }, cursor: encodeCursor(e.key) });
    }
    return { items, hasNextPage: start + first < entries.length, totalCount: req.withTotal ? entries.length : null };
  }

  private async sorted(req: RelationPageRequest, t: Turns): Promise<Entry[]> {
    // what the neighbours are and their order: not how much of each is read out
    const cacheKey = JSON.stringify([req.nodeId, req.direction, req.types, req.label ?? null, req.order, !!req.perType]);
    const cached = this.cache.get(cacheKey);
    if (cached && cached.version === this.g.version) return cached.entries;
    const entries = await this.build(req, t);
    const ordering = neighbourOrdering(req.order);
    await sortInTurns(entries, (a, b) => compareKeys(ordering, a.key, b.key), t);
    if (entries.length >= CACHE_FROM) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(cacheKey, { version: this.g.version, entries });
    } else if (cached) {
      this.cache.delete(cacheKey);
    }
    return entries;
  }

  /** One entry per neighbour (and type, when paged per type), keyed by the request's order. */
  private async build(req: RelationPageRequest, t: Turns): Promise<Entry[]> {
    const byKey = new Map<string, Entry>();
    const node = this.g.numbers.get(req.nodeId);
    for (const type of req.types) {
      // a neighbour's relationships of one type, then of the next (one entry per neighbour
      // or per neighbour and type), each in the order written
      const seen = new Map<number, Entry | null>();
      for (const r of this.g.slotRels(req.nodeId, req.direction, type)) {
        const turn = t.step(1);
        if (turn) await turn;
        const other = this.g.other(r, node);
        let entry = seen.get(other);
        if (entry === undefined) {
          const neighbour = this.g.numbers.id(other);
          entry = null;
          if (!req.label || this.g.nodes.get(neighbour)?.label === req.label) {
            const id = groupKeyId(neighbour, type as RelType, req.perType);
            entry = byKey.get(id) ?? null;
            if (!entry) byKey.set(id, (entry = { key: { sort: null, id }, neighbour, relIds: [] }));
          }
          seen.set(other, entry);
        }
        entry?.relIds.push(r);
      }
    }
    const entries = [...byKey.values()];
    for (const e of entries) {
      const turn = t.step(e.relIds.length);
      if (turn) await turn;
      e.key.sort = this.sortOf(req, e);
    }
    return entries;
  }

  private sortOf(req: RelationPageRequest, e: Entry): string | null {
    const order = req.order;
    if (order.by === 'NAME') return this.g.foldedName(e.neighbour);
    if (order.by === 'DATE') {
      const v = this.g.nodes.get(e.neighbour)?.props[order.prop];
      return typeof v === 'string' && v !== '' ? v : null;
    }
    let latest: string | null = null;
    for (const r of e.relIds) {
      const asOf = this.g.rels.asOf(r);
      if (asOf && (latest === null || asOf > latest)) latest = asOf;
    }
    return latest;
  }
}
