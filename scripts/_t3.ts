import { findEnglishOfficials } from '../src/extract/english/officials.js';
import { readFileSync } from 'node:fs';
for (const n of ['vnexpress','vietnamnews','vov','saigoneer']) {
  const g = JSON.parse(readFileSync(`../shared/corpus/english/gold/dev_${n}.json`,'utf8'));
  const text = g.paragraphs.join('\n\n');
  const o = findEnglishOfficials(text, { title: g.title, lead: g.lead });
  for (const x of o) console.log(n, x.name, x.gender, JSON.stringify(x.positions.map(p=>[p.title,p.organization,p.organizationFull,p.text])), x.mentions.map(m=>text.slice(...m.span)).join(','));
}
for (const s of ['Deputy Prime Minister Bui Thanh Son said on Friday that trade rose. Son said more.', 'Minister of Industry and Trade Nguyen Hong Dien met Hanoi People\'s Committee Chairman Tran Sy Thanh. Mr Thanh said so.', 'US President Joe Biden met Vietnamese Prime Minister Pham Minh Chinh.'])
  console.log(JSON.stringify(findEnglishOfficials(s).map(x=>[x.name,x.gender,x.positions.map(p=>[p.title,p.organization,p.organizationFull,p.text]),x.mentions.length])));
