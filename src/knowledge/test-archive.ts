/**
 * A small archive written for the knowledge tests (issue #16), as records in the shape of SCHEMA v1.1,
 * not as pages: the tests check the registry and the series, not today's finders. Invented stories
 * about a province's exports over five years:
 *   - "Lê Văn Hòa", Phó Chủ tịch UBND tỉnh Quảng Trị 2019–2021 (once written "Hoà"), Chủ tịch from 2022;
 *   - "Phạm Thị Lan", Giám đốc Sở Y tế, once typed without diacritics ("Pham Thi Lan");
 *   - two "Trần Minh Tuấn", Giám đốc Sở Tài chính of Quảng Trị and of Ninh Bình (namesakes);
 *   - a story of 2023 reprinted the next day by another paper (a syndicated copy);
 *   - export figures: a series 2018–2022, two sources that agree on 2020, two that disagree on the
 *     2021 estimate, a target, a figure in VND beside the USD ones.
 */
import type { ArticleRecord, Figure, Official } from '../record.js';
import { PIPELINE } from '../record.js';
import { openSqliteSink } from '../sinks/sqlite.js';

interface OfficialSpec { name: string; positions: { title: string; organization: string; organizationFull: string; text: string; former?: boolean }[] }
interface FigureSpec { text: string; value: number; unit: string; metric: string; status: Figure['status']; period: string; change?: Figure['change'] }
interface ArticleSpec { n: number; site: string; publishedAt: string; title: string; lead: string; text: string; officials: OfficialSpec[]; figures: FigureSpec[] }

function span(text: string, part: string): [number, number] {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return [at, at + part.length];
}

export function articleRecord(a: ArticleSpec): ArticleRecord {
  const officials: Official[] = a.officials.map((o) => ({
    name: o.name, gender: null,
    positions: o.positions.map((p) => ({ ...p, former: p.former ?? false })),
    mentions: [{ span: span(a.text, o.name) }],
  }));
  const figures: Figure[] = a.figures.map((f) => ({
    text: f.text, value: f.value, unit: f.unit, approx: null, range: null, metric: f.metric, change: f.change ?? null,
    status: f.status, period: f.period, span: span(a.text, f.text),
  }));
  return {
    kind: 'article', id: a.n.toString(16).padStart(64, '0'), source: `archive/${a.n}.html`, url: `https://${a.site}/tin/${a.n}.html`,
    site: a.site, language: 'vi', title: a.title, lead: a.lead, publishedAt: a.publishedAt, modifiedAt: null, authors: [],
    section: null, tags: [], text: a.text, captions: [], segmented: null, officials, figures, dates: [], warnings: [], pipeline: PIPELINE,
  };
}

const UBND_QT = { organization: 'UBND tỉnh', organizationFull: 'Ủy ban nhân dân tỉnh Quảng Trị' };
const PCT = { title: 'Phó Chủ tịch', ...UBND_QT, text: 'Phó Chủ tịch UBND tỉnh' };
const CT = { title: 'Chủ tịch', ...UBND_QT, text: 'Chủ tịch UBND tỉnh' };
const SYT = { title: 'Giám đốc', organization: 'Sở Y tế', organizationFull: 'Sở Y tế tỉnh Quảng Trị', text: 'Giám đốc Sở Y tế' };

const COPY_TEXT = 'Chiều 4/4, ông Lê Văn Hòa, Chủ tịch UBND tỉnh, chủ trì hội nghị tổng kết hoạt động xuất khẩu với hơn '
  + 'một trăm doanh nghiệp trên địa bàn. Theo báo cáo của Sở Công Thương, năm 2022 kim ngạch xuất khẩu đạt 510 triệu USD, '
  + 'tương đương khoảng 12.000 tỷ đồng, nhờ gỗ chế biến, cà phê và tinh bột sắn. Báo cáo cũng điều chỉnh số ước tính của '
  + 'năm 2021 lên 425 triệu USD. Chủ tịch tỉnh yêu cầu các sở, ngành tháo gỡ vướng mắc về mặt bằng, thủ tục hải quan và '
  + 'logistics tại cửa khẩu quốc tế Lao Bảo, đồng thời hỗ trợ doanh nghiệp tìm thị trường mới ở châu Âu và Nhật Bản. '
  + 'Mục tiêu năm 2023 là kim ngạch xuất khẩu đạt 600 triệu USD, tăng gần một phần năm so với năm trước.';

const COPY_FIGURES: FigureSpec[] = [
  { text: '510 triệu USD', value: 510e6, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'actual', period: '2022' },
  { text: '12.000 tỷ đồng', value: 12e12, unit: 'VND', metric: 'kim ngạch xuất khẩu', status: 'actual', period: '2022' },
  { text: '425 triệu USD', value: 425e6, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'estimate', period: '2021' },
  { text: '600 triệu USD', value: 600e6, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'target', period: '2023' },
];

