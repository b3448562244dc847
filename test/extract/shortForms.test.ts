// A body named in full once and then by its short form is one body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { shortFormMap } from '../../src/extract/shortForms';

describe('shortFormMap', () => {
  it('maps a bare head and its party committee to the one full body of that head', () => {
    const m = shortFormMap(['Đảng bộ Sở Văn hóa, Thể thao và Du lịch', 'Sở', 'Đảng ủy Sở', 'Đảng ủy']);
    expect(Object.fromEntries(m)).toEqual({
      Sở: 'Sở Văn hóa, Thể thao và Du lịch',
      'Đảng ủy Sở': 'Đảng ủy Sở Văn hóa, Thể thao và Du lịch',
      'Đảng ủy': 'Đảng ủy Sở Văn hóa, Thể thao và Du lịch',
    });
  });

  it('maps nothing when two full bodies share the head', () => {
    expect(shortFormMap(['Sở Tư pháp', 'Sở Nội vụ', 'Sở']).size).toBe(0);
  });

  it('does not take a level word for a unit ("Đảng bộ tỉnh" leaves "Đảng ủy" bare)', () => {
    expect(shortFormMap(['Ban Chấp hành Đảng bộ tỉnh', 'Đảng bộ tỉnh', 'Đảng ủy']).size).toBe(0);
  });
});

describe('extract: short forms of a body', () => {
  const text = [
    'Sơ kết công tác xây dựng Đảng',
    '',
    'Ngày 12/7/2021, Đảng bộ Sở Tài nguyên và Môi trường tổ chức Hội nghị sơ kết công tác xây dựng Đảng. Đồng chí Lê Văn Hòa - Phó Bí thư Đảng ủy, Phó Giám đốc Sở chủ trì Hội nghị.',
  ].join('\n');
  const x = extract({ text, province: 'Quảng Trị' });

  it('gives the offices the full body', () => {
    const p = x.people.find((q) => q.name === 'Lê Văn Hòa')!;
    expect(p.positions.map((q) => q.organizationName).sort()).toEqual(['Sở Tài nguyên và Môi trường', 'Đảng ủy Sở Tài nguyên và Môi trường']);
    // the title stays as written
    expect(p.positions.map((q) => q.title)).toContain('Phó Giám đốc Sở');
  });

  it('leaves no bare body, and makes the committee part of the party organisation', () => {
    const names = x.organizations.map((o) => o.name);
    expect(names).not.toContain('Sở');
    expect(names).not.toContain('Đảng ủy');
    expect(x.organizations.find((o) => o.name === 'Đảng ủy Sở Tài nguyên và Môi trường')?.partOf).toBe('Đảng bộ Sở Tài nguyên và Môi trường');
    expect(x.organizations.find((o) => o.name === 'Sở Tài nguyên và Môi trường')).toMatchObject({ kind: 'DEPARTMENT', aliases: ['Sở'] });
  });
});
