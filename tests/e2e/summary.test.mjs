// The summary panel of the paste page (map, timeline, figures, navigation)
// and the exports, in chromium, on our own fixture article and, when
// ../shared/data is present, on the seed article.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, coreAnnotate, fixture, openPage, repo, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const WORLD_AREA = 360 * 180;

function seedRecord() {
  const seed = join(repo, '..', 'shared', 'data', 'seed.jsonl');
  if (!existsSync(seed)) return null;
  return JSON.parse(readFileSync(seed, 'utf8').split('\n').find((l) => l.trim()));
}

/** The articles the panel is checked on: ours always, the seed when present. */
const ARTICLES = [
  {
    name: 'fixture',
    load: () => ({ text: fixture('article.txt'), referenceDate: '2024-03-05' }),
    cities: ['Lisbon', 'Madrid', 'Porto'],
    inView: ['Lisbon', 'Madrid'],
    tinted: [['Portugal', 'Portugal'], ['Spain', 'Spain'], ['Belgium', 'Belgium']],
    groups: [],
  },
  {
    name: 'seed',
    load: () => seedRecord(),
    cities: ['Baku', 'Yerevan', 'Moscow', 'Ankara', 'Geneva'],
    inView: ['Baku', 'Yerevan'],
    tinted: [['Azerbaijan', 'Azerbaijan'], ['Armenia', 'Armenia'], ['United States', 'United States of America'], ['Switzerland', 'Switzerland']],
    groups: [['civilians', ['30', '19']]],
    order: ['1991', '1992', '1994', '2020-09-27', '2020-10-08', '2020-10-09', '2020-10-10'],
  },
];

/**
 * Pastes a text with a reference date, waits for the highlights and for the
 * gazetteer's second tier (data-places), which the expected spans hold:
 * the tier adds runner-up readings ("Moscow, Idaho") and may come in after
 * the first highlights.
 */
