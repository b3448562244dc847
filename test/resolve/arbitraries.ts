// Generated Extractions (fast-check) built from the names, bodies and codes of the
// corpus, so that generated articles share people, bodies and documents and merge.
import fc from 'fast-check';
import type { Extraction } from '../../src/domain/extraction';
import { doc, extraction, meeting, org, person, position } from './make';

const NAMES = ['Dương Văn Trang', 'A Pớt', 'APớt', 'Lê Ngọc Tuấn', 'KRing Ba', 'Nguyễn Văn A'];
const BODIES = ['Tỉnh ủy', 'Bộ Chính trị', 'Hội đồng nhân dân tỉnh', 'Ban Thường vụ Tỉnh ủy', 'Sở Tư pháp'];
const CODES = ['35-CT/TW', '100-KH/TU', '05-CT/TW', 'Nghị quyết Đại hội XIII của Đảng'];
const DATES = [null, '2021-07-27', '2022-06-28'];

export const arbExtraction: fc.Arbitrary<Extraction> = fc
  .record({
    // a few fixed texts: the same article written again with other facts (a rewrite)
    text: fc.oneof(fc.constantFrom('bài một', 'bài hai'), fc.string({ minLength: 1, maxLength: 30 })),
    province: fc.constantFrom(null, 'Kon Tum', 'Gia Lai'),
    publishedAt: fc.constantFrom(...DATES),
    people: fc.array(fc.record({ name: fc.constantFrom(...NAMES), body: fc.constantFrom(null, ...BODIES), role: fc.constantFrom('Bí thư', 'Phó Bí thư') }), { maxLength: 4 }),
    bodies: fc.subarray(BODIES),
    documents: fc.subarray(CODES),
    meetings: fc.array(
      fc.record({
        date: fc.constantFrom(...DATES),
        chairs: fc.subarray(NAMES, { maxLength: 2 }),
        organizers: fc.subarray(BODIES, { maxLength: 1 }),
        cites: fc.subarray(CODES, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((a) =>
    extraction({
      text: a.text,
      province: a.province,
      publishedAt: a.publishedAt,
      people: a.people.map((p) => person(p.name, p.body ? [position(`${p.role} ${p.body}`, p.role, p.body)] : [])),
      organizations: a.bodies.map((b) => org(b, { national: b === 'Bộ Chính trị', partOf: b === 'Ban Thường vụ Tỉnh ủy' ? 'Tỉnh ủy' : null })),
      documents: a.documents.map((k) => doc(k, { issuer: k.endsWith('/TW') ? 'Bộ Chính trị' : null })),
      meetings: a.meetings.map((m, i) => meeting(`Hội nghị ${i}`, m.date, { chairs: m.chairs, organizers: m.organizers, cites: m.cites })),
    }),
  );

