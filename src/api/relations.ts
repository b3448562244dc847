// Relations as the API shows them: the store keeps one relationship per (type, from, to,
// article), and a citation per sentence; the API folds those into one fact per pair of nodes,
// with every sentence that reports it as its evidence and the first and last dates it was reported.
import { isParticipationType, type GraphRelationship } from '../domain/model';
import { inOrder, type ListOrder } from './listOrder';
import { groupByOther } from './loaders';
import type { ParticipationRole } from './types/enums';

interface Reported {
  rels: GraphRelationship[];
  firstReported: string | null;
  lastReported: string | null;
}

export interface PositionHeldSource extends Reported {
  personId: string;
  positionId: string;
}

export interface ParticipationSource extends Reported {
  personId: string;
  meetingId: string;
  role: ParticipationRole;
}

export interface CitationSource extends Reported {
  meetingId: string;
  documentId: string;
}

export interface DocumentLinkSource extends Reported {
  /** the document at the other end of the IMPLEMENTS relationships */
  documentId: string;
}

/** One document carrying out (or carried out by) another: its IMPLEMENTS relationships, one per article. */
export function documentLink(documentId: string, rels: GraphRelationship[]): DocumentLinkSource {
  return { documentId, ...reported(rels) };
}

function reported(rels: GraphRelationship[]): Reported {
  const dates = rels.map((r) => r.asOf).filter((d): d is string => !!d).sort();
  return { rels, firstReported: dates[0] ?? null, lastReported: dates[dates.length - 1] ?? null };
}

/** Undated last; otherwise in the order given by `dir` (1 oldest first, -1 newest first). */
function byDate<T extends Reported>(key: 'firstReported' | 'lastReported', dir: 1 | -1) {
  return (a: T, b: T) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -dir : dir;
  };
}

/** Most recently reported first, undated last. */
export const newestFirst = byDate<Reported>('lastReported', -1);

/** A person's offices as a timeline: oldest first report first, undated last, then by office id. */
export const TIMELINE: ListOrder<PositionHeldSource> = { keyOf: (h) => ({ sort: h.firstReported, id: h.positionId }), ordering: 'NAME_ASC' };

/** An office's holders: most recently reported first, undated last, then by person id. */
export const LATEST_FIRST: ListOrder<PositionHeldSource> = { keyOf: (h) => ({ sort: h.lastReported, id: h.personId }), ordering: 'DATE_DESC' };

/** A person's offices (HOLDS, out of the person), in TIMELINE order. */
export function officesOf(personId: string, rels: GraphRelationship[]): PositionHeldSource[] {
  return inOrder(
    [...groupByOther(personId, rels)].map(([positionId, rs]) => ({ personId, positionId, ...reported(rs) })),
    TIMELINE,
  );
}

/** An office's holders (HOLDS, into the position), in LATEST_FIRST order. */
export function holdersOf(positionId: string, rels: GraphRelationship[]): PositionHeldSource[] {
  return inOrder(
    [...groupByOther(positionId, rels)].map(([personId, rs]) => ({ personId, positionId, ...reported(rs) })),
    LATEST_FIRST,
  );
}

/** The role a participation relationship records (asked for by participation types only: anything else is a bug). */
export function roleOf(rel: GraphRelationship): ParticipationRole {
  if (!isParticipationType(rel.type)) throw new Error(`a ${rel.type} relationship is not a participation`);
  return rel.type;
}

/** Participations at one end: `id` is the person's or the meeting's. */
export function participations(id: string, side: 'person' | 'meeting', role: ParticipationRole, rels: GraphRelationship[]): ParticipationSource[] {
  return [...groupByOther(id, rels)].map(([other, rs]) => ({
    personId: side === 'person' ? id : other,
    meetingId: side === 'meeting' ? id : other,
    role,
    ...reported(rs),
  }));
}

/** Citations at one end: `id` is the meeting's or the document's; newest first. */
export function citations(id: string, side: 'meeting' | 'document', rels: GraphRelationship[]): CitationSource[] {
  return [...groupByOther(id, rels)]
    .map(([other, rs]) => ({
      meetingId: side === 'meeting' ? id : other,
      documentId: side === 'document' ? id : other,
      ...reported(rs),
    }))
    .sort(newestFirst);
}
