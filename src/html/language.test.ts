import test from 'ava';
import { detectLanguage } from './language.js';

const VI = 'Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ của năm tới. Các đại biểu đã thảo luận về những giải pháp để thúc đẩy tăng trưởng kinh tế, thu hút đầu tư và nâng cao đời sống của người dân trên địa bàn.';
const EN = 'Vietnam exported more than two million tonnes of rice in the first quarter, earning about 1.3 billion US dollars, as demand from Asian buyers stayed strong and prices remained high across the region for most of the period under review.';

test('a Vietnamese declaration that matches the text is kept', (t) => {
  t.deepEqual(detectLanguage('vi', [VI]), { language: 'vi', warning: null });
});

test('a template that declares English over Vietnamese text is corrected, with a warning', (t) => {
  const r = detectLanguage('en', [VI]);
  t.is(r.language, 'vi');
  t.truthy(r.warning);
});

test('an English edition under a Vietnamese template is English', (t) => {
  t.is(detectLanguage('vi', [EN]).language, 'en');
});

test('too little text: the declaration stands', (t) => {
  t.deepEqual(detectLanguage('vi', ['Short.']), { language: 'vi', warning: null });
});

const EN_WITH_NAMES = 'Deputy Minister of Industry and Trade Đinh Quốc Bảo said on Tuesday that the northern grid in Hà Nội and the provinces around it would need more power before the end of the summer, as the heat kept demand at a record for the third week in a row, and he asked the utility to speed up work on its new lines.';
const VI_QUOTING_EN = 'Phát biểu tại hội nghị, ông Nguyễn Văn Hùng cho biết: "We are ready to invest in the region", đồng thời khẳng định doanh nghiệp sẽ mở rộng sản xuất tại tỉnh trong năm tới. Các đại biểu đã thảo luận về những giải pháp thu hút đầu tư nước ngoài.';

test('an English edition that prints Vietnamese names with their marks is English under a Vietnamese template', (t) => {
  t.is(detectLanguage('vi', [EN_WITH_NAMES]).language, 'en');
});

test('a Vietnamese page quoting an English sentence stays Vietnamese', (t) => {
  t.is(detectLanguage('vi', [VI_QUOTING_EN]).language, 'vi');
  t.is(detectLanguage('en', [VI_QUOTING_EN]).language, 'vi');
});
