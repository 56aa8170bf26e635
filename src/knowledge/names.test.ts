import test from 'ava';
import { bareLetters, markCount, nameKey, sameName } from './names.js';

test('a name key folds case, tone style and spaces', (t) => {
  t.is(nameKey('Nguyễn  Văn HÒA'), 'nguyễn văn hoà');
  t.is(nameKey('Nguyễn Văn Hoà'), nameKey('Nguyễn Văn Hòa'));
});

test('a name typed without diacritics is the same name', (t) => {
  t.true(sameName(nameKey('Phạm Thị Lan'), nameKey('Pham Thi Lan')));
  t.true(sameName(nameKey('Đào Quang Khải'), nameKey('Dao Quang Khai')));
  t.is(bareLetters('Đỗ Đức Hòa'), 'Do Duc Hoa');
  t.is(markCount('Đỗ Đức'), 6); // đ twice, circumflex + tilde, horn + acute
});

test('names that differ in a mark are other names, however close their letters', (t) => {
  t.false(sameName(nameKey('Nguyễn Văn Hùng'), nameKey('Nguyễn Văn Hưng')));
  t.false(sameName(nameKey('Nguyễn Thanh Phong'), nameKey('Nguyễn Thành Phong')));
  t.false(sameName(nameKey('Trần Văn Hòa'), nameKey('Trần Văn Hóa')));
  t.false(sameName(nameKey('Pham Thi Lan'), nameKey('Pham Thi Lam')));
  t.false(sameName(nameKey('Lê Văn Nam'), nameKey('Lê Nam')));
});
