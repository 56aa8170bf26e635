import test from 'ava';
import { parseNumber } from './numbers.js';

const cases: [string, number][] = [
  // Vietnamese marks: "." thousands, "," decimal
  ['1.127,9', 1127.9], ['72.047', 72047], ['1.173.000', 1173000], [',77', 0.77], ['0,611', 0.611], ['02', 2],
  // English marks when unambiguous
  ['1,127.9', 1127.9], ['1,200,000', 1200000], ['12.53', 12.53],
  // shorthand
  ['100K', 100000], ['1,2M', 1200000], [',0012G', 1200000], ['1tr5', 1500000], ['2t3', 2300000000], ['18 vạn', 180000],
  // negatives
  ['âm 5', -5], ['-99,95', -99.95], ['- 1.200.000', -1200000],
  // digits with scale words
  ['1.127,9 nghìn tỷ', 1127900000000000], ['61.929 tỷ', 61929000000000], ['1,5 tỷ', 1500000000], ['709,9 triệu', 709900000],
  ['3 triệu 500 nghìn', 3500000], ['5 ngàn', 5000],
  // words
  ['một nghìn hai trăm tỉ', 1200000000000], ['hai mươi mốt nghìn không trăm mười một', 21011],
  ['bảy trăm hai mươi mốt nghìn không trăm mười hai', 721012], ['bốn triệu sáu', 4600000], ['hai triệu rưỡi', 2500000],
  ['trăm rưỡi', 150], ['một trăm lẻ năm', 105], ['hai trăm linh tư', 204], ['mười lăm', 15], ['hai mươi lăm', 25],
  ['năm mươi tư', 54], ['ba mươi mốt', 31], ['hai chục', 20], ['chục nghìn', 10000], ['trăm nghìn', 100000],
  ['mốt', 1], ['tư', 4], ['lăm', 5], ['nghìn tỷ', 1e12], ['hai phẩy năm', 2.5], ['2 chấm 23', 2.23],
];

for (const [input, expected] of cases) {
  test(`parseNumber("${input}") = ${expected}`, (t) => {
    t.is(parseNumber(input), expected);
  });
}

test('text that is not one numeral gives null', (t) => {
  for (const input of ['', 'đồng', 'hai ba', 'mươi', '024.3825.1234', '68/2026', 'một hai ba', '5 tấn', 'lăm mươi']) {
    t.is(parseNumber(input), null, input);
  }
});
