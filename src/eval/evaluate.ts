// Scores extractions against gold files (`npm run eval`, test/extract/corpus.test.ts, the
// bench's quality figures): names, titles and codes are
// folded, each field is a set comparison, a gold position lists acceptable spellings and
// is matched at most once, uncoded documents match by regular expression, and the
// result is the macro F1 over fields.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fold, nameKey, plainDashes } from '../domain/text';
import { readArticleFile } from '../corpus/articleFile';
import { extract, toContractJson } from '../extract';

export interface Gold {
  file: string;
  publishedAt: string | null;
  province: string | null;
  authors?: string[];
  people: { name: string; positions: string[][] }[];
  meetings: { date: string | null; chairs?: string[]; speakers?: string[]; attendees?: string[] }[];
  documents: { code?: string; kind?: string; title?: string; match?: string; issuer?: string }[];
  /** documents carrying out others, by code (or uncoded key); scored only where a gold file lists them */
  implements?: { implementer: string; implemented: string }[];
}

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  fields: Record<string, FieldScore>;
  macroF1: number;
  articles: number;
  missing: string[];
  notes: string[];
}

const codeKey = (s: unknown) => String(s ?? '').normalize('NFC').replace(/\s+/g, '').toUpperCase();
const nameOf = (x: unknown): string => (typeof x === 'string' ? x : ((x as { name?: string })?.name ?? ''));

type Pred = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The counts of each field so far, and a line for each miss and each extra, in the order met. */
interface Scoring {
  tallies: Record<string, { tp: number; fp: number; fn: number }>;
  notes: string[];
}

function tally(s: Scoring, field: string, tp: number, fp: number, fn: number): void {
  const f = (s.tallies[field] ??= { tp: 0, fp: 0, fn: 0 });
  f.tp += tp;
  f.fp += fp;
  f.fn += fn;
}

/** A field compared as two sets. */
function compareSets(s: Scoring, field: string, file: string, gold: string[], pred: string[]): void {
  const g = new Set(gold);
  const p = new Set(pred);
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  tally(s, field, tp, p.size - tp, g.size - tp);
  for (const k of p) if (!g.has(k)) s.notes.push(`${file} ${field} extra: ${k}`);
  for (const k of g) if (!p.has(k)) s.notes.push(`${file} ${field} missed: ${k}`);
}

/** A field of one value (null: none given). */
function compareValues(s: Scoring, field: string, file: string, gold: string | null, pred: string | null): void {
  if (gold === null && pred === null) return;
  if (gold !== null && pred !== null && gold === pred) return tally(s, field, 1, 0, 0);
  tally(s, field, 0, pred === null ? 0 : 1, gold === null ? 0 : 1);
  s.notes.push(`${file} ${field}: gold ${gold} predicted ${pred}`);
}

/** Positions: each gold position lists acceptable spellings and is matched at most once. */
function comparePositions(s: Scoring, file: string, gold: Gold, pPeople: Pred[]): void {
  const goldPos = gold.people.flatMap((p) => p.positions.map((alts) => ({ who: nameKey(p.name), alts: new Set(alts.map(fold)), used: false })));
  const predPos = new Set(pPeople.flatMap((p) => (p.positions ?? []).map((pos: unknown) => `${nameKey(nameOf(p))}|${fold(typeof pos === 'string' ? pos : (pos as { title: string }).title)}`)));
  let tp = 0;
  let fp = 0;
  for (const key of predPos) {
    const [who, title] = key.split('|');
    const hit = goldPos.find((g) => !g.used && g.who === who && g.alts.has(title));
    if (hit) {
      hit.used = true;
      tp++;
    } else {
      fp++;
      s.notes.push(`${file} positions extra: ${key}`);
    }
  }
  for (const g of goldPos.filter((x) => !x.used)) s.notes.push(`${file} positions missed: ${g.who}|${[...g.alts][0]}`);
  tally(s, 'positions', tp, fp, goldPos.filter((g) => !g.used).length);
}

/** Documents: coded ones by code and kind, uncoded ones by the gold's regular expression over the folded title. */
function compareDocuments(s: Scoring, file: string, gold: Gold, pDocs: Pred[]): void {
  const gCoded = gold.documents.filter((d) => d.code);
  const pCoded = pDocs.filter((d) => d.code);
  compareSets(s, 'documentCodes', file, gCoded.map((d) => codeKey(d.code)), pCoded.map((d) => codeKey(d.code)));
  compareSets(s, 'documentKinds', file, gCoded.map((d) => `${codeKey(d.code)}|${d.kind}`), pCoded.map((d) => `${codeKey(d.code)}|${d.kind}`));

  const gUncoded = gold.documents.filter((d) => !d.code).map((d) => ({ re: new RegExp(d.match ?? '^$'), title: d.title }));
  const pUncoded = pDocs.filter((d) => !d.code).map((d) => fold(d.title));
  let utp = 0;
  for (const g of gUncoded) {
    if (pUncoded.some((t) => g.re.test(t))) utp++;
    else s.notes.push(`${file} uncodedDocuments missed: ${g.title}`);
  }
  const ufp = pUncoded.filter((t) => !gUncoded.some((g) => g.re.test(t)));
  for (const t of ufp) s.notes.push(`${file} uncodedDocuments extra: ${t}`);
  tally(s, 'uncodedDocuments', utp, ufp.length, gUncoded.length - utp);
}

