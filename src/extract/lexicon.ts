// Lexicons (roles, bodies, names, documents, places, boilerplate) live in data/ as JSON so
// they can grow without code changes. They are loaded once, at module load, into token
// tries: matching is then linear in the text, whatever the size of the lexicon.
import { readDataJson } from '../dataFiles';
import { PROVINCE_BY_FOLD, PROVINCES } from '../domain/places';
import { canonicalTones, fold, plainDashes } from '../domain/text';

/** Comparison key of one token: NFC, modern tone placement, plain dashes, lower case. */
export function tokenKey(s: string): string {
  return canonicalTones(plainDashes(s.normalize('NFC'))).toLowerCase().replace(/[’‘]/g, "'");
}

/** Splits a phrase the way the text is tokenised (see sentences.ts). */
export const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’‘][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function phraseKeys(phrase: string): string[] {
  return (phrase.normalize('NFC').match(TOKEN_RE) ?? []).map(tokenKey);
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

// The first two characters of a phrase's first key, as an index into a bit table: most
// tokens start no phrase of a lexicon, and two character codes say so without hashing the
// token (a Map lookup); a set bit only means "look it up".
const PAIR_BITS = 16;
const pairOf = (k: string) => ((k.charCodeAt(0) * 31 + (k.length > 1 ? k.charCodeAt(1) : 0)) & ((1 << PAIR_BITS) - 1)) >>> 0;

/** A map from token keys, with the same quick "no" as the tries' for keys it cannot hold. */
export function keyMap<V>(entries: Iterable<[string, V]>): (k: string) => V | undefined {
  const map = new Map(entries);
  const pairs = new Uint8Array(1 << PAIR_BITS);
  for (const k of map.keys()) pairs[pairOf(k)] = 1;
  return (k) => (pairs[pairOf(k)] === 1 ? map.get(k) : undefined);
}

/** Phrases keyed by their token keys; `longest` finds the longest phrase starting at a token. */
export class Trie<V> {
  private root: TrieNode<V> = { next: new Map() };
  private firstPairs = new Uint8Array(1 << PAIR_BITS);

  add(phrase: string, value: V): void {
    this.insert(phraseKeys(phrase), value);
  }

  /** Adds a phrase under its folded token keys (see foldKey), for `longestFolded`. */
  addFolded(phrase: string, value: V): void {
    this.insert(phraseKeys(phrase).map(foldKey), value);
  }

  private insert(keys: string[], value: V): void {
    if (!keys.length) return void (this.root.value ??= value);
    this.firstPairs[pairOf(keys[0])] = 1;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map() }));
      node = n;
    }
    if (node.value === undefined) node.value = value;
  }

  /** `longest` over the folded keys of the tokens. */
  longestFolded(keys: readonly string[], i: number, limit = keys.length): { end: number; value: V } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(foldKey(keys[j]));
      if (node?.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  /** Longest match of the token keys `keys` from index i (exclusive end index), or null. */
  longest(keys: readonly string[], i: number, limit = keys.length): { end: number; value: V } | null {
    const first = keys[i];
    if (first === undefined || this.firstPairs[pairOf(first)] === 0) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(keys[j]);
      if (node?.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }
}

/** Folded key of one token (no diacritics, đ→d): "Đăk", "Đắk" and "Đak" are one. */
const FOLDED_KEYS = new Map<string, string>();
export function foldKey(k: string): string {
  let f = FOLDED_KEYS.get(k);
  if (f === undefined) {
    if (FOLDED_KEYS.size > 50_000) FOLDED_KEYS.clear();
    FOLDED_KEYS.set(k, (f = fold(k).replace(/ /g, '')));
  }
  return f;
}

export function trieOf<V>(entries: Iterable<[string, V]>): Trie<V> {
  const t = new Trie<V>();
  for (const [p, v] of entries) t.add(p, v);
  return t;
}

// ---------------------------------------------------------------- raw data

export interface RolesData {
  modifiers: string[];
  roles: string[];
  implied: { role: string; organizationName: string }[];
  abbreviations: { form: string; role: string; organizationName: string | null }[];
  ranks: string[];
  bodyPrefix: Record<string, string>;
  foreignOffices: string[];
}
export interface BodiesData {
  levels: string[];
  committee: { form: string; canonical: string; level: string }[];
  leveled: { forms: string[]; canonical: string; kind: string; level?: string }[];
  national: { forms: string[]; canonical: string; kind: string }[];
  prefixes: { forms: string[]; canonical: string; kind: string }[];
  named: { head: string; canonical: string; kind: string; names: string[]; optionalHead?: boolean }[];
}
export interface NamesData {
  anchors: string[];
  surnames: string[];
  notName: string[];
  denied: string[];
  notBefore: string[];
}
export interface DocumentsData {
  types: Record<string, string>;
  words: [string, string][];
  issuers: Record<string, string>;
  stateIssuers: Record<string, string>;
  ordinals: Record<string, number>;
}
export interface BoilerplateData {
  lines: string[];
  prefixes: string[];
  tail: string[];
}
export interface SourcesData {
  sites: { domain: string; province: string | null; tags: string[] }[];
}

export const ROLES = readDataJson<RolesData>('lexicon/roles.json');
export const BODIES = readDataJson<BodiesData>('lexicon/bodies.json');
export const NAMES = readDataJson<NamesData>('lexicon/names.json');
export const DOCUMENTS = readDataJson<DocumentsData>('lexicon/documents.json');
export const BOILERPLATE = readDataJson<BoilerplateData>('lexicon/boilerplate.json');
export const ABBREVIATIONS = readDataJson<{ expand: Record<string, string> }>('lexicon/abbreviations.json').expand;
// keys starting with "_" are comments
export const DISTRICTS: Record<string, string[]> = Object.fromEntries(
  Object.entries(readDataJson<Record<string, unknown>>('places/districts.json')).filter(([k, v]) => !k.startsWith('_') && Array.isArray(v)),
) as Record<string, string[]>;
export const SOURCES = readDataJson<SourcesData>('places/sources.json');

export interface PlaceEntry {
  name: string;
  kind: 'PROVINCE' | 'DISTRICT';
  /** the province a district belongs to; null when the name is ambiguous */
  province: string | null;
}

/** Every place name (provinces, their aliases, districts) as a token trie. */
export const PLACES = new Trie<PlaceEntry>();
{
  // a name is ambiguous when two provinces have it (not when one province lists two spellings: Đắk Hà, Đăk Hà)
  const districtCount = new Map<string, Set<string>>();
  for (const [prov, names] of Object.entries(DISTRICTS)) for (const n of names) {
    if (!districtCount.has(fold(n))) districtCount.set(fold(n), new Set());
    districtCount.get(fold(n))!.add(prov);
  }
  for (const p of PROVINCES.before2025) {
    PLACES.add(p.name, { name: p.name, kind: 'PROVINCE', province: p.name });
    for (const a of p.aliases) PLACES.add(a, { name: p.name, kind: 'PROVINCE', province: p.name });
  }
  for (const p of PROVINCES.after2025) PLACES.add(p.name, { name: p.name, kind: 'PROVINCE', province: p.name });
  for (const [prov, names] of Object.entries(DISTRICTS)) {
    for (const n of names) {
      const ambiguous = (districtCount.get(fold(n))?.size ?? 0) > 1 || PROVINCE_BY_FOLD.has(fold(n));
      PLACES.add(n, { name: n, kind: 'DISTRICT', province: ambiguous ? null : prov });
    }
  }
}

/**
 * Provinces and districts under their folded spelling: "Đak Hà", "Đăk Hà" and "Đắk Hà" are
 * one district, "Đak Nông" is Đắk Nông. A district name shared by two provinces (or by a
 * province) stands for none.
 */
export const PLACES_FOLDED = new Trie<PlaceEntry>();
for (const p of PROVINCES.before2025) for (const n of [p.name, ...p.aliases]) PLACES_FOLDED.addFolded(n, { name: p.name, kind: 'PROVINCE', province: p.name });
for (const p of PROVINCES.after2025) PLACES_FOLDED.addFolded(p.name, { name: p.name, kind: 'PROVINCE', province: p.name });
/** folded district name → its province, when only one province has it */
export const DISTRICT_PROVINCE = new Map<string, string>();
{
  const owners = new Map<string, Set<string>>();
  for (const [prov, names] of Object.entries(DISTRICTS)) for (const n of names) {
    const f = fold(n);
    if (!owners.has(f)) owners.set(f, new Set());
    owners.get(f)!.add(prov);
  }
  for (const [prov, names] of Object.entries(DISTRICTS)) for (const n of names) {
    const f = fold(n);
    const unique = owners.get(f)!.size === 1 && !PROVINCE_BY_FOLD.has(f);
    if (unique) DISTRICT_PROVINCE.set(f, prov);
    PLACES_FOLDED.addFolded(n, { name: n, kind: 'DISTRICT', province: unique ? prov : null });
  }
}

/** The province each pre-2025 province became on 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const MERGED_INTO = new Map(PROVINCES.before2025.map((p) => [p.name, p.mergedInto]));

/** Expands abbreviations token by token ("HĐND tỉnh" → "Hội đồng nhân dân tỉnh"). */
const EXPANDED = new Map<string, string>();

export function expandAbbreviations(s: string): string {
  const known = EXPANDED.get(s);
  if (known !== undefined) return known;
  if (EXPANDED.size > 10_000) EXPANDED.clear();
  const out = expandWords(s);
  EXPANDED.set(s, out);
  return out;
}

function expandWords(s: string): string {
  return s.replace(/[\p{L}\p{N}]+(?:[.&-][\p{L}\p{N}]+)*\.?/gu, (w) => ABBREVIATIONS[w] ?? ABBREVIATIONS[w.replace(/\.$/, '')] ?? w);
}
