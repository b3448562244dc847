// Hand-made Extractions for tests: what a perfect extractor would read from a short text,
// so that resolve and store tests do not depend on extraction quality.
import type {
  Evidence,
  ExtractedDocument,
  ExtractedMeeting,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPosition,
  Extraction,
  Implementation,
} from '../../src/domain/extraction';

/** Evidence for a phrase of the text (the whole text when absent). */
export function ev(text: string, phrase?: string): Evidence {
  const start = phrase ? text.indexOf(phrase) : 0;
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  const quote = phrase ?? text;
  return { quote, start, end: start + quote.length };
}

export function org(name: string, over: Partial<ExtractedOrganization> = {}): ExtractedOrganization {
  return { name, aliases: [], kind: 'PARTY_COMMITTEE', level: 'PROVINCE', national: false, partOf: null, evidence: [], ...over };
}

export function position(title: string, role: string, organizationName: string | null): ExtractedPosition {
  return { title, role, organization: organizationName, organizationName, evidence: { quote: title, start: 0, end: title.length } };
}

export function person(name: string, positions: ExtractedPosition[] = [], aliases: string[] = []): ExtractedPerson {
  return { name, aliases, positions, evidence: [] };
}

export function doc(key: string, over: Partial<ExtractedDocument> = {}): ExtractedDocument {
  const code = over.code === undefined ? (/\d/.test(key) ? key : null) : over.code;
  return { key, code, kind: 'DIRECTIVE', number: null, issuer: null, issuedOn: null, title: null, evidence: [], ...over };
}

export function meeting(title: string, date: string | null, over: Partial<ExtractedMeeting> = {}): ExtractedMeeting {
  const m: ExtractedMeeting = {
    title,
    date,
    kind: null,
    period: null,
    online: false,
    organizers: [],
    chairs: [],
    speakers: [],
    attendees: [],
    cites: [],
    participants: [],
    citations: [],
    evidence: { quote: title, start: 0, end: title.length },
    ...over,
  };
  // participants and citations mirror the flat lists unless given
  if (!over.participants) {
    m.participants = [
      ...m.chairs.map((p) => ({ person: p, role: 'CHAIRED' as const, evidence: m.evidence })),
      ...m.speakers.map((p) => ({ person: p, role: 'SPOKE_AT' as const, evidence: m.evidence })),
      ...m.attendees.map((p) => ({ person: p, role: 'ATTENDED' as const, evidence: m.evidence })),
    ];
  }
  if (!over.citations) m.citations = m.cites.map((d) => ({ document: d, evidence: m.evidence }));
  return m;
}

export interface ArticleSpec {
  text: string;
  title?: string;
  province?: string | null;
  publishedAt?: string | null;
  people?: ExtractedPerson[];
  organizations?: ExtractedOrganization[];
  meetings?: ExtractedMeeting[];
  documents?: ExtractedDocument[];
  implementations?: Implementation[];
}

export function extraction(a: ArticleSpec): Extraction {
  return {
    file: null,
    article: {
      title: a.title ?? a.text.slice(0, 40),
      publishedAt: a.publishedAt ?? null,
      province: a.province ?? null,
      authors: [],
      source: null,
      url: null,
    },
    text: a.text,
    people: a.people ?? [],
    organizations: a.organizations ?? [],
    meetings: a.meetings ?? [],
    documents: a.documents ?? [],
    implementations: a.implementations ?? [],
    warnings: [],
  };
}

// Bodies as a Kon Tum article names them.
export const TINH_UY = org('Tỉnh ủy');
export const BCT = org('Bộ Chính trị', { national: true, level: 'CENTRAL' });
export const BTV = org('Ban Thường vụ Tỉnh ủy', { kind: 'STANDING_COMMITTEE', partOf: 'Tỉnh ủy' });
