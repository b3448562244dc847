// Identity scopes (docs/ARCHITECTURE.md, "Identity"): what decides whether a body, a person or a
// document in one article is the same node as one in another article.
import { fold } from './memo';

/** The scope of one-of-a-kind national bodies and documents. */
export const NATIONAL = 'national';

// National bodies the extractor may name without flagging them (e.g. as a document's
// issuer or a position's body): folded canonical names.
const NATIONAL_BODIES = new Set(
  [
    'Bộ Chính trị',
    'Ban Bí thư',
    'Ban Chấp hành Trung ương Đảng',
    'Ban Chấp hành Trung ương',
    'Trung ương Đảng',
    'Quốc hội',
    'Ủy ban Thường vụ Quốc hội',
    'Chính phủ',
    'Thủ tướng Chính phủ',
    'Ban Tổ chức Trung ương',
    'Ban Tuyên giáo Trung ương',
    'Ủy ban Kiểm tra Trung ương',
    'Văn phòng Trung ương Đảng',
    'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  ].map(fold),
);

export function isNationalBody(name: string, flagged: boolean): boolean {
  return flagged || NATIONAL_BODIES.has(fold(name));
}

// The part after the slash of a party or state document code names its issuer's level:
// 35-CT/TW, 05-CT/TW (Central Committee, Politburo), 12-QĐ/BCT, 01-HD/BTCTW, 15/NQ-CP,
// 1234/QĐ-TTg, 80/2015/QH13. Anything else (100-KH/TU, 01-NQ/ĐUK, 12/QĐ-UBND) is local.
const NATIONAL_ISSUER = /^(?:[a-z]*tw|bct|bbt|cp|ttg|qh\d*|ubtvqh\d*)$/;

export function isNationalCode(code: string): boolean {
  const segments = code.split(/[/\-–]/);
  return NATIONAL_ISSUER.test(fold(segments[segments.length - 1]).replace(/ /g, ''));
}

/**
 * Whether a document without a code is national from its canonical key: the Party's
 * national congress (Nghị quyết Đại hội XIII của Đảng) and Central Committee plenums
 * (Trung ương 4 khóa XII), unlike a provincial congress (Đại hội Đảng bộ tỉnh lần thứ XX).
 */
export function isNationalDocumentKey(key: string): boolean {
  // keys come as titles (Nghị quyết Trung ương 4 khóa XII) or slugs (nq-tw-4-XII, nq-daihoi-13)
  const k = ` ${fold(key)} `;
  if (/ (tw|trung uong|toan quoc|bo chinh tri|ban bi thu|quoc hoi|chinh phu) /.test(k)) return true;
  // a congress numbered without a local party organisation is the national one
  return / (dai hoi|daihoi) /.test(k) && !/ (dang bo|tinh|huyen|thanh pho|xa|phuong|co so|chi bo|khoi) /.test(k);
}

/**
 * A scoped body's display name: `Tỉnh ủy` of Kon Tum is `Tỉnh ủy Kon Tum`,
 * `Hội đồng nhân dân tỉnh` is `Hội đồng nhân dân tỉnh Kon Tum`, `Sở Tư pháp` is
 * `Sở Tư pháp tỉnh Kon Tum`; district and commune bodies keep their own names.
 */
export function scopedBodyName(name: string, level: string, province: string | null): string {
  if (!province) return name;
  const f = fold(name);
  if (f.endsWith(fold(province))) return name;
  if (/(^| )tinh( uy)?$/.test(f)) return `${name} ${province}`;
  if (level === 'PROVINCE' || level === 'AGENCY') return `${name} tỉnh ${province}`;
  return name;
}
