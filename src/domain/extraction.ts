// What `extract` reads out of one article: the contract between src/extract and
// src/resolve, and (serialised as JSON) the output of the `extract` command.
import type { DocumentKind, OrgKind, OrgLevel } from './model';

/** Where a fact was read: a sentence of the cleaned text and its character offsets. */
export interface Evidence {
  quote: string;
  /** offset of the quote's first character in `Extraction.text` */
  start: number;
  /** offset just past its last character */
  end: number;
}

/** Metadata given with an article (front matter, CLI flags, the ingest mutation). */
export interface ArticleInput {
  text: string;
  file?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  province?: string | null;
}

export interface ExtractedArticle {
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null */
  publishedAt: string | null;
  /** canonical province name ("Kon Tum") or null */
  province: string | null;
  /** a province guessed from weak clues (a site's byline tag, a single district) when `province` is null */
  provinceHint?: string | null;
  authors: string[];
  /** site the article came from ("kontumtv.vn") or null */
  source: string | null;
  url: string | null;
}

/** A body as the text names it, with its name expanded and classified. */
export interface ExtractedOrganization {
  /** canonical name without province: "Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Bộ Chính trị" */
  name: string;
  /** spellings seen in the text ("HĐND tỉnh") */
  aliases: string[];
  kind: OrgKind;
  level: OrgLevel;
  /** true for the one-of-a-kind national bodies (Bộ Chính trị, Quốc hội, …): not scoped */
  national: boolean;
  /** name of the body it belongs to (Ban Thường vụ Tỉnh ủy → Tỉnh ủy), or null */
  partOf: string | null;
  evidence: Evidence[];
}

export interface ExtractedPosition {
  /** the title as written: "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh" */
  title: string;
  /** the role within the body: "Phó Bí thư Thường trực" */
  role: string;
  /** the body as written in the title ("Tỉnh ủy", "ĐBQH tỉnh"), or null for a bare role */
  organization: string | null;
  /** canonical name of that body, matching an `ExtractedOrganization.name`, or null */
  organizationName: string | null;
  evidence: Evidence;
}

export interface ExtractedPerson {
  name: string;
  /** other spellings in the text ("APớt") */
  aliases: string[];
  positions: ExtractedPosition[];
  /** every sentence that names the person */
  evidence: Evidence[];
}

export type ParticipationRole = 'CHAIRED' | 'SPOKE_AT' | 'ATTENDED';

export interface Participation {
  /** `ExtractedPerson.name` */
  person: string;
  role: ParticipationRole;
  evidence: Evidence;
}

export interface Citation {
  /** `ExtractedDocument.key` */
  document: string;
  evidence: Evidence;
}

export interface ExtractedMeeting {
  title: string;
  /** ISO date, or null when the text does not make the day certain */
  date: string | null;
  /** giao ban, sơ kết, tổng kết, kỳ họp, hội nghị, … (folded-free, as a lower-case phrase) */
  kind: string | null;
  /** "6 tháng đầu năm 2021", "quý II/2020", or null */
  period: string | null;
  online: boolean;
  /** canonical names of organizing bodies (`ExtractedOrganization.name`) */
  organizers: string[];
  /** names, for the contract's flat view; the evidence is in `participants` */
  chairs: string[];
  speakers: string[];
  attendees: string[];
  /** codes, or titles for documents without a code */
  cites: string[];
  participants: Participation[];
  citations: Citation[];
  evidence: Evidence;
}

export interface ExtractedDocument {
  /** canonical identity key within the article: the code, or a canonical title key */
  key: string;
  /** "100-KH/TU", spaces removed, or null */
  code: string | null;
  kind: DocumentKind;
  number: string | null;
  /** canonical name of the issuing body ("Bộ Chính trị", "Tỉnh ủy"), or null */
  issuer: string | null;
  /** ISO date of issue, or null */
  issuedOn: string | null;
  /** quoted or descriptive title, or null */
  title: string | null;
  evidence: Evidence[];
}

/**
 * A document that carries out another, as one sentence says it ("Kế hoạch số 100-KH/TU …
 * thực hiện Chỉ thị số 35-CT/TW"): src/extract/implements.ts. Both are `ExtractedDocument.key`s.
 */
export interface Implementation {
  /** the document issued to carry the other out (the provincial plan, programme, …) */
  implementer: string;
  /** the document carried out */
  implemented: string;
  evidence: Evidence;
}

export interface Extraction {
  /** the base name of the source file, when there was one */
  file: string | null;
  article: ExtractedArticle;
  /** the cleaned text; every Evidence offset refers to it */
  text: string;
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  meetings: ExtractedMeeting[];
  documents: ExtractedDocument[];
  /** documents carrying out other documents of the article, one per pair and sentence */
  implementations: Implementation[];
  /** what was odd about the input (empty, binary, truncated); never thrown */
  warnings: string[];
}
