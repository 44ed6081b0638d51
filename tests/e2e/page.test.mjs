// The paste page (www/index.html) in chromium: it must render exactly the
// core's spans, explain its reference date, show cards, toggle kinds, keep
// pasted markup inert, and never lose the reader's text.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, coreAnnotate, countKinds, fixture, openPage, repo, setUp, useFakeCore } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

async function load(options = {}, fake = false) {
  const opened = await openPage(env.browser, options);
  if (fake) await useFakeCore(opened.page);
  await opened.page.goto(`${env.base}/index.html`);
  return opened;
}

/**
 * Types a whole text into the box the way a paste does, and waits for the
 * result. With `places` (the default), for the result made with the
 * gazetteer's second tier, which the page fetches after its first
 * highlights (www/app.js): the expected spans are made with it.
 */
async function paste(page, text, { places = true } = {}) {
  await page.evaluate((t) => {
    const box = document.getElementById('source');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  const done = places ? '#output[data-state="done"][data-places]' : '#output[data-state="done"]';
  await page.waitForSelector(`${done}, #output[data-state="error"], #output[data-state="plain"]`, { timeout: 30_000 });
}

/** What the page shows: the marks in order, as (kind, text) and counts per kind. */
async function shown(page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('#output aa-mark')];
    return {
      marks: marks.map((m) => [m.dataset.kind, m.textContent]),
      text: document.getElementById('output').textContent,
      legend: Object.fromEntries(['place', 'date', 'figure'].map((k) => [k, Number(document.querySelector(`[data-count="${k}"]`).textContent)])),
    };
  });
}

async function assertRendersCore(page, text, options) {
  const expected = await coreAnnotate(text, options, env);
  const got = await shown(page);
  assert.equal(got.text, text, 'the output holds exactly the input text');
  assert.deepEqual(got.legend, countKinds(expected.spans), 'legend counts = core counts');
  assert.deepEqual(got.marks, expected.spans.map((s) => [s.kind, s.text]), 'one mark per core span, in order');
  return expected;
}

