/** Inputs that once made a regex or a loop quadratic: each must finish in well under a second. */
import test from 'ava';
import { findFigures } from '../figures.js';

const inputs: [string, string, number][] = [
  ['200 000 digits in one run', '1234567890'.repeat(20000), 0],
  ['50 000 number words in a row', 'một hai ba bốn năm sáu bảy tám chín mười '.repeat(5000), 0],
  ['10 000 prices in one sentence', 'giá 1.000 đồng, tăng 5%; '.repeat(10000), 20000],
];

for (const [name, text, count] of inputs) {
  test(`bounded work: ${name}`, (t) => {
    const t0 = performance.now();
    t.is(findFigures(text).length, count);
    // generous for a shared machine; the quadratic versions took minutes
    t.true(performance.now() - t0 < 15000);
  });
}
