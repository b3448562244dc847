// One generated article: page clutter, headline, dateline, a lead naming the meeting and
// who chaired it, who attended, report paragraphs citing documents, speeches, captions
// (duplicated, "Ảnh: …"), the author line and the site's footer, and its gold.
import { fold } from '../../src/domain/text';
import { GoldRecorder, type GoldArticle } from './gold';
import { planMeeting, visitor, type MeetingPlan, type PlanContext } from './meetings';
import { cap, cite, introduce, list, refer, withVerb, type Scene } from './mentions';
import { IMAGE_GAP, messSpaces, oldTones } from './noise';
import { ACHIEVEMENTS, AUTHOR_NAMES, GENERIC_ATTENDEES, MENUS, NATIONAL_CODED_DOCS, NATIONAL_UNCODED_DOCS, PHOTO_INITIALS, SHORTCOMINGS, TASKS, TRAILERS } from './pools';
import { createRng, zipfWeights, type Rng } from './rng';
import { termAt, type DocumentSpec, type Person, type World } from './world';

export interface GeneratedArticle {
  file: string;
  text: string;
  gold: GoldArticle;
  /** the province the article is about (whether or not the text names it) */
  province: string;
  /** the site it was "scraped" from, when the text carries its tag */
  source: string | null;
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const squash = (s: string) => fold(s).replace(/ /g, '');
const pad = (n: number) => String(n).padStart(2, '0');
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dateline(rng: Rng, iso: string): string {
  const [y, m, d] = parts(iso);
  const wd = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
  const hh = pad(rng.int(6, 21));
  const mi = pad(rng.int(0, 59));
  return rng.pick([
    `${pad(d)}/${pad(m)}/${y} ${hh}:${mi}`,
    `Cập nhật lúc ${hh}:${mi}, ${wd}, ${pad(d)}/${pad(m)}/${y} (GMT+7)`,
    `${wd}, ${pad(d)}/${pad(m)}/${y}, ${hh}:${mi} [GMT+7]`,
    `${pad(d)}/${pad(m)}/${y} ${hh}:${mi} GMT+7`,
  ]);
}

/** How the lead dates the meeting, and whether that makes the day certain. */
function datePhrase(rng: Rng, plan: MeetingPlan, hasDateline: boolean): { text: string; certain: boolean } {
  const [y, m, d] = parts(plan.date);
  const part = rng.pick(['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày', 'Ngày', 'Sáng nay']);
  const r = rng.next();
  if (r < 0.1) return { text: rng.pick(['Vừa qua', 'Mới đây']), certain: false };
  const full = r < 0.1 + (hasDateline ? 0.1 : plan.needsYear ? 0.9 : 0.4);
  if (full) {
    const t = rng.pick([`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${d}-${m}-${y}`]);
    return { text: `${part} ${t}`, certain: true };
  }
  const sep = rng.weighted(['/', '-', '.'], [6, 3, 1]);
  return { text: `${part} ${d}${sep}${m}`, certain: hasDateline || plan.periodCertain };
}

function fill(rng: Rng, s: string): string {
  return s.replace('{pct}', `${rng.int(5, 98)},${rng.int(1, 9)}`).replace('{small}', `${rng.int(1, 9)},${rng.int(1, 9)}`);
}

function clauses(rng: Rng, pool: string[], lo: number, hi: number): string {
  return rng
    .sample(pool, rng.int(lo, hi))
    .map((c) => fill(rng, c))
    .join('; ');
}

/** Documents the report paragraphs cite: central ones and the province's own, popular ones most. */
function pickDocuments(rng: Rng, world: World, provinceDocs: DocumentSpec[], year: number): DocumentSpec[] {
  const n = rng.weighted([0, 1, 2, 3, 4], [3, 4, 3, 2, 1]);
  const national: DocumentSpec[] = [
    ...NATIONAL_CODED_DOCS.map((d) => ({ code: d.code, word: d.word, kind: d.kind, issuer: d.issuer, subject: d.subject, date: d.date, from: Number(d.date.slice(-4)) })),
    ...NATIONAL_UNCODED_DOCS.map((d) => ({ code: null, word: d.forms[0], forms: d.forms, match: d.match, kind: d.kind, issuer: 'Ban Chấp hành Trung ương Đảng', subject: null, date: null, from: d.from })),
  ].filter((d) => d.from <= year);
  const local = provinceDocs.filter((d) => d.from <= year);
  const out: DocumentSpec[] = [];
  for (let i = 0; i < n * 3 && out.length < n; i++) {
    const pool = rng.chance(0.45) && national.length ? national : local;
    if (!pool.length) continue;
    const d = rng.weighted(pool, zipfWeights(pool.length, 0.9));
    if (!out.includes(d)) out.push(d);
  }
  void world;
  return out;
}

const CITING = [
  (doc: string, noun: string) => `${cap(noun)} cũng đánh giá kết quả triển khai thực hiện ${doc}`,
  (doc: string) => `Các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển khai thực hiện nghiêm túc ${doc}`,
  (doc: string) => `Căn cứ ${doc}, các địa phương, đơn vị đã xây dựng kế hoạch cụ thể để triển khai`,
  (doc: string) => `Trọng tâm là triển khai thực hiện có hiệu quả ${doc}`,
  (doc: string) => `Việc thực hiện ${doc} đạt nhiều kết quả quan trọng`,
  (doc: string) => `Tổ chức quán triệt nghiêm túc ${doc} đến cán bộ, đảng viên`,
];

/** A report paragraph: achievements, shortcomings, citations, the province named in passing. */
function reportParagraph(sc: Scene, plan: MeetingPlan, docs: DocumentSpec[], nameProvince: boolean): string {
  const { rng } = sc;
  const sentences: string[] = [];
  const where = nameProvince ? `trên địa bàn tỉnh ${sc.province}` : 'trên địa bàn tỉnh';
  // when the province must be named here, only the templates that say where
  const r = nameProvince ? rng.pick([0, 0.6, 0.9]) : rng.next();
  if (r < 0.3) sentences.push(`${cap(plan.period)}, ${clauses(rng, ACHIEVEMENTS, 3, 6)} ${where}.`);
  else if (r < 0.5) sentences.push(`Bên cạnh những kết quả đạt được, công tác xây dựng Đảng vẫn còn những hạn chế như: ${clauses(rng, SHORTCOMINGS, 2, 4)}.`);
  else if (r < 0.65) sentences.push(`Theo báo cáo, ${clauses(rng, ACHIEVEMENTS, 2, 4)}; qua đó góp phần thực hiện tốt nhiệm vụ chính trị ${where}.`);
  else if (r < 0.8) sentences.push(`Các đại biểu dự ${plan.noun} đã thảo luận, đề xuất các giải pháp nhằm khắc phục những hạn chế, khuyết điểm, trong đó tập trung ${clauses(rng, TASKS, 2, 4)}.`);
  else sentences.push(`Trong thời gian tới, các cấp ủy, chính quyền ${where} xác định ${clauses(rng, TASKS, 3, 5)}.`);
  for (const d of docs) sentences.push(`${rng.pick(CITING)(cite(sc, d), plan.noun)}.`);
  if (rng.chance(0.5)) sentences.push(`${cap(clauses(rng, ACHIEVEMENTS, 1, 2))}.`);
  return messSpaces(rng, sentences.join(' '), 0.02);
}

/**
 * Sentences about a provincial plan and the national document it carries out, in the forms
 * src/extract/implements.ts reads, and one that names both and relates nothing (so the bench
 * measures precision as well as recall). Drawn from an rng of their own and added to the text
 * after the rest is written (see generateArticle), so that every other sentence of an article
 * stays what earlier corpora had. Records the gold pair for the forms that state it.
 */
function implementationSentence(rng: Rng, gold: GoldRecorder, plan: DocumentSpec, target: DocumentSpec): string {
  const name = (d: DocumentSpec) => {
    gold.document(`c:${d.code}`, { code: d.code!, kind: d.kind, issuer: d.issuer });
    return rng.chance(0.7) ? `${d.word} số ${d.code}` : `${d.word} ${d.code}`;
  };
  const of = (d: DocumentSpec) => (rng.chance(0.5) ? ` của ${d.issuer}` : '');
  const r = rng.next();
  const p = name(plan);
  const t = name(target);
  if (r < 0.12) return `Hội nghị cũng quán triệt ${t}${of(target)} và ${p}${of(plan)}.`;
  gold.implementation(plan.code!, target.code!);
  if (r < 0.45) return `${p}${of(plan)} thực hiện ${t}${of(target)} được triển khai đồng bộ, có hiệu quả.`;
  if (r < 0.65) return `Thực hiện ${t}${of(target)}, ${plan.issuer} đã ban hành ${p}.`;
  if (r < 0.8) return `${plan.issuer} ban hành ${p} để triển khai thực hiện ${t}${of(target)}.`;
  return `${t}${of(target)} đã được ${plan.issuer} cụ thể hóa bằng ${p}.`;
}

/** A speech paragraph: who spoke, and what they asked for. */
function speech(sc: Scene, p: Person, plan: MeetingPlan, concluding: boolean): string {
  const { rng } = sc;
  const body = clauses(rng, TASKS, 3, 6);
  const noun = plan.noun;
  if (concluding) {
    const m = refer(sc, p);
    return rng.pick([
      `Kết luận ${noun}, ${withVerb(m, rng.pick(['nhấn mạnh', 'yêu cầu', 'đề nghị']))}: ${cap(body)}.`,
      `Phát biểu kết luận ${noun}, ${withVerb(m, 'yêu cầu')} các cấp, các ngành ${body}.`,
    ]);
  }
  const r = rng.next();
  if (r < 0.4) return `Phát biểu chỉ đạo ${noun}, ${withVerb(refer(sc, p), rng.pick(['yêu cầu', 'nhấn mạnh', 'đề nghị']))}: ${cap(body)}.`;
  if (r < 0.7) return `${withVerb(refer(sc, p, true), 'nhấn mạnh')}, để thực hiện thắng lợi nhiệm vụ trong thời gian tới, các cấp ủy đảng cần ${body}.`;
  return `Phát biểu tại ${noun}, ${withVerb(refer(sc, p), 'đề nghị')} ${body}.`;
}

/** A photo caption, often printed twice by the scraper, often with the photographer's initials. */
function caption(sc: Scene, p: Person | null, plan: MeetingPlan): string {
  const { rng } = sc;
  const credit = rng.chance(0.5) ? ` Ảnh: ${rng.pick(PHOTO_INITIALS)}` : '';
  const text = p
    ? `${withVerb(refer(sc, p, true), rng.pick(['phát biểu tại', 'phát biểu kết luận', 'phát biểu chỉ đạo']))} ${plan.noun}.${credit}`
    : `${rng.pick(['Các đại biểu tham dự', 'Quang cảnh', 'Toàn cảnh'])} ${plan.noun}.${credit}`;
  return rng.chance(0.4) ? `${text}\n${text}` : text;
}

function chairSentence(sc: Scene, chairs: Person[], noun: string): string {
  const { rng } = sc;
  for (const c of chairs) sc.gold.role(c.name, 'chairs');
  const N = noun.startsWith('hội nghị') && rng.chance(0.5) ? cap(noun) : noun;
  if (chairs.length === 1) {
    const r = rng.next();
    if (r < 0.7) return `${withVerb(introduce(sc, chairs[0], true), 'chủ trì')} ${N}.`;
    if (r < 0.85) return `${cap(noun)} do ${withVerb(introduce(sc, chairs[0]), 'chủ trì')}.`.replace(', chủ trì.', ' chủ trì.');
    return `Chủ trì ${N} có ${introduce(sc, chairs[0]).text}.`;
  }
  if (rng.chance(0.7)) return `${withVerb(list(sc, chairs, true), rng.pick(['đồng chủ trì', 'cùng chủ trì']))} ${N}.`;
  return `${rng.pick(['Chủ trì', 'Tham dự và chủ trì'])} ${N}, có ${list(sc, chairs).text}.`;
}

function attendeeSentence(sc: Scene, attendees: Person[], noun: string, paper: string, named: boolean): string {
  const { rng } = sc;
  for (const a of attendees) sc.gold.role(a.name, 'attendees');
  const generics = GENERIC_ATTENDEES.filter((g) => named || !g.includes('{paper}')).map((g) => g.replace('{paper}', paper));
  const rest = rng.sample(generics, rng.int(1, 3)).join('; ');
  if (!attendees.length) return `Dự ${noun} có ${rest}.`;
  const who = list(sc, attendees).text;
  return rng.pick([`Dự ${noun} có ${who}; ${rest}.`, `Tham dự ${noun} còn có ${who}; ${rest}.`, `Cùng dự có ${who}.`]);
}

function authorLine(rng: Rng): { line: string; authors: string[] } {
  const authors = rng.sample(AUTHOR_NAMES, rng.chance(0.3) ? 2 : 1);
  const line = authors.join(rng.pick([' – ', ' - ']));
  return { line: rng.chance(0.2) ? `${' '.repeat(rng.int(8, 60))}${line}` : line, authors };
}

/** Article `index` of the corpus of `seed`: the same text and gold every time. */
export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = createRng(`article:${world.seed}:${index}`);
  const file = `g${world.seed}_${String(index).padStart(6, '0')}.txt`;
  const province = rng.weighted(world.provinces, zipfWeights(world.provinces.length, 0.6));
  const year = rng.int(2015, 2024);
  const term = termAt(province, year);
  const named = rng.chance(0.85);
  const gold = new GoldRecorder();
  // the IMPLEMENTS sentences' own draws (implementationSentence), and the sentences until they go in
  const side = createRng(`implements:${world.seed}:${index}`);
  const extra: string[] = [];
  const sc: Scene = { rng, gold, province: province.spec.name, named, introduced: new Set() };
  const ctx: PlanContext = { rng, world, province, term, year, districtsOk: named };
  const plan = planMeeting(ctx);
  const guest = visitor(ctx);

