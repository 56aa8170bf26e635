/**
 * findOfficials on the shared gold articles (../shared/corpus/gold), read in place at test time:
 * the seed exactly, and every gold official and position found with no extra person. Input is the
 * gold's own body, title, lead and captions, so this measures the finder alone, not the cleaner.
 */
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../testing/shared.js';
import { findOfficials } from '../officials.js';

interface GoldOfficial { name: string; positions: string[] }
interface Gold {
  kind: string; site: string | null; title: string; lead: string | null; publishedAt: string | null;
  paragraphs: string[]; captions?: string[]; officials: GoldOfficial[];
}

const goldDir = sharedPath('corpus', 'gold');
const readGold = (file: string): Gold => JSON.parse(readFileSync(join(goldDir!, file), 'utf8')) as Gold;
const run = (g: Gold) => findOfficials(g.paragraphs.join('\n\n'), {
  title: g.title, lead: g.lead, captions: g.captions ?? [], site: g.site, publishedAt: g.publishedAt,
});

(goldDir ? test : test.skip)('the seed: 2 officials, 3 positions, organizations resolved to Bắc Ninh', (t) => {
  const officials = run(readGold('seed-sct-bacninh-2021.json'));
  t.deepEqual(officials.map((o) => o.name), ['Đào Quang Khải', 'Nguyễn Hạnh Chung']);
  t.deepEqual(officials.map((o) => o.positions.map((p) => p.organizationFull)), [
    ['Ban Thường vụ Tỉnh ủy Bắc Ninh', 'Ủy ban nhân dân tỉnh Bắc Ninh'],
    ['Hội đồng nhân dân tỉnh Bắc Ninh'],
  ]);
  t.deepEqual(officials.map((o) => o.positions.map((p) => p.text)), [
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'],
    ['Phó Chủ tịch Thường trực HĐND tỉnh'],
  ]);
});

(goldDir ? test : test.skip)('every gold article: the same people, every gold position found', (t) => {
  const key = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  for (const file of readdirSync(goldDir!).filter((f) => f.endsWith('.json'))) {
    const gold = readGold(file);
    if (gold.kind !== 'article') continue;
    const found = run(gold);
    t.deepEqual(found.map((o) => key(o.name)).sort(), gold.officials.map((o) => key(o.name)).sort(), file);
    for (const g of gold.officials) {
      const phrases = found.find((o) => key(o.name) === key(g.name))?.positions.map((p) => key(p.text)) ?? [];
      for (const pos of g.positions) t.true(phrases.some((ph) => ph.includes(key(pos))), `${file}: ${g.name} — ${pos}`);
    }
  }
});

(goldDir ? test : test.skip)('every mention points at the name, or at an honorific and the end of the name', (t) => {
  for (const file of readdirSync(goldDir!).filter((f) => f.endsWith('.json'))) {
    const gold = readGold(file);
    if (gold.kind !== 'article') continue;
    const body = gold.paragraphs.join('\n\n');
    for (const o of run(gold)) {
      for (const m of o.mentions) {
        const field = m.field === 'title' ? gold.title : m.field === 'lead' ? gold.lead! : m.field === 'captions' ? gold.captions![m.index!]! : body;
        const said = field.slice(m.span[0], m.span[1]);
        const last = o.name.split(' ').pop()!;
        t.true(said === o.name || (said.endsWith(` ${last}`) && said.split(' ').length <= 3), `${file}: "${said}" for ${o.name}`);
      }
    }
  }
});
