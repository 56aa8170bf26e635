/**
 * The report: one self-contained HTML page from a store — the officials table (searchable), a timeline
 * per person, and a chart per indicator series. Chart.js (its UMD build, read from node_modules) and
 * the data are inlined, so the page needs no network when it is opened. Rows are rendered here, not
 * by script, so the tables read even where scripts are off; the script adds the search and the charts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findPersons, type Person } from './officials-registry.js';
import { series, seriesId, type SeriesRow } from './series.js';
import type { Store } from './store.js';

export interface ReportOptions {
  /** Page title. @default 'baochi — report' */
  title?: string;
  /** Persons with a timeline (most articles first). @default 300 */
  maxTimelines?: number;
  /** Series with a chart. @default 200 */
  maxCharts?: number;
}

export interface ReportSummary {
  articles: number;
  copies: number;
  persons: number;
  rows: number;
  series: number;
  html: string;
}

let chartJs: string | null = null;

/** Chart.js's UMD build, as shipped in its package (dist/chart.umd.min.js). */
function chartLibrary(): string {
  if (chartJs) return chartJs;
  const require = createRequire(import.meta.url);
  const main = require.resolve('chart.js'); // …/chart.js/dist/chart.cjs
  chartJs = readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8');
  return chartJs;
}

function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside <script>: nothing in it may close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function officialsTable(persons: Person[]): string {
  const rows = persons.flatMap((p) => p.rows.map((r) => `<tr data-person="${r.person}"><td>${esc(r.name)}</td><td>${esc(r.former ? `nguyên ${r.title}` : r.title)}</td><td>${esc(r.organizationFull)}</td><td>${esc(r.province)}</td><td>${esc(r.firstSeen)}</td><td>${esc(r.lastSeen)}</td><td class="n">${r.articles}</td><td>${esc(r.sources.join(', '))}</td></tr>`));
  return `<input id="search" type="search" placeholder="Tìm tên, chức vụ, cơ quan, tỉnh…" aria-label="search officials">
<p class="count"><span id="shown">${rows.length}</span> / ${rows.length} rows</p>
<table id="officials-table"><thead><tr><th>name</th><th>title</th><th>organizationFull</th><th>province</th><th>firstSeen</th><th>lastSeen</th><th>articles</th><th>sources</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

function timelines(persons: Person[], max: number): string {
  const dated = persons.filter((p) => p.rows.some((r) => r.firstSeen && !r.former));
  dated.sort((a, b) => b.rows.reduce((n, r) => n + r.articles, 0) - a.rows.reduce((n, r) => n + r.articles, 0) || a.person - b.person);
  const shown = dated.slice(0, max);
  const days = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const all = shown.flatMap((p) => p.rows.flatMap((r) => [r.firstSeen, r.lastSeen])).filter((d): d is string => !!d).sort();
  if (!all.length) return '<p>No dated positions.</p>';
  const lo = days(all[0]!);
  const hi = Math.max(days(all.at(-1)!), lo + 1);
  const pct = (d: string): number => ((days(d) - lo) / (hi - lo)) * 100;
  const items = shown.map((p) => {
    const bars = p.rows.filter((r) => r.firstSeen && !r.former).map((r) => {
      const width = Math.max(0.8, pct(r.lastSeen!) - pct(r.firstSeen!));
      const left = Math.min(pct(r.firstSeen!), 100 - width); // a bar on the last day stays inside the track
      const label = `${r.title} ${r.organizationFull ?? ''}`.trim();
      return `<div class="bar" style="left:${left.toFixed(2)}%;width:${width.toFixed(2)}%" title="${esc(`${label}: ${r.firstSeen} – ${r.lastSeen}`)}">${esc(label)}</div>`;
    });
    return `<div class="timeline" data-person="${p.person}"><div class="who">${esc(p.name)}</div><div class="track">${bars.join('')}</div><div class="career">${esc(p.career)}</div></div>`;
  });
  return `<p class="axis"><span>${esc(all[0])}</span><span>${esc(all.at(-1))}</span></p>\n${items.join('\n')}${dated.length > max ? `<p>${dated.length - max} more persons in the table above.</p>` : ''}`;
}

interface ChartData { id: string; title: string; labels: string[]; values: number[]; unit: string | null }

function seriesSection(rows: SeriesRow[], max: number): { html: string; charts: ChartData[] } {
  const groups = new Map<string, SeriesRow[]>();
  for (const r of rows) {
    const id = seriesId(r);
    const g = groups.get(id);
    if (g) g.push(r); else groups.set(id, [r]);
  }
  const charts: ChartData[] = [];
  const parts: string[] = [];
  let n = 0;
  for (const [id, g] of groups) {
    if (n >= max) break;
    const chartId = `chart-${n++}`;
    charts.push({ id: chartId, title: id, labels: g.map((r) => r.period), values: g.map((r) => r.value), unit: g[0]!.unit });
    const table = g.map((r) => `<tr><td>${esc(r.period)}</td><td class="n">${esc(r.value)}</td><td>${esc(r.sources.join(', '))}</td><td>${r.disagree ? esc(r.others.map((o) => `${o.value} (${o.sources.join(', ')})`).join('; ')) : ''}</td><td class="sentence">${esc(r.sentence)}</td></tr>`);
    parts.push(`<figure class="series" data-series="${esc(id)}" data-points="${g.length}"><figcaption>${esc(id)}</figcaption><div class="chart"><canvas id="${chartId}" width="640" height="240"></canvas></div>
<table class="series-table"><thead><tr><th>period</th><th>value</th><th>sources</th><th>disagree</th><th>sentence</th></tr></thead><tbody>${table.join('')}</tbody></table></figure>`);
  }
  if (!parts.length) return { html: '<p>No series with two periods or more.</p>', charts };
  return { html: `${parts.join('\n')}${groups.size > max ? `<p>${groups.size - max} more series: <code>baochi series</code>.</p>` : ''}`, charts };
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1200px;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f6f6f6;position:sticky;top:0}
td.n{text-align:right}#search{width:100%;padding:.4rem;font-size:1rem}.count{color:#666;margin:.3rem 0}
.timeline{display:grid;grid-template-columns:14rem 1fr;gap:.2rem .8rem;margin:.4rem 0}.who{font-weight:600}
.track{position:relative;height:1.4rem;background:#f3f3f3;border-radius:3px}.bar{position:absolute;top:0;height:100%;background:#4a7fc1;color:#fff;
font-size:11px;white-space:nowrap;overflow:hidden;border-radius:3px;padding:0 .2rem;box-sizing:border-box}.career{grid-column:2;color:#555;font-size:12px}
.axis{display:flex;justify-content:space-between;margin-left:14.8rem;color:#888;font-size:12px}figure.series{margin:1.2rem 0;border:1px solid #eee;padding:.6rem}
figcaption{font-weight:600}.sentence{color:#555;font-size:12px}`;

const SCRIPT = `(function(){
var fold=function(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase();};
var rows=[].slice.call(document.querySelectorAll('#officials-table tbody tr'));
var texts=rows.map(function(r){return fold(r.textContent||'');});
var shown=document.getElementById('shown');
document.getElementById('search').addEventListener('input',function(e){var q=fold(e.target.value.trim());var n=0;
rows.forEach(function(r,i){var ok=!q||texts[i].indexOf(q)>=0;r.style.display=ok?'':'none';if(ok)n++;});shown.textContent=String(n);});
var data=JSON.parse(document.getElementById('report-data').textContent);
window.baochiCharts=data.charts.map(function(c){var canvas=document.getElementById(c.id);
return new Chart(canvas,{type:'line',data:{labels:c.labels,datasets:[{label:c.title+(c.unit?' ('+c.unit+')':''),data:c.values,borderColor:'#4a7fc1',backgroundColor:'#4a7fc1',pointRadius:4,tension:0}]},
options:{animation:false,responsive:false,plugins:{legend:{display:true}},scales:{y:{beginAtZero:false}}}});});
})();`;

/** The report page of a store. */
export function buildReport(store: Store, options: ReportOptions = {}): ReportSummary {
  const persons = findPersons(store);
  const rows = series(store);
  const { html: seriesHtml, charts } = seriesSection(rows, options.maxCharts ?? 200);
  const articles = (store.db.prepare("SELECT count(*) AS n FROM articles WHERE kind = 'article'").get() as { n: number }).n;
  const title = options.title ?? 'baochi — report';
  const officialRows = persons.reduce((n, p) => n + p.rows.length, 0);
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<p id="summary">${articles} articles (${store.duplicates.size} syndicated copies counted once), ${persons.length} persons in ${officialRows} rows, ${charts.length} series.</p>
<section id="officials"><h2>Officials</h2>
${officialsTable(persons)}
</section>
<section id="timelines"><h2>Timelines</h2>
${timelines(persons, options.maxTimelines ?? 300)}
</section>
<section id="series"><h2>Indicator series</h2>
${seriesHtml}
</section>
<script>${chartLibrary().replace(/<\/script/gi, '<\\/script')}</script>
<script type="application/json" id="report-data">${scriptJson({ charts })}</script>
<script>${SCRIPT}</script>
</body></html>
`;
  return { articles, copies: store.duplicates.size, persons: persons.length, rows: officialRows, series: charts.length, html };
}

/** Write the report of `store` to `out`. */
export function writeReport(store: Store, out: string, options: ReportOptions = {}): ReportSummary {
  const summary = buildReport(store, options);
  writeFileSync(out, summary.html);
  return summary;
}
