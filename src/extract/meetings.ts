// Meetings and who did what at them.
// A meeting is announced by a sentence naming one (hội nghị, kỳ họp, đại hội, buổi làm việc,
// lễ …) with its day ("Sáng 25/6") or an event verb (tổ chức, diễn ra, khai mạc, chủ trì).
// A sentence with another day starts another meeting. Participation comes from verbs:
//   chair   chủ trì, cùng chủ trì, đồng chủ trì
//   speak   phát biểu, kết luận, chỉ đạo, nhấn mạnh, yêu cầu, đề nghị, …
//   attend  dự, tham dự, cùng dự
// A verb governs the people before it ("A và B cùng chủ trì Hội nghị") unless it opens a
// list ("Dự hội nghị có …", "Phát biểu kết luận của đồng chí …", "Phát biểu …, đồng chí X").
import type { Citation, ExtractedMeeting, ExtractedPerson, ParticipationRole } from '../domain/extraction';
import { dateOf, findDays, periodYears, type DayMention } from './dates';
import type { DocumentFinding } from './documents';
import { evidenceOf } from './evidence';
import { BODIES, trieOf, type Trie } from './lexicon';
import { parseBody, parseLevel, type BodyMatch } from './organizations';
import type { Mention } from './people';
import type { Sentence, Token } from './sentences';

