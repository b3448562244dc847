// A body named in full once and then by its short form is one body: "Đảng bộ Sở Văn hóa, Thể
// thao và Du lịch tổ chức …; đồng chí X - Phó Bí thư Đảng ủy, Phó Giám đốc Sở" names the
// department and its party committee, not a bare "Sở" and a bare "Đảng ủy". A short form takes
// the full name only when the article names exactly one body it can stand for.
import type { ExtractedMeeting, ExtractedOrganization, ExtractedDocument, ExtractedPerson } from '../domain/extraction';
import { fold } from '../domain/text';
import { classifyOrganization } from './organizations';

/** Heads of bodies whose bare head is a short form of the one full name in the article. */
const HEADS = ['Sở', 'Ban', 'Chi cục', 'Cục', 'Trung tâm', 'Trường', 'Bệnh viện', 'Phòng', 'Hội'];
/** A party organisation and its executive committee, said of the same unit. */
const PARTY = ['Đảng ủy', 'Đảng bộ'];

const isCapital = (s: string) => s[0] !== s[0].toLowerCase();

/** Short name → full name, for the bodies of one article. */
export function shortFormMap(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const full = [...new Set(names)];
  // the unit a party organisation or committee is of ("Sở Văn hóa, …" of "Đảng bộ Sở Văn hóa, …")
  const unitOf = (n: string): string | null => {
    for (const p of PARTY) if (n.startsWith(p + ' ')) return n.slice(p.length + 1);
    return null;
  };
  const units = full.map((n) => unitOf(n) ?? n);
  for (const head of HEADS) {
    const longer = [...new Set(units.filter((u) => u.startsWith(head + ' ') && !HEADS.includes(u)))];
    if (longer.length !== 1) continue;
    const f = longer[0];
    out.set(head, f);
    for (const p of PARTY) out.set(`${p} ${head}`, `${p} ${f}`);
  }
  // a bare "Đảng ủy" where the article names one party unit in full is that unit's committee
  const partyUnits = [...new Set(full.map(unitOf).filter((u): u is string => !!u && !HEADS.includes(u) && isCapital(u)))];
  if (partyUnits.length === 1) for (const p of PARTY) out.set(p, `${p} ${partyUnits[0]}`);
  for (const k of [...out.keys()]) if (!full.includes(k)) out.delete(k);
  return out;
}

/** Rewrites the short names of one article's bodies to their full names, merging the two entries. */
export function completeShortForms(
  people: ExtractedPerson[],
  organizations: ExtractedOrganization[],
  meetings: ExtractedMeeting[],
  documents: ExtractedDocument[],
): ExtractedOrganization[] {
  const map = shortFormMap(organizations.map((o) => o.name));
  if (!map.size) return linkCommittees(organizations);
  const to = (n: string) => map.get(n) ?? n;
  for (const p of people) for (const q of p.positions) if (q.organizationName) q.organizationName = to(q.organizationName);
  for (const m of meetings) m.organizers = [...new Set(m.organizers.map(to))];
  for (const d of documents) if (d.issuer) d.issuer = to(d.issuer);

  const byName = new Map<string, ExtractedOrganization>();
  for (const o of organizations) {
    const name = to(o.name);
    let target = byName.get(name);
    if (!target) {
      const c = name === o.name ? null : classifyOrganization(name);
      target = { ...o, name, aliases: [...o.aliases], evidence: [...o.evidence], ...(c ? { kind: c.kind, level: c.level, national: c.national, partOf: c.partOf } : {}) };
      byName.set(name, target);
    }
    for (const a of [o.name, ...o.aliases]) if (a !== name && !target.aliases.includes(a)) target.aliases.push(a);
    for (const e of o.evidence) if (!target.evidence.some((x) => x.start === e.start)) target.evidence.push(e);
  }
  return linkCommittees([...byName.values()]);
}

/** "Đảng ủy X" is part of "Đảng bộ X" when the article names both. */
function linkCommittees(organizations: ExtractedOrganization[]): ExtractedOrganization[] {
  const names = new Map(organizations.map((o) => [fold(o.name), o.name]));
  for (const o of organizations) {
    if (o.partOf || !o.name.startsWith('Đảng ủy ')) continue;
    const org = names.get(fold('Đảng bộ ' + o.name.slice('Đảng ủy '.length)));
    if (org) o.partOf = org;
  }
  return organizations;
}