async function openWith(record, options = {}) {
  const opened = await openPage(env.browser, options);
  const { page } = opened;
  await page.goto(`${env.base}/index.html`);
  await page.fill('#ref-date', record.referenceDate);
  await page.dispatchEvent('#ref-date', 'change');
  await page.evaluate((t) => {
    const box = document.getElementById('source');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, record.text);
  await page.waitForSelector('#output[data-state="done"][data-places]', { timeout: 30_000 });
  return opened;
}

async function openPanel(page) {
  await page.click('#summary-toggle');
  await page.waitForSelector('#summary .aa-map-slot[data-state="ready"]', { timeout: 15_000 });
}

/** A span by its exact text, and the panel's key for it. */
function spanNamed(spans, text) {
  const i = spans.findIndex((s) => s.text === text);
  assert.ok(i >= 0, `the core finds "${text}"`);
  return { index: i, span: spans[i] };
}

/** RFC 4180 parser, written apart from the exporter so the test can catch it. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const cp = (s) => [...s];

for (const article of ARTICLES) {
  describe(`summary panel on the ${article.name} article`, () => {
    test('the map shows each place where it is, zoomed to the story', async (t) => {
      const record = article.load();
      if (!record) { t.skip('skipped: ../shared/data/seed.jsonl is absent'); return; }
      const { page, context, log } = await openWith(record);
      const expected = await coreAnnotate(record.text, { referenceDate: record.referenceDate }, env);
      assert.ok(!log.requests.some((u) => u.includes('/map/world.svg')), 'the map is not fetched before the panel opens');
      await openPanel(page);
      assert.ok(log.requests.some((u) => u.includes('/map/world.svg')), 'the map is fetched when the panel opens');

      const map = await page.evaluate(() => {
        const svg = document.querySelector('#summary svg.aa-map');
        const [x, y, w, h] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
        return {
          view: { x, y, w, h },
          countries: svg.querySelectorAll('.aa-map-countries path').length,
          dots: [...svg.querySelectorAll('circle.aa-dot')].map((c) => ({ key: c.dataset.key, span: Number(c.dataset.span), cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')), mentions: Number(c.dataset.mentions) })),
        };
      });
      assert.ok(map.countries > 150, `the world's countries are drawn (${map.countries})`);
      // The countries mentioned are tinted, even where the map names them otherwise.
      const tinted = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-map-countries path.aa-mentioned')].map((p) => p.dataset.name));
      for (const [name, shape] of article.tinted) assert.ok(tinted.includes(shape), `${name} is tinted (${tinted})`);
      const { view } = map;
      console.log(`# ${article.name}: viewBox ${view.x} ${view.y} ${view.w} ${view.h}`);
      assert.ok(view.w * view.h < WORLD_AREA / 20, 'the map is zoomed far into the world');
      assert.ok(Math.abs(view.w / view.h - 2) < 0.01, 'the map keeps its 2:1 aspect');
      for (const name of article.cities) {
        const { span } = spanNamed(expected.spans, name);
        const dot = map.dots.find((d) => expected.spans[d.span].place?.name === span.place.name);
        assert.ok(dot, `a dot for ${name}`);
        assert.ok(Math.abs(dot.cx - span.place.lon) < 1e-9, `${name}: cx = longitude`);
        assert.ok(Math.abs(dot.cy + span.place.lat) < 1e-9, `${name}: cy = -latitude`);
      }
      for (const name of article.inView) {
        const { place } = spanNamed(expected.spans, name).span;
        assert.ok(place.lon > view.x && place.lon < view.x + view.w && -place.lat > view.y && -place.lat < view.y + view.h, `${name} is inside the view`);
      }
      // Dots are sized by mentions.
      const sorted = [...map.dots].sort((a, b) => a.mentions - b.mentions);
      if (sorted.length > 1 && sorted[0].mentions < sorted[sorted.length - 1].mentions) assert.ok(sorted[0].r < sorted[sorted.length - 1].r, 'more mentions, bigger dot');
      // The list under the map: each country once, counts adding up.
      const countries = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-country')].map((li) => li.querySelector('.aa-country-head').textContent));
      const placeCount = expected.spans.filter((s) => s.kind === 'place' && s.place?.countryCode).length;
      const codes = new Set(expected.spans.filter((s) => s.kind === 'place' && s.place?.countryCode).map((s) => s.place.countryCode));
      assert.equal(countries.filter((c) => !c.startsWith('In no one country')).length, codes.size, 'one entry per country');
      const listed = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-sum-places .aa-go')].reduce((n, b) => n + Number(/(\d+) mentions?/.exec(b.getAttribute('aria-label'))[1]), 0));
      assert.equal(listed, expected.spans.filter((s) => s.kind === 'place').length, 'every place mention is counted once in the list');
      assert.ok(placeCount > 0);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
      await context.close();
    });

    test('the timeline is in time order with the reference date marked; figures are grouped', async (t) => {
      const record = article.load();
      if (!record) { t.skip('skipped: ../shared/data/seed.jsonl is absent'); return; }
      const { page, context } = await openWith(record);
      const expected = await coreAnnotate(record.text, { referenceDate: record.referenceDate }, env);
      await openPanel(page);
      const timeline = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-tl-item')].map((li) => ({
        value: li.dataset.value ?? null, start: Number(li.dataset.interval.split(' ')[0]), ref: li.classList.contains('aa-tl-ref'),
      })));
      for (let i = 1; i < timeline.length; i++) assert.ok(timeline[i - 1].start <= timeline[i].start, `timeline in order at ${i}`);
      const refStart = Date.UTC(...record.referenceDate.split('-').map((v, i) => Number(v) - (i === 1 ? 1 : 0))) / 86_400_000;
      assert.equal(timeline.filter((e) => e.ref).length, 1, 'the reference date is marked once');
      assert.equal(timeline.find((e) => e.ref).start, refStart);
      // Every calendar date of the text is on the timeline; durations are apart.
      const calendar = new Set(expected.spans.filter((s) => s.kind === 'date' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date?.value ?? '')).map((s) => s.date.value));
      const onTimeline = timeline.map((e) => e.value).filter(Boolean);
      for (const v of calendar) assert.ok(onTimeline.includes(v), `${v} is on the timeline`);
      if (article.order) {
        const positions = article.order.map((v) => onTimeline.indexOf(v));
        assert.ok(positions.every((p) => p >= 0), `all of ${article.order} are shown`);
        assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in time order');
      }
      const durations = expected.spans.filter((s) => s.kind === 'date' && s.date?.type === 'DURATION').map((s) => s.text);
      const listedDurations = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-durations .aa-go-label')].map((e) => e.textContent));
      for (const d of new Set(durations)) assert.ok(listedDurations.includes(d), `duration "${d}" is listed apart`);

      // Figures: one row per thing counted, holding all its values.
      const rows = await page.evaluate(() => [...document.querySelectorAll('#summary .aa-figures tbody tr')].map((tr) => ({
        topic: tr.dataset.topic, spans: [...tr.querySelectorAll('[data-span]')].map((b) => Number(b.dataset.span)), values: tr.querySelector('.aa-fig-values').textContent,
      })));
      const figures = expected.spans.map((s, i) => [s, i]).filter(([s]) => s.kind === 'figure');
      assert.equal(rows.reduce((n, r) => n + r.spans.length, 0), figures.length, 'every figure is in the table once');
      for (const [s, i] of figures) {
        if (!s.figure?.counts) continue;
        const row = rows.find((r) => r.spans.includes(i));
        const same = figures.filter(([o]) => o.figure?.counts?.toLowerCase() === s.figure.counts.toLowerCase()).map(([, j]) => j);
        assert.deepEqual(row.spans, same, `figures counting "${s.figure.counts}" share a row`);
      }
      for (const [topic, values] of article.groups) {
        const row = rows.find((r) => r.topic === topic);
        assert.ok(row, `a row for ${topic}`);
        assert.equal(row.values, values.join('; '));
      }
      await context.close();
    });

    test('clicking an entry goes to the first mention; N and P go from mention to mention', async (t) => {
      const record = article.load();
      if (!record) { t.skip('skipped: ../shared/data/seed.jsonl is absent'); return; }
      const { page, context } = await openWith(record);
      const expected = await coreAnnotate(record.text, { referenceDate: record.referenceDate }, env);
      await openPanel(page);
      // The most mentioned place.
      const counts = new Map();
      expected.spans.forEach((s, i) => { if (s.kind === 'place') { const k = s.place.name; counts.set(k, [...(counts.get(k) ?? []), i]); } });
      const [name, mentions] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0];
      assert.ok(mentions.length > 1, 'the article mentions a place twice');
      await page.click(`#summary .aa-sum-places button.aa-go[data-span="${mentions[0]}"]`);
      const focused = () => page.evaluate(() => {
        const a = document.activeElement;
        const r = a.getBoundingClientRect();
        return { span: Number(a.dataset.aaSpan), tag: a.localName, visible: r.top >= 0 && r.bottom <= innerHeight, current: a.hasAttribute('data-aa-current') };
      });
      await page.waitForFunction((i) => document.activeElement?.dataset.aaSpan === String(i), mentions[0]);
      await page.waitForFunction(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
      let f = await focused();
      assert.deepEqual(f, { span: mentions[0], tag: 'aa-mark', visible: true, current: true });
      assert.match(await page.textContent('#nav-status'), new RegExp(`mention 1 of ${mentions.length}`));
      await page.keyboard.press('n');
      f = await focused();
      assert.equal(f.span, mentions[1], `N goes to the second mention of ${name}`);
      await page.keyboard.press('p');
      await page.keyboard.press('p');
      f = await focused();
      assert.equal(f.span, mentions[mentions.length - 1], 'P from the first wraps to the last');
      // A figure button goes to that very figure.
      const fig = expected.spans.findIndex((s) => s.kind === 'figure');
      if (fig >= 0) {
        await page.click(`#summary .aa-figures [data-span="${fig}"]`);
        await page.waitForFunction((i) => document.activeElement?.dataset.aaSpan === String(i), fig);
      }
      await context.close();
    });

    test('exports round-trip and point at the right text', async (t) => {
      const record = article.load();
      if (!record) { t.skip('skipped: ../shared/data/seed.jsonl is absent'); return; }
      const { page, context } = await openWith(record);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
      const expected = await coreAnnotate(record.text, { referenceDate: record.referenceDate }, env);
      const { text } = record;

      // JSON: the copy button puts the annotator's own format on the clipboard.
      await page.selectOption('#export-format', 'json');
      await page.click('#export-copy');
      await page.waitForFunction(() => /Copied/.test(document.getElementById('export-status').textContent));
      const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
      assert.equal(json.text, text);
      assert.equal(json.referenceDate, record.referenceDate);
      assert.deepEqual(json.spans, expected.spans, 'JSON parses back to the same spans');

      // JSON-LD: downloaded; each selector pair points at the span's text.
      await page.selectOption('#export-format', 'jsonld');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
      assert.equal(download.suggestedFilename(), 'annotations.jsonld');
      const ld = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(ld['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(ld.type, 'AnnotationCollection');
      const items = ld.first.items;
      assert.equal(items.length, expected.spans.length);
      const points = cp(text);
      let shifted = 0;
      let geos = 0;
      items.forEach((a, i) => {
        const span = expected.spans[i];
        const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
        const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
        assert.equal(quote.exact, span.text);
        // Positions count code points: slice the code points, not the string.
        assert.equal(points.slice(pos.start, pos.end).join(''), quote.exact, `position selector of span ${i}`);
        assert.ok(points.slice(0, pos.start).join('').endsWith(quote.prefix), `prefix of span ${i}`);
        assert.ok(points.slice(pos.end).join('').startsWith(quote.suffix), `suffix of span ${i}`);
        assert.ok(cp(quote.prefix).length <= 32 && cp(quote.suffix).length <= 32);
        if (pos.start !== span.start) shifted++;
        assert.equal(a.body.find((b) => b.purpose === 'tagging').value, span.kind);
        // A place with coordinates has a geo: URI (RFC 5870) describing where it is; nothing else has one.
        const geo = a.body.find((b) => b.type === 'SpecificResource');
        if (span.kind === 'place' && Number.isFinite(span.place?.lat) && Number.isFinite(span.place?.lon)) {
          assert.deepEqual(geo, { type: 'SpecificResource', purpose: 'describing', source: `geo:${span.place.lat},${span.place.lon}` });
          geos++;
        } else {
          assert.equal(geo, undefined, `span ${i} has no coordinates`);
        }
        assert.equal(a.motivation, 'tagging');
        if (span.kind === 'date' && span.date?.value) assert.equal(a.body.find((b) => b.purpose === 'identifying').value, span.date.value);
      });
      if (text.length !== points.length) assert.ok(shifted > 0, 'spans after an emoji have code-point positions');
      if (expected.spans.some((s) => s.kind === 'place')) assert.ok(geos > 0, 'the article\'s places have geo: URIs');

      // CSV: parses back to one row per span.
      await page.selectOption('#export-format', 'csv');
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
      const csv = readFileSync(await csvDownload.path(), 'utf8');
      assert.ok(csv.endsWith('\r\n'), 'records end with CRLF');
      const [head, ...rows] = parseCsv(csv);
      assert.deepEqual(head.slice(0, 5), ['kind', 'start', 'end', 'text', 'value']);
      assert.ok(!head.includes('geonames_id'));
      assert.equal(rows.length, expected.spans.length);
      const col = (name) => head.indexOf(name);
      rows.forEach((r, i) => {
        const s = expected.spans[i];
        assert.equal(r.length, head.length);
        assert.deepEqual([r[0], Number(r[1]), Number(r[2])], [s.kind, s.start, s.end]);
        assert.equal(r[3], /^[=+\-@\t\r]/.test(s.text) ? `'${s.text}` : s.text);
        assert.equal(text.slice(Number(r[1]), Number(r[2])), s.text, 'CSV offsets are UTF-16, like the JSON');
        if (s.kind === 'place') assert.equal(r[col('country_code')], s.place.countryCode ?? '');
        if (s.kind === 'place') assert.deepEqual([r[col('lat')], r[col('lon')]], [String(s.place.lat ?? ''), String(s.place.lon ?? '')]);
        if (s.kind === 'date') assert.equal(r[col('value')], s.date.value ?? '');
        if (s.kind === 'figure') assert.equal(Number(r[col('value')]), s.figure.value);
      });
      await context.close();
    });

    test('screenshots of the panel: light, dark and at phone width', async (t) => {
      const record = article.load();
      if (!record) { t.skip('skipped: ../shared/data/seed.jsonl is absent'); return; }
      for (const [theme, viewport] of [['light', { width: 1280, height: 1800 }], ['dark', { width: 1280, height: 1800 }], ['light', { width: 390, height: 844 }]]) {
        const { page, context, log } = await openWith(record, { viewport, colorScheme: theme });
        await openPanel(page);
        const phone = viewport.width < 500;
        const shot = join(artifacts, `summary-${article.name}-${phone ? 'phone' : theme}.png`);
        await page.locator('.summary-pane').screenshot({ path: shot });
        if (theme === 'light' && !phone) await page.screenshot({ path: join(artifacts, `summary-${article.name}-page.png`), fullPage: true });
        if (phone) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `no horizontal scrolling at phone width (${overflow}px)`);
        }
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    });
  });
}

describe('summary panel edge cases', () => {
  test('a text with no place never fetches the map; markup in the text stays text', async () => {
    const record = { text: 'Nothing <img src=x onerror=alert(1)> happened on 3 May 2024, said <b>"=1+1"</b>.', referenceDate: '2024-05-04' };
    const { page, context, log } = await openWith(record);
    await page.click('#summary-toggle');
    await page.waitForSelector('#summary .aa-summary');
    assert.match(await page.textContent('#summary .aa-sum-places'), /No place in this text/);
    assert.equal(await page.locator('#summary img, #summary b').count(), 0, 'no element from the text');
    await page.waitForTimeout(300);
    assert.ok(!log.requests.some((u) => u.includes('/map/world.svg')), 'no map without places');
    assert.deepEqual(log.dialogs, []);
    // The panel remembers that it was open, and closes with its button.
    await page.reload();
    await page.waitForSelector('#output[data-state="done"]');
    assert.equal(await page.getAttribute('#summary-toggle', 'aria-expanded'), 'true');
    await page.click('#summary-toggle');
    assert.equal(await page.isHidden('#summary'), true);
    await context.close();
  });

  test('a long report opens its panel quickly, with long lists cut', async () => {
    const text = Array.from({ length: 250 }, () => fixture('article.txt')).join('\n\n');
    const { page, context, log } = await openWith({ text, referenceDate: '2024-03-05' });
    const took = await page.evaluate(async () => {
      const t0 = performance.now();
      document.getElementById('summary-toggle').click();
      return performance.now() - t0;
    });
    await page.waitForSelector('#summary .aa-map-slot[data-state="ready"]', { timeout: 15_000 });
    console.log(`# panel for ${text.length} characters: ${Math.round(took)} ms`);
    assert.ok(took < 1500, `the panel renders in ${Math.round(took)} ms`);
    const buttons = await page.locator('#summary .aa-figures [data-span]').count();
    assert.ok(buttons <= 150 * 10, `values are capped (${buttons})`);
    assert.match(await page.textContent('#summary .aa-sum-figures'), /and \d+ figures more/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('the theme button switches the panel too', async () => {
    const { page, context } = await openWith({ text: fixture('article.txt'), referenceDate: '2024-03-05' });
    await openPanel(page);
    const sea = () => page.evaluate(() => getComputedStyle(document.querySelector('#summary .aa-map-sea')).fill);
    const light = await sea();
    await page.click('#theme'); // auto -> light
    await page.click('#theme'); // light -> dark
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.notEqual(await sea(), light, 'the map follows the dark theme');
    await context.close();
  });
});
