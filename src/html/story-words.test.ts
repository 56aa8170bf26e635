import test from 'ava';
import { isStoryLike, stopWordShare } from './story-words.js';

test('share of function words among the syllables', (t) => {
  // 13 syllables; "của", "và", "được", "các", "là" are function words.
  t.is(stopWordShare('Giá trị xuất khẩu của tỉnh và thu nhập được các ngành là 9%'), 5 / 13);
  t.is(stopWordShare('Trang chủ | Thời sự | Kinh doanh'), 0);
  t.is(stopWordShare('2026 - 12.500'), 0);
  // Upper case is folded; a letter outside the BMP still counts as a letter (𝐀 joins its syllable).
  t.is(stopWordShare('VÀ Của 𝐀b'), 2 / 3);
});

test('story-like: at least 8 words and 12 % function words', (t) => {
  t.true(isStoryLike('Sáng 7/3, Ủy ban nhân dân tỉnh đã tổ chức hội nghị sơ kết công tác quý I của các sở ngành.'));
  t.false(isStoryLike('Thời sự Kinh doanh Giải trí Thể thao Pháp luật Giáo dục Sức khỏe Đời sống'));
  t.false(isStoryLike('Giá vàng và USD của ngày'));
});
