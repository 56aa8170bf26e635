import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/html/load-html.js';
import { scanPage } from '../src/html/page-scan.js';
import { readMetadata, readPageUrl, hostOf } from '../src/html/metadata.js';
import { genericHints, hintsForHost } from '../src/html/sites.js';
import { extractStory } from '../src/html/content.js';
import { decideKind } from '../src/html/page-kind.js';
for (const f of process.argv.slice(2)) {
  const html = readFileSync(f, 'utf8');
  const page = parseHtml(html);
  const generic = genericHints();
  const scan = scanPage(page, generic.dropTags);
  const url = readPageUrl(scan, null);
  const site = hintsForHost(hostOf(url));
  const meta = readMetadata(scan, url, generic, site, false);
  const story = extractStory(page, { generic, site, lead: meta.lead, title: meta.titles.h1, taken: [], droppable: scan.droppable, index: scan.index }, false);
  const ev = decideKind(meta, story);
  const c = story.container;
  console.log(f.split('/').pop(), url, ev.kind, ev.score, ev.reasons.join('; '), '| container', c?.name, c?.attribs.class, c?.attribs.id, story.paragraphs.length, story.chars, 'links', story.linkBlocks, "runs", story.teaserRuns);
}
