// extract: one article's text (and optional metadata) → Extraction. Pure and total: bad
// input (empty, binary, huge, not Vietnamese) gives an empty extraction with warnings,
// never an exception.
import type { ArticleInput, ExtractedArticle, ExtractedOrganization, ExtractedPerson, Extraction } from '../domain/extraction';
import { parseFrontMatter } from '../domain/frontMatter';
import { MAX_INPUT_CHARS } from '../domain/inputLimits';
import { nameKey, stripInvisible } from '../domain/text';
import { cleanText } from './clean';
import { extractDocuments } from './documents';
import { extractImplementations } from './implements';
import { addEvidence, evidenceOf } from './evidence';
import { extractMeetings } from './meetings';
import { normalizeDate, readHeader } from './metadata';
import { assemblePeople, sentenceMentions, type Mention } from './people';
import { canonicalProvince, inferProvince, provinceAsOf, siteOf } from './province';
import { classifyOrganization } from './organizations';
import { completeShortForms } from './shortForms';
import { matchView, segment } from './sentences';

/** The article, plus a province guessed from weak clues (a site's byline tag, one district). */
export interface ArticleWithHint extends ExtractedArticle {
  provinceHint?: string | null;
}

export function emptyExtraction(input: Partial<ArticleInput>, warnings: string[], text = ''): Extraction {
  return {
    file: input.file ?? null,
    article: {
      title: null,
      publishedAt: normalizeDate(input.publishedAt ?? null),
      province: input.province ? canonicalProvince(input.province) : null,
      authors: [],
      source: input.source ?? null,
      url: input.url ?? null,
    },
    text,
    people: [],
    organizations: [],
    meetings: [],
    documents: [],
    implementations: [],
    warnings,
  };
}

/** Share of characters that cannot be in text: NUL and other controls, U+FFFD from bad UTF-8, lone surrogates. */
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFD\uD800-\uDFFF]/;

function binaryShare(s: string): number {
  const sample = s.length > 20000 ? s.slice(0, 20000) : s;
  if (!SUSPECT.test(sample)) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const d = sample.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++; // a well-formed pair (an emoji): fine
        continue;
      }
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) bad++;
  }
  return sample.length ? bad / sample.length : 0;
}

export function extract(input: ArticleInput): Extraction {
  try {
    return extractUnsafe(input);
  } catch (e) {
    return emptyExtraction(input ?? {}, [`internal error, nothing extracted: ${(e as Error)?.message ?? String(e)}`]);
  }
}

