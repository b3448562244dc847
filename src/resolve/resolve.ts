// Extraction → GraphBatch: one article's facts as nodes with global ids (so the same
// person, body or document in two articles is one node) and relationships carrying the
// sentence they came from. Pure: no store, no other article.
import { articleId, digest, scopeOf } from '../domain/ids';
import type { ExtractedDocument, ExtractedMeeting, ExtractedPerson, Extraction } from '../domain/extraction';
import type { GraphBatch, GraphNode } from '../domain/model';
import { fold, makeId, nameKey, personId } from './memo';
import { BatchBuilder, searchTextOf } from './batch';
import { articleLabel } from './articleLabel';
import { Bodies } from './bodies';
import { NATIONAL, isNationalCode, isNationalDocumentKey } from './scope';

export function resolve(x: Extraction): GraphBatch {
  const article = articleNode(x);
  const province = x.article.province?.trim() || null;
  const scope = scopeOf(province, article.id);
  // Facts such as offices held are true as of the article's date, else its meeting's.
  const asOf = x.article.publishedAt ?? x.meetings.find((m) => m.date)?.date ?? null;
  const batch = new BatchBuilder(article, asOf);
  const bodies = new Bodies(batch, x.organizations, province, scope);

  bodies.place();
  bodies.all();
  // People of an article with no known province: a weak clue (the site's tag, the one district
  // named) scopes them to its province, so they merge there; with none they stay in the article,
  // since a full name alone recurs across provinces (README, "Identity").
  const hint = province ? null : x.article.provinceHint?.trim() || null;
  const peopleScope = hint ? scopeOf(hint, article.id) : scope;
  const people = resolvePeople(batch, bodies, x.people, peopleScope, province ?? hint);
  const documents = resolveDocuments(batch, bodies, x.documents, scope);
  // a document carrying out another, as a sentence of the article says (src/extract/implements.ts)
  for (const r of x.implementations ?? []) {
    const from = documents.get(fold(r.implementer));
    const to = documents.get(fold(r.implemented));
    if (from && to && from !== to) batch.rel('IMPLEMENTS', from, to, r.evidence);
  }
  for (const m of x.meetings) resolveMeeting(batch, bodies, m, { scope, peopleScope, province, people, documents, publishedAt: x.article.publishedAt });
  return batch.build();
}

function articleNode(x: Extraction): GraphNode {
  const id = articleId(x.text);
  const name = articleLabel(x.article.title, x.text) ?? id;
  const props = {
    url: x.article.url,
    source: x.article.source,
    title: x.article.title,
    publishedAt: x.article.publishedAt,
    authors: x.article.authors,
    province: x.article.province,
    file: x.file,
    text: x.text,
  };
  return { id, label: 'Article', name, searchText: searchTextOf(name, {}), props };
}

/** People merge on nameKey within the province (the article when none); returns nameKey → id. */
function resolvePeople(
  batch: BatchBuilder,
  bodies: Bodies,
  people: readonly ExtractedPerson[],
  scope: string,
  province: string | null,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const p of people) {
    const id = personId(p.name, scope);
    for (const n of [p.name, ...p.aliases]) ids.set(nameKey(n), id);
    batch.node(id, 'Person', p.name, { aliases: p.aliases.filter((a) => a !== p.name), province });
    batch.rel('MENTIONS', batch.articleId, id, p.evidence[0]);
    for (const pos of p.positions) {
      const org = pos.organizationName ?? pos.organization;
      // one office per (role, body); a bare role has no body to key on, so it stays in its article
      const orgId = org ? bodies.id(org) : null;
      const positionId = makeId('Position', orgId ?? batch.articleId, pos.role);
      const orgName = orgId ? (batch.name(orgId) ?? org) : null;
      batch.node(positionId, 'Position', orgName ? `${pos.role} ${orgName}` : pos.role, {
        title: pos.title,
        role: pos.role,
        aliases: [pos.title],
      });
      batch.rel('MENTIONS', batch.articleId, positionId, pos.evidence);
      batch.rel('HOLDS', id, positionId, pos.evidence);
      if (orgId) batch.rel('OF', positionId, orgId, pos.evidence);
    }
  }
  return ids;
}

