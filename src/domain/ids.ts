// Stable ids. The same person, body or document in two articles must get the same id,
// so ids are built from identity keys (docs/ARCHITECTURE.md, "Identity"), never from counters.
import { createHash } from 'node:crypto';
import { fold, nameKey } from './text';
import type { NodeLabel, RelType } from './model';

/** Short, url-safe digest. */
export function digest(s: string, length = 16): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, length);
}

/** `person:…`, `org:…`: a label prefix keeps ids readable in logs and unique across labels. */
const PREFIX: Record<NodeLabel, string> = {
  Article: 'article',
  Person: 'person',
  Organization: 'org',
  Position: 'position',
  Meeting: 'meeting',
  Document: 'doc',
  Place: 'place',
};

/** Joins key parts (already folded) into a readable id. */
export function makeId(label: NodeLabel, ...parts: string[]): string {
  const key = parts.map((p) => fold(p).replace(/\s+/g, '-')).join(':');
  // keep ids short and readable; long keys (titles) are hashed
  return `${PREFIX[label]}:${key.length > 80 ? digest(key) : key}`;
}

/** Article id: a prefix of the sha-256 of the cleaned text, so the same text is the same article. */
export function articleId(cleanedText: string): string {
  return `article:${digest(cleanedText.normalize('NFC'))}`;
}

/** Scope of a body or person: a province's folded name, `national`, or the article id. */
export type Scope = string;

export function scopeOf(province: string | null | undefined, articleIdFallback: string): Scope {
  return province ? fold(province).replace(/\s+/g, '-') : articleIdFallback;
}

export function personId(name: string, scope: Scope): string {
  return `person:${scope}:${nameKey(name)}`;
}

/** One per (type, from, to, article); with `sentenceStart`, one per sentence of the article. */
export function relationshipId(type: RelType, from: string, to: string, article: string, sentenceStart: number | null = null): string {
  const key = `${type}|${from}|${to}|${article}`;
  return `rel:${digest(sentenceStart === null ? key : `${key}|${sentenceStart}`, 20)}`;
}
