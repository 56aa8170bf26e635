/** The officials lexicons load, say where they come from, and answer the lookups the finder relies on. */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { officialsLexicon } from './lexicon.js';
import { tokenize } from './tokens.js';

const FILES = ['titles.tsv', 'organizations.tsv', 'provinces.tsv', 'countries.tsv', 'surnames.tsv', 'honorifics.tsv', 'namesakes.tsv'];

for (const file of FILES) {
  test(`${file} opens with its source and date`, (t) => {
    const text = readFileSync(fileURLToPath(new URL(`../../../corpus/lexicon/${file}`, import.meta.url)), 'utf8');
    const header = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
    t.regex(header, /Source/i);
    t.regex(header, /2026-11-27/);
  });
}

test('titles match whatever the case and tone style, longest first', (t) => {
  const { titles } = officialsLexicon();
  const tokens = tokenize('phó chủ tịch thường trực HĐND');
  t.is(titles.match(tokens, 0)?.end, 5); // the five words of "phó chủ tịch thường trực"
  t.truthy(titles.match(tokenize('Uỷ viên'), 0));
  t.is(titles.match(tokenize('Thủ tướng'), 0)?.value.implied, 'Chính phủ');
});

test('abbreviations are case-sensitive where flagged', (t) => {
  const { organizations } = officialsLexicon();
  t.is(organizations.match(tokenize('UBND'), 0)?.value.expansion, 'Ủy ban nhân dân');
  t.is(organizations.match(tokenize('TP'), 0)?.value.expansion, 'thành phố');
  t.is(organizations.match(tokenize('tp'), 0), null);
  t.is(organizations.match(tokenize('HĐQT'), 0)?.value.expansion, 'Hội đồng quản trị');
});

test('surnames and honorifics', (t) => {
  const { surnames, honorifics } = officialsLexicon();
  t.true(surnames.has('nguyễn'));
  t.true(surnames.has('đào'));
  t.false(surnames.has('văn'));
  t.is(honorifics.match(tokenize('bà'), 0)?.value.gender, 'female');
  t.is(honorifics.match(tokenize('Đại tá'), 0)?.value.kind, 'rank');
});
