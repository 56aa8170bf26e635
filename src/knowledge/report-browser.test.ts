/**
 * The report in a real headless Chromium (Debian's chromium, /usr/bin/chromium; BAOCHI_CHROMIUM
 * overrides): the page loads with no console error, the table shows the seeded rows, the search
 * filters them, and each chart has as many points as its series. The screenshot is kept in
 * .artifacts/report.png (gitignored). Skipped, with the reason, when no chromium is installed.
 */
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPersons } from './officials-registry.js';
import { writeReport } from './report.js';
import { series, seriesId } from './series.js';
import { openStore } from './store.js';
import { writeArchive } from './test-archive.js';

const CHROMIUM = process.env.BAOCHI_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../.artifacts/', import.meta.url));
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the page's script leaves on window (the project compiles without the DOM library). */
interface PageGlobals {
  baochiCharts: { canvas: { closest(sel: string): { getAttribute(name: string): string | null } | null }; getDatasetMeta(i: number): { data: unknown[] } }[];
}

const dirs: string[] = [];
test.after.always(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

if (!existsSync(CHROMIUM)) console.log(`report-browser: skipped, no chromium at ${CHROMIUM} (apt-get install -y chromium)`);

(existsSync(CHROMIUM) ? test : test.skip)('the report in headless Chromium: no console error, the seeded rows, one point per period', async (t) => {
  const { chromium } = await import('playwright-core');
  const d = mkdtempSync(join(tmpdir(), 'baochi-report-browser-'));
  dirs.push(d);
  writeArchive(join(d, 'store.db'));
  const store = await openStore(join(d, 'store.db'));
  const rows = findPersons(store).flatMap((p) => p.rows);
  const expected = new Map<string, number>();
  for (const r of series(store)) expected.set(seriesId(r), (expected.get(seriesId(r)) ?? 0) + 1);
  writeReport(store, join(d, 'report.html'));
  store.close();

  const context = await chromium.launchPersistentContext(join(d, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(join(d, 'report.html')).href);
    await page.waitForFunction(() => Array.isArray((globalThis as unknown as PageGlobals).baochiCharts));

    t.is(await page.locator('#officials-table tbody tr').count(), rows.length);
    t.deepEqual(await page.locator('#officials-table tbody tr td:first-child').allTextContents(), rows.map((r) => r.name));
    const charts = await page.evaluate(() => (globalThis as unknown as PageGlobals).baochiCharts
      .map((c) => ({ series: c.canvas.closest('figure')!.getAttribute('data-series')!, points: c.getDatasetMeta(0).data.length })));
    t.deepEqual(charts, [...expected].map(([s, points]) => ({ series: s, points })));
    t.is(charts[0]!.points, 5);

    await page.fill('#search', 'ninh binh');
    t.is(await page.locator('#shown').textContent(), '1');
    t.is(await page.locator('#officials-table tbody tr:visible').count(), 1);
    await page.fill('#search', '');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    t.deepEqual(errors, []);
    t.deepEqual(requests, [], 'no network at view time');
  } finally {
    await context.close();
  }
});
