// Articles for the tracing tests (test/api/tracing.test.ts, storesAgree.neo4j.test.ts): two
// hand-written fixtures of test/fixtures/implements and two short meetings citing the plans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'implements', `${name}.txt`), 'utf8');

/** Four articles: two provinces' plans carrying out 35-CT/TW, a district's plan carrying out one of those, meetings citing each. */
export const TRACING_ARTICLES: { text: string }[] = [
  { text: fixture('gialai_so_ket_ke_hoach') },
  { text: fixture('kontum_chuong_trinh_hanh_dong') },
  {
    text: '---\npublishedAt: 2020-06-26\nprovince: Kon Tum\n---\nHội nghị Ban Thường vụ Tỉnh ủy tháng 6\n\nSáng 25/6, Ban Thường vụ Tỉnh ủy Kon Tum họp phiên thường kỳ. Đồng chí Dương Văn Trang - Bí thư Tỉnh ủy chủ trì hội nghị.\n\nHội nghị nghe báo cáo tiến độ thực hiện Kế hoạch số 100-KH/TU ngày 20/2/2020 của Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.\n',
  },
  {
    text: '---\npublishedAt: 2021-04-09\nprovince: Gia Lai\n---\nHuyện ủy Chư Păh giao ban quý I\n\nNgày 8/4, Huyện ủy Chư Păh tổ chức hội nghị giao ban quý I/2021. Đồng chí Hồ Văn Niên - Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.\n\nHội nghị đánh giá kết quả triển khai Kế hoạch số 07-KH/HU của Huyện ủy.\n',
  },
];