/**
 * Documents: by code plus issuer scope (35-CT/TW national, 100-KH/TU per province, the
 * article when the province is unknown); without a code, by canonical key. Returns
 * every way a meeting may cite a document (key, code, folded title) → id.
 */
function resolveDocuments(batch: BatchBuilder, bodies: Bodies, documents: readonly ExtractedDocument[], scope: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const d of documents) {
    const national = (d.code ? isNationalCode(d.code) : isNationalDocumentKey(d.key)) || (d.issuer !== null && bodies.isNational(d.issuer));
    const id = makeId('Document', national ? NATIONAL : scope, d.code ?? d.key);
    const name = d.code ?? d.title ?? d.key;
    batch.node(id, 'Document', name, {
      code: d.code,
      kind: d.kind,
      number: d.number,
      title: d.title,
      issuedOn: d.issuedOn,
      aliases: [d.title, d.code ? null : d.key].filter((s): s is string => !!s && s !== name),
    });
    batch.rel('MENTIONS', batch.articleId, id, d.evidence[0]);
    if (d.issuer) batch.rel('ISSUED_BY', id, bodies.id(d.issuer), d.evidence[0]);
    for (const k of [d.key, d.code, d.title]) if (k) ids.set(fold(k), id);
  }
  return ids;
}

interface MeetingContext {
  scope: string;
  /** the scope people are keyed in (the province's, a hinted province's, or the article's) */
  peopleScope: string;
  province: string | null;
  people: Map<string, string>;
  documents: Map<string, string>;
  publishedAt: string | null;
}

function resolveMeeting(batch: BatchBuilder, bodies: Bodies, m: ExtractedMeeting, ctx: MeetingContext): void {
  const organizers = m.organizers.map((o) => bodies.id(o));
  // the same dated meeting from two articles merges; a dateless one stays in its article
  const key = m.date ? [organizers[0] ?? ctx.scope, m.date, fold(m.title)] : [batch.articleId, fold(m.title)];
  const id = `meeting:${m.date ?? 'undated'}:${digest(key.join('|'))}`;
  batch.node(id, 'Meeting', m.title, {
    title: m.title,
    date: m.date,
    kind: m.kind,
    period: m.period,
    online: m.online,
    province: ctx.province,
  });
  const asOf = m.date ?? ctx.publishedAt;
  batch.rel('REPORTS', batch.articleId, id, m.evidence, asOf);
  batch.rel('MENTIONS', batch.articleId, id, m.evidence, asOf);
  for (const org of organizers) batch.rel('ORGANIZED', org, id, m.evidence, asOf);

  const person = (name: string): string => {
    const known = ctx.people.get(nameKey(name));
    if (known) return known;
    // named at the meeting but not listed among the article's people
    const pid = personId(name, ctx.peopleScope);
    ctx.people.set(nameKey(name), pid);
    batch.node(pid, 'Person', name, { aliases: [], province: ctx.province });
    batch.rel('MENTIONS', batch.articleId, pid, m.evidence);
    return pid;
  };
  for (const p of m.participants) batch.rel(p.role, person(p.person), id, p.evidence, asOf);
  // the flat lists may name people the participants lack: the meeting's sentence is the evidence
  for (const [role, names] of [['CHAIRED', m.chairs], ['SPOKE_AT', m.speakers], ['ATTENDED', m.attendees]] as const) {
    for (const n of names) batch.rel(role, person(n), id, m.evidence, asOf);
  }

  // one CITES per citing sentence; a document only in the flat list has the meeting's sentence
  const document = (ref: string): string | null => ctx.documents.get(fold(ref)) ?? null;
  const cited = new Set<string>();
  for (const c of m.citations) {
    const doc = document(c.document);
    if (doc) batch.rel('CITES', id, doc, c.evidence, asOf);
    if (doc) cited.add(doc);
  }
  for (const c of m.cites) {
    const doc = document(c);
    if (doc && !cited.has(doc)) batch.rel('CITES', id, doc, m.evidence, asOf);
  }
}