  // dateline: the meeting day or the day after, within the year
  const hasDateline = plan.needsYear ? rng.chance(0.6) : rng.chance(0.5);
  const published = hasDateline ? (rng.chance(0.5) || plan.date.endsWith('12-31') ? plan.date : addDays(plan.date, 1)) : null;
  const when = datePhrase(rng, plan, hasDateline);
  gold.meeting.date = when.certain ? plan.date : null;

  const site = named && rng.chance(0.45) ? rng.pick(province.spec.sites) : null;
  const out: string[] = [];
  if (rng.chance(0.3)) out.push(rng.pick(MENUS));
  if (rng.chance(0.7)) out.push(rng.chance(0.8) ? plan.title : `${plan.title}.`);
  if (published) out.push(dateline(rng, published));

  // the lead: when and what, then who chaired and who attended
  const lead: string[] = [];
  const leadText = plan.lead.replace('{doc}', () => cite(sc, plan.cites[0]));
  for (const d of plan.cites) if (!plan.lead.includes('{doc}')) cite(sc, d);
  const prefix = site ? `(${rng.chance(0.5) ? site.domain : site.tag}) ${rng.pick(['–', '-'])} ` : '';
  lead.push(`${prefix}${when.text}, ${leadText}.`);
  if (plan.chairs.length) lead.push(chairSentence(sc, plan.chairs, plan.online ? `${plan.noun} tại điểm cầu tỉnh` : plan.noun));
  const attendees = [...plan.attendees];
  if (guest && rng.chance(0.5)) attendees.unshift(guest);
  const speakers = [...plan.speakers];
  if (guest && !attendees.includes(guest)) {
    lead.push(`${withVerb(introduce(sc, guest, true), 'dự và chỉ đạo')} ${plan.noun}.`);
    speakers.unshift(guest);
  }
  const paper = province.spec.paper;
  let attendeeText = '';
  if (attendees.length || rng.chance(0.6)) attendeeText = attendeeSentence(sc, attendees, plan.noun, paper, named);
  if (attendeeText && rng.chance(0.6)) lead.push(attendeeText);
  out.push(lead.join(' '));
  if (attendeeText && !lead.includes(attendeeText)) {
    out.push(caption(sc, null, plan));
    if (rng.chance(0.5)) out.push(IMAGE_GAP.trim());
    out.push(attendeeText);
  }

