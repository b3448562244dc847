import { describe, expect, it } from 'vitest';
import type { GraphBatch, GraphNode, RelType } from '../../src/domain/model';
import { extract } from '../../src/extract';
import { resolve } from '../../src/resolve';
import { BCT, BTV, TINH_UY, doc, ev, extraction, meeting, org, person, position } from './make';

const node = (b: GraphBatch, label: string, name: string): GraphNode => {
  const n = b.nodes.find((x) => x.label === label && x.name === name);
  if (!n) throw new Error(`no ${label} "${name}" in ${b.nodes.map((x) => `${x.label}:${x.name}`).join(', ')}`);
  return n;
};
const rels = (b: GraphBatch, type: RelType) => b.relationships.filter((r) => r.type === type);
const has = (b: GraphBatch, type: RelType, from: string, to: string) => rels(b, type).some((r) => r.from === from && r.to === to);

const kontum = (text: string, more: Parameters<typeof extraction>[0] = { text }) =>
  resolve(extraction({ province: 'Kon Tum', publishedAt: '2021-07-27', ...more, text }));

describe('resolve: bodies', () => {
  it('scopes a provincial body by the article province', () => {
    const b = kontum('Tỉnh ủy họp.', { text: '', organizations: [TINH_UY] });
    const tu = node(b, 'Organization', 'Tỉnh ủy Kon Tum');
    expect(tu.id).toBe('org:kon-tum:tinh-uy');
    expect(tu.props.province).toBe('Kon Tum');
    expect(tu.props.aliases).toContain('Tỉnh ủy');
  });

  it('gives the same provincial body in two provinces two nodes', () => {
    const a = resolve(extraction({ text: 'a', province: 'Kon Tum', organizations: [TINH_UY] }));
    const b = resolve(extraction({ text: 'b', province: 'Gia Lai', organizations: [TINH_UY] }));
    expect(node(a, 'Organization', 'Tỉnh ủy Kon Tum').id).not.toBe(node(b, 'Organization', 'Tỉnh ủy Gia Lai').id);
  });

  it('makes a national body one node whatever the province', () => {
    const a = resolve(extraction({ text: 'a', province: 'Kon Tum', organizations: [BCT] }));
    const b = resolve(extraction({ text: 'b', province: null, organizations: [BCT] }));
    expect(node(a, 'Organization', 'Bộ Chính trị').id).toBe(node(b, 'Organization', 'Bộ Chính trị').id);
    expect(node(a, 'Organization', 'Bộ Chính trị').props.province).toBeNull();
  });

  it('scopes the bodies of an article with no known province to that article', () => {
    const dukk = org('Đảng ủy Khối các cơ quan tỉnh', { level: 'AGENCY' });
    const a = resolve(extraction({ text: 'bài một', organizations: [dukk] }));
    const b = resolve(extraction({ text: 'bài hai', organizations: [dukk] }));
    const k = resolve(extraction({ text: 'bài ba', province: 'Kon Tum', organizations: [dukk] }));
    const ids = [a, b, k].map((x) => x.nodes.find((n) => n.label === 'Organization')!.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toContain(a.article.id.replace(':', '-'));
  });

  it('links a body to the body it belongs to and to its province', () => {
    const b = kontum('x', { text: 'x', organizations: [BTV, TINH_UY] });
    const btv = node(b, 'Organization', 'Ban Thường vụ Tỉnh ủy Kon Tum');
    const tu = node(b, 'Organization', 'Tỉnh ủy Kon Tum');
    const place = node(b, 'Place', 'Kon Tum');
    expect(has(b, 'PART_OF', btv.id, tu.id)).toBe(true);
    expect(has(b, 'LOCATED_IN', tu.id, place.id)).toBe(true);
  });
});

describe('resolve: people and offices', () => {
  const apot = person('A Pớt', [position('Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực', 'Tỉnh ủy')], ['APớt']);

  it('merges people on their folded name within a province, keeping aliases', () => {
    const a = kontum('a', { text: 'a', people: [apot], organizations: [TINH_UY] });
    const b = kontum('b', { text: 'b', people: [person('APớt')] });
    const p = node(a, 'Person', 'A Pớt');
    expect(node(b, 'Person', 'APớt').id).toBe(p.id);
    expect(p.props.aliases).toEqual(['APớt']);
    expect(p.searchText).toBe('a pot apot');
  });

  it('keeps namesakes of two provinces, or of two articles without a province, apart', () => {
    const ids = [
      resolve(extraction({ text: 'a', province: 'Kon Tum', people: [person('Nguyễn Văn A')] })),
      resolve(extraction({ text: 'b', province: 'Gia Lai', people: [person('Nguyễn Văn A')] })),
      resolve(extraction({ text: 'c', people: [person('Nguyễn Văn A')] })),
      resolve(extraction({ text: 'd', people: [person('Nguyễn Văn A')] })),
    ].map((b) => node(b, 'Person', 'Nguyễn Văn A').id);
    expect(new Set(ids).size).toBe(4);
  });

  it('makes one office per role and body, held through HOLDS and OF', () => {
    const other = person('Lê Văn B', [position('Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực', 'Tỉnh ủy')]);
    const b = kontum('a', { text: 'a', people: [apot, other], organizations: [TINH_UY] });
    const offices = b.nodes.filter((n) => n.label === 'Position');
    expect(offices).toHaveLength(1);
    const [office] = offices;
    expect(office.name).toBe('Phó Bí thư Thường trực Tỉnh ủy Kon Tum');
    expect(office.props).toMatchObject({ role: 'Phó Bí thư Thường trực', title: 'Phó Bí thư Thường trực Tỉnh ủy' });
    expect(has(b, 'HOLDS', node(b, 'Person', 'A Pớt').id, office.id)).toBe(true);
    expect(has(b, 'HOLDS', node(b, 'Person', 'Lê Văn B').id, office.id)).toBe(true);
    expect(has(b, 'OF', office.id, 'org:kon-tum:tinh-uy')).toBe(true);
  });
});

describe('resolve: documents', () => {
  const ct35 = doc('35-CT/TW', { issuer: 'Bộ Chính trị' });
  const kh100 = doc('100-KH/TU', { kind: 'PLAN', issuer: 'Tỉnh ủy' });

  it('keys a central document by its code alone', () => {
    const a = resolve(extraction({ text: 'a', province: 'Kon Tum', documents: [ct35], organizations: [BCT] }));
    const b = resolve(extraction({ text: 'b', documents: [doc('35-CT/TW')] }));
    expect(node(a, 'Document', '35-CT/TW').id).toBe(node(b, 'Document', '35-CT/TW').id);
    expect(has(a, 'ISSUED_BY', node(a, 'Document', '35-CT/TW').id, node(a, 'Organization', 'Bộ Chính trị').id)).toBe(true);
  });

  it('keys a provincial document by code and province, or by article when the province is unknown', () => {
    const ids = [
      resolve(extraction({ text: 'a', province: 'Kon Tum', documents: [kh100] })),
      resolve(extraction({ text: 'b', province: 'Kon Tum', documents: [kh100] })),
      resolve(extraction({ text: 'c', province: 'Gia Lai', documents: [kh100] })),
      resolve(extraction({ text: 'd', documents: [kh100] })),
    ].map((b) => node(b, 'Document', '100-KH/TU').id);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
  });

  it('issues a provincial document from the scoped body', () => {
    const b = kontum('a', { text: 'a', documents: [kh100], organizations: [TINH_UY] });
    expect(has(b, 'ISSUED_BY', node(b, 'Document', '100-KH/TU').id, 'org:kon-tum:tinh-uy')).toBe(true);
  });

  it('keys a document without a code by its canonical key, national when the key says so', () => {
    const national = doc('Nghị quyết Đại hội XIII của Đảng', { kind: 'RESOLUTION', code: null, title: 'Nghị quyết Đại hội XIII của Đảng' });
    const plenum = doc('Nghị quyết Trung ương 4 khóa XII', { kind: 'RESOLUTION', code: null });
    const local = doc('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX', { kind: 'RESOLUTION', code: null });
    const idsOf = (text: string, province: string | null) => {
      const b = resolve(extraction({ text, province, documents: [national, plenum, local] }));
      return b.nodes.filter((n) => n.label === 'Document').map((n) => n.id);
    };
    const slugs = [doc('nq-daihoi-13', { code: null }), doc('nq-tw-4-XII', { code: null }), doc('nq-daihoi-tỉnh-20', { code: null })];
    const slugIds = (text: string, province: string) => resolve(extraction({ text, province, documents: slugs })).nodes.filter((n) => n.label === 'Document').map((n) => n.id);
    const [s1, s2, s3] = slugIds('a', 'Kon Tum');
    const [t1, t2, t3] = slugIds('b', 'Gia Lai');
    expect([t1, t2]).toEqual([s1, s2]);
    expect(t3).not.toBe(s3);
    const [k1, k2, k3] = idsOf('a', 'Kon Tum');
    const [g1, g2, g3] = idsOf('b', 'Gia Lai');
    expect([g1, g2]).toEqual([k1, k2]);
    expect(g3).not.toBe(k3);
  });
});

describe('resolve: meetings and evidence', () => {
  const text = 'Sáng 27-7, đồng chí Dương Văn Trang chủ trì hội nghị quán triệt Chỉ thị 35-CT/TW.';
  const trang = person('Dương Văn Trang', [position('Bí thư Tỉnh ủy', 'Bí thư', 'Tỉnh ủy')]);
  const m = (date: string | null) =>
    meeting('Hội nghị quán triệt Chỉ thị 35-CT/TW', date, {
      organizers: ['Tỉnh ủy'],
      participants: [{ person: 'Dương Văn Trang', role: 'CHAIRED', evidence: ev(text, 'Dương Văn Trang chủ trì') }],
      chairs: ['Dương Văn Trang'],
      cites: ['35-CT/TW'],
      evidence: ev(text),
    });
  const article = (t: string, date: string | null, publishedAt: string | null = null) =>
    resolve(extraction({ text: t, province: 'Kon Tum', publishedAt, people: [trang], organizations: [TINH_UY, BCT], documents: [doc('35-CT/TW', { issuer: 'Bộ Chính trị' })], meetings: [m(date)] }));

  it('merges a dated meeting reported by two articles, and keeps dateless ones apart', () => {
    expect(node(article(text, '2021-07-27'), 'Meeting', m(null).title).id).toBe(node(article(text + ' ', '2021-07-27'), 'Meeting', m(null).title).id);
    expect(node(article(text, null), 'Meeting', m(null).title).id).not.toBe(node(article(text + ' ', null), 'Meeting', m(null).title).id);
  });

  it('connects chairs, organizers, citations and the reporting article, each with its sentence', () => {
    const b = article(text, '2021-07-27', '2021-07-28');
    const mt = node(b, 'Meeting', m(null).title);
    const chaired = rels(b, 'CHAIRED');
    expect(chaired).toHaveLength(1);
    expect(chaired[0]).toMatchObject({
      from: node(b, 'Person', 'Dương Văn Trang').id,
      to: mt.id,
      article: b.article.id,
      quote: 'Dương Văn Trang chủ trì',
      start: text.indexOf('Dương Văn Trang'),
      asOf: '2021-07-27',
    });
    expect(text.slice(chaired[0].start!, chaired[0].end!)).toBe(chaired[0].quote);
    expect(has(b, 'ORGANIZED', 'org:kon-tum:tinh-uy', mt.id)).toBe(true);
    expect(has(b, 'CITES', mt.id, node(b, 'Document', '35-CT/TW').id)).toBe(true);
    expect(has(b, 'REPORTS', b.article.id, mt.id)).toBe(true);
  });

  it('dates facts outside a meeting by the article, and meeting facts by the meeting', () => {
    const b = article(text, '2021-07-27', '2021-07-28');
    expect(rels(b, 'HOLDS')[0].asOf).toBe('2021-07-28');
    expect(rels(b, 'CITES')[0].asOf).toBe('2021-07-27');
    const undated = article(text, null, null);
    expect(rels(undated, 'HOLDS')[0].asOf).toBeNull();
  });

  it('has the article mention every entity, and one relationship per type, ends and article', () => {
    const b = article(text, '2021-07-27');
    const mentioned = new Set(rels(b, 'MENTIONS').map((r) => r.to));
    for (const n of b.nodes) expect(mentioned.has(n.id), n.id).toBe(true);
    const keys = b.relationships.map((r) => `${r.type}|${r.from}|${r.to}|${r.article}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(b.relationships.map((r) => r.id)).size).toBe(keys.length);
  });

  it('keeps one citation per citing sentence, each with its quote; other facts once per article', () => {
    const t = 'Hội nghị quán triệt Chỉ thị 35-CT/TW. Kết luận, đồng chí A yêu cầu thực hiện tốt Chỉ thị 35-CT/TW.';
    const first = ev(t, 'Hội nghị quán triệt Chỉ thị 35-CT/TW.');
    const second = ev(t, 'Kết luận, đồng chí A yêu cầu thực hiện tốt Chỉ thị 35-CT/TW.');
    const m = meeting('Hội nghị', '2021-07-27', {
      cites: ['35-CT/TW'],
      citations: [{ document: '35-CT/TW', evidence: first }, { document: '35-CT/TW', evidence: second }],
    });
    const b = resolve(extraction({ text: t, province: 'Kon Tum', meetings: [m], documents: [doc('35-CT/TW', { evidence: [first, second] })] }));
    const cites = rels(b, 'CITES');
    expect(cites.map((r) => r.quote)).toEqual([first.quote, second.quote]);
    expect(new Set(cites.map((r) => r.id)).size).toBe(2);
    // the flat list adds no third, sentence-less citation
    expect(cites.every((r) => r.start !== null)).toBe(true);
  });

  it('scopes the people of an article with no known province by its province hint, and else by the article', () => {
    const p = [person('Dương Văn Trang')];
    const hinted = resolve({ ...extraction({ text: 'a', people: p }), article: { ...extraction({ text: 'a' }).article, provinceHint: 'Kon Tum' } });
    expect(node(hinted, 'Person', 'Dương Văn Trang').id).toBe('person:kon-tum:duongvantrang');
    const unknown = resolve(extraction({ text: 'b', people: p }));
    expect(node(unknown, 'Person', 'Dương Văn Trang').id).toBe(`person:${unknown.article.id}:duongvantrang`);
    // the bodies stay in the article: a hint is too weak to merge a "Tỉnh ủy" with a province's
    const withBody = resolve({ ...extraction({ text: 'c', organizations: [TINH_UY] }), article: { ...extraction({ text: 'c' }).article, provinceHint: 'Kon Tum' } });
    expect(withBody.nodes.find((n) => n.label === 'Organization')!.id).not.toBe('org:kon-tum:tinh-uy');
  });

  it('makes a name glued at an inner capital searchable by its syllables', () => {
    const b = kontum('KRing Ba dự.', { text: '', people: [person('KRing Ba')] });
    expect(node(b, 'Person', 'KRing Ba').searchText.split(' ')).toEqual(expect.arrayContaining(['kring', 'k', 'ring', 'ba']));
  });

  it('makes the article node from the metadata', () => {
    const b = resolve({ ...extraction({ text, province: 'Kon Tum', publishedAt: '2021-07-28', title: 'Hội nghị' }), file: 'x.txt' });
    expect(b.article).toMatchObject({ label: 'Article', name: 'Hội nghị', searchText: 'hoi nghi' });
    expect(b.article.props).toMatchObject({ title: 'Hội nghị', publishedAt: '2021-07-28', province: 'Kon Tum', text, file: 'x.txt', authors: [] });
  });

  it('is deterministic', () => {
    expect(article(text, '2021-07-27')).toEqual(article(text, '2021-07-27'));
  });
});

describe('resolve: documents carrying out documents', () => {
  const text = 'Kế hoạch số 100-KH/TU của Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.';
  const kh = doc('100-KH/TU', { kind: 'PLAN', issuer: 'Tỉnh ủy', evidence: [ev(text)] });
  const ct = doc('35-CT/TW', { kind: 'DIRECTIVE', issuer: 'Bộ Chính trị', evidence: [ev(text)] });
  it('an IMPLEMENTS from the provincial plan to the national directive, with the sentence', () => {
    const b = kontum(text, { text, documents: [kh, ct], organizations: [TINH_UY, BCT], implementations: [{ implementer: '100-KH/TU', implemented: '35-CT/TW', evidence: ev(text) }] });
    const plan = node(b, 'Document', '100-KH/TU');
    const directive = node(b, 'Document', '35-CT/TW');
    expect(plan.id).toBe('doc:kon-tum:100-kh-tu');
    expect(directive.id).toBe('doc:national:35-ct-tw');
    const [r] = rels(b, 'IMPLEMENTS');
    expect(r).toMatchObject({ from: plan.id, to: directive.id, article: b.article.id, quote: text, asOf: '2021-07-27' });
  });

  it('none for a pair naming a document the article does not have, nor for a document and itself', () => {
    const b = kontum(text, { text, documents: [kh, ct], implementations: [
      { implementer: '100-KH/TU', implemented: '18-NQ/TW', evidence: ev(text) },
      { implementer: '100-KH/TU', implemented: '100-KH/TU', evidence: ev(text) },
    ] });
    expect(rels(b, 'IMPLEMENTS')).toEqual([]);
  });
});

describe('resolve: a foreign guest\'s committee (issue 18)', () => {
  const text =
    'Chiều 20/8, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy Khánh Hòa, tiếp Đoàn đại biểu tỉnh Sê Kông (Lào) do đồng chí Xổm Phết Vi Lay Vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông dẫn đầu.';
  const b = resolve(extract({ text, file: 'x.txt' }));
  const bodyOf = (person: string, title: string) => {
    const p = node(b, 'Person', person);
    const pos = rels(b, 'HOLDS').filter((r) => r.from === p.id).map((r) => b.nodes.find((n) => n.id === r.to)!).find((n) => n.name.startsWith(title))!;
    return b.nodes.find((n) => n.id === rels(b, 'OF').find((r) => r.from === pos.id)?.to)!;
  };

  it('"Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông": the guest is Bí thư of the Sê Kông committee, not of the host\'s', () => {
    const guest = bodyOf('Xổm Phết Vi Lay Vông', 'Bí thư Tỉnh ủy');
    expect(guest.name).toBe('Tỉnh ủy tỉnh Sê Kông');
    expect(guest.props.province).toBeNull();
    expect(rels(b, 'LOCATED_IN').some((r) => r.from === guest.id)).toBe(false);
  });

  it('the host keeps his own province\'s committee', () => {
    const host = bodyOf('Lê Văn Hòa', 'Bí thư Tỉnh ủy');
    expect(host.name).toBe('Tỉnh ủy Khánh Hòa');
    expect(host.id).not.toBe(bodyOf('Xổm Phết Vi Lay Vông', 'Bí thư Tỉnh ủy').id);
  });
});
