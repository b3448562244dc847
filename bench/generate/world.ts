// The seeded "world" the articles report on: for each province two terms of officials
// (2015–2020 and 2020–2024; some are promoted from one to the next, so an office has a
// timeline), central officials who visit, and the province's own documents. Articles
// draw from these pools with Zipf weights, so the same people and documents recur
// across articles and the graph has real merges, as in years of real news.
import { nameKey } from '../../src/domain/text';
import {
  DEPARTMENTS,
  DOC_SUBJECTS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  MINORITY_NAMES,
  NATIONAL_CODED_DOCS,
  NATIONAL_OFFICES,
  PARTY_DOC_TYPES,
  PARTY_DOC_WEIGHTS,
  PROVINCES,
  RANKS,
  STATE_DOC_TYPES,
  SURNAMES,
  SURNAME_WEIGHTS,
  type DocKindName,
  type ProvinceSpec,
} from './pools';
import { createRng, type Rng } from './rng';

/** An office as written: `forms` are interchangeable spellings, forms[0] the usual one. */
export interface Office {
  forms: string[];
  /** shorter form of later mentions ("Phó Giám đốc Sở"), also acceptable in the gold */
  short?: string;
  /** name-first mentions may append the province ("Bí thư Tỉnh ủy Kon Tum") */
  suffixable?: boolean;
}

/** What a person does at meetings: decides who chairs, speaks and attends what. */
export type Role = 'BT' | 'PBTTT' | 'CTUBND' | 'PCTUBND' | 'CTHDND' | 'PCTHDND' | 'BAN' | 'MTTQ' | 'DUK' | 'SO' | 'PGDSO' | 'HUYEN' | 'CAQS' | 'DBQH' | 'CENTRAL';

export interface Person {
  name: string;
  /** other spellings the text may use (APớt for A Pớt) */
  aliases: string[];
  offices: Office[];
  role: Role;
  /** relative frequency in the news */
  weight: number;
  /** for HUYEN, SO, PGDSO: the district or department */
  unit?: string;
}

export interface DocumentSpec {
  code: string | null;
  /** the word before the code (Kế hoạch, Chỉ thị) or the title of an uncoded document */
  word: string;
  kind: DocKindName;
  /** issuer as the text names it after "của" */
  issuer: string;
  subject: string | null;
  /** d/m/yyyy of issue, or null */
  date: string | null;
  /** uncoded documents: other forms of the title and the gold regex */
  forms?: string[];
  match?: string;
  /** earliest year an article may cite it */
  from: number;
  /** a provincial plan or programme issued to carry out this national document (IMPLEMENTS) */
  implements?: DocumentSpec;
}

export interface Term {
  from: number;
  to: number;
  people: Person[];
  weights: number[];
}

export interface ProvinceWorld {
  spec: ProvinceSpec;
  terms: Term[];
  documents: DocumentSpec[];
}

export interface World {
  seed: number;
  provinces: ProvinceWorld[];
  central: Person[];
}

type Slot = { role: Role; weight: number; offices: (unit: string) => Office[]; unit?: 'district' | 'department' };

const o = (forms: string[], extra: Partial<Office> = {}): Office => ({ forms, ...extra });
const UVTW = o(RANKS.UVTW);
const UVDKTW = o(RANKS.UVDKTW);
const UVBTV = o(RANKS.UVBTV);
const CTHDND = o(['Chủ tịch HĐND tỉnh', 'Chủ tịch Hội đồng nhân dân tỉnh']);
const TDBQH = o(['Trưởng đoàn ĐBQH tỉnh', 'Trưởng Đoàn đại biểu Quốc hội tỉnh']);

