import test from 'ava';
import { findEnglishFigures } from './figures.js';
import { parseEnglishNumber } from './numbers.js';

const PUB = '2026-12-03T10:00:00+07:00';
const one = (text: string) => {
  const found = findEnglishFigures(text, { publishedAt: PUB });
  return found;
};

test('scale words multiply exactly: "$369.9 billion" → 369900000000 USD', (t) => {
  const [f] = one("Vietnam's exports reached $369.9 billion in the first 11 months.");
  t.is(f!.text, '$369.9 billion');
  t.is(f!.value, 369900000000);
  t.is(f!.unit, 'USD');
  t.is(f!.period, '2026-01/2026-11');
  t.is(parseEnglishNumber('1,127.95', 'trillion'), 1127950000000000);
  t.is(parseEnglishNumber('0.07', 'million'), 70000);
});

test('"VND2.3 trillion ($100 million)" is two figures, one per currency', (t) => {
  const fs = one('The port operator will invest VND2.3 trillion ($100 million) in a second terminal.');
  t.deepEqual(fs.map((f) => [f.text, f.value, f.unit]), [['VND2.3 trillion', 2300000000000, 'VND'], ['$100 million', 100000000, 'USD']]);
});

test('percent spellings and percentage points', (t) => {
  const fs = one('Inflation eased to 3.1 percent, the jobless rate was 2.2 per cent, and margins widened by 1.5 percentage points.');
  t.deepEqual(fs.map((f) => [f.value, f.unit]), [[3.1, '%'], [2.2, '%'], [1.5, 'pp']]);
});

test('counted nouns: singular, lower case, adjectives and demonyms left out, compounds kept', (t) => {
  const fs = one('The fair drew 1,200 businesses, 8,400 Korean tourists, 35 small factories and 64 trade delegations.');
  t.deepEqual(fs.map((f) => [f.value, f.unit]), [[1200, 'business'], [8400, 'tourist'], [35, 'factory'], [64, 'trade delegation']]);
});

test('"up 14.4% year-on-year" is a change up with its reference; "fell 3%" is down', (t) => {
  const [a, b] = one('Retail sales rose to VND600 trillion, up 14.4% year-on-year, while car sales fell 3% from the previous month.');
  t.deepEqual(a!.change, null);
  t.deepEqual(b!.change, { direction: 'up', reference: 'year-on-year' });
  const [c] = one('Car sales fell 3% from the previous month.');
  t.deepEqual(c!.change, { direction: 'down', reference: 'the previous month' });
});

test('a change verb before "by": "cut lending rates for exporters by 0.5 percentage point"', (t) => {
  const [f] = one('The central bank asked lenders to cut lending rates for exporters by 0.5 percentage point.');
  t.deepEqual(f!.change, { direction: 'down', reference: null });
  t.is(f!.status, 'target');
});

test('"rose 8% … to $4 billion": the amount reached is not a change', (t) => {
  const fs = one('Deposits rose 8% in the third quarter to $4 billion.');
  t.deepEqual(fs.map((f) => f.change?.direction ?? null), ['up', null]);
});

test('approx words are left out of the text and set approx', (t) => {
  const fs = one('Nearly 900 workers, about 1,500 tonnes, more than $3 billion, under 5 percent, up to VND50 million and at least 40 hectares.');
  t.deepEqual(fs.map((f) => [f.text, f.approx]), [
    ['900 workers', 'about'], ['1,500 tonnes', 'about'], ['$3 billion', 'over'], ['5 percent', 'under'],
    ['VND50 million', 'at_most'], ['40 hectares', 'at_least'],
  ]);
});

test('ranges share the scale word and the currency: "$5–7 billion", "VND9-10 million"', (t) => {
  const [a, b] = one('Investors pledged $5–7 billion, and rents are VND9-10 million a month.');
  t.deepEqual([a!.value, a!.range, a!.unit], [5000000000, { from: 5000000000, to: 7000000000 }, 'USD']);
  t.deepEqual([b!.value, b!.range, b!.unit], [9000000, { from: 9000000, to: 10000000 }, 'VND/month']);
});

test('status cues: aims to / plans → target, is expected to / estimated → estimate, else actual', (t) => {
  const s = (x: string) => one(x)[0]!.status;
  t.is(s('The province aims to export $2 billion of fruit.'), 'target');
  t.is(s('The airline plans to open 12 routes.'), 'target');
  t.is(s('Output is expected to reach 40 million tonnes.'), 'estimate');
  t.is(s('The city collected an estimated VND41 trillion.'), 'estimate');
  t.is(s('The city collected VND41 trillion.'), 'actual');
  t.is(s('Investment of $5-7 billion is expected over the decade.'), 'estimate');
  t.is(s('Some 1,200 new jobs are planned.'), 'target');
});

test('units glued or spelled: MW, kWp, degrees Celsius, square metres; rates per unit', (t) => {
  const fs = one('A 5kWp system, a 600MW plant, 39 degrees Celsius, 120 square metres and $4 per kilogram.');
  t.deepEqual(fs.map((f) => [f.value, f.unit]), [[5, 'kWp'], [600, 'MW'], [39, '°C'], [120, 'm2'], [4, 'USD/kg']]);
});

test('glued scale letters after a currency, "quadrillion", ranges written with both units', (t) => {
  const fs = one('The city spent $2bn and $500m, earned VND1.5 quadrillion, and 50%-60% of farmers joined.');
  t.deepEqual(fs.map((f) => [f.text, f.value, f.unit, f.range]), [
    ['$2bn', 2000000000, 'USD', null], ['$500m', 500000000, 'USD', null],
    ['VND1.5 quadrillion', 1500000000000000, 'VND', null], ['50%-60%', 50, '%', { from: 50, to: 60 }],
  ]);
});

test('"X and Y" is two figures unless "between" comes first', (t) => {
  t.deepEqual(one('Sales of 300 tonnes and 450 tonnes.').map((f) => f.value), [300, 450]);
  t.deepEqual(one('Rents between 1.2 million and 1.5 million VND a night.').map((f) => [f.value, f.range, f.unit]), [[1200000, { from: 1200000, to: 1500000 }, 'VND/night']]);
});