  // the report and the speeches, to about the length of a real article (~5 KB)
  for (const s of speakers) gold.role(s.name, 'speakers');
  const docs = pickDocuments(rng, world, province.documents, year);
  const targetBytes = rng.int(3500, 7500);
  let size = out.reduce((n, s) => n + Buffer.byteLength(s) + 2, 0);
  const push = (s: string) => {
    out.push(s);
    size += Buffer.byteLength(s) + 2;
  };
  // the text itself names the province unless the byline spells it (kontumtv.vn, baogialai.com.vn)
  const bylineSpells = prefix !== '' && prefix.toLowerCase().includes(squash(province.spec.name));
  let nameProvince = named && !bylineSpells;
  const perParagraph = Math.max(1, Math.ceil(docs.length / 3));
  const speechesAt = rng.int(1, 3);
  // an office holder named in passing: among the gold's people, in no meeting role
  const cast = new Set([...plan.chairs, ...speakers, ...attendees]);
  const others = term.people.filter((p) => !cast.has(p) && (named || p.role !== 'HUYEN'));
  let passing = others.length && rng.chance(0.12) ? rng.pick(others) : null;
  let paragraph = 0;
  const spoken: Person[] = [];
  while (size < targetBytes || docs.length || spoken.length < speakers.length) {
    if (paragraph >= speechesAt && spoken.length < speakers.length) {
      const s = speakers[spoken.length];
      spoken.push(s);
      if (rng.chance(0.4)) push(caption(sc, s, plan));
      const concluding = spoken.length === speakers.length && plan.chairs.includes(s);
      push(speech(sc, s, plan, concluding));
    } else {
      const cited = docs.splice(0, perParagraph);
      push(reportParagraph(sc, plan, cited, nameProvince));
      // a plan cited here that carries out a national document: now and then, say so (a mark
      // here, the sentence put in its place after the noise: see implementationSentence)
      for (const d of cited) {
        if (d.implements && side.chance(0.9)) {
          out[out.length - 1] += `\uE000${extra.length}\uE001`;
          extra.push(implementationSentence(side, gold, d, d.implements));
        }
      }
      nameProvince = false;
      if (passing) {
        push(`Theo phân công, ${withVerb(introduce(sc, passing), 'phụ trách')} theo dõi, đôn đốc việc triển khai các nhiệm vụ này.`);
        passing = null;
      }
    }
    paragraph++;
    if (paragraph > 40) break;
  }

  const { line, authors } = authorLine(rng);
  const hasAuthor = rng.chance(0.75);
  if (hasAuthor) out.push(line);
  if (rng.chance(0.5)) out.push(rng.pick(TRAILERS));

  const text = oldTones(rng, out.join(rng.chance(0.8) ? '\n\n' : '\n'), rng.chance(0.3) ? 0.5 : 0).replace(/\uE000(\d+)\uE001/g, (_m, k: string) => ` ${extra[Number(k)]}`);
  return {
    file,
    text,
    gold: gold.finish(file, published, named ? province.spec.name : null, hasAuthor ? authors : []),
    province: province.spec.name,
    source: site?.domain ?? null,
  };
}
