// The meetings provincial news reports, each with its usual organiser, title and cast:
// giao ban, sơ kết, tổng kết, kỳ họp HĐND, Hội nghị Ban Chấp hành, quán triệt (online),
// buổi làm việc, phiên họp UBND, đại hội, chuyên đề.
import { NATIONAL_CODED_DOCS, NATIONAL_UNCODED_DOCS } from './pools';
import type { Rng } from './rng';
import type { DocumentSpec, Person, ProvinceWorld, Role, Term, World } from './world';

export interface MeetingPlan {
  kind: string;
  /** how the text refers to it afterwards: hội nghị, kỳ họp, buổi làm việc, đại hội */
  noun: string;
  /** the lead: "{date}, {lead}." e.g. "Thường trực Tỉnh ủy tổ chức Hội nghị giao ban …" */
  lead: string;
  /** the headline */
  title: string;
  /** ISO date of the meeting */
  date: string;
  /** the title gives a year-bearing period ("quý II/2020") that makes a day/month certain */
  periodCertain: boolean;
  /** the date must be written in full or under a dateline (the year is not otherwise certain) */
  needsYear: boolean;
  /** a period phrase the report paragraphs may use ("6 tháng đầu năm 2021"), or a yearless one */
  period: string;
  chairs: Person[];
  speakers: Person[];
  attendees: Person[];
  /** documents the title itself cites */
  cites: DocumentSpec[];
  online: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function who(term: Term, role: Role): Person[] {
  return term.people.filter((p) => p.role === role);
}

function one(rng: Rng, term: Term, role: Role): Person {
  return rng.pick(who(term, role));
}

/** The chairman of the people's council: the secretary or deputy who holds it, else the standing vice-chair. */
function councilChair(term: Term): Person {
  return term.people.find((p) => p.offices.some((o) => o.forms[0] === 'Chủ tịch HĐND tỉnh')) ?? who(term, 'PCTHDND')[0];
}

function some(rng: Rng, people: Person[], lo: number, hi: number): Person[] {
  return rng.sample(people, rng.int(lo, hi));
}

/** Provincial leaders a meeting may list as present. */
function bystanders(term: Term, exclude: Person[], roles: Role[]): Person[] {
  return term.people.filter((p) => roles.includes(p.role) && !exclude.includes(p));
}

export interface PlanContext {
  rng: Rng;
  world: World;
  province: ProvinceWorld;
  term: Term;
  year: number;
  /** districts may be named (false when the article must not reveal its province) */
  districtsOk: boolean;
}

type Planner = (c: PlanContext) => MeetingPlan | null;

const giaoBan: Planner = ({ rng, term, year }) => {
  const q = rng.int(1, 4);
  const month = q * 3;
  const chair = rng.chance(0.7) ? one(rng, term, 'PBTTT') : one(rng, term, 'BT');
  const chairs = rng.chance(0.4) ? [chair, one(rng, term, 'CTUBND')] : [chair];
  const period = `quý ${ROMAN[q - 1]}/${year}`;
  const title = rng.chance(0.5)
    ? `Hội nghị giao ban Khối Đảng ${period}`
    : `Hội nghị trực tuyến giao ban khối Đảng và giao ban với các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy ${period}`;
  return {
    kind: 'giao ban',
    noun: 'hội nghị',
    lead: `Thường trực Tỉnh ủy tổ chức ${title}`,
    title,
    date: iso(year, month, rng.int(10, 28)),
    periodCertain: true,
    needsYear: false,
    period: `Trong ${period}`,
    chairs,
    speakers: rng.chance(0.85) ? [chairs[chairs.length - 1], ...(chairs.length > 1 && rng.chance(0.4) ? [chairs[0]] : [])] : [],
    attendees: some(rng, bystanders(term, chairs, ['BAN', 'PCTHDND', 'MTTQ']), 0, 2),
    cites: [],
    online: title.includes('trực tuyến'),
  };
};

const soKet: Planner = ({ rng, term, year, districtsOk }) => {
  const hosts: { org: string; cast: () => Person[]; roles: Role[] }[] = [
    { org: 'Ban Thường vụ Tỉnh ủy', cast: () => [rng.chance(0.6) ? one(rng, term, 'BT') : one(rng, term, 'PBTTT')], roles: ['BAN', 'CTUBND', 'PCTHDND'] },
    { org: 'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh', cast: () => [who(term, 'DUK')[0]], roles: ['SO'] },
  ];
  const pgd = rng.pick(who(term, 'PGDSO'));
  hosts.push({ org: `Đảng bộ Sở ${pgd.unit}`, cast: () => [pgd], roles: [] });
  if (districtsOk) {
    const bt = rng.pick(who(term, 'HUYEN'));
    hosts.push({ org: `Huyện ủy ${bt.unit}`, cast: () => [bt], roles: [] });
  }
  const host = rng.pick(hosts);
  const chairs = host.cast();
  const title = rng.chance(0.6)
    ? `Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm ${year}`
    : `Hội nghị sơ kết công tác 6 tháng đầu năm ${year}`;
  const june = rng.chance(0.5);
  return {
    kind: 'sơ kết',
    noun: 'hội nghị',
    lead: `${host.org} tổ chức ${title}`,
    title,
    date: june ? iso(year, 6, rng.int(20, 30)) : iso(year, 7, rng.int(1, 25)),
    periodCertain: true,
    needsYear: false,
    period: `6 tháng đầu năm ${year}`,
    chairs,
    speakers: rng.chance(0.85) ? chairs : [],
    attendees: some(rng, bystanders(term, chairs, host.roles), 0, 2),
    cites: [],
    online: false,
  };
};

const tongKet: Planner = ({ rng, term, year }) => {
  const chairs = [rng.chance(0.6) ? one(rng, term, 'BT') : one(rng, term, 'PBTTT')];
  const dec = rng.chance(0.5);
  const reviewed = dec ? year : year - 1;
  if (reviewed < 2015) return null;
  const title = `Hội nghị tổng kết công tác xây dựng Đảng năm ${reviewed}, triển khai nhiệm vụ năm ${reviewed + 1}`;
  return {
    kind: 'tổng kết',
    noun: 'hội nghị',
    lead: `Ban Thường vụ Tỉnh ủy tổ chức ${title}`,
    title,
    date: dec ? iso(year, 12, rng.int(15, 30)) : iso(year, 1, rng.int(5, 20)),
    periodCertain: false,
    needsYear: true,
    period: 'Trong năm qua',
    chairs,
    speakers: rng.chance(0.9) ? chairs : [],
    attendees: some(rng, bystanders(term, chairs, ['CTUBND', 'PBTTT', 'BAN']), 1, 3),
    cites: [],
    online: false,
  };
};

const kyHop: Planner = ({ rng, term, year }) => {
  const chair = councilChair(term);
  const vice = who(term, 'PCTHDND').filter((p) => p !== chair);
  const chairs = [chair, ...rng.sample(vice, rng.int(0, 2))];
  // councils elected in 2011, 2016 and 2021
  const council = year >= 2022 || (year === 2021 && rng.chance(0.5)) ? 2021 : year >= 2017 || (year === 2016 && rng.chance(0.5)) ? 2016 : 2011;
  const khoa = { 2011: 'X', 2016: 'XI', 2021: 'XII' }[council];
  const nk = `${council}-${council + 5}`;
  const n = rng.int(2, 18);
  const bt = who(term, 'BT')[0];
  const speakers = [chair, ...(bt !== chair && rng.chance(0.6) ? [bt] : [])];
  return {
    kind: 'kỳ họp',
    noun: 'kỳ họp',
    lead: `HĐND tỉnh khóa ${khoa}, nhiệm kỳ ${nk} khai mạc kỳ họp thứ ${n}`,
    title: `Khai mạc kỳ họp thứ ${n}, HĐND tỉnh khóa ${khoa}, nhiệm kỳ ${nk}`,
    date: iso(year, rng.int(1, 12), rng.int(1, 28)),
    periodCertain: false,
    needsYear: false,
    period: 'Thời gian qua',
    chairs,
    speakers: rng.chance(0.85) ? speakers : [],
    attendees: some(rng, bystanders(term, [...chairs, ...speakers], ['CTUBND', 'PBTTT', 'MTTQ', 'DBQH']), 1, 3),
    cites: [],
    online: false,
  };
};

const bch: Planner = ({ rng, term, year }) => {
  const chairs = [one(rng, term, 'BT'), ...(rng.chance(0.7) ? [one(rng, term, 'PBTTT')] : []), ...(rng.chance(0.5) ? [one(rng, term, 'CTUBND')] : [])];
  const n = rng.int(2, 25);
  const title = rng.chance(0.5) ? `Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ${n} (mở rộng)` : `Hội nghị lần thứ ${n} Ban Chấp hành Đảng bộ tỉnh`;
  return {
    kind: 'hội nghị ban chấp hành',
    noun: 'hội nghị',
    lead: `Ban Chấp hành Đảng bộ tỉnh tổ chức ${title}`,
    title,
    date: iso(year, rng.int(1, 12), rng.int(1, 28)),
    periodCertain: false,
    needsYear: false,
    period: 'Thời gian qua',
    chairs,
    speakers: rng.chance(0.8) ? [chairs[0]] : [],
    attendees: some(rng, bystanders(term, chairs, ['BAN', 'MTTQ']), 0, 2),
    cites: [],
    online: false,
  };
};

const quanTriet: Planner = ({ rng, term, year }) => {
  const docs = NATIONAL_UNCODED_DOCS.filter((d) => d.from <= year);
  if (!docs.length) return null;
  const d = rng.pick(docs);
  const doc: DocumentSpec = { code: null, word: d.forms[0], forms: d.forms, match: d.match, kind: d.kind, issuer: 'Ban Chấp hành Trung ương Đảng', subject: null, date: null, from: d.from };
  const chairs = [rng.chance(0.6) ? one(rng, term, 'PBTTT') : one(rng, term, 'BT')];
  return {
    kind: 'quán triệt',
    noun: 'hội nghị',
    lead: `Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt ${'{doc}'}, bằng hình thức trực tiếp kết hợp trực tuyến tới các điểm cầu trên toàn quốc`,
    title: `Hội nghị trực tuyến toàn quốc quán triệt, triển khai thực hiện ${d.forms[0]}`,
    date: iso(year, rng.int(1, 12), rng.int(1, 28)),
    periodCertain: false,
    needsYear: false,
    period: 'Thời gian qua',
    chairs,
    speakers: [],
    attendees: some(rng, bystanders(term, chairs, ['BAN', 'CTUBND']), 0, 2),
    cites: [doc],
    online: true,
  };
};

const lamViec: Planner = ({ rng, term, year }) => {
  const ban = rng.pick(who(term, 'BAN'));
  const banName = ban.offices[ban.offices.length - 1].forms[0].replace(/^(Trưởng|Chủ nhiệm) /, '');
  const chairs = [rng.chance(0.6) ? one(rng, term, 'PBTTT') : one(rng, term, 'BT')];
  const months = rng.pick(['4 tháng đầu năm', '6 tháng đầu năm', '9 tháng đầu năm']);
  return {
    kind: 'làm việc',
    noun: 'buổi làm việc',
    lead: `Thường trực Tỉnh ủy làm việc với ${banName} về kết quả công tác ${months}, nhiệm vụ trọng tâm những tháng cuối năm`,
    title: `Thường trực Tỉnh ủy làm việc với ${banName}`,
    date: iso(year, rng.int(4, 10), rng.int(1, 28)),
    periodCertain: false,
    needsYear: false,
    period: `Trong ${months}`,
    chairs,
    speakers: rng.chance(0.8) ? chairs : [],
    attendees: [ban],
    cites: [],
    online: false,
  };
};

const phienHop: Planner = ({ rng, term, year }) => {
  const chairs = [one(rng, term, 'CTUBND')];
  const m = rng.int(1, 11);
  const period = `tháng ${m}/${year}`;
  return {
    kind: 'phiên họp',
    noun: 'phiên họp',
    lead: `UBND tỉnh tổ chức phiên họp thường kỳ ${period}`,
    title: `UBND tỉnh họp phiên thường kỳ ${period}`,
    date: iso(year, m, rng.int(25, 28)),
    periodCertain: true,
    needsYear: false,
    period: `Trong ${period}`,
    chairs,
    speakers: rng.chance(0.85) ? chairs : [],
    attendees: some(rng, bystanders(term, chairs, ['PCTUBND', 'SO']), 1, 3),
    cites: [],
    online: false,
  };
};

const daiHoi: Planner = ({ rng, term, year, districtsOk }) => {
  if (year !== 2020 || !districtsOk) return null;
  const bt = rng.pick(who(term, 'HUYEN').filter((p) => p.offices[0].forms[0].startsWith('Bí thư')));
  const leader = rng.chance(0.6) ? one(rng, term, 'BT') : one(rng, term, 'PBTTT');
  const n = rng.int(14, 22);
  const title = `Đại hội đại biểu Đảng bộ huyện ${bt.unit} lần thứ ${['XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII'][n - 14]}, nhiệm kỳ 2020-2025`;
  return {
    kind: 'đại hội',
    noun: 'đại hội',
    lead: `${title} khai mạc`,
    title,
    date: iso(2020, rng.int(5, 8), rng.int(1, 28)),
    periodCertain: false,
    needsYear: true,
    period: 'Nhiệm kỳ qua',
    chairs: [],
    speakers: [bt, leader],
    attendees: some(rng, bystanders(term, [bt, leader], ['BAN']), 0, 1),
    cites: [],
    online: false,
  };
};

const chuyenDe: Planner = ({ rng, term, year }) => {
  const docs = NATIONAL_CODED_DOCS.filter((d) => Number(d.date.slice(-4)) + 2 <= year);
  if (!docs.length) return null;
  const d = rng.pick(docs);
  const doc: DocumentSpec = { code: d.code, word: d.word, kind: d.kind, issuer: d.issuer, subject: d.subject, date: d.date, from: Number(d.date.slice(-4)) };
  const k = year - doc.from;
  const chairs = [rng.chance(0.5) ? one(rng, term, 'PBTTT') : one(rng, term, 'BT')];
  return {
    kind: 'chuyên đề',
    noun: 'hội nghị',
    lead: `Ban Thường vụ Tỉnh ủy tổ chức Hội nghị ${k >= 5 ? 'tổng kết' : 'sơ kết'} ${k} năm thực hiện {doc}`,
    title: `${k >= 5 ? 'Tổng kết' : 'Sơ kết'} ${k} năm thực hiện ${d.word} số ${d.code} của ${d.issuer}`,
    date: iso(year, rng.int(1, 12), rng.int(1, 28)),
    periodCertain: false,
    needsYear: false,
    period: 'Thời gian qua',
    chairs,
    speakers: rng.chance(0.85) ? chairs : [],
    attendees: some(rng, bystanders(term, chairs, ['BAN', 'DUK']), 0, 2),
    cites: [doc],
    online: false,
  };
};

const PLANNERS: [Planner, number][] = [
  [giaoBan, 4],
  [soKet, 5],
  [tongKet, 3],
  [kyHop, 3],
  [bch, 3],
  [quanTriet, 2],
  [lamViec, 2],
  [phienHop, 2],
  [daiHoi, 2],
  [chuyenDe, 2],
];

/** A meeting for the article; planners that do not fit the year give way to others. */
export function planMeeting(c: PlanContext): MeetingPlan {
  for (;;) {
    const planner = c.rng.weighted(
      PLANNERS.map((p) => p[0]),
      PLANNERS.map((p) => p[1]),
    );
    const plan = planner(c);
    if (plan) return plan;
  }
}

/** Sometimes a central official visits and speaks ("dự và chỉ đạo hội nghị"). */
export function visitor(c: PlanContext): Person | null {
  return c.rng.chance(0.08) ? c.rng.pick(c.world.central) : null;
}
