/** Text that must yield no English figure (or no date): phone numbers, codes, years, times, word-only numbers. */
import test from 'ava';
import { findEnglishFigures } from './figures.js';
import { findEnglishDates } from './dates.js';

const PUB = '2026-12-03T10:00:00+07:00';
const figures = (s: string) => findEnglishFigures(s, { publishedAt: PUB }).map((f) => f.text);

test('phone numbers, decree numbers, route numbers and disease names are not figures', (t) => {
  t.deepEqual(figures('Call the hotline on 0243 825 6789 or 1900 1234.'), []);
  t.deepEqual(figures('Under Decree 15/2021/ND-CP and Resolution 57, Route 1A reopened.'), []);
  t.deepEqual(figures('Cases of COVID-19 and H5N1 fell.'), []);
});

test('years, dates and times are not figures', (t) => {
  t.deepEqual(figures('In 2015 the plant opened on July 20 at 2pm, and in the first 11 months of 2026 it ran.'), []);
  t.deepEqual(figures('The 2026-2030 plan and the 2019 level.'), []);
});

test('numbers with nothing they count, and word-only numbers, are not figures', (t) => {
  t.deepEqual(figures('The team won 3-1 and ranked 5 of 12. Three times as many came, dozens of them.'), []);
});

test('"May" the verb, "March" the verb at a sentence start and "a year earlier" are not dates', (t) => {
  const d = (s: string) => findEnglishDates(s, { reference: PUB }).map((x) => x.text);
  t.deepEqual(d('Prices may rise. Costs May Fall, the headline said.'), []);
  t.deepEqual(d('Sales were up 4% from a year earlier and year-on-year.'), []);
});

test('ranks and named things are not figures: "top 10 economies", "Terminal 3 handles", "iPhone 16 units", "phase 2 works"', (t) => {
  t.deepEqual(figures('Vietnam joined the top 10 economies. Terminal 3 handles flights. Sales of iPhone 16 units rose. The phase 2 works began.'), []);
  t.deepEqual(figures('Some 14,600 households and Nearly 900 workers.'), ['14,600 households', '900 workers']);
});

test('a text without sentence stops is cut for the tagger and every figure is still found', (t) => {
  const clause = 'exports rose 14.4% to $369.9 billion, and 1,200 businesses joined';
  const text = Array(60).fill(clause).join(', ') + '.';
  const found = findEnglishFigures(text, { publishedAt: PUB });
  t.is(found.length, 180);
  t.true(found.every((f) => text.slice(...f.span) === f.text));
});