function extractUnsafe(input: ArticleInput): Extraction {
  if (typeof input?.text !== 'string') return emptyExtraction(input ?? {}, ['no text given']);
  // invisible format characters go first, so that no name, title or front-matter value keeps one
  const raw = stripInvisible(input.text);
  if (raw.trim() === '') return emptyExtraction(input, ['empty text']);
  if (raw.length > MAX_INPUT_CHARS) return emptyExtraction(input, [`text too long (${raw.length} characters, at most ${MAX_INPUT_CHARS}): not read`]);
  if (binaryShare(raw) > 0.01) return emptyExtraction(input, ['binary or badly encoded input (control characters or invalid UTF-8): not read']);

  const warnings: string[] = [];
  // (cleanText puts the body in NFC: normalising the whole input here too would do it twice)
  const fm = parseFrontMatter(raw);
  const cleaned = cleanText(fm.body);
  const text = cleaned.text;
  if (!text) return emptyExtraction(input, ['no article text after cleaning']);

  const view = matchView(text);
  const { sentences, tokens } = segment(text, view);
  const keys = tokens.map((t) => t.k);
  const header = readHeader(text);

  // metadata: explicit input, then front matter, then what the text says
  const meta = (k: keyof ArticleInput) => {
    const v = input[k] ?? fm.fields[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  const url = meta('url');
  const tagSite = siteOf(cleaned.sourceTag);
  const source = meta('source') ?? (url ? siteOf(url)?.domain ?? null : null) ?? tagSite?.domain ?? cleaned.sourceTag;
  const publishedAt = normalizeDate(meta('publishedAt')) ?? header.publishedAt;
  const title = fm.fields.title?.trim() || header.title;
  const givenProvince = meta('province');
  const provinceSource = meta('source') ?? url ?? cleaned.sourceTag;
  const inferred = givenProvince ? null : inferProvince(tokens, keys, header.title, provinceSource);
  const guess = inferred ? { province: provinceAsOf(inferred.province, publishedAt), hint: provinceAsOf(inferred.hint, publishedAt) } : { province: canonicalProvince(givenProvince!), hint: null };

  // people: a first pass learns the names, a second finds their bare mentions anywhere
  const known = new Set<string>();
  const perSentence: Mention[][] = [];
  const again: number[] = [];
  for (const s of sentences) {
    const skipped: string[] = [];
    perSentence.push(sentenceMentions(text, tokens, keys, s, known, skipped));
    if (skipped.length) again.push(s.index);
  }
  for (const i of again) perSentence[i] = sentenceMentions(text, tokens, keys, sentences[i], known);
  const mentions: Mention[] = [];
  for (const list of perSentence) for (const m of list) mentions.push(m);
  const people = assemblePeople(mentions);
  const personByKey = new Map<string, ExtractedPerson>();
  for (const p of people) {
    personByKey.set(nameKey(p.name), p);
  }

  const findings = extractDocuments(text, view, tokens, keys, sentences);
  const documents = [...new Set(findings.map((f) => f.doc))];
  const meetings = extractMeetings({ text, view, toks: tokens, keys, sentences, mentions, documents: findings, people, personByKey, published: publishedAt });

  if (!people.length && !meetings.length && !documents.length) warnings.push('no people, meetings or documents found');

  const article: ArticleWithHint = { title: title ?? null, publishedAt, province: guess.province, provinceHint: guess.hint, authors: cleaned.authors, source, url };
  return {
    file: input.file ?? null,
    article,
    text,
    people,
    organizations: completeShortForms(people, organizationsOf(mentions, meetings.flatMap((m) => m.organizers), documents.map((d) => d.issuer)), meetings, documents),
    meetings,
    documents,
    implementations: extractImplementations(text, findings),
    warnings,
  };
}

/** Bodies named in titles, as organisers and as issuers, one per canonical name. */
function organizationsOf(mentions: Mention[], organizers: string[], issuers: (string | null)[]): ExtractedOrganization[] {
  const byName = new Map<string, ExtractedOrganization>();
  const get = (name: string) => {
    let o = byName.get(name);
    if (!o) byName.set(name, (o = { name, aliases: [], kind: 'OTHER', level: 'PROVINCE', national: false, partOf: null, evidence: [] }));
    return o;
  };
  for (const m of mentions) {
    for (const t of m.titles) {
      if (!t.organizationName) continue;
      const o = get(t.organizationName);
      if (t.body) Object.assign(o, { kind: t.body.kind, level: t.body.level, national: t.body.national, partOf: t.body.partOf });
      if (t.organization && t.organization !== o.name && !o.aliases.includes(t.organization)) o.aliases.push(t.organization);
      addEvidence(o.evidence, evidenceOf(m.sentence));
    }
  }
  for (const n of [...organizers, ...issuers]) {
    if (!n || byName.has(n)) continue;
    const o = get(n);
    const b = classifyOrganization(n);
    if (b) Object.assign(o, { kind: b.kind, level: b.level, national: b.national, partOf: b.partOf });
  }
  return [...byName.values()];
}

/** The extraction as the JSON object `polgraph extract` prints and gold files are scored against (src/eval/evaluate.ts), with evidence as extra fields. */
export function toContractJson(x: Extraction): object {
  return {
    file: x.file,
    article: { ...x.article },
    people: x.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      positions: p.positions.map((q) => ({ title: q.title, role: q.role, organization: q.organization, organizationName: q.organizationName, evidence: q.evidence })),
      evidence: p.evidence,
    })),
    organizations: x.organizations.map((o) => ({ name: o.name, kind: o.kind, level: o.level, national: o.national, partOf: o.partOf, aliases: o.aliases })),
    meetings: x.meetings.map((m) => ({
      title: m.title, date: m.date, kind: m.kind, period: m.period, online: m.online, organizers: m.organizers,
      chairs: m.chairs, speakers: m.speakers, attendees: m.attendees, cites: m.cites,
      participants: m.participants, citations: m.citations, evidence: m.evidence,
    })),
    documents: x.documents.map((d) => ({ code: d.code, kind: d.kind, number: d.number, issuer: d.issuer, issuedOn: d.issuedOn, title: d.title, key: d.key, evidence: d.evidence })),
    implementations: x.implementations.map((r) => ({ implementer: r.implementer, implemented: r.implemented, evidence: r.evidence })),
    warnings: x.warnings,
  };
}
