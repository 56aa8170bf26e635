import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
for (const f of process.argv.slice(2)) {
  const $ = cheerio.load(readFileSync(f, 'utf8'), { xml: { xmlMode: false, decodeEntities: true } } as never);
  const h1 = $('h1').map((_, e) => $(e).text().replace(/\s+/g, ' ').trim().slice(0, 70) + ` <${$(e).attr('class') ?? ''}>`).get();
  const title = $('title').first().text().replace(/\s+/g, ' ').trim();
  const og = $('meta[property="og:title"]').attr('content');
  const links = new Set($('a').filter((_, e) => $(e).text().trim().split(/\s+/).length >= 5).map((_, e) => $(e).attr('href')).get());
  console.log(f.split('/').pop(), '| h1:', JSON.stringify(h1), '| title:', title.slice(0, 80), '| og:', og?.slice(0, 60), '| headline links', links.size, '| bytes', readFileSync(f).length);
}