const CUES = trieOf<ParticipationRole>([
  ['chủ trì', 'CHAIRED'], ['cùng chủ trì', 'CHAIRED'], ['đồng chủ trì', 'CHAIRED'], ['chủ tọa', 'CHAIRED'],
  ['cùng điều hành', 'CHAIRED'], ['đoàn chủ tịch', 'CHAIRED'], ['điều hành kỳ họp', 'CHAIRED'], ['điều hành hội nghị', 'CHAIRED'], ['điều hành phiên họp', 'CHAIRED'],
  ['phát biểu', 'SPOKE_AT'], ['kết luận', 'SPOKE_AT'], ['chỉ đạo', 'SPOKE_AT'], ['nhấn mạnh', 'SPOKE_AT'],
  ['yêu cầu', 'SPOKE_AT'], ['đề nghị', 'SPOKE_AT'], ['khẳng định', 'SPOKE_AT'], ['cho biết', 'SPOKE_AT'],
  ['lưu ý', 'SPOKE_AT'], ['biểu dương', 'SPOKE_AT'], ['cho rằng', 'SPOKE_AT'], ['nêu rõ', 'SPOKE_AT'], ['chỉ rõ', 'SPOKE_AT'],
  ['chia sẻ', 'SPOKE_AT'], ['giải trình', 'SPOKE_AT'], ['phát biểu ý kiến', 'SPOKE_AT'], ['phát biểu tham luận', 'SPOKE_AT'], ['đánh giá cao', 'SPOKE_AT'], ['phát biểu chỉ đạo', 'SPOKE_AT'],
  ['phát biểu kết luận', 'SPOKE_AT'], ['phát biểu khai mạc', 'SPOKE_AT'], ['phát biểu bế mạc', 'SPOKE_AT'],
  ['dự', 'ATTENDED'], ['tham dự', 'ATTENDED'], ['cùng dự', 'ATTENDED'], ['đến dự', 'ATTENDED'], ['cùng tham dự', 'ATTENDED'],
  ['dự họp', 'ATTENDED'], ['có mặt', 'ATTENDED'], ['cùng đi', 'ATTENDED'], ['tháp tùng', 'ATTENDED'], ['cùng đi với đoàn', 'ATTENDED'],
  // words reported at the meeting (FORMAT: a speaker is one whose words are reported)
  ['thông tin', 'SPOKE_AT'], ['trình bày', 'SPOKE_AT'], ['báo cáo', 'SPOKE_AT'], ['góp ý', 'SPOKE_AT'], ['trả lời', 'SPOKE_AT'],
  ['trả lời chất vấn', 'SPOKE_AT'], ['phản ánh', 'SPOKE_AT'], ['kiến nghị', 'SPOKE_AT'], ['đề xuất', 'SPOKE_AT'], ['giải đáp', 'SPOKE_AT'],
  ['chất vấn', 'SPOKE_AT'], ['tham luận', 'SPOKE_AT'], ['nêu', 'SPOKE_AT'], ['nêu ý kiến', 'SPOKE_AT'], ['bày tỏ', 'SPOKE_AT'],
  ['trao đổi', 'SPOKE_AT'], ['ghi nhận', 'SPOKE_AT'], ['nhận định', 'SPOKE_AT'], ['đề cập', 'SPOKE_AT'], ['quán triệt', 'SPOKE_AT'],
  ['truyền đạt', 'SPOKE_AT'], ['tham gia ý kiến', 'SPOKE_AT'], ['công bố', 'SPOKE_AT'], ['đọc', 'SPOKE_AT'],
  ['nói', 'SPOKE_AT'], ['đánh giá', 'SPOKE_AT'], ['phân tích', 'SPOKE_AT'], ['nhận xét', 'SPOKE_AT'], ['tiếp thu', 'SPOKE_AT'], ['giải thích', 'SPOKE_AT'], ['làm rõ', 'SPOKE_AT'],
  // "Về phía tỉnh có ông X, …": those present for one side; "Tại điểm cầu huyện Y có đồng chí X":
  // those present at a remote point of an online meeting (both at the head of a sentence only)
  ['về phía', 'ATTENDED'], ['tại điểm cầu', 'ATTENDED'],
  // "Tiếp đoàn có đồng chí X, Bí thư Huyện ủy": the hosts a visiting delegation met (at the head only)
  ['tiếp đoàn', 'ATTENDED'], ['đón tiếp đoàn', 'ATTENDED'],
  // words that report speech only right after the speaker ("đồng chí X thông báo kết quả …", "ông X cảm
  // ơn …"): elsewhere they are a document ("Thông báo số 12-TB/TU") or a wish ("mong muốn của Nhân dân")
  ['thông báo', 'SPOKE_AT'], ['cảm ơn', 'SPOKE_AT'], ['mong muốn', 'SPOKE_AT'],
]);
const SUBJECT_ONLY = new Set(['thông báo', 'cảm ơn', 'mong muốn']);
// "Hai đồng chí …", "Hai vị …", "Hai Trưởng đoàn …": the two people just named
const PAIR_SUBJECT = new Set(['đồng chí', 'vị', 'trưởng', 'lãnh']);
// speech nouns that are no verb after these: "nghe báo cáo", "theo thông tin", "dự thảo báo cáo", "phiên chất vấn"
const NOT_A_VERB_AFTER = new Set(['nghe', 'theo', 'qua', 'các', 'những', 'bản', 'thảo', 'tờ', 'phiên', 'buổi', 'cuộc', 'nội', 'dung', 'có']);
const NOUN_CUES = new Set(['thông tin', 'trình bày', 'báo cáo', 'góp ý', 'trả lời', 'trả lời chất vấn', 'phản ánh', 'kiến nghị', 'đề xuất', 'giải đáp', 'chất vấn', 'tham luận', 'trao đổi', 'quán triệt', 'ghi nhận', 'nêu ý kiến', 'tham gia ý kiến', 'đánh giá', 'phân tích', 'nhận xét']);
const HEAD_ONLY = new Set(['về phía', 'tại điểm cầu', 'tiếp đoàn', 'đón tiếp đoàn']);
const ATTEND = trieOf(['dự', 'tham dự', 'dự lễ', 'đến dự', 'cùng dự'].map((n) => [n, n]));
// "dự" is also the first syllable of other words: dự thảo, dự kiến, dự án, dự khuyết …
const NOT_AFTER_DU = new Set(['thảo', 'kiến', 'án', 'khuyết', 'báo', 'toán', 'trù', 'định', 'bị', 'phòng', 'trữ', 'tính', 'luật', 'thi', 'tuyển', 'đoán', 'báo']);
const OPENS_LIST = new Set(['có', 'là', 'gồm', ':', 'của']);
const RANK: Record<ParticipationRole, number> = { CHAIRED: 3, SPOKE_AT: 2, ATTENDED: 1 };

const NOUNS = trieOf(['hội nghị', 'kỳ họp', 'đại hội', 'buổi làm việc', 'làm việc', 'lễ', 'hội thảo', 'tọa đàm', 'phiên họp', 'cuộc họp', 'giao ban', 'buổi tiếp xúc', 'buổi gặp mặt', 'buổi giám sát', 'cuộc giám sát', 'buổi sinh hoạt', 'sinh hoạt chuyên đề', 'phiên giải trình', 'phiên chất vấn', 'phiên thảo luận', 'buổi giải trình', 'tiếp xúc cử tri', 'tiếp công dân', 'buổi đối thoại', 'buổi tiếp', 'buổi gặp', 'hội đàm', 'buổi hội đàm', 'họp'].map((n) => [n, n]));
const EVENT_VERBS = trieOf(['tổ chức', 'diễn ra', 'khai mạc', 'bế mạc', 'chủ trì', 'tham dự', 'họp', 'làm việc'].map((n) => [n, n]));