/** The articles of the archive, in no particular order of dates. */
export const ARCHIVE: ArticleSpec[] = [
  {
    n: 1, site: 'baoquangtri.vn', publishedAt: '2019-03-10T08:00:00+07:00',
    title: 'Quảng Trị đẩy mạnh thu hút đầu tư vào khu kinh tế', lead: 'Tỉnh làm việc với các nhà đầu tư tại Khu kinh tế Đông Nam.',
    text: 'Sáng 9/3, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, làm việc với các nhà đầu tư tại Khu kinh tế Đông Nam. '
      + 'Năm 2018, kim ngạch xuất khẩu của tỉnh đạt 250 triệu USD.',
    officials: [{ name: 'Lê Văn Hòa', positions: [PCT] }],
    figures: [{ text: '250 triệu USD', value: 250e6, unit: 'USD', metric: 'kim ngạch xuất khẩu của tỉnh', status: 'actual', period: '2018' }],
  },
  {
    n: 2, site: 'quangtri.gov.vn', publishedAt: '2020-06-02T09:30:00+07:00',
    title: 'Hội nghị giao ban kinh tế sáu tháng', lead: 'UBND tỉnh họp giao ban với các sở, ngành.',
    text: 'Ông Lê Văn Hoà, Phó Chủ tịch UBND tỉnh, và ông Trần Minh Tuấn, Giám đốc Sở Tài chính, báo cáo tình hình thu chi. '
      + 'KNXK năm 2019 đạt 300 triệu USD.',
    officials: [
      { name: 'Lê Văn Hoà', positions: [PCT] },
      { name: 'Trần Minh Tuấn', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính', organizationFull: 'Sở Tài chính tỉnh Quảng Trị', text: 'Giám đốc Sở Tài chính' }] },
    ],
    figures: [{ text: '300 triệu USD', value: 300e6, unit: 'USD', metric: 'KNXK', status: 'actual', period: '2019' }],
  },
  {
    n: 3, site: 'baoquangtri.vn', publishedAt: '2021-11-20T07:15:00+07:00',
    title: 'Quảng Trị: xuất khẩu phục hồi sau dịch', lead: 'Doanh nghiệp gỗ và nông sản trở lại nhịp sản xuất.',
    text: 'Theo ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, năm 2020 kim ngạch xuất khẩu đạt 380 triệu USD và năm nay ước đạt 420 triệu USD. '
      + 'Bà Pham Thi Lan, Giám đốc Sở Y tế, cho biết việc xét nghiệm cho công nhân được làm hằng tuần.',
    officials: [{ name: 'Lê Văn Hòa', positions: [PCT] }, { name: 'Pham Thi Lan', positions: [SYT] }],
    figures: [
      { text: '380 triệu USD', value: 380e6, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'actual', period: '2020' },
      { text: '420 triệu USD', value: 420e6, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'estimate', period: '2021' },
    ],
  },
  {
    n: 4, site: 'vnexpress.net', publishedAt: '2022-02-15T10:00:00+07:00',
    title: 'Tân Chủ tịch tỉnh Quảng Trị nhận nhiệm vụ', lead: 'Hội đồng nhân dân tỉnh bầu Chủ tịch UBND tỉnh nhiệm kỳ mới.',
    text: 'Ông Lê Văn Hòa được bầu giữ chức Chủ tịch UBND tỉnh. Năm 2020, kim ngạch xuất khẩu của tỉnh là 380 triệu USD; '
      + 'năm 2021 giá trị xuất khẩu đạt 430 triệu USD. Bà Phạm Thị Lan, Giám đốc Sở Y tế, chúc mừng tân Chủ tịch.',
    officials: [{ name: 'Lê Văn Hòa', positions: [CT] }, { name: 'Phạm Thị Lan', positions: [SYT] }],
    figures: [
      { text: '380 triệu USD', value: 380e6, unit: 'USD', metric: 'kim ngạch xuất khẩu của tỉnh', status: 'actual', period: '2020' },
      { text: '430 triệu USD', value: 430e6, unit: 'USD', metric: 'giá trị xuất khẩu', status: 'actual', period: '2021' },
    ],
  },
  {
    n: 5, site: 'baoninhbinh.org.vn', publishedAt: '2022-08-01T14:00:00+07:00',
    title: 'Ninh Bình tổng kết thu ngân sách', lead: 'Sở Tài chính báo cáo kết quả bảy tháng.',
    text: 'Ông Trần Minh Tuấn, Giám đốc Sở Tài chính, cho biết năm 2021 kim ngạch xuất khẩu của Ninh Bình đạt 1,5 tỷ USD.',
    officials: [{ name: 'Trần Minh Tuấn', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính', organizationFull: 'Sở Tài chính tỉnh Ninh Bình', text: 'Giám đốc Sở Tài chính' }] }],
    figures: [{ text: '1,5 tỷ USD', value: 1.5e9, unit: 'USD', metric: 'kim ngạch xuất khẩu', status: 'actual', period: '2021' }],
  },
  {
    n: 6, site: 'thanhnien.vn', publishedAt: '2023-04-05T06:00:00+07:00',
    title: 'Quảng Trị đặt mục tiêu xuất khẩu 600 triệu USD', lead: 'Tỉnh tổng kết hoạt động xuất khẩu năm 2022.',
    text: COPY_TEXT, officials: [{ name: 'Lê Văn Hòa', positions: [CT] }], figures: COPY_FIGURES,
  },
  {
    n: 7, site: 'dantri.com.vn', publishedAt: '2023-04-06T07:00:00+07:00',
    title: 'Quảng Trị đặt mục tiêu xuất khẩu 600 triệu USD', lead: 'Theo báo Thanh Niên, tỉnh tổng kết hoạt động xuất khẩu năm 2022.',
    text: COPY_TEXT, officials: [{ name: 'Lê Văn Hòa', positions: [CT] }], figures: COPY_FIGURES,
  },
];

/** Write the archive (or other specs) into a new SQLite store at `path`. */
export function writeArchive(path: string, specs: ArticleSpec[] = ARCHIVE): void {
  const sink = openSqliteSink(path);
  for (const spec of specs) sink.write(articleRecord(spec));
  sink.flush();
  sink.close();
}

export type { ArticleSpec };
