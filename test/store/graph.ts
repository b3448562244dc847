// Batches for the store contract: small Kon Tum articles resolved from hand-made
// Extractions (see ../resolve/make.ts), so the suite does not depend on extraction quality.
import type { GraphBatch } from '../../src/domain/model';
import { resolve } from '../../src/resolve';
import { BCT, TINH_UY, doc, extraction, meeting, org, person, position } from '../resolve/make';

const trang = person('Dương Văn Trang', [position('Bí thư Tỉnh ủy', 'Bí thư', 'Tỉnh ủy')]);
const apot = person('A Pớt', [position('Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực', 'Tỉnh ủy')], ['APớt']);
const tuan = person('Lê Ngọc Tuấn', [position('Phó Bí thư Tỉnh ủy', 'Phó Bí thư', 'Tỉnh ủy')]);
const ct35 = doc('35-CT/TW', { issuer: 'Bộ Chính trị' });
const kh100 = doc('100-KH/TU', { kind: 'PLAN', issuer: 'Tỉnh ủy' });

/** Trang chairs a meeting of 2021-07-27 citing 35-CT/TW. */
export const articleA: GraphBatch = resolve(
  extraction({
    text: 'Ngày 27-7, đồng chí Dương Văn Trang chủ trì hội nghị Tỉnh ủy quán triệt Chỉ thị 35-CT/TW.',
    title: 'Hội nghị Tỉnh ủy tháng 7',
    province: 'Kon Tum',
    publishedAt: '2021-07-27',
    people: [trang],
    organizations: [TINH_UY, BCT],
    documents: [ct35],
    meetings: [meeting('Hội nghị Tỉnh ủy quán triệt Chỉ thị 35-CT/TW', '2021-07-27', { organizers: ['Tỉnh ủy'], chairs: ['Dương Văn Trang'], cites: ['35-CT/TW'] })],
  }),
);

/** Trang speaks, A Pớt and Lê Ngọc Tuấn co-chair a meeting of 2022-06-28 citing 35-CT/TW and 100-KH/TU. */
export const articleB: GraphBatch = resolve(
  extraction({
    text: 'Ngày 28-6, APớt và Lê Ngọc Tuấn đồng chủ trì hội nghị; đồng chí Dương Văn Trang phát biểu chỉ đạo.',
    title: 'Hội nghị sơ kết 6 tháng',
    province: 'Kon Tum',
    publishedAt: '2022-06-28',
    people: [trang, apot, tuan],
    organizations: [TINH_UY, BCT],
    documents: [ct35, kh100],
    meetings: [
      meeting('Hội nghị sơ kết 6 tháng đầu năm 2022', '2022-06-28', {
        organizers: ['Tỉnh ủy'],
        chairs: ['A Pớt', 'Lê Ngọc Tuấn'],
        speakers: ['Dương Văn Trang'],
        cites: ['35-CT/TW', '100-KH/TU'],
      }),
    ],
  }),
);

/** An article without a province: its body and person stay its own. */
export const articleC: GraphBatch = resolve(
  extraction({
    text: 'Sáng 2-8, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị; đồng chí Trần Đình Quế phát biểu.',
    title: 'Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ',
    publishedAt: '2019-08-02',
    people: [person('Trần Đình Quế', [position('Bí thư Đảng ủy Khối các cơ quan tỉnh', 'Bí thư', 'Đảng ủy Khối các cơ quan tỉnh')])],
    organizations: [org('Đảng ủy Khối các cơ quan tỉnh', { level: 'AGENCY' })],
    documents: [doc('05-CT/TW', { issuer: 'Bộ Chính trị' })],
    meetings: [meeting('Hội nghị sơ kết công tác xây dựng Đảng', '2019-08-02', { organizers: ['Đảng ủy Khối các cơ quan tỉnh'], speakers: ['Trần Đình Quế'], cites: ['05-CT/TW'] })],
  }),
);

/** Article number i of a series: one meeting (dates repeat, every fifth undated), a chair and some attendees. */
export function seriesArticle(i: number, attendees = 0): GraphBatch {
  const date = i % 5 === 4 ? null : `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 3) + 10)}`;
  const names = Array.from({ length: attendees }, (_, k) => `Người Dự ${i} ${k}`);
  return resolve(
    extraction({
      text: `Bài số ${i}: hội nghị lần ${i}.`,
      title: `Bài ${i}`,
      province: 'Kon Tum',
      publishedAt: date,
      people: [person(`Chủ Trì ${i}`), ...names.map((n) => person(n))],
      organizations: [TINH_UY],
      meetings: [meeting(`Hội nghị lần ${i}`, date, { organizers: ['Tỉnh ủy'], chairs: [`Chủ Trì ${i}`], attendees: names })],
    }),
  );
}

export const idOf = (b: GraphBatch, label: string, name: string): string => {
  const n = b.nodes.find((x) => x.label === label && x.name === name);
  if (!n) throw new Error(`no ${label} ${name}`);
  return n.id;
};