/** Token index of the first phrase of `trie` in the sentence, or -1. */
function firstOf<V>(trie: Trie<V>, keys: readonly string[], s: Sentence): number {
  for (let i = s.t0; i < s.t1; i++) if (trie.longest(keys, i, s.t1)) return i;
  return -1;
}
// a sentence that reports another meeting opens with one of these ("Trước đó, sáng 14/7, …", "Cùng ngày, …")
// ("Sau đó, hội nghị …" goes on with the same meeting: not among them)
const ANOTHER = trieOf(['trước đó', 'cùng ngày', 'sáng cùng ngày', 'chiều cùng ngày', 'tối cùng ngày', 'trưa cùng ngày', 'cũng trong ngày', 'cũng trong sáng nay', 'cũng trong chiều nay'].map((n) => [n, n]));
// a day that is a deadline or a bound is not a meeting's: "trước ngày 15/9/2025", "đến ngày 30/6"
const BOUND_BEFORE = /(?:^|[^\p{L}])(?:trước|đến|tới|từ|hết|chậm nhất(?: là)?|hạn|kể từ|tính đến)\s+$/iu;
const KINDS = ['tiếp xúc cử tri', 'tiếp công dân', 'giao ban', 'sơ kết', 'tổng kết', 'kỳ họp', 'đại hội', 'hội thảo', 'tọa đàm', 'lễ', 'làm việc', 'chất vấn', 'giải trình', 'phiên họp', 'cuộc họp', 'hội nghị'];
const PERIOD = /(?:(?:\d+|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|quý\s+[IVX]+\s*\/\s*\d{4}|năm\s+\d{4})/iu;

/**
 * The sentence reports another meeting: it opens with "Trước đó", "Cùng ngày", … or says so right
 * after a short opening clause ("Ngay sau hội nghị toàn quốc, chiều cùng ngày, Ban Thường vụ …").
 */
function anotherAt(keys: readonly string[], s: Sentence): number {
  if (ANOTHER.longest(keys, s.t0, Math.min(s.t1, s.t0 + 4))) return s.t0;
  for (let c = s.t0 + 2; c < Math.min(s.t1, s.t0 + 8); c++) if (keys[c] === ',') return ANOTHER.longest(keys, c + 1, Math.min(s.t1, c + 5)) ? c + 1 : -1;
  return -1;
}

/** The participation verb at token i, or null: "dự thảo", "nghe báo cáo", "phiên chất vấn" are none. */
function cueAt(keys: readonly string[], i: number, s: Sentence): { end: number; value: ParticipationRole } | null {
  const m = CUES.longest(keys, i, s.t1);
  if (!m) return null;
  if (keys[m.end - 1] === 'dự' && NOT_AFTER_DU.has(keys[m.end] ?? '')) return null;
  if (NOT_A_VERB_AFTER.has(keys[i - 1] ?? '') || i === s.t0 || m.end - i > 1) {
    const phrase = m.end - i === 1 ? keys[i] : keys.slice(i, m.end).join(' ');
    if (NOUN_CUES.has(phrase) && NOT_A_VERB_AFTER.has(keys[i - 1] ?? '')) return null;
    if (HEAD_ONLY.has(phrase) && i !== s.t0) return null;
  }
  return m;
}

interface Cue {
  start: number;
  end: number;
  role: ParticipationRole;
  forward: boolean;
  /** "chủ trì hội nghị cùng các đồng chí: …": the role also goes to those listed after it */
  continues: boolean;
}

function findCues(toks: readonly Token[], keys: readonly string[], s: Sentence, covered: Uint8Array, mentionStarts: Set<number>, mentionEnds: Set<number>): Cue[] {
  const cues: Cue[] = [];
  // ("Theo đồng chí X, …" is no speech at the meeting (issue 18): X keeps the role another sentence gives)
  // a caption naming who is in the photo: "Các đồng chí A, Phó Chủ tịch HĐND tỉnh và B, … tại hội nghị."
  // (the people, then only "tại" and the meeting's word to the end of the sentence: present, no more)
  const last = toks[s.t1 - 1]?.s === '.' ? s.t1 - 1 : s.t1;
  const at = last - 2 >= s.t0 && keys[last - 2] === 'tại' ? last - 2 : last - 3 >= s.t0 && keys[last - 3] === 'tại' ? last - 3 : -1;
  if (at > s.t0 && mentionEnds.has(at) && NOUNS.longest(keys, at + 1, last)?.end === last) cues.push({ start: at, end: last, role: 'ATTENDED', forward: false, continues: false });
  // "… trao quyết định cho các đồng chí A, B và C": those who receive a decision or an award are present
  for (let i = s.t0 + 1; i < s.t1 - 1; i++) {
    if (keys[i] !== 'cho' || !mentionStarts.has(i + 1)) continue;
    for (let k = i - 1; k >= Math.max(s.t0, i - 6); k--) {
      if (keys[k] === 'trao' || keys[k] === 'tặng') {
        cues.push({ start: i, end: i + 1, role: 'ATTENDED', forward: true, continues: false });
        break;
      }
    }
  }
  for (let i = s.t0; i < s.t1; i++) {
    if (covered[i]) continue;
    const m = cueAt(keys, i, s);
    if (!m) continue;
    if (SUBJECT_ONLY.has(keys.slice(i, m.end).join(' ')) && !mentionEnds.has(i)) continue;
    // "tham dự và chủ trì", "dự và chỉ đạo": one cue, the strongest role
    let end = m.end;
    let role = m.value;
    while (keys[end] === 'và') {
      const n = cueAt(keys, end + 1, s);
      if (!n) break;
      if (RANK[n.value] > RANK[role]) role = n.value;
      end = n.end;
    }
    // forward when a list opener follows before any person, or when it opens the sentence
    let forward = false;
    let continues = false;
    const atHead = i === s.t0;
    // "Cử tri X đề nghị … cho người có uy tín": a verb right after its subject opens no list further on
    const subject = mentionEnds.has(i);
    for (let j = end; j < s.t1 && j < end + 12; j++) {
      if (keys[j] === 'cùng' && !cueAt(keys, j, s)) continues = true;
      if (mentionStarts.has(j)) {
        forward = atHead && toks[j - 1]?.s === ',';
        if (!forward && OPENS_LIST.has(keys[j - 1])) forward = true;
        break;
      }
      // a far opener must lead into a person ("kiến nghị Nhà nước có chính sách" opens nothing)
      const far = j > end + 1 && !(mentionStarts.has(j + 1) || mentionStarts.has(j + 2) || mentionStarts.has(j + 3));
      // (after its subject, only an opener right after the verb: "X kiến nghị: …", not "X kiến nghị cần có …")
      if (OPENS_LIST.has(keys[j]) && !((keys[j] === 'của' || subject) && j > end + 1) && !(subject && j > end && keys[j] !== ':') && !(subject && keys[j] === 'của') && !far) {
        forward = true;
        break;
      }
      if (keys[j] === ';' || keys[j] === '.' || (!atHead && keys[j] === ',') || cueAt(keys, j, s)) break;
    }
    // ("X, Giám đốc …, giải trình: nguyên nhân …": after its subject, a colon opens what was said, not a list)
    if (subject && keys[end] === ':' && role === 'SPOKE_AT') forward = false;
    cues.push({ start: i, end, role, forward, continues: continues && !forward });
    i = end - 1;
  }
  return cues;
}

export interface MeetingInput {
  text: string;
  view: string;
  toks: readonly Token[];
  keys: readonly string[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  documents: readonly DocumentFinding[];
  people: readonly ExtractedPerson[];
  personByKey: Map<string, ExtractedPerson>;
  published: string | null;
}

interface Draft {
  meeting: ExtractedMeeting;
  sentence: number;
  /** "Trước đó, …": an earlier meeting told in passing, in its own paragraph */
  flashback?: { paragraph: number; noun: string };
  /** its announcing sentence gave a day */
  hasDay: boolean;
  /** that day as month-day, to tell two days apart when the year is unknown */
  day: string | null;
}

function titleFrom(sentence: string, at: number): string {
  let t = sentence.slice(at);
  // ("… dưới sự chủ trì của …" ends a title of two words or more: "Họp dưới sự chủ trì …" keeps it, "Họp" says too little)
  // (a verb of the meeting ends it too: "Hội nghị … 6 tháng đầu năm 2022 diễn ra vào sáng 28/6")
  const stop = /(?:\s+(?:vào|do|tại hội trường|với sự tham dự)\s|(?<=\S\s+\S+)\s+dưới sự\s|(?<=\S\s+\S+)\s+(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức)(?![\p{L}])|[.;](?:\s|$)|,\s*(?:sáng|chiều|tối)\s)/iu.exec(t);
  if (stop) t = t.slice(0, stop.index);
  t = t.replace(/[\s,]+(?:(?:sáng|chiều|tối|ngày)\s+(?:ngày\s+)?\d{1,2}[\/.\-]\d{1,2}(?:[\/.\-]\d{4})?)$/iu, '');
  if (t.length > 200) t = t.slice(0, 200).replace(/\s+\S*$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** What the three passes over an article share: its sentences' paragraphs and mentions, the drafts found so far, the years it reports on. */
interface MeetingScan {
  inp: MeetingInput;
  view: string;
  toks: readonly Token[];
  keys: readonly string[];
  sentences: readonly Sentence[];
  drafts: Draft[];
  docEnds: number[];
  mentionsBySentence: Map<number, Mention[]>;
  /** tokens inside a mention */
  covered: Uint8Array;
  paragraphOf: number[];
  /** the sentence's text with document names masked, for the years it reports on */
  yearsView: (s: Sentence) => string;
  textYears: () => number[];
  /** a day at the head of a sentence */
  headDay: (q: Sentence) => DayMention | null;
  /** the sentence before, when it is in the same paragraph */
  beforeInParagraph: (s: Sentence) => Sentence | null;
}

function scanOf(inp: MeetingInput): MeetingScan {
  const { view, toks, sentences } = inp;
  // the years the text reports on matter only for a day without a year in an article without a dateline
  let years: number[] | undefined;
  // (a year in a document's name, "Kế hoạch giám sát năm 2024", says nothing of when the meeting was)
  let masked: string | undefined;
  const undocumented = () => (masked ??= maskDocuments(view, inp.documents));
  const textYears = () => (years ??= periodYears(undocumented()));
  const yearsView = (s: Sentence) => undocumented().slice(s.start, s.end);
  const drafts: Draft[] = [];
  const docEnds = inp.documents.map((d) => d.end);

  const mentionsBySentence = new Map<number, Mention[]>();
  const covered = new Uint8Array(toks.length);
  for (const m of inp.mentions) {
    const list = mentionsBySentence.get(m.sentence.index) ?? [];
    list.push(m);
    mentionsBySentence.set(m.sentence.index, list);
    for (let i = m.start; i < m.end; i++) covered[i] = 1;
  }

  // the paragraph of each sentence (paragraphs are separated by a line break)
  const paragraphOf: number[] = [];
  for (let k = 0, p = 0; k < sentences.length; k++) {
    if (k > 0 && view.slice(sentences[k - 1].end, sentences[k].start).includes('\n')) p++;
    paragraphOf.push(p);
  }

  // a day at the head of a sentence ("Chiều 12/3, tại trụ sở Tỉnh ủy, …")
  const headDay = (q: Sentence) => findDays(view.slice(q.start, q.end), q.start).find((x) => x.start - q.start < 16) ?? null;
  const beforeInParagraph = (s: Sentence) => (s.index > 0 && paragraphOf[s.index - 1] === paragraphOf[s.index] ? sentences[s.index - 1] : null);
  return { inp, view, toks, keys: inp.keys, sentences, drafts, docEnds, mentionsBySentence, covered, paragraphOf, yearsView, textYears, headDay, beforeInParagraph };
}

/** 1. The meetings the article announces: a sentence with a meeting's noun and a day or an event verb. */
function findMeetings(scan: MeetingScan): void {
  const { inp, view, toks, keys, sentences, drafts, docEnds, paragraphOf, yearsView, textYears, headDay, beforeInParagraph } = scan;
  for (const s of sentences) {
    let nounAt = firstOf(NOUNS, keys, s);
    if (nounAt < 0) continue;
    const sv = view.slice(s.start, s.end);
    let days = findDays(sv, s.start).filter((d) => !docEnds.some((e) => e >= s.start && d.start >= e && d.start - e < 25) && !BOUND_BEFORE.test(sv.slice(Math.max(0, d.start - s.start - 16), d.start - s.start)));
    const last = drafts[drafts.length - 1];
    // "Trước đó, sáng 14/7, …", "Cùng ngày, X dự lễ …": another meeting, even on the same day
    // (with an event verb or attendance, not a speech verb: "Trước đó, hội nghị đã nghe báo cáo …" is the same meeting)
    const anotherFrom = last ? anotherAt(keys, s) : -1;
    const another = anotherFrom >= 0 && (firstOf(EVENT_VERBS, keys, s) >= 0 || firstOf(ATTEND, keys, s) >= 0);
    // (its meeting is named after the words that say it is another, not in the clause before them)
    const laterNoun = another && anotherFrom > s.t0 ? firstOf(NOUNS, keys, { ...s, t0: anotherFrom }) : -1;
    if (laterNoun >= 0) nounAt = laterNoun;
    if (!days.length && !another && firstOf(EVENT_VERBS, keys, s) < 0) continue;
    // the first meeting, named without its day right after a sentence that opens with one ("Sáng 9/10, Ban …
    // tổ chức giám sát … Đồng chí X chủ trì buổi giám sát."): that day is the meeting's
    let dayIn = s;
    const before = !days.length && !last ? beforeInParagraph(s) : null;
    const early = before ? headDay(before) : null;
    if (before && early) [days, dayIn] = [[early], before];
    const noun = { index: toks[nounAt].start - s.start };
    let date = days.length ? dateFor(days[0], yearsView(dayIn), inp.published, textYears) : null;
    if (another && last) {
      if (!days.length && /cùng ngày|trong ngày|sáng nay|chiều nay/iu.test(sv.slice(0, 60))) date = last.meeting.date;
    } else if (last && days.length) {
      if (!last.hasDay) {
        last.meeting.date = date;
        last.hasDay = true;
        last.day = dayOf(days[0]);
        // after a headline that did not say, the sentence with the day often names who holds the meeting and its kind
        if (!last.meeting.organizers.length) last.meeting.organizers = organizers(toks, keys, s, noun.index + s.start);
        last.meeting.kind ??= kindOf(titleFrom(s.text, noun.index));
        continue;
      }
      // the same day again; with no year known, the same day and month ("Chiều 5-3 …", "Sáng 6-3 …" are two)
      if (date !== null ? last.meeting.date === date || drafts.some((d) => d.meeting.date === date) : drafts.some((d) => d.day === dayOf(days[0]))) continue;
    } else if (last) continue;
    const title = titleFrom(s.text, noun.index);
    const flashback = another && keys[s.t0] === 'trước' && keys[s.t0 + 1] === 'đó' ? { paragraph: paragraphOf[s.index], noun: NOUNS.longest(keys, nounAt, s.t1)!.value } : undefined;
    drafts.push({
      sentence: s.index,
      flashback,
      day: days.length ? dayOf(days[0]) : another && date === last?.meeting.date ? last?.day ?? null : null,
      hasDay: days.length > 0 || date !== null,
      meeting: {
        title,
        date,
        kind: kindOf(title),
        period: PERIOD.exec(sv)?.[0] ?? null,
        online: /trực tuyến/iu.test(sv),
        organizers: organizers(toks, keys, s, noun.index + s.start),
        chairs: [], speakers: [], attendees: [], cites: [], participants: [], citations: [],
        evidence: evidenceOf(s),
      },
    });
  }
}

// after the paragraph of an earlier meeting told in passing ("Trước đó, chiều 13/8, Thường
// trực Tỉnh ủy họp …"), the article goes back to its meeting, unless a sentence names the
// earlier one by its own word and not the main one's
function meetingAt(scan: MeetingScan, sentenceIndex: number): Draft | undefined {
  const { keys, sentences, drafts, paragraphOf } = scan;
  let found: Draft | undefined;
  let main: Draft | undefined;
  for (const d of drafts) {
    if (d.sentence > sentenceIndex) break;
    if (!d.flashback) main = d;
    found = d;
  }
  const fb = found?.flashback;
  if (found && fb && main && paragraphOf[sentenceIndex] > fb.paragraph) {
    const s = sentences[sentenceIndex];
    const names = (noun: string) => { for (let i = s.t0; i < s.t1; i++) if (NOUNS.longest(keys, i, s.t1)?.value === noun) return true; return false; };
    const ms = sentences[main.sentence];
    const at = firstOf(NOUNS, keys, ms);
    const mainNoun = at >= 0 ? NOUNS.longest(keys, at, ms.t1)?.value : undefined;
    if (!(names(fb.noun) && !(mainNoun && names(mainNoun)))) return main;
  }
  return found ?? drafts[0];
}

/** The role each person named in a sentence has by its cues: a cue gives its role to the names before it, or (a forward cue) to those after it; the stronger role wins. */
function rolesOf(keys: readonly string[], ms: readonly Mention[], cues: readonly Cue[]): Map<string, ParticipationRole> {
  type Ev = { at: number; mention?: Mention; cue?: Cue };
  const events: Ev[] = [...ms.map((m) => ({ at: m.start, mention: m })), ...cues.map((c) => ({ at: c.start, cue: c }))].sort((a, b) => a.at - b.at);
  const roles = new Map<string, ParticipationRole>();
  const give = (m: Mention, r: ParticipationRole) => {
    const prev = roles.get(m.person!);
    if (!prev || RANK[r] > RANK[prev]) roles.set(m.person!, r);
  };
  let pending: Mention[] = [];
  let forward: ParticipationRole | null = null;
  for (const e of events) {
    if (e.mention) {
      // "Tham dự hội nghị, đồng chí X phát biểu …": a verb after X also counts for X (the stronger role wins)
      // (in a list, "Dự có A, …; đồng chí C phát biểu": only the clause after the last ';' is C's)
      if (forward) {
        give(e.mention, forward);
        const prev = pending[pending.length - 1];
        if (prev) for (let k = prev.end; k < e.mention.start; k++) if (keys[k] === ';') pending = [];
      }
      pending.push(e.mention);
    } else if (e.cue!.forward) {
      pending = [];
      forward = e.cue!.role;
    } else {
      for (const m of pending) give(m, e.cue!.role);
      pending = [];
      forward = e.cue!.continues ? e.cue!.role : null;
    }
  }
  return roles;
}

/** The meeting a sentence of participation makes in an article that announced none, or null when it makes none. */
function passingMeeting(scan: MeetingScan, s: Sentence, roles: Map<string, ParticipationRole>): Draft | null {
  const { inp, keys, yearsView, textYears, headDay, beforeInParagraph } = scan;
  // an article that announces no meeting: words reported in passing ("Theo ông X, một thương lái, …")
  // make none; chairing or attending does, and so do words said at a meeting the sentence names
  if (![...roles.values()].some((r) => r !== 'SPOKE_AT') && firstOf(NOUNS, keys, s) < 0) return null;
  // a day at the head of the sentence ("Chiều 12/3, tại trụ sở Tỉnh ủy, đồng chí X chủ trì …"), or of
  // the one before it in the paragraph ("Sáng 9/10, Ban … tổ chức giám sát … Đồng chí X chủ trì buổi giám sát."), is the meeting's
  const before = beforeInParagraph(s);
  const dayIn = headDay(s) ? s : before && headDay(before) ? before : null;
  const head = dayIn ? headDay(dayIn) : null;
  const date = head && dayIn ? dateFor(head, yearsView(dayIn), inp.published, textYears) : null;
  return { sentence: s.index, hasDay: !!head, day: head ? dayOf(head) : null, meeting: { title: '', date, kind: null, period: null, online: false, organizers: [], chairs: [], speakers: [], attendees: [], cites: [], participants: [], citations: [], evidence: evidenceOf(s) } };
}

/** 2. Who took part, and how: the role cues of each sentence given to the people it names, at the meeting it speaks of. */
function findParticipation(scan: MeetingScan): void {
  const { inp, toks, keys, sentences, drafts, mentionsBySentence, covered } = scan;
  for (const s of sentences) {
    const ms = (mentionsBySentence.get(s.index) ?? []).filter((m) => m.person);
    if (!ms.length) {
      pairOfHeads(scan, s);
      continue;
    }
    const starts = new Set(ms.map((m) => m.start));
    const cues = findCues(toks, keys, s, covered, starts, new Set(ms.map((m) => m.end)));
    if (!cues.length) continue;
    const roles = rolesOf(keys, ms, cues);
    if (!roles.size) continue;
    let d = meetingAt(scan, s.index);
    if (!d) {
      const passing = passingMeeting(scan, s, roles);
      if (!passing) continue;
      d = passing;
      drafts.push(d);
    }
    for (const [person, role] of roles) {
      // a speaker is also noted as attending by some verbs ("dự và chỉ đạo"): keep the strongest per sentence
      d.meeting.participants.push({ person: inp.personByKey.get(person)?.name ?? person, role, evidence: evidenceOf(s) });
    }
  }
}

// "… Đoàn tỉnh A do đồng chí X … làm trưởng đoàn đã hội đàm với Đoàn tỉnh B do đồng chí Y … dẫn đầu.
// Hai đồng chí đồng chủ trì buổi hội đàm.": the two chair who led the two delegations, named in the
// sentence before (each after "do")
function pairOfHeads(scan: MeetingScan, s: Sentence): void {
  const { inp, toks, keys, sentences, mentionsBySentence, covered } = scan;
  if (keys[s.t0] !== 'hai' || !PAIR_SUBJECT.has(keys[s.t0 + 1] + (keys[s.t0 + 2] === 'chí' ? ' chí' : ''))) return;
  const cue = findCues(toks, keys, s, covered, new Set(), new Set()).find((c) => c.role === 'CHAIRED');
  const before = s.index > 0 ? sentences[s.index - 1] : null;
  if (!cue || !before) return;
  const heads = (mentionsBySentence.get(before.index) ?? []).filter((m) => m.person && keys[m.start - 1] === 'do');
  const d = meetingAt(scan, s.index);
  if (heads.length !== 2 || !d) return;
  for (const m of heads) d.meeting.participants.push({ person: inp.personByKey.get(m.person!)?.name ?? m.person!, role: 'CHAIRED', evidence: evidenceOf(s) });
}

/** 3. The documents each meeting cited: a document named in a sentence of the meeting. */
function findCitations(scan: MeetingScan): void {
  const { inp } = scan;
  for (const f of inp.documents) {
    const d = meetingAt(scan, f.sentence.index);
    if (!d) continue;
    const c: Citation = { document: f.doc.key, evidence: evidenceOf(f.sentence) };
    // one citation per sentence: a journalist quotes each sentence that cites the document
    if (!d.meeting.citations.some((x) => x.document === c.document && x.evidence.start === c.evidence.start)) d.meeting.citations.push(c);
  }
}

export function extractMeetings(inp: MeetingInput): ExtractedMeeting[] {
  const scan = scanOf(inp);
  findMeetings(scan);
  findParticipation(scan);
  findCitations(scan);
  for (const { meeting } of scan.drafts) finish(meeting, inp);
  return scan.drafts.map((d) => d.meeting);
}

const dayOf = (d: DayMention) => `${d.month}-${d.day}`;

/** The kind, from the head of the title ("Hội nghị sơ kết …"), not from what it discusses. */
function kindOf(title: string): string | null {
  const head = title.slice(0, 40).toLowerCase();
  return KINDS.find((k) => head.includes(k)) ?? null;
}

/** The text with the documents' names blanked out (same length, so offsets hold). */
function maskDocuments(view: string, documents: readonly DocumentFinding[]): string {
  if (!documents.length) return view;
  let out = '';
  let at = 0;
  for (const f of [...documents].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += view.slice(at, f.start) + ' '.repeat(f.end - f.start);
    at = f.end;
  }
  return out + view.slice(at);
}

function dateFor(d: DayMention, sentenceView: string, published: string | null, textYears: () => number[]): string | null {
  // a year given or a dateline decides alone (resolveYear): the periods are read only without both
  if (d.year !== null || published) return dateOf(d, { published, sentenceYears: [], textYears: [] });
  return dateOf(d, { published, sentenceYears: periodYears(sentenceView), textYears: textYears() });
}

/** Bodies that organise: "Thường trực Tỉnh ủy tổ chức Hội nghị …". */
function organizers(toks: readonly Token[], keys: readonly string[], s: Sentence, nounAt: number): string[] {
  const out: string[] = [];
  let verb = -1;
  for (let i = s.t0; i < s.t1 && toks[i].start < nounAt; i++) if (keys[i] === 'tổ' && keys[i + 1] === 'chức') verb = i;
  if (verb < 0) return out;
  // the subject of "tổ chức": bodies that follow the start, a comma or a joining word; a body after
  // any other word is a place or a complement ("tại Hội trường UBND tỉnh", "Kế hoạch của Tỉnh ủy")
  // and starts the list again
  // (other words between two bodies also start it again: "Tỉnh ủy, nhằm …, Ban Tuyên giáo tổ chức")
  let found: (BodyMatch & { start: number })[] = [];
  let gap = false;
  for (let i = s.t0; i < verb; i++) {
    const b = parseBody(toks, keys, i, verb);
    if (b) {
      if (i === s.t0 || SUBJECT_JOIN.has(keys[i - 1])) {
        if (gap) found = [];
        found.push({ ...b, start: i });
      } else found = [];
      gap = false;
      i = b.end - 1;
    } else if (toks[i].word && !SUBJECT_JOIN.has(keys[i])) gap = true;
  }
  // "Thường trực HĐND, UBND tỉnh": the level after the last body is also the others'
  const last = found[found.length - 1];
  let shared: string | null = null;
  for (let j = last ? last.start + 1 : 0; last && j < last.end && !shared; j++) shared = parseLevel(toks, keys, j, last.end)?.suffix ?? null;
  for (let k = 0; k < found.length; k++) {
    // "Thường trực, Ban Thường vụ Huyện ủy": the bare prefix belongs to the body the next one names
    let name = found[k].canonical;
    if (shared && k < found.length - 1 && LEVELED_NAMES.has(found[k].partOf ?? name)) name += ' ' + shared;
    if (BARE_PREFIXES.has(name)) name = found.slice(k + 1).find((b) => b.partOf)?.partOf ? `${name} ${found.slice(k + 1).find((b) => b.partOf)!.partOf}` : name;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const SUBJECT_JOIN = new Set([',', 'và', 'với', 'cùng', 'phối', 'hợp', 'đã', 'long', 'trọng', 'trang', 'chính', 'thức', 'vừa', 'đồng', 'thời']);
const BARE_PREFIXES = new Set(BODIES.prefixes.map((p) => p.canonical));
// bodies named with a level word after them ("UBND tỉnh"), as they stand without it
const LEVELED_NAMES = new Set(BODIES.leveled.filter((b) => !b.level).map((b) => b.canonical));

function finish(m: ExtractedMeeting, inp: MeetingInput): void {
  const by = (r: ParticipationRole) => [...new Set(m.participants.filter((p) => p.role === r).map((p) => p.person))];
  m.chairs = by('CHAIRED');
  m.speakers = by('SPOKE_AT');
  m.attendees = by('ATTENDED').filter((p) => !m.chairs.includes(p) && !m.speakers.includes(p));
  const docs = new Map(inp.documents.map((f) => [f.doc.key, f.doc]));
  m.cites = [...new Set(m.citations.map((c) => docs.get(c.document)?.code ?? docs.get(c.document)?.title ?? c.document))];
  if (!m.title) m.title = m.kind ?? 'Hội nghị';
}

