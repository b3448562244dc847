// Documents that carry out other documents (IMPLEMENTS), read from the genre's own wording,
// one sentence at a time, between documents found in it (documents.ts). Only what a clause
// says: two documents merely sharing a sentence ("quán triệt Chỉ thị A, Nghị quyết B") are
// no relation. The forms read:
//
//   forward   "Kế hoạch số 100-KH/TU [ngày …] [của Tỉnh ủy] [về] [tiếp tục] thực hiện | triển khai
//             | cụ thể hóa Chỉ thị số 35-CT/TW [, … và Nghị quyết …]": the document named just
//             before the verb carries out each document of the list the verb governs; a second
//             verb starts a new pair, so a chain of three ("Kế hoạch 05-KH/HU thực hiện Kế
//             hoạch 100-KH/TU thực hiện Chỉ thị 35-CT/TW") is two relations, not three.
//   fronted   "Thực hiện | Để thực hiện | Căn cứ | Trên cơ sở Chỉ thị 35-CT/TW [và …], Tỉnh ủy
//             [đã] ban hành | xây dựng Kế hoạch 100-KH/TU": the document issued carries out
//             the documents of the opening list.
//   passive   "Chỉ thị 35-CT/TW được cụ thể hóa | triển khai | thực hiện bằng | qua Kế hoạch 100-KH/TU".
//
// Not read as a relation: a list of bases with no document issued on them ("căn cứ Chỉ thị
// 35-CT/TW, Kế hoạch 100-KH/TU …, các Đảng bộ tổ chức đại hội": seed 001), a meeting that
// reviews one document ("sơ kết 5 năm thực hiện Nghị quyết 18-NQ/TW"), documents joined by
// another verb or a comma-separated new clause, and anything across a semicolon.
import type { Evidence, Implementation } from '../domain/extraction';
import type { DocumentFinding } from './documents';
import { evidenceOf } from './evidence';

/** Lower case, no diacritics, đ → d, spaces collapsed; punctuation kept (the clause breaks are in it). */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ');
}

// the word a document's name opens with, which stands in the gap before its code
const DOC_WORD = String.raw`(?:nghi quyet|chi thi|ke hoach|chuong trinh(?: hanh dong)?|ket luan|quyet dinh|quy dinh|huong dan|thong bao|thong tri|de an|du an|cong van|quy che|nghi dinh|thong tu|luat)(?: lien tich)?(?: so)?`;
const DOC_WORD_END = new RegExp(String.raw`\s*(?:cac\s+)?${DOC_WORD}\s*$`);

const VERB = String.raw`(?:thuc hien|trien khai(?: thuc hien)?|cu the hoa(?: viec thuc hien)?|the che hoa)`;
// what a document's name may carry between its code and the verb: its date, its issuer, "về (việc)"
const DATE = String.raw`(?:,?\s*ngay\s+[\d\s\/.\-]+(?:nam\s+\d{4}\s*)?)`;
// an issuer of at most eight words, none of them a verb or a conjunction that starts a clause
const ISSUER = String.raw`(?:,?\s*cua\s+(?:(?!(?:va|da|duoc|dang|se|thi|cung|dong thoi|con|khi|de|nham|ve)\s)[^\s,;:()]+\s+){1,8}?)`;
const LEAD = String.raw`(?:(?:ve viec|ve|de|nham|trong viec|ve viec tiep tuc|ve tiep tuc)\s+)?(?:tiep tuc\s+)?(?:day manh\s+)?(?:trien khai\s+)?`;
const FORWARD = new RegExp(String.raw`^\s*${DATE}?${ISSUER}?\s*\(?\s*${LEAD}${VERB}\s*$`);

// between two documents of one list: the first one's tail (no verb, no clause break) and a separator
const LIST_TAIL_BANNED = /thuc hien|trien khai|cu the hoa|the che hoa|can cu|ban hanh|xay dung|duoc|[;:]/;
const LIST_SEP = /(?:,|\bva|,\s*va|\bcung|\bcung voi)\s*$/;

