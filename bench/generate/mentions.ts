// How the genre names people and documents, and what each naming tells the gold:
// "đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy", "Bí thư Tỉnh ủy Dương Văn Trang",
// "Kế hoạch số 100-KH/TU của Tỉnh ủy “Về …”". Every helper records in the gold exactly
// the offices and codes it wrote.
import type { GoldRecorder } from './gold';
import { dash } from './noise';
import type { Rng } from './rng';
import type { DocumentSpec, Office, Person } from './world';

export interface Scene {
  rng: Rng;
  gold: GoldRecorder;
  province: string;
  /** may the text name the province (title suffixes, "tỉnh Kon Tum")? */
  named: boolean;
  /** people already introduced with their offices */
  introduced: Set<string>;
}

export interface Mention {
  text: string;
  /** the mention ends in a title list that needs a comma before the verb */
  comma: boolean;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Writes one office, with the spellings the gold accepts for it. */
function writeOffice(sc: Scene, office: Office, suffixOk: boolean): { text: string; alts: string[] } {
  const { rng } = sc;
  let text = rng.chance(0.75) ? office.forms[0] : rng.pick(office.forms);
  const alts = [...office.forms];
  if (office.short) alts.push(office.short);
  if (suffixOk && office.suffixable && sc.named && rng.chance(0.3)) {
    text = `${text} ${sc.province}`;
    alts.unshift(text);
  }
  return { text, alts };
}

function spelled(sc: Scene, p: Person): string {
  return p.aliases.length && sc.rng.chance(0.15) ? p.aliases[0] : p.name;
}

const mayUseOng = (name: string) => !/Thị|^H'|^Ka /.test(name);

/** First mention: the name and (most of) the person's offices, in one of the genre's orders. */
export function introduce(sc: Scene, p: Person, capital = false): Mention {
  const { rng } = sc;
  sc.introduced.add(p.name);
  const offices = p.offices.length > 1 && rng.chance(0.15) ? [p.offices[p.offices.length - 1]] : p.offices;
  const style = rng.weighted(['dash', 'titleFirst', 'comma', 'ong'] as const, [5, 3, 2, mayUseOng(p.name) ? 0.7 : 0]);
  const written = offices.map((o) => writeOffice(sc, o, style !== 'titleFirst'));
  sc.gold.person(p.name, written.map((w) => w.alts));
  const titles = written.map((w) => w.text).join(', ');
  const name = spelled(sc, p);
  const dc = capital ? 'Đồng chí' : 'đồng chí';
  switch (style) {
    case 'dash':
      return { text: `${dc} ${name}${dash(rng)}${titles}`, comma: false };
    case 'titleFirst':
      return { text: `${capital ? cap(titles) : titles} ${name}`, comma: false };
    case 'comma':
      return { text: `${dc} ${name}, ${titles}`, comma: true };
    case 'ong':
      return { text: `${capital ? 'Ông' : 'ông'} ${name}, ${titles}`, comma: true };
  }
}

/** Later mention: "đồng chí A Pớt" or "Bí thư Tỉnh ủy Dương Văn Trang". */
export function refer(sc: Scene, p: Person, capital = false): Mention {
  if (!sc.introduced.has(p.name)) return introduce(sc, p, capital);
  const { rng } = sc;
  if (rng.chance(0.55)) return { text: `${capital ? 'Đồng chí' : 'đồng chí'} ${spelled(sc, p)}`, comma: false };
  const main = p.offices[p.offices.length - 1];
  const text = main.short && rng.chance(0.5) ? main.short : main.forms[0];
  sc.gold.person(p.name, [[text, ...main.forms, ...(main.short ? [main.short] : [])]]);
  return { text: `${capital ? cap(text) : text} ${spelled(sc, p)}`, comma: false };
}

/** "X chủ trì" or "X, Bí thư Tỉnh ủy, chủ trì". */
export function withVerb(m: Mention, verb: string): string {
  return m.comma ? `${m.text}, ${verb}` : `${m.text} ${verb}`;
}

/** A list of people: "A - …; B - … và C - …" (semicolons, as titles contain commas). */
export function list(sc: Scene, people: Person[], capital = false): Mention {
  const ms = people.map((p, i) => introduce(sc, p, capital && i === 0));
  if (ms.length === 1) return ms[0];
  const last = ms[ms.length - 1];
  const head = ms.slice(0, -1).map((m) => m.text);
  const sep = sc.rng.chance(0.5) ? '; ' : ', ';
  return { text: `${head.join(sep)}${sc.rng.chance(0.6) ? ' và ' : sep}${last.text}`, comma: last.comma };
}

/** A citation of a document, recorded in the gold with its code (or title and regex). */
export function cite(sc: Scene, d: DocumentSpec): string {
  const { rng } = sc;
  if (!d.code) {
    const title = d.forms ? rng.pick(d.forms) : d.word;
    sc.gold.document(`t:${d.match}`, { title, kind: d.kind, match: d.match, issuer: d.issuer });
    return title;
  }
  sc.gold.document(`c:${d.code}`, { code: d.code, kind: d.kind, issuer: d.issuer });
  const num = rng.chance(0.75) ? `${d.word} số ${d.code}` : `${d.word} ${d.code}`;
  const r = rng.next();
  if (r < 0.35) return `${num} của ${d.issuer}`;
  if (r < 0.55 && d.date) return `${num} ngày ${d.date} của ${d.issuer}${d.subject ? ` ${d.subject}` : ''}`;
  if (r < 0.7 && d.subject) return `${num} của ${d.issuer} “${cap(d.subject)}”`;
  return num;
}
