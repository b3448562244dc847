import { describe, expect, it } from 'vitest';
import { isNationalBody, isNationalCode, isNationalDocumentKey, scopedBodyName } from '../../src/resolve/scope';

describe('identity scopes', () => {
  it('reads a central issuer from the end of a document code', () => {
    for (const c of ['35-CT/TW', '05-CT/TW', '12-QĐ/BCT', '01-HD/BTCTW', '15/NQ-CP', '1234/QĐ-TTg', '80/2015/QH13', '09-KL/BBT']) expect(isNationalCode(c), c).toBe(true);
    for (const c of ['100-KH/TU', '01-NQ/ĐUK', '12/QĐ-UBND', '45-NQ/HU', '3-CT/ĐU']) expect(isNationalCode(c), c).toBe(false);
  });

  it('reads a national document from a key without a code', () => {
    for (const k of ['Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết Trung ương 4 khóa XII', 'nq-tw-4-XII', 'nq-daihoi-13']) expect(isNationalDocumentKey(k), k).toBe(true);
    for (const k of ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX', 'nq-daihoi-tỉnh-20', 'Nghị quyết số 01 của Tỉnh ủy', 'nq-so-1']) expect(isNationalDocumentKey(k), k).toBe(false);
  });

  it('knows the national bodies even when not flagged', () => {
    expect(isNationalBody('Bộ Chính trị', false)).toBe(true);
    expect(isNationalBody('Ban Chấp hành Trung ương Đảng', false)).toBe(true);
    expect(isNationalBody('Tỉnh ủy', false)).toBe(false);
    expect(isNationalBody('Tỉnh ủy', true)).toBe(true);
  });

  it('names a scoped body with its province', () => {
    expect(scopedBodyName('Tỉnh ủy', 'PROVINCE', 'Kon Tum')).toBe('Tỉnh ủy Kon Tum');
    expect(scopedBodyName('Hội đồng nhân dân tỉnh', 'PROVINCE', 'Kon Tum')).toBe('Hội đồng nhân dân tỉnh Kon Tum');
    expect(scopedBodyName('Ban Thường vụ Tỉnh ủy', 'PROVINCE', 'Kon Tum')).toBe('Ban Thường vụ Tỉnh ủy Kon Tum');
    expect(scopedBodyName('Sở Tư pháp', 'AGENCY', 'Kon Tum')).toBe('Sở Tư pháp tỉnh Kon Tum');
    expect(scopedBodyName('Huyện ủy Đăk Hà', 'DISTRICT', 'Kon Tum')).toBe('Huyện ủy Đăk Hà');
    expect(scopedBodyName('Tỉnh ủy', 'PROVINCE', null)).toBe('Tỉnh ủy');
  });
});
