import test from 'ava';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../testing/shared.js';
import { readConllu } from './ud/read-conllu.js';
import { tagChunks, tagEntities, tagPos } from './tag-words.js';

const require = createRequire(import.meta.url);

test('POS, chunks and entities of a news sentence', (t) => {
  const words = ['Thủ tướng', 'Phạm Minh Chính', 'thăm', 'tỉnh', 'Quảng Ninh', '.'];
  const pos = tagPos(words);
  t.deepEqual(pos, ['N', 'Np', 'V', 'N', 'Np', 'CH']);
  const chunks = tagChunks(words, pos);
  t.is(chunks[2], 'B-VP');
  const entities = tagEntities(words, pos, chunks);
  t.is(entities[1], 'B-PER');
  t.is(entities[4], 'B-LOC');
  t.deepEqual(tagPos([]), []);
});

const testFile = sharedPath('peer', 'ud-vtb', 'vi_vtb-ud-test.conllu');

(testFile ? test : test.skip)('parity with vntk POS, chunking and NER on a sample of UD-VTB test sentences', (t) => {
  interface VntkTagger { transform(tokens: string[][]): string[][]; tagger: { tag(x: string[][]): string[] } }
  const pos = require('vntk/lib/pos_tag') as VntkTagger;
  const chunking = require('vntk/lib/chunking') as VntkTagger;
  const ner = require('vntk/lib/ner') as VntkTagger;
  const sample = readConllu(readFileSync(testFile!, 'utf8')).filter((_, i) => i % 8 === 0);
  t.is(sample.length, 100);
  for (const s of sample) {
    const words = s.words.map(([a, b]) => s.syllables.slice(a, b).join(' '));
    const p = pos.tagger.tag(pos.transform(words.map((w) => [w, 'X'])));
    const c = chunking.tagger.tag(chunking.transform(words.map((w, i) => [w, p[i]!, 'X'])));
    const e = ner.tagger.tag(ner.transform(words.map((w, i) => [w, p[i]!, c[i]!, 'X'])));
    t.deepEqual(tagPos(words), p, s.id);
    t.deepEqual(tagChunks(words, p), c, s.id);
    t.deepEqual(tagEntities(words, p, c), e, s.id);
  }
});
