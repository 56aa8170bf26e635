/** Spoken shortenings of numerals (issue #13). Expected values written by hand. */
import test from 'ava';
import { parseNumber } from '../numbers.js';

test('mươi left out before mốt, tư, lăm: "ba mốt", "bốn lăm"', (t) => {
  t.is(parseNumber('ba mốt'), 31);
  t.is(parseNumber('bốn lăm'), 45);
  t.is(parseNumber('sáu tư'), 64);
  t.is(parseNumber('hai lăm'), 25);
});

test('a lone digit closing the numeral after trăm counts tens: "hai trăm ba", "sáu trăm tư"', (t) => {
  t.is(parseNumber('hai trăm ba'), 230);
  t.is(parseNumber('sáu trăm tư'), 640);
  t.is(parseNumber('hai trăm lẻ ba'), 203, 'lẻ/linh keeps the digit a unit');
  t.is(parseNumber('hai trăm ba mươi tư'), 234);
});

test('rưỡi after a scale: "hai nghìn rưỡi", "một triệu rưỡi"', (t) => {
  t.is(parseNumber('hai nghìn rưỡi'), 2500);
  t.is(parseNumber('một triệu rưỡi'), 1500000);
});

test('not numerals: two plain digits, mốt after one', (t) => {
  t.is(parseNumber('hai ba'), null, '"hai ba" is "two or three", not 23');
  t.is(parseNumber('một mốt'), null);
});
