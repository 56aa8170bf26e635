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
