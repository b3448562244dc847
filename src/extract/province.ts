// The province an article is about. In order of trust:
//   1. metadata given with the article (front matter, CLI flags) — handled by the caller;
//   2. the text: a headline "Lâm Đồng: …", "tỉnh Kon Tum", "Tỉnh ủy Thái Nguyên", "Báo Kon Tum";
//   3. the site, when its domain is known or names a province (kontumtv.vn → Kon Tum);
//   4. two or more districts of one province (Ia H'Drai, Tu Mơ Rông → Kon Tum).
// Weaker clues — a single district, a site's byline tag such as (QBĐT) — give only a hint.
import { fold } from '../domain/text';
import { knownProvince, PROVINCE_BY_FOLD } from '../domain/places';
import { DISTRICT_PROVINCE, foldKey, PLACES_FOLDED, MERGED_INTO, PLACES, SOURCES } from './lexicon';
import type { Token } from './sentences';

export interface ProvinceGuess {
  province: string | null;
  /** weaker evidence, for scoping when nothing better is known */
  hint: string | null;
}

// words that make the following place name the article's own province
const STRONG_BEFORE = new Set(['tỉnh', 'tỉnh ủy', 'thành ủy', 'báo', 'thành phố', 'tp', 'tp.', 'đảng bộ tỉnh', 'ubnd tỉnh', 'hđnd tỉnh']);
const SITE_BY_DOMAIN = new Map(SOURCES.sites.map((s) => [s.domain, s]));
const SITE_BY_TAG = new Map(SOURCES.sites.flatMap((s) => s.tags.map((t) => [fold(t), s] as const)));
// province keys without spaces, longest first, to read a domain such as baothainguyen.vn
const COMPACT = [...PROVINCE_BY_FOLD.entries()].map(([k, v]) => [k.replace(/ /g, ''), v] as const).filter(([k]) => k.length >= 5).sort((a, b) => b[0].length - a[0].length);

/** The site a domain, url or byline tag stands for: "(QBĐT)" → baoquangbinh.vn. */
export function siteOf(s: string | null | undefined): { domain: string; province: string | null; fromTag: boolean } | null {
  if (!s) return null;
  const tagged = SITE_BY_TAG.get(fold(s));
  // a domain written as the tag ("(kontumtv.vn) –") is as good as the site itself
  if (tagged) return { domain: tagged.domain, province: tagged.province, fromTag: fold(s) !== fold(tagged.domain) };
  const host = s.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[\/?#]/)[0];
  if (host.includes('.')) {
    const known = SITE_BY_DOMAIN.get(host) ?? [...SITE_BY_DOMAIN.values()].find((x) => host.endsWith('.' + x.domain));
    if (known) return { domain: known.domain, province: known.province, fromTag: false };
    const compact = host.split('.')[0].replace(/[^a-z]/g, '');
    const p = COMPACT.find(([k]) => compact.includes(k));
    return { domain: host, province: p ? p[1] : null, fromTag: false };
  }
  return null;
}

/** A headline that opens with a province or one of its districts: "Lâm Đồng: …", "Lạc Dương: …". */
function headlineProvince(title: string | null): string | null {
  const m = title ? /^([^:]{2,30}):\s/u.exec(title) : null;
  if (!m) return null;
  const f = fold(m[1]);
  return PROVINCE_BY_FOLD.get(f) ?? DISTRICT_PROVINCE.get(f) ?? null;
}

/** A headline that opens with a province's name and goes on in lower case ("Hậu Giang sơ kết …"). */
function headlineSubject(title: string | null): string | null {
  const words = title ? title.split(/\s+/u).slice(0, 5) : [];
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const next = words[n];
    if (!/^\p{Ll}/u.test(next)) continue;
    const p = PROVINCE_BY_FOLD.get(fold(words.slice(0, n).join(' ')));
    if (p && words.slice(0, n).every((w) => /^\p{Lu}/u.test(w))) return p;
  }
  return null;
}

