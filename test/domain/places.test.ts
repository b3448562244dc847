// The provinces both the extractor and the API know, one canonical spelling each.
import { describe, expect, it } from 'vitest';
import { knownProvince } from '../../src/domain/places';
import { canonicalProvince } from '../../src/extract/province';

describe('provinces', () => {
  it('knows the provinces under their usual spellings, before and after the 2025 merger', () => {
    expect(knownProvince('Kon Tum')).toBe('Kon Tum');
    expect(knownProvince('kon tum')).toBe('Kon Tum');
    expect(knownProvince('Tỉnh Kon Tum')).toBe('Kon Tum');
    expect(knownProvince('TP.HCM')).toBe('Hồ Chí Minh');
    expect(knownProvince('Huế')).toBe('Thừa Thiên Huế');
    expect(knownProvince('Atlantis')).toBeNull();
  });

  it('is the look-up the extractor uses for a province given in metadata', () => {
    for (const s of ['kon tum', 'Tỉnh Kon Tum', 'TP.HCM', 'Huế']) expect(canonicalProvince(s)).toBe(knownProvince(s));
    expect(canonicalProvince(' Atlantis ')).toBe('Atlantis');
  });
});
