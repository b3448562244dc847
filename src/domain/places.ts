// Vietnam's provinces and centrally-run cities (data/places/provinces.json): the names the
// extractor reads in articles and the API accepts as a `province` argument, one canonical
// spelling each. Both stages depend on this; neither reaches into the other for it.
import { readDataJson } from '../dataFiles';
import { fold } from './text';

export interface ProvincesData {
  before2025: { name: string; kind: string; mergedInto: string; aliases: string[]; needsPrefix?: boolean }[];
  after2025: { name: string; kind: string }[];
}

export const PROVINCES = readDataJson<ProvincesData>('places/provinces.json');

/** folded key → canonical province name (pre-2025 names, which the news of the period uses) */
export const PROVINCE_BY_FOLD = new Map<string, string>();
for (const p of PROVINCES.before2025) {
  PROVINCE_BY_FOLD.set(fold(p.name), p.name);
  for (const a of p.aliases) PROVINCE_BY_FOLD.set(fold(a), p.name);
}
for (const p of PROVINCES.after2025) if (!PROVINCE_BY_FOLD.has(fold(p.name))) PROVINCE_BY_FOLD.set(fold(p.name), p.name);

/** The canonical name of a province ("kon tum", "Tỉnh Kon Tum" → "Kon Tum"), or null when unknown. */
export function knownProvince(name: string): string | null {
  const f = fold(name);
  return PROVINCE_BY_FOLD.get(f) ?? PROVINCE_BY_FOLD.get(f.replace(/^(tinh|thanh pho|tp) /, '')) ?? null;
}