/** Documents carrying out others (IMPLEMENTS), as pairs of codes; only for gold files that list them, so older figures stay as they were. */
function compareImplementations(s: Scoring, file: string, gold: Gold, pred: Pred): void {
  if (!gold.implements) return;
  const pair = (r: { implementer: string; implemented: string }) => `${codeKey(plainDashes(r.implementer))}>${codeKey(plainDashes(r.implemented))}`;
  compareSets(s, 'implements', file, gold.implements.map(pair), ((pred.implementations ?? []) as { implementer: string; implemented: string }[]).map(pair));
}

/** One article's extraction against its gold, field by field. */
function compareArticle(s: Scoring, gold: Gold, pred: Pred): void {
  const file = gold.file;
  const pPeople: Pred[] = pred.people ?? [];
  const pMeetings: Pred[] = pred.meetings ?? [];
  const pDocs: Pred[] = pred.documents ?? [];
  const art: Pred = pred.article ?? pred;

  compareSets(s, 'people', file, gold.people.map((p) => nameKey(p.name)), pPeople.map((p) => nameKey(nameOf(p))));
  comparePositions(s, file, gold, pPeople);

  compareSets(s, 'meetingDates', file, gold.meetings.map((m) => m.date).filter((d): d is string => !!d), pMeetings.map((m) => m.date).filter(Boolean));
  for (const role of ['chairs', 'speakers', 'attendees'] as const) {
    compareSets(s, role, file, gold.meetings.flatMap((m) => (m[role] ?? []).map(nameKey)), pMeetings.flatMap((m) => (m[role] ?? []).map((x: unknown) => nameKey(nameOf(x)))));
  }

  compareDocuments(s, file, gold, pDocs);
  compareImplementations(s, file, gold, pred);

  compareSets(s, 'authors', file, (gold.authors ?? []).map(nameKey), (art.authors ?? []).map((a: unknown) => nameKey(nameOf(a))));
  compareValues(s, 'publishedAt', file, gold.publishedAt ?? null, art.publishedAt ? String(art.publishedAt).slice(0, 10) : null);
  compareValues(s, 'province', file, gold.province ? fold(gold.province) : null, art.province ? fold(art.province) : null);
}

/** Precision, recall and F1 of each field, and their mean. */
function fieldScores(tallies: Scoring['tallies']): { fields: Record<string, FieldScore>; macroF1: number } {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fields: Record<string, FieldScore> = {};
  let sum = 0;
  for (const [field, { tp, fp, fn }] of Object.entries(tallies)) {
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    fields[field] = { tp, fp, fn, precision, recall, f1 };
    sum += f1;
  }
  const n = Object.keys(fields).length;
  return { fields, macroF1: n ? sum / n : 0 };
}

export function scoreExtractions(golds: Gold[], preds: object[]): ScoreReport {
  const byFile = new Map<string, Pred>();
  for (const p of preds as Pred[]) byFile.set(basename(String(p.file ?? p.article?.file ?? '')), p);
  const scoring: Scoring = { tallies: {}, notes: [] };
  const missing: string[] = [];
  let articles = 0;
  for (const gold of [...golds].sort((a, b) => a.file.localeCompare(b.file))) {
    const pred = byFile.get(gold.file);
    if (!pred) {
      missing.push(gold.file);
      continue;
    }
    articles++;
    compareArticle(scoring, gold, pred);
  }
  const { fields, macroF1 } = fieldScores(scoring.tallies);
  return { fields, macroF1, articles, missing, notes: scoring.notes };
}

export function readGoldDir(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

export function formatReport(r: ScoreReport, verbose = false): string {
  const lines = ['field              precision  recall     F1   (tp/fp/fn)'];
  for (const [field, s] of Object.entries(r.fields)) {
    lines.push(`${field.padEnd(18)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  if (verbose) for (const n of r.notes) lines.push(`  ${n}`);
  if (r.missing.length) lines.push(`no prediction for: ${r.missing.join(', ')}`);
  lines.push(`macro F1 ${r.macroF1.toFixed(3)} over ${r.articles}/${r.articles + r.missing.length} articles`);
  return lines.join('\n');
}

/** Extracts each file, scores against the gold files of goldDir (NAME.gold.json for NAME.txt). */
export async function runEval(opts: { goldDir: string; files: string[]; verbose?: boolean }): Promise<{ macroF1: number; text: string }> {
  const golds = readGoldDir(opts.goldDir);
  const preds = opts.files.map((f) => toContractJson(extract(readArticleFile(f))));
  const wanted = new Set(preds.map((p) => (p as { file: string }).file));
  const report = scoreExtractions(golds.filter((g) => wanted.has(g.file)), preds);
  return { macroF1: report.macroF1, text: formatReport(report, opts.verbose) };
}
