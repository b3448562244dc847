// The expected extraction of a generated article, in the gold format (the `Gold` shape
// src/eval/evaluate.ts scores, as in test/fixtures/gold/), recorded while
// the text is written so that it cannot drift from it.
import { nameKey } from '../../src/domain/text';
import type { DocKindName } from './pools';

export interface GoldDocument {
  code?: string;
  kind: DocKindName;
  issuer?: string;
  title?: string;
  match?: string;
}

export interface GoldMeeting {
  date: string | null;
  chairs: string[];
  speakers: string[];
  attendees: string[];
}

export interface GoldArticle {
  file: string;
  publishedAt: string | null;
  province: string | null;
  authors: string[];
  people: { name: string; positions: string[][] }[];
  meetings: GoldMeeting[];
  documents: GoldDocument[];
  /** documents carrying out others, by code, as the text states it (src/extract/implements.ts) */
  implements: { implementer: string; implemented: string }[];
}

/** Accumulates what the text says as it is written. */
export class GoldRecorder {
  private people = new Map<string, { name: string; positions: string[][] }>();
  private docs = new Map<string, GoldDocument>();
  private links: { implementer: string; implemented: string }[] = [];
  readonly meeting: GoldMeeting = { date: null, chairs: [], speakers: [], attendees: [] };

  /** A person named with some of their offices; each office is its list of acceptable spellings. */
  person(name: string, offices: string[][]): void {
    const k = nameKey(name);
    let p = this.people.get(k);
    if (!p) this.people.set(k, (p = { name, positions: [] }));
    for (const alts of offices) {
      const same = p.positions.find((q) => q.some((a) => alts.includes(a)));
      if (same) {
        for (const a of alts) if (!same.includes(a)) same.push(a);
      } else p.positions.push([...alts]);
    }
  }

  role(name: string, role: 'chairs' | 'speakers' | 'attendees'): void {
    const list = this.meeting[role];
    if (!list.includes(name)) list.push(name);
  }

  /** The text says `implementer` carries out `implemented` (codes). */
  implementation(implementer: string, implemented: string): void {
    if (!this.links.some((l) => l.implementer === implementer && l.implemented === implemented)) this.links.push({ implementer, implemented });
  }

  document(key: string, doc: GoldDocument): void {
    if (!this.docs.has(key)) this.docs.set(key, doc);
  }

  finish(file: string, publishedAt: string | null, province: string | null, authors: string[]): GoldArticle {
    const m = this.meeting;
    // attendees are those present who neither chaired nor spoke
    m.attendees = m.attendees.filter((a) => !m.chairs.includes(a) && !m.speakers.includes(a));
    return {
      file,
      publishedAt,
      province,
      authors,
      people: [...this.people.values()],
      meetings: [m],
      documents: [...this.docs.values()],
      implements: this.links,
    };
  }
}
