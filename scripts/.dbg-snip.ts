import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
const fold = (s: string) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const W = '../shared/corpus/wild';
const only = process.argv.slice(2);
for (const f of ['24h_1','bongdaplus_1','dantri_1','genk_1','genk_L1','ione_1','ngoisao_1','soha_1','soha_L1','teen9x_1','vnexpress_1','vnexpress_2','xinhxinh_1','zing_1']) {
  if (only.length && !only.includes(f)) continue;
  const g = JSON.parse(readFileSync(`${W}/gold/${f}.json`, 'utf8'));
  const r = extract({ html: new Uint8Array(readFileSync(`${W}/pages/${f}.html`)), source: f, options: { siteHints: false, analyse: false } }) as any;
  const flat = fold(r.text ?? '');
  const miss = (g.textIncludes ?? []).filter((s: string) => !flat.includes(fold(s)));
  const leak = (g.textExcludes ?? []).filter((s: string) => flat.includes(fold(s)));
  const paras = (r.text ?? '').split(/\n\n/).length;
  const ok = (a: any, b: any) => (a === b ? 'ok' : `NO(${a} vs ${b})`);
  const inst = (s: string | null) => (s ? Date.parse(s) : null);
  console.log(`== ${f} kind ${ok(r.kind, g.kind)} title ${ok(fold(r.title ?? ''), fold(g.title ?? ''))} date ${inst(r.publishedAt) === inst(g.publishedAt) ? 'ok' : `NO(${r.publishedAt} vs ${g.publishedAt})`} paras ${paras}/${g.paragraphCountApprox} caps ${r.captions?.length}`);
  if (miss.length) console.log('  MISSING', miss);
  if (leak.length) console.log('  LEAK', leak);
  if (process.env.V) console.log(r.text.split('\n\n').map((p: string, i: number) => `   [${i}] ${p.slice(0, 110)}`).join('\n'), '\n  captions', r.captions, '\n  lead', r.lead, '\n  warnings', r.warnings);
}