/** The offices of a province, one slot per person, leaders first. */
const SLOTS: Slot[] = [
  { role: 'BT', weight: 12, offices: () => [UVTW, o(['Bí thư Tỉnh ủy'], { suffixable: true }), CTHDND] },
  { role: 'PBTTT', weight: 9, offices: () => [o(['Phó Bí thư Thường trực Tỉnh ủy'], { suffixable: true }), TDBQH] },
  { role: 'CTUBND', weight: 9, offices: () => [o(['Phó Bí thư Tỉnh ủy']), o(['Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban nhân dân tỉnh'], { suffixable: true })] },
  { role: 'PCTUBND', weight: 4, offices: () => [UVBTV, o(['Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh'])] },
  { role: 'PCTUBND', weight: 3, offices: () => [o(['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'])] },
  { role: 'PCTUBND', weight: 3, offices: () => [o(['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'])] },
  { role: 'PCTHDND', weight: 4, offices: () => [UVBTV, o(['Phó Chủ tịch Thường trực HĐND tỉnh', 'Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh'])] },
  { role: 'PCTHDND', weight: 3, offices: () => [o(['Phó Chủ tịch HĐND tỉnh', 'Phó Chủ tịch Hội đồng nhân dân tỉnh'])] },
  { role: 'DBQH', weight: 2, offices: () => [o(['Phó Trưởng đoàn ĐBQH tỉnh', 'Phó Trưởng Đoàn đại biểu Quốc hội tỉnh'])] },
  { role: 'BAN', weight: 3, offices: () => [UVBTV, o(['Trưởng Ban Tuyên giáo Tỉnh ủy'])] },
  { role: 'BAN', weight: 3, offices: () => [UVBTV, o(['Trưởng Ban Tổ chức Tỉnh ủy'])] },
  { role: 'BAN', weight: 2, offices: () => [UVBTV, o(['Trưởng Ban Dân vận Tỉnh ủy'])] },
  { role: 'BAN', weight: 2, offices: () => [UVBTV, o(['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm UBKT Tỉnh ủy'])] },
  { role: 'BAN', weight: 2, offices: () => [UVBTV, o(['Trưởng Ban Nội chính Tỉnh ủy'])] },
  { role: 'MTTQ', weight: 2, offices: () => [UVBTV, o(['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Chủ tịch UBMTTQ Việt Nam tỉnh', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'])] },
  { role: 'DUK', weight: 2, offices: () => [o(['Bí thư Đảng ủy Khối các cơ quan tỉnh'])] },
  { role: 'DUK', weight: 1, offices: () => [o(['Bí thư Đảng ủy Khối doanh nghiệp tỉnh'])] },
  { role: 'CAQS', weight: 1, offices: () => [UVBTV, o(['Giám đốc Công an tỉnh'])] },
  { role: 'CAQS', weight: 1, offices: () => [UVBTV, o(['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'])] },
  ...[0, 1, 2, 3].map((): Slot => ({ role: 'SO', weight: 1.5, unit: 'department', offices: (s) => [o([`Giám đốc Sở ${s}`], { short: 'Giám đốc Sở' })] })),
  ...[0, 1].map(
    (): Slot => ({
      role: 'PGDSO',
      weight: 1,
      unit: 'department',
      offices: (s) => [o([`Phó Bí thư Đảng ủy Sở ${s}`, 'Phó Bí thư Đảng ủy Sở'], { short: 'Phó Bí thư Đảng ủy' }), o([`Phó Giám đốc Sở ${s}`], { short: 'Phó Giám đốc Sở' })],
    }),
  ),
  ...[0, 1, 2].map((): Slot => ({ role: 'HUYEN', weight: 2, unit: 'district', offices: (d) => [o([`Bí thư Huyện ủy ${d}`], { short: 'Bí thư Huyện ủy' })] })),
  ...[0, 1].map(
    (): Slot => ({
      role: 'HUYEN',
      weight: 1.5,
      unit: 'district',
      offices: (d) => [o([`Phó Bí thư Huyện ủy ${d}`], { short: 'Phó Bí thư Huyện ủy' }), o([`Chủ tịch UBND huyện ${d}`, `Chủ tịch Ủy ban nhân dân huyện ${d}`], { short: 'Chủ tịch UBND huyện' })],
    }),
  ),
];

/** Names unique across the world, so that a name is one person (per province) in the gold. */
class NameBook {
  private used = new Set<string>();
  take(name: string): boolean {
    const k = nameKey(name);
    if (this.used.has(k)) return false;
    this.used.add(k);
    return true;
  }
}

function kinhName(rng: Rng): string {
  const female = rng.chance(0.2);
  const surname = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${surname} ${middle} ${given}`;
}

function personName(rng: Rng, spec: ProvinceSpec, book: NameBook): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const minority = spec.minorityShare > 0 && rng.chance(spec.minorityShare);
    const name = minority ? rng.pick(MINORITY_NAMES[rng.pick(spec.styles) as Exclude<typeof spec.styles[number], 'kinh'>]) : kinhName(rng);
    if (book.take(name)) return name;
  }
  // pools exhausted: a Kinh name with a distinguishing middle name always exists
  for (;;) {
    const name = `${rng.weighted(SURNAMES, SURNAME_WEIGHTS)} ${rng.pick(MIDDLE_MALE)} ${rng.pick(MIDDLE_MALE)} ${rng.pick(GIVEN_MALE)}`;
    if (book.take(name)) return name;
  }
}

/** "A Pớt" is also written "APớt": single-letter prefixes glued to the next syllable. */
function aliasesOf(name: string): string[] {
  const m = /^([AY]|KRing|H') (\S+)(.*)$/u.exec(name);
  return m && (m[1] === 'A' || m[1] === 'Y') ? [`${m[1]}${m[2]}${m[3]}`] : [];
}

function buildTerm(rng: Rng, spec: ProvinceSpec, book: NameBook, from: number, to: number, carried: Map<Role, Person[]>): Term {
  const people: Person[] = [];
  const districts = rng.sample(spec.districts, 3);
  const departments = rng.sample(DEPARTMENTS, 4);
  let di = 0;
  let si = 0;
  for (const slot of SLOTS) {
    const unit = slot.unit === 'district' ? districts[di++ % districts.length] : slot.unit === 'department' ? departments[si++ % departments.length] : '';
    let offices = slot.offices(unit);
    // ranks vary by person: not every Bí thư is in the Central Committee, not every one chairs the council
    if (slot.role === 'BT') offices = [rng.chance(0.7) ? UVTW : UVDKTW, offices[1], ...(rng.chance(0.6) ? [CTHDND] : [])];
    // one chairman of the council per term: the secretary or the standing deputy
    const councilTaken = people.some((p) => p.offices.includes(CTHDND));
    if (slot.role === 'PBTTT') offices = [offices[0], !councilTaken && rng.chance(0.5) ? CTHDND : TDBQH];
    let promoted = carried.get(slot.role)?.shift();
    if (promoted && people.some((p) => p.name === promoted!.name)) promoted = undefined; // promoted once only
    const name = promoted?.name ?? personName(rng, spec, book);
    people.push({ name, aliases: aliasesOf(name), offices, role: slot.role, weight: slot.weight, unit: unit || undefined });
  }
  return { from, to, people, weights: people.map((p) => p.weight) };
}

function provinceDocuments(rng: Rng, spec: ProvinceSpec): DocumentSpec[] {
  const docs: DocumentSpec[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < 24; i++) {
    const year = rng.int(2015, 2024);
    let code: string;
    let doc: DocumentSpec;
    if (rng.chance(0.65)) {
      const t = rng.weighted(PARTY_DOC_TYPES, PARTY_DOC_WEIGHTS);
      const byStanding = rng.chance(0.5);
      code = `${rng.int(1, 450)}-${t.abbr}/TU`;
      doc = { code, word: t.word, kind: t.kind, issuer: byStanding ? 'Ban Thường vụ Tỉnh ủy' : 'Tỉnh ủy', subject: rng.pick(DOC_SUBJECTS), date: `${rng.int(1, 28)}/${rng.int(1, 12)}/${year}`, from: year };
    } else {
      const t = rng.pick(STATE_DOC_TYPES);
      const n = t.issuer === 'HĐND' ? rng.int(1, 60) : rng.int(100, 2400);
      code = t.issuer === 'HĐND' && rng.chance(0.5) ? `${n}/${year}/${t.abbr}` : `${n}/${t.abbr}`;
      doc = { code, word: t.word, kind: t.kind, issuer: t.issuer === 'HĐND' ? 'HĐND tỉnh' : 'UBND tỉnh', subject: rng.pick(DOC_SUBJECTS), date: `${rng.int(1, 28)}/${rng.int(1, 12)}/${year}`, from: year };
    }
    if (codes.has(code)) continue;
    codes.add(code);
    docs.push(doc);
  }
  // the provincial congress resolution, cited by title only
  docs.push({
    code: null,
    word: `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ ${spec.congress}`,
    forms: [`Nghị quyết Đại hội Đảng bộ tỉnh lần thứ ${spec.congress}`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ ${spec.congress}`],
    match: `dai hoi (dai bieu )?dang bo tinh (lan thu )?${spec.congress.toLowerCase()}\\b`,
    kind: 'RESOLUTION',
    issuer: 'Đảng bộ tỉnh',
    subject: null,
    date: null,
    from: 2021,
  });
  return docs;
}

/**
 * Which provincial plans, programmes and projects carry out which national document: about two
 * in three, each one it could follow (issued after it). From an rng of its own, after the rest
 * of the world is drawn, so that the world's people and documents stay those of earlier corpora.
 */
function assignImplements(seed: number, provinces: ProvinceWorld[]): void {
  const rng = createRng(`world-implements:${seed}`);
  const national: DocumentSpec[] = NATIONAL_CODED_DOCS.map((d) => ({ code: d.code, word: d.word, kind: d.kind, issuer: d.issuer, subject: d.subject, date: d.date, from: Number(d.date.slice(-4)) }));
  for (const p of provinces) {
    for (const d of p.documents) {
      if (!d.code || !d.code.endsWith('/TU') || !['PLAN', 'PROGRAM', 'PROJECT'].includes(d.kind)) continue;
      const before = national.filter((n) => n.from <= d.from);
      if (before.length && rng.chance(0.65)) d.implements = rng.pick(before);
    }
  }
}

/** The same seed gives the same world, whatever the number of articles asked for. */
export function buildWorld(seed: number): World {
  const rng = createRng(`world:${seed}`);
  const book = new NameBook();
  const provinces = PROVINCES.map((spec): ProvinceWorld => {
    const first = buildTerm(rng, spec, book, 2015, 2020, new Map());
    // the 2020 congresses: the chairman of the people's committee often becomes the secretary, etc.
    const carried = new Map<Role, Person[]>();
    const byRole = (r: Role) => first.people.filter((p) => p.role === r);
    if (rng.chance(0.7)) carried.set('BT', [byRole('CTUBND')[0]]);
    if (rng.chance(0.6)) carried.set('CTUBND', [byRole('PCTUBND')[0]]);
    if (rng.chance(0.6)) carried.set('PBTTT', [byRole('BAN')[1]]);
    carried.set('BAN', rng.sample(byRole('BAN'), 2));
    carried.set('HUYEN', rng.sample(byRole('HUYEN'), 2));
    const second = buildTerm(rng, spec, book, 2021, 2024, carried);
    return { spec, terms: [first, second], documents: provinceDocuments(rng, spec) };
  });
  assignImplements(seed, provinces);
  const central = NATIONAL_OFFICES.map((forms): Person => {
    const name = personName(rng, PROVINCES[5], book); // Kinh names
    return { name, aliases: [], offices: forms.map((f) => o([f])), role: 'CENTRAL', weight: 1 };
  });
  return { seed, provinces, central };
}

export function termAt(p: ProvinceWorld, year: number): Term {
  return year <= p.terms[0].to ? p.terms[0] : p.terms[1];
}
