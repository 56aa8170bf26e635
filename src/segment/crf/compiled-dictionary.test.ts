import test from 'ava';
import { deserialize, serialize } from 'node:v8';
import { toToneStyle } from '../../text/tone-style.js';
import { compileDictionary, inDictionary, packDictionary, spanEntries, unpackDictionary, type CompiledDictionary } from './compiled-dictionary.js';

const WORDS = ['hà nội', 'thủ tướng', 'nhân dân', 'ban chấp hành', 'ban chấp', 'dân', 'uỷ viên', 'ủy ban nhân dân', 'chính phủ'];
const key = (lower: string): string => toToneStyle(lower, 'new');

/** spanEntries by syllable strings (lower-cased, keyed as the dictionary is). */
function entries(dict: CompiledDictionary, ...syllables: string[]): number {
  const id = (s: string | undefined): number => (s === undefined ? -1 : dict.vocab.get(dict.key ? dict.key(s) : s) ?? -1);
  return spanEntries(dict, id(syllables[0]), id(syllables[1]), id(syllables[2]));
}

for (const [name, make] of [
  ['compiled', () => compileDictionary({ words: WORDS, key })],
  ['packed, cloned and unpacked', () => unpackDictionary(deserialize(serialize(packDictionary(compileDictionary({ words: WORDS, key })))), key)],
] as const) {
  test(`two- and three-syllable entries by syllable ids (${name})`, (t) => {
    const dict = make();
    t.is(entries(dict, 'hà', 'nội'), 1);
    t.is(entries(dict, 'ban', 'chấp', 'hành'), 1 | 2); // "ban chấp" and "ban chấp hành"
    t.is(entries(dict, 'ban', 'chấp', 'nội'), 1);
    t.is(entries(dict, 'nội', 'hà'), 0); // order matters
    t.is(entries(dict, 'hà', 'tĩnh'), 0); // "tĩnh" is no syllable of the dictionary
    t.is(entries(dict, 'thủ', 'tướng', 'chính'), 1);
    // through the tone-style key: the dictionary spells "uỷ viên", the text "ủy viên"
    t.is(entries(dict, 'ủy', 'viên'), 1);
    // four syllables are beyond the CRF's spans: "ủy ban nhân dân" gives no "ủy ban" entry
    t.is(entries(dict, 'ủy', 'ban'), 0);
    t.is(dict.one[dict.vocab.get('dân')!], 1);
    t.is(dict.one[dict.vocab.get('nhân')!], 0);
    t.true(inDictionary(dict, 'Chính Phủ'));
    t.true(inDictionary(dict, 'ủy ban nhân dân'));
    t.false(inDictionary(dict, 'chính quyền'));
  });
}

test('an empty dictionary finds nothing and packs', (t) => {
  const dict = unpackDictionary(packDictionary(compileDictionary({ words: [] })));
  t.is(dict.size, 0);
  t.is(spanEntries(dict, -1, -1, -1), 0);
  t.false(inDictionary(dict, 'hà nội'));
});
