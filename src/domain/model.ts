// The graph model (docs/ARCHITECTURE.md, "The graph model"): what the stores hold and the API exposes.

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Position', 'Meeting', 'Document', 'Place'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'HOLDS', // Person → Position
  'OF', // Position → Organization
  'CHAIRED', // Person → Meeting
  'SPOKE_AT', // Person → Meeting
  'ATTENDED', // Person → Meeting
  'ORGANIZED', // Organization → Meeting
  'CITES', // Meeting → Document
  // a document carrying out another (src/extract/implements.ts); listed among the facts, right
  // after CITES, so that a path reads "the meeting cited the plan that carries out the directive"
  // before it reads "an article names both" (src/store/path.ts takes the first-listed type)
  'IMPLEMENTS', // Document → Document
  'ISSUED_BY', // Document → Organization
  'PART_OF', // Organization → Organization
  'REPORTS', // Article → Meeting
  'MENTIONS', // Article → any entity
  'LOCATED_IN', // Organization → Place
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const ORG_KINDS = [
  'PARTY_COMMITTEE',
  'STANDING_COMMITTEE',
  'PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE',
  'DEPARTMENT',
  'FRONT',
  'PARTY_ORGANIZATION',
  'NATIONAL_ASSEMBLY_DELEGATION',
  'OTHER',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const DOCUMENT_KINDS = [
  'RESOLUTION',
  'DIRECTIVE',
  'PLAN',
  'CONCLUSION',
  'REGULATION',
  'DECISION',
  'GUIDANCE',
  'NOTICE',
  'PROGRAM',
  'PROJECT',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PLACE_KINDS = ['PROVINCE', 'DISTRICT'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The relationship types by which a person takes part in a meeting, in REL_TYPES' order. */
export const PARTICIPATION_TYPES = ['CHAIRED', 'SPOKE_AT', 'ATTENDED'] as const satisfies readonly RelType[];
export type ParticipationType = (typeof PARTICIPATION_TYPES)[number];

export function isParticipationType(t: RelType): t is ParticipationType {
  return (PARTICIPATION_TYPES as readonly RelType[]).includes(t);
}

/** A property value a node may carry: what both Neo4j and JSON hold without conversion. */
export type PropValue = string | number | boolean | string[] | null;

/**
 * A node. `props` holds the label's own fields (Person.aliases,
 * Organization.kind/level/province, Meeting.date/kind/period/online, Document.code/kind/
 * number/title/issuedOn, Article.url/source/title/publishedAt/authors/text, …).
 */
export interface GraphNode {
  id: string;
  label: NodeLabel;
  /** display name */
  name: string;
  /** folded text that search matches: name, aliases, codes */
  searchText: string;
  props: Record<string, PropValue>;
}

/** One relationship per (type, from, to, article) — per sentence for CITES (resolve/batch.ts PER_SENTENCE) — with the sentence it came from. */
export interface GraphRelationship {
  /** stable: derived from type, from, to and article */
  id: string;
  type: RelType;
  from: string;
  to: string;
  /** id of the Article that supports it */
  article: string;
  quote: string | null;
  start: number | null;
  end: number | null;
  /** ISO date the fact was reported as true (the meeting's or the article's date) */
  asOf: string | null;
}

/** Everything one article contributes to the graph; written in one transaction. */
export interface GraphBatch {
  article: GraphNode;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** A nodes-and-edges result in the shape graph-drawing libraries take. */
export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** true when a cap cut the result short */
  truncated: boolean;
}
