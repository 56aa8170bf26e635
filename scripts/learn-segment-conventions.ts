/**
 * Learn corpus/lexicon/segment-not-words.tsv and corpus/lexicon/segment-conventions.tsv from the
 * UD-VTB dev split (never test: test is for reporting). See src/segment/ud/learn-conventions.ts.
 *
 *   npx tsx scripts/learn-segment-conventions.ts --cv     # choose thresholds: 2-fold on dev
 *   npx tsx scripts/learn-segment-conventions.ts --write [--not-words 1,0.8] [--conventions 2,0.8]
 *
 * `--cv` learns on one half of dev (contiguous, so articles stay whole) and scores the other half,
 * both ways, for a grid of thresholds (min count, min agreement); `--write` learns on all of dev and
 * writes both tables. Conventions are learned on the output of the tagger without the not-words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readConllu, scoreWords, type ConlluSentence } from '../src/segment/ud/read-conllu.js';
import { learnConventions, learnNotWords, type LearnOptions } from '../src/segment/ud/learn-conventions.js';
import { applyConventions, parseConventions, conventionKey, CONVENTIONS_FILE } from '../src/segment/conventions.js';
import { NOT_WORDS_FILE } from '../src/segment/not-words.js';
import { viet74k } from '../src/segment/dictionary.js';
import { loadUserLexicon } from '../src/segment/user-lexicon.js';
import { tagSyllables, wordLabels } from '../src/segment/word-tagger.js';
import { sharedPath } from '../src/testing/shared.js';

const args = process.argv.slice(2);
const thresholds = (name: string, dflt: string): LearnOptions => {
  const i = args.indexOf(name);
  const [minCount, minAgreement] = (i >= 0 && args[i + 1] ? args[i + 1]! : dflt).split(',').map(Number);
  return { minCount: minCount!, minAgreement: minAgreement! };
};
const file = sharedPath('peer', 'ud-vtb', 'vi_vtb-ud-dev.conllu');
if (!file) { console.error('../shared/peer/ud-vtb not found'); process.exit(2); }
const sentences = readConllu(readFileSync(file, 'utf8'));
const labels = wordLabels();
const begin = labels.indexOf('BW');
const inside = labels.indexOf('IW');
// Viet74K only: user-lexicon entries stay in the dictionary (see word-tagger.ts)
const dictionary = new Set([...viet74k()].map(conventionKey));
const userWords = new Set([...loadUserLexicon()].map(conventionKey));

interface Tables { notWords: Set<string>; conventions: string }

function learn(train: readonly ConlluSentence[], notWordOptions: LearnOptions | null, conventionOptions: LearnOptions | null): Tables {
  const notWords = new Set(notWordOptions ? learnNotWords(train, dictionary, notWordOptions).map((e) => e.form) : []);
  const tags = train.map((s) => tagSyllables(s.syllables, { conventions: false, notWords }));
  // a split never undoes a user-lexicon word: that lexicon is the project's explicit choice
  const conventions = conventionOptions
    ? learnConventions(train, tags, inside, conventionOptions).filter((e) => e.words === e.form || !userWords.has(e.form)).map((e) => `${e.form}\t${e.words}\t${e.occurrences}\t${e.agreeing}`).join('\n')
    : '';
  return { notWords, conventions };
}

function ranges(tags: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  tags.forEach((t, i) => {
    if (t === inside && out.length) out[out.length - 1]![1] = i + 1;
    else out.push([i, i + 1]);
  });
  return out;
}

function predict(held: readonly ConlluSentence[], tables: Tables): { gold: [number, number][]; predicted: [number, number][] }[] {
  const table = parseConventions(tables.conventions);
  return held.map((s) => {
    const tags = tagSyllables(s.syllables, { conventions: false, notWords: tables.notWords });
    applyConventions(s.syllables, tags, begin, inside, table);
    return { gold: s.words, predicted: ranges(tags) };
  });
}

if (args.includes('--cv')) {
  const half = Math.floor(sentences.length / 2);
  const a = sentences.slice(0, half);
  const b = sentences.slice(half);
  const crossValidate = (name: string, n: LearnOptions | null, c: LearnOptions | null): void => {
    const sc = scoreWords([...predict(b, learn(a, n, c)), ...predict(a, learn(b, n, c))]);
    console.log(`2-fold dev, ${name.padEnd(40)} P ${sc.p.toFixed(4)} R ${sc.r.toFixed(4)} F1 ${sc.f1.toFixed(4)}`);
  };
  crossValidate('neither', null, null);
  const grid: LearnOptions[] = [];
  for (const minCount of [1, 2, 3]) for (const minAgreement of [0.6, 0.8, 0.9]) grid.push({ minCount, minAgreement });
  for (const g of grid) crossValidate(`not-words ${g.minCount},${g.minAgreement}`, g, null);
  for (const g of grid) crossValidate(`conventions ${g.minCount},${g.minAgreement}`, null, g);
  for (const g of grid) crossValidate(`not-words 1,0.8 + conventions ${g.minCount},${g.minAgreement}`, { minCount: 1, minAgreement: 0.8 }, g);
}

if (args.includes('--write')) {
  const n = thresholds('--not-words', '1,0.8');
  const c = thresholds('--conventions', '2,0.8');
  const notWords = learnNotWords(sentences, dictionary, n);
  const tables = learn(sentences, n, c);
  const date = new Date().toISOString().slice(0, 10);
  const source = [
    '# Derived from UD-VTB (UD_Vietnamese-VTB, https://github.com/UniversalDependencies/UD_Vietnamese-VTB),',
    '# vi_vtb-ud-dev.conllu, the dev split only; licence CC BY-SA 4.0, so this file is CC BY-SA 4.0 too.',
    `# Generated by scripts/learn-segment-conventions.ts (baochi project, ${date}); thresholds chosen by`,
    '# 2-fold cross-validation on dev (--cv).',
  ];
  writeFileSync(NOT_WORDS_FILE, [
    '# Viet74K entries that UD-VTB mostly writes as several words ("cho biết" → "cho | biết").',
    '# Best mode leaves them out of the dictionary the CRF model sees (src/segment/not-words.ts).',
    ...source,
    `# Kept when the syllables occur ≥ ${n.minCount} time(s) in dev and are split in ≥ ${n.minAgreement * 100}% of them.`,
    '# Columns: form (lower case, new tone style), occurrences in dev, of which split.',
    'form\toccurrences\tsplit',
    ...notWords.map((e) => `${e.form}\t${e.occurrences}\t${e.split}`),
  ].join('\n') + '\n');
  writeFileSync(CONVENTIONS_FILE, [
    '# UD-VTB word conventions that differ from best mode\'s output (CRF + not-words + merge rules): for each',
    '# form, the treebank\'s words ("như vậy" → "như | vậy" splits; "con gái" → "con gái" joins). A split',
    '# fires where the segmenter wrote exactly that word, a join where it did not (src/segment/conventions.ts).',
    ...source,
    `# Kept when seen ≥ ${c.minCount} times with ≥ ${c.minAgreement * 100}% agreement.`,
    '# Columns: form (lower case, new tone style), words, occurrences where the rule fires on dev, of which agreeing.',
    'form\twords\toccurrences\tagreeing',
    tables.conventions,
  ].join('\n') + '\n');
  console.log(`${notWords.length} not-words → ${NOT_WORDS_FILE}`);
  console.log(`${tables.conventions.split('\n').filter(Boolean).length} conventions → ${CONVENTIONS_FILE}`);
}
