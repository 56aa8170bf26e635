import test from 'ava';
import { createRequire } from 'node:module';
import { isTitle, titleCase } from './title-case.js';

const require = createRequire(import.meta.url);

test('isTitle matches vntk feature semantics on Vietnamese words', (t) => {
  t.true(isTitle('Hà'));
  t.true(isTitle('Hà Nội'));
  t.true(isTitle('Đà Nẵng'));
  t.false(isTitle('Hà nội'));
  t.false(isTitle('UBND'));
  t.false(isTitle('iPhone'));
  t.true(isTitle('2021')); // title-case leaves digits alone
  t.false(isTitle(','));
  t.false(isTitle('TP.HCM'));
  t.is(titleCase('thủ tướng chính phủ'), 'Thủ Tướng Chính Phủ');
});

test('agrees with the title-case package vntk uses', (t) => {
  let titleCasePackage: ((s: string) => string) | null = null;
  try {
    titleCasePackage = require(require.resolve('title-case', { paths: [require.resolve('vntk/package.json')] })) as (s: string) => string;
  } catch {
    t.pass('title-case is not installed beside vntk');
    return;
  }
  const words = ['Hà', 'Nội', 'Hà Nội', 'UBND', 'TP.HCM', 'Tp.', '1A', 'A1', 'aB', 'ABc', 'e-mail', 'COVID-19', '"Hà', 'Hà ,', '...', 'Đắk Lắk', 'McDonald', 'ĐBSCL', 'Ủy ban'];
  for (const w of words) t.is(isTitle(w), w === titleCasePackage(w), w);
});