const BEFORE_DISTRICT = new Set(['tỉnh', 'báo', 'huyện', 'xã', 'trấn', 'ủy', 'phố', 'quận', 'phường']);
// a body of the district ("Huyện ủy Krông Pa", "Đảng bộ xã Đăk Hà", "UBND huyện Lạc Dương") makes it the
// article's own; a district named as a place only ("tại điểm cầu huyện Tủa Chùa") stays a hint
const DISTRICT_BODY_BEFORE = new Set(['huyện ủy', 'thị ủy', 'thành ủy', 'đảng bộ huyện', 'đảng bộ xã', 'đảng bộ thị xã', 'đảng bộ thành phố', 'đảng ủy xã', 'ubnd huyện', 'hđnd huyện', 'ubnd xã', 'hđnd xã', 'ubnd thị xã', 'ủy ban nhân dân huyện', 'hội đồng nhân dân huyện']);

export function inferProvince(tokens: readonly Token[], keys: readonly string[], title: string | null, source: string | null): ProvinceGuess {
  const headline = headlineProvince(title);
  if (headline) return { province: headline, hint: null };

  const strong = new Map<string, number>();
  const districts = new Map<string, Set<string>>();
  const leveled = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    // a place may be spelled otherwise than in the data ("Đak Hà" for Đắk Hà, "Đak Nông")
    // (a folded spelling is tried only after a level word, which keeps names out and it cheap)
    const m = PLACES.longest(keys, i) ?? (BEFORE_DISTRICT.has(keys[i - 1] ?? '') ? PLACES_FOLDED.longestFolded(keys, i) : null);
    if (!m) continue;
    let capitalised = true;
    for (let j = i; j < m.end; j++) if (tokens[j].word && !tokens[j].cap) capitalised = false;
    if (!capitalised) continue;
    const p = m.value;
    const before1 = keys[i - 1] ?? '';
    const before2 = i >= 2 ? `${keys[i - 2]} ${keys[i - 1]}` : '';
    if (p.kind === 'PROVINCE') {
      if (STRONG_BEFORE.has(before1) || STRONG_BEFORE.has(before2)) strong.set(p.name, (strong.get(p.name) ?? 0) + 1);
    } else if (p.province && before1 !== 'thành phố') {
      let set = districts.get(p.province);
      if (!set) districts.set(p.province, (set = new Set()));
      set.add(foldKey(p.name));
      const before3 = i >= 3 ? `${keys[i - 3]} ${before2}` : '';
      if (DISTRICT_BODY_BEFORE.has(before1) || DISTRICT_BODY_BEFORE.has(before2) || DISTRICT_BODY_BEFORE.has(before3)) leveled.add(p.province);
    }
    i = m.end - 1;
  }
  if (strong.size) {
    const best = [...strong.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return { province: best, hint: null };
  }
  // a headline whose subject is the province: "Hậu Giang sơ kết …", "Tây Ninh hội đàm với …"
  const subject = headlineSubject(title);
  if (subject) return { province: subject, hint: null };
  const site = siteOf(source);
  if (site?.province && !site.fromTag) return { province: site.province, hint: null };
  const byDistricts = [...districts.entries()].sort((a, b) => b[1].size - a[1].size)[0];
  if (byDistricts && byDistricts[1].size >= 2) return { province: byDistricts[0], hint: null };
  // one district whose own body the article names, and no other province's: the article's
  if (districts.size === 1 && leveled.size === 1 && !site?.province) return { province: byDistricts[0], hint: null };
  return { province: null, hint: site?.province ?? byDistricts?.[0] ?? null };
}

/** Canonical spelling of a province given in metadata ("kon tum" → "Kon Tum"). */
export function canonicalProvince(s: string): string {
  return knownProvince(s) ?? s.trim();
}

/**
 * The province of an article published on or after 1 July 2025 is one of the 34: a
 * pre-merger province found in the text (a district of Kon Tum, "tỉnh Phú Yên (cũ)")
 * stands for the province it became.
 */
export function provinceAsOf(province: string | null, publishedAt: string | null): string | null {
  if (!province || !publishedAt || publishedAt < '2025-07-01') return province;
  return MERGED_INTO.get(province) ?? province;
}
