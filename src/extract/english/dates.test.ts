import test from 'ava';
import { findEnglishDates } from './dates.js';

// A Thursday.
const PUB = '2026-12-03T10:00:00+07:00';
const dates = (text: string, reference: string | null = PUB) =>
  findEnglishDates(text, { reference }).map((d) => [d.text, d.value, d.grain, d.to, d.inferred]);

test('"December 6" and "6 December 2025": a day, the year inferred only when not written', (t) => {
  t.deepEqual(dates('The fair opens on December 6 and closed on 6 December 2025.'), [
    ['December 6', '2026-12-06', 'day', null, ['year']], ['6 December 2025', '2025-12-06', 'day', null, []],
  ]);
});

test('"on Friday" is the nearest past Friday; "next Friday" the coming one; "last Thursday" a week back', (t) => {
  t.deepEqual(dates('He said on Friday'), [['Friday', '2026-11-27', 'day', null, ['year', 'month', 'day']]]);
  t.deepEqual(dates('It opens next Friday'), [['next Friday', '2026-12-04', 'day', null, ['year', 'month', 'day']]]);
  t.deepEqual(dates('It met last Thursday'), [['last Thursday', '2026-11-26', 'day', null, ['year', 'month', 'day']]]);
});

test('relative months, weeks and years against publishedAt', (t) => {
  t.deepEqual(dates('Last month prices fell; this year and next year; last week.'), [
    ['Last month', '2026-11', 'month', null, ['year', 'month']], ['this year', '2026', 'year', null, ['year']],
    ['next year', '2027', 'year', null, ['year']], ['last week', '2026-W48', 'week', null, ['year', 'week']],
  ]);
});

test('"from January to November" is a month range, "from" left out', (t) => {
  t.deepEqual(dates('Exports rose from January to November.'), [['January to November', '2026-01', 'month', '2026-11', ['year']]]);
});

test('quarters and halves: "Q3", "the first half", "third quarter of 2025"', (t) => {
  t.deepEqual(dates('Profit grew in Q3 and in the first half, after a weak third quarter of 2025.'), [
    ['Q3', '2026-Q3', 'quarter', null, ['year']], ['first half', '2026-H1', 'half', null, ['year']],
    ['third quarter of 2025', '2025-Q3', 'quarter', null, []],
  ]);
});

test('"first 11 months", "in 2015", "the 2021-2025 period"', (t) => {
  t.deepEqual(dates('In the first 11 months, up from 2015, over the 2021-2025 period.'), [
    ['first 11 months', '2026-01', 'month', '2026-11', ['year']], ['2015', '2015', 'year', null, []],
    ['2021-2025 period', '2021', 'year', '2025', []],
  ]);
});

test('a time with its day is one hour-grain mention', (t) => {
  t.deepEqual(dates('Demand peaked at 3pm on November 30.'), [['3pm on November 30', '2026-11-30T15:00', 'hour', null, ['year']]]);
});

test('"the same period last year" takes the months of the mention before it', (t) => {
  t.deepEqual(dates('Sales in the first nine months beat the same period last year.'), [
    ['first nine months', '2026-01', 'month', '2026-09', ['year']], ['same period last year', '2025-01', 'month', '2025-09', ['year', 'month']],
  ]);
});

test('a month more than ten months ahead belongs to the year before', (t) => {
  t.deepEqual(dates('Sales in December were strong; March looks better.', '2026-01-15T09:00:00+07:00'), [
    ['December', '2025-12', 'month', null, ['year']], ['March', '2026-03', 'month', null, ['year']],
  ]);
});

test('without publishedAt relative dates have no value', (t) => {
  t.deepEqual(dates('He spoke on Monday.', null), [['Monday', null, 'day', null, ['year', 'month', 'day']]]);
});