// a clause that opens with a basis or a purpose: "Thực hiện", "Để triển khai thực hiện", "Căn cứ"
const OPENER = new RegExp(String.raw`(?:^|[,:;.]\s*|\bnam \d{4},?\s*)(?:can cu(?: vao)?|tren co so|(?:de|nham)\s+(?:tiep tuc\s+)?(?:trien khai\s+)?${VERB}|(?:tiep tuc\s+)?${VERB})\s*$`);
// …then a subject and a verb of issuing right before the document issued
const ISSUES = /,\s*(?:(?![,;:])[^,;:]){0,80}?\b(?:da\s+|vua\s+|kip thoi\s+|tien hanh\s+)?(?:ban hanh|xay dung|ky ban hanh|trien khai xay dung)(?:\s+va\s+trien khai)?\s*$/;
const ISSUES_BANNED = /thuc hien|cu the hoa|can cu/;

// "… được [Tỉnh ủy] cụ thể hóa bằng …"
const PASSIVE = new RegExp(String.raw`^\s*${DATE}?${ISSUER}?\s*(?:da\s+)?duoc\s+(?:[^\s,;:]+\s+){0,6}?(?:cu the hoa|trien khai(?: thuc hien)?|thuc hien|the che hoa)\s+(?:bang|qua|thong qua|tai)\s*$`);

interface Occurrence {
  key: string;
  start: number;
  end: number;
}

/** The gap's text with the next document's opening word ("Chỉ thị số") taken off. */
function gapBefore(gap: string): string {
  return gap.replace(DOC_WORD_END, '');
}

/**
 * The IMPLEMENTS pairs of an article, each once per sentence, with the sentence as evidence.
 * `findings` are documents.ts's, every occurrence of every document.
 */
export function extractImplementations(text: string, findings: readonly DocumentFinding[]): Implementation[] {
  const bySentence = new Map<number, { sentence: DocumentFinding['sentence']; occ: Occurrence[] }>();
  for (const f of findings) {
    if (!f.sentence) continue;
    let s = bySentence.get(f.sentence.start);
    if (!s) bySentence.set(f.sentence.start, (s = { sentence: f.sentence, occ: [] }));
    s.occ.push({ key: f.doc.key, start: f.start, end: f.end });
  }
  const out: Implementation[] = [];
  for (const { sentence, occ } of bySentence.values()) {
    if (occ.length < 2) continue;
    occ.sort((a, b) => a.start - b.start || b.end - a.end);
    // one occurrence per span: an overlapping finding is the same mention read twice
    const mentions: Occurrence[] = [];
    for (const o of occ) if (!mentions.length || o.start >= mentions[mentions.length - 1].end) mentions.push(o);
    const evidence = evidenceOf(sentence);
    const seen = new Set<string>();
    const add = (from: Occurrence, to: Occurrence) => {
      if (from.key === to.key) return;
      const k = `${from.key}\u0000${to.key}`;
      if (seen.has(k)) return;
      seen.add(k);
      out.push({ implementer: from.key, implemented: to.key, evidence: { ...evidence } as Evidence });
    };
    const gaps = mentions.slice(0, -1).map((m, i) => plain(text.slice(m.end, mentions[i + 1].start)));
    /** The documents of a list that starts at mention i. */
    const listFrom = (i: number): number[] => {
      const list = [i];
      for (let j = i; j < gaps.length; j++) {
        const g = gapBefore(gaps[j]);
        if (g.length > 200 || LIST_TAIL_BANNED.test(g) || !LIST_SEP.test(g)) break;
        list.push(j + 1);
      }
      return list;
    };
    for (let i = 0; i < gaps.length; i++) {
      const g = gapBefore(gaps[i]);
      if (FORWARD.test(g)) for (const j of listFrom(i + 1)) add(mentions[i], mentions[j]);
      else if (PASSIVE.test(g)) add(mentions[i + 1], mentions[i]);
    }
    // fronted: an opening list, then ", <subject> ban hành <document>"
    for (let i = 0; i < mentions.length; i++) {
      const before = plain(text.slice(i === 0 ? sentence.start : mentions[i - 1].end, mentions[i].start));
      if (i > 0 && !/[,:;.]/.test(before)) continue; // right after another document: not the clause's opening
      if (!OPENER.test(gapBefore(before))) continue;
      const list = listFrom(i);
      const last = list[list.length - 1];
      if (last >= gaps.length) continue;
      const g = gapBefore(gaps[last]);
      if (!ISSUES.test(g) || ISSUES_BANNED.test(g)) continue;
      for (const j of list) add(mentions[last + 1], mentions[j]);
    }
  }
  return out;
}