describe('paste page', () => {
  test('renders exactly the spans of the core for a multi-paragraph article', async () => {
    const { page, log, context } = await load();
    const text = fixture('article.txt');
    await paste(page, text);
    const expected = await assertRendersCore(page, text, {});
    console.log(`# fixture article: ${JSON.stringify(countKinds(expected.spans))}`);
    await page.screenshot({ path: join(artifacts, 'page-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    if (expected.spans.length) {
      await page.hover('#output aa-mark');
      await page.locator('aa-card:not([hidden])').waitFor();
    }
    await page.screenshot({ path: join(artifacts, 'page-dark.png'), fullPage: true });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    await context.close();
  });

  test('small towns come with the second tier, fetched after the first highlights', async () => {
    const { page, log, context } = await load();
    let release;
    const held = new Promise((ok) => { release = ok; });
    let fetched = 0;
    await page.route('**/pkg/places-local.bin', async (route) => { fetched++; await held; await route.continue(); });
    // A town of 14,000 people, in the second tier only.
    const text = 'The road to New Orleans was closed, and Pineville firefighters were called to a fire on Friday.';
    await paste(page, text, { places: false });
    const first = await shown(page);
    assert.ok(first.marks.some(([, t]) => t === 'New Orleans'), 'the first highlights come from the embedded tier');
    assert.ok(!first.marks.some(([, t]) => t === 'Pineville'), 'the small town waits for the second tier');
    assert.equal(await page.getAttribute('#output', 'data-places'), null, 'the output says the tier is not in yet');
    release();
    await page.waitForSelector('#output[data-state="done"][data-places="loaded"]', { timeout: 30_000 });
    assert.ok((await shown(page)).marks.some(([, t]) => t === 'Pineville'), 'the town comes with the second tier');
    await assertRendersCore(page, text, {});
    assert.equal(fetched, 1, 'the second tier is fetched once');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('renders the seed article with its reference date like the core', async (t) => {
    const seed = join(repo, '..', 'shared', 'data', 'seed.jsonl');
    if (!existsSync(seed)) {
      t.skip(`skipped: ${seed} is absent`);
      return;
    }
    const record = JSON.parse(readFileSync(seed, 'utf8').split('\n').find((l) => l.trim()));
    const { page, context } = await load();
    await page.fill('#ref-date', record.referenceDate);
    await page.dispatchEvent('#ref-date', 'change');
    await paste(page, record.text);
    const expected = await assertRendersCore(page, record.text, { referenceDate: record.referenceDate });
    console.log(`# seed article: ${JSON.stringify(countKinds(expected.spans))}`);
    assert.match(await page.textContent('#ref-explain'), /Set by you/);
    await context.close();
  });

  test('explains the reference date and never takes it from the clock by itself', async () => {
    const { page, context } = await load();
    const text = 'Officials met on Friday and again last month in Lisbon.';
    await paste(page, text);
    const expected = await coreAnnotate(text, {}, env);
    const explain = await page.textContent('#ref-explain');
    if (expected.referenceDate === null) assert.match(explain, /None found.*unresolved/s);
    else assert.match(explain, /Assumed/);
    assert.equal(await page.inputValue('#ref-date'), '', 'the date field stays empty until the reader acts');
    const result = await page.evaluate(() => window.articleAnnotator.result.referenceDate);
    assert.deepEqual(result, expected.referenceDate);

    await page.click('#use-today');
    await page.waitForSelector('#output[data-state="done"]');
    const today = await page.inputValue('#ref-date');
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(await page.textContent('#ref-explain'), /Set by you/);
    assert.deepEqual(await page.evaluate(() => window.articleAnnotator.result.referenceDate), { value: today, source: 'option' });

    await page.click('#ref-auto');
    await page.waitForSelector('#output[data-state="done"]');
    assert.equal(await page.inputValue('#ref-date'), '');
    await context.close();
  });

  test('a hover card tells what a place, a date and a figure mean', async () => {
    const { page, context } = await load({}, true);
    await paste(page, `${fixture('article.txt')}\nMadrid later added 300 million euros. Talks resume on Monday.`);

    await page.hover('#output aa-mark[data-kind="figure"]:text-is("1.2 billion euros")');
    const card = page.locator('aa-card[role="tooltip"]:not([hidden])');
    await card.waitFor();
    let said = await card.evaluate((c) => c.shadowRoot.textContent);
    assert.match(said, /1,200,000,000/);
    assert.match(said, /EUR/);
    assert.match(said, /Same count elsewhere.*300 million euros = 300,000,000/s);

    await page.hover('#output aa-mark[data-kind="place"]:text-is("Lisbon")');
    await page.waitForFunction(() => document.querySelector('aa-card:not([hidden])')?.shadowRoot.textContent.includes('Coordinates'));
    said = await card.evaluate((c) => c.shadowRoot.textContent);
    for (const part of ['City, town or village', 'Portugal (PT)', '38.7167° N, 9.1333° W', '517,802', 'Or perhaps']) assert.ok(said.includes(part), part);
    const href = await card.evaluate((c) => c.shadowRoot.querySelector('a').href);
    assert.equal(href, 'https://www.openstreetmap.org/?mlat=38.71667&mlon=-9.13333#map=11/38.71667/-9.13333');

    // Keyboard: focus opens the card, the mark points at it, Escape closes it.
    await page.focus('#output aa-mark[data-kind="date"]:text-is("Monday")');
    await page.waitForFunction(() => document.querySelector('aa-card:not([hidden])')?.shadowRoot.textContent.includes('Monday, 2 March 2020'));
    said = await card.evaluate((c) => c.shadowRoot.textContent);
    assert.match(said, /the day before publication/);
    const ids = await page.evaluate(() => [document.activeElement.getAttribute('aria-describedby'), document.querySelector('aa-card').id]);
    assert.ok(ids[0].split(' ').includes(ids[1]), 'aria-describedby points to the card');
    await page.keyboard.press('Escape');
    await page.waitForSelector('aa-card[hidden]', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'aa-mark', 'focus stays on the mark');

    // Tab from a place visits its map link, the next Tab comes back, the one after moves on.
    await page.focus('#output aa-mark[data-kind="place"]:text-is("Lisbon")');
    await page.waitForFunction(() => document.querySelector('aa-card:not([hidden])')?.shadowRoot.textContent.includes('Lisbon'));
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.href ?? ''), /^https:\/\/www\.openstreetmap\.org\//);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Lisbon');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Madrid');
    await page.waitForFunction(() => document.querySelector('aa-card:not([hidden])')?.shadowRoot.textContent.includes('Spain'));
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    await context.close();
  });

  test('the legend toggles a kind off and on', async () => {
    const { page, context } = await load({ colorScheme: 'dark' }, true);
    await paste(page, fixture('article.txt'));
    const place = '#output aa-mark[data-kind="place"]';
    const styleOf = () => page.$eval(place, (m) => [getComputedStyle(m).textDecorationLine, getComputedStyle(m).backgroundColor, m.tabIndex]);
    const on = await styleOf();
    assert.equal(on[0], 'underline');
    assert.equal(on[2], 0);
    await page.hover(`${place}:text-is("Lisbon")`);
    await page.locator('aa-card:not([hidden])').waitFor();
    await page.screenshot({ path: join(artifacts, 'page-dark-card.png') });

    await page.click('.legend-item[data-kind="place"]');
    assert.equal(await page.getAttribute('.legend-item[data-kind="place"]', 'aria-pressed'), 'false');
    const off = await styleOf();
    assert.equal(off[0], 'none');
    assert.equal(off[1], 'rgba(0, 0, 0, 0)');
    assert.equal(off[2], -1, 'hidden highlights leave the tab order');
    const date = await page.$eval('#output aa-mark[data-kind="date"]', (m) => getComputedStyle(m).textDecorationLine);
    assert.equal(date, 'underline', 'other kinds stay on');

    await page.click('.legend-item[data-kind="place"]');
    assert.deepEqual(await styleOf(), on);
    await context.close();
  });

  test('pasted HTML and script stay inert text', async () => {
    const { page, log, context } = await load();
    const payload = 'In Paris <img src=x onerror=alert(1)> and <script>alert(2)</script> <b onmouseover=alert(3)>bold</b> "><svg onload=alert(4)>';
    await page.focus('#source');
    await page.keyboard.insertText(payload);
    await page.waitForSelector('#output[data-state="done"]');
    const out = await page.evaluate(() => {
      const o = document.getElementById('output');
      return { text: o.textContent, elements: [...o.querySelectorAll('*')].map((e) => e.localName) };
    });
    assert.equal(out.text, payload);
    assert.ok(out.elements.every((n) => n === 'aa-mark'), `only marks inside the output, got ${out.elements}`);
    assert.equal(await page.locator('img, #output script, #output svg').count(), 0);
    await page.mouse.move(300, 300);
    await page.waitForTimeout(200);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
    await context.close();
  });

  test('the text survives a reload, and Clear removes it', async () => {
    const { page, context } = await load();
    const text = 'Rain fell on Rome.\n\nThe second paragraph stays too.';
    await page.fill('#source', text);
    await page.reload();
    assert.equal(await page.inputValue('#source'), text);
    await page.waitForSelector('#output[data-state="done"]');
    assert.equal(await page.textContent('#output'), text);

    await page.click('#clear');
    assert.equal(await page.inputValue('#source'), '');
    await page.reload();
    assert.equal(await page.inputValue('#source'), '');
    await context.close();
  });

  test('an annotation error keeps the text and says what happened', async () => {
    const { page, context } = await load({}, true);
    const text = 'Lisbon, then TRAP-ME: the core crashes on this text.';
    await paste(page, text);
    assert.equal(await page.getAttribute('#output', 'data-state'), 'error');
    assert.match(await page.textContent('#annotate-error'), /crashed/);
    assert.equal(await page.inputValue('#source'), text);
    assert.equal(await page.textContent('#output'), text);
    // After the trap a fresh core is loaded and the next text works.
    await paste(page, 'Lisbon again.');
    assert.equal(await page.getAttribute('#output', 'data-state'), 'done');
    assert.equal(await page.locator('#output aa-mark').count(), 1);
    await context.close();
  });

  test('when the wasm cannot load, the text is shown plain with a message', async () => {
    const { page, context } = await load();
    await page.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.fill('#source', 'Storms hit Oslo on Monday.');
    await page.reload();
    await page.waitForSelector('#output[data-state="plain"]');
    assert.equal(await page.textContent('#output'), 'Storms hit Oslo on Monday.');
    assert.match(await page.textContent('#core-error'), /could not load/);
    assert.equal(await page.inputValue('#source'), 'Storms hit Oslo on Monday.');
    await context.close();
  });

  test('a big text is annotated in a worker and rendered in chunks', async () => {
    const { page, context } = await load();
    const unit = fixture('article.txt');
    const text = unit.repeat(Math.ceil(260_000 / unit.length));
    const progressSeen = page.waitForSelector('#progress:not([hidden])', { timeout: 10_000 }).then(() => true, () => false);
    await paste(page, text);
    assert.ok(await progressSeen, 'a progress indication was shown');
    const expected = await coreAnnotate(text, {}, env);
    const got = await shown(page);
    assert.equal(got.text.length, text.length);
    assert.ok(await page.evaluate((t) => document.getElementById('output').textContent === t, text), 'the chunks hold exactly the text');
    assert.ok(await page.locator('#output > .chunk').count() > 3, 'rendered in several chunks');
    assert.deepEqual(got.legend, countKinds(expected.spans));
    assert.equal(got.marks.length, expected.spans.length);
    assert.ok(await page.isHidden('#progress'));
    await context.close();
  });

  test('a big text can be cancelled', async () => {
    const { page, context } = await load();
    // A worker that never answers stands for an annotation that takes long.
    await page.route('**/worker.js', (r) => r.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
    const text = fixture('article.txt').repeat(600);
    await page.evaluate((t) => {
      const box = document.getElementById('source');
      box.value = t;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
    await page.waitForSelector('#progress:not([hidden])');
    await page.click('#cancel');
    await page.waitForSelector('#output[data-state="cancelled"]');
    assert.equal(await page.locator('#output aa-mark').count(), 0);
    assert.equal(await page.evaluate(() => document.getElementById('output').textContent), text, 'the text is still shown');
    // Too long for the text box: it is held apart, and a note stands in the box's place.
    assert.ok(await page.isHidden('#source'));
    assert.match(await page.textContent('#big-text'), new RegExp(`${text.length.toLocaleString('en')} characters`));
    // Clear brings the text box back.
    await page.click('#clear');
    assert.ok(await page.isVisible('#source'));
    assert.ok(await page.isHidden('#big-text'));
    await page.waitForSelector('#output[data-state="empty"]');
    await context.close();
  });
});
