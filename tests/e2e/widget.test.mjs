// The embeddable widget (www/article-annotator.js) on the news-site page
// www/embed.html and on a bare test host: highlights across inline markup,
// cards by hover, focus and tap, a DOM left exactly as it was after removal,
// no request but its own files, a strict CSP, and a quiet failure when the
// wasm cannot load.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, coreAnnotate, countKinds, finalEvents, fixture, openPage, setUp, useFakeCore, widgetWarnings } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

/** The widget's own files: the module, its lib/ modules and the wasm build. */
const widgetFile = (path) => path === '/article-annotator.js' || path === '/map/world.svg' || /^\/lib\/([a-z]+\/)?[a-z-]+\.js$/.test(path) || /^\/pkg\/(article_annotator(_bg\.wasm|\.js)|places-local\.bin)$/.test(path);
/** What the host page loads by itself. */
const hostFile = (path) => ['/embed.html', '/embed.css', '/favicon.svg'].includes(path);

async function openEmbed(options = {}, { fake = false, breakWasm = false } = {}) {
  const opened = await openPage(env.browser, options);
  if (fake) await useFakeCore(opened.page);
  if (breakWasm) await opened.page.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await opened.page.goto(`${env.base}/embed.html`);
  return opened;
}

/** The host page as its HTML says, parsed without running anything. */
async function pristine(page, selector) {
  return page.evaluate(async (sel) => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.querySelector(sel).outerHTML;
  }, selector);
}

async function openHost(fake) {
  const opened = await openPage(env.browser);
  if (fake) await useFakeCore(opened.page);
  const body = fixture('host.html');
  await opened.page.route('**/test-host.html', (r) => r.fulfill({ contentType: 'text/html', body }));
  await opened.page.goto(`${env.base}/test-host.html`);
  return opened;
}

describe('widget', () => {
  test('marks exactly the core spans of each annotated element, across inline markup', async () => {
    const { page, log, context } = await openEmbed();
    const events = await finalEvents(page, 2);
    assert.deepEqual(events.map((e) => e.id).sort(), ['', 'story']);
    for (const { id, detail: { spans, text, referenceDate } } of events) {
      const root = id ? `#${id}` : '.sidebar';
      // The story has a <time datetime>; the sidebar falls back to the page's
      // article:published_time, and asks for two kinds only (data-kinds).
      const options = id === 'story' ? { referenceDate: '2021-06-04' } : { referenceDate: '2021-06-03', kinds: ['place', 'figure'] };
      assert.deepEqual(referenceDate, { value: options.referenceDate, source: 'option' }, `${root}: reference date from the host page`);
      const expected = await coreAnnotate(text, { ...options, dayFirst: false }, env);
      assert.deepEqual(spans, expected.spans, `${root}: the event carries the core's spans`);
      const marks = await page.$$eval(`${root} aa-mark`, (ms) => ms.map((m) => [Number(m.dataset.aaSpan), m.dataset.kind, m.textContent]));
      const joined = new Map();
      for (const [i, kind, t] of marks) joined.set(i, [kind, (joined.get(i)?.[1] ?? '') + t]);
      assert.deepEqual([...joined.values()], expected.spans.map((s) => [s.kind, s.text]), `${root}: marks cover exactly the spans`);
      const firsts = await page.$$eval(`${root} aa-mark[tabindex="0"]`, (ms) => ms.map((m) => m.dataset.kind));
      assert.deepEqual(countKinds(firsts.map((kind) => ({ kind }))), countKinds(expected.spans), `${root}: one focusable mark per span`);
      console.log(`# embed ${root}: ${JSON.stringify(countKinds(expected.spans))}`);
    }
    assert.equal(await page.locator('pre aa-mark').count(), 0, 'code blocks are left alone');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    assert.deepEqual(log.errors, []);
    await page.screenshot({ path: join(artifacts, 'embed.png'), fullPage: true });
    await context.close();
  });

  test('a span that crosses markup is wrapped piece by piece', async () => {
    const { page, context } = await openEmbed({}, { fake: true });
    await finalEvents(page, 2);
    const pieces = await page.evaluate(() => {
      const first = [...document.querySelectorAll('#story aa-mark')].find((m) => m.textContent === '1.2 billion');
      const all = [...document.querySelectorAll(`#story aa-mark[data-aa-span="${first.dataset.aaSpan}"]`)];
      return all.map((m) => [m.parentElement.localName, m.textContent, m.getAttribute('tabindex')]);
    });
    assert.deepEqual(pieces, [['em', '1.2 billion', '0'], ['p', ' euros', null]]);
    const style = await page.$eval('#story aa-mark', (m) => [getComputedStyle(m).display, getComputedStyle(m).textDecorationLine]);
    assert.deepEqual(style, ['inline', 'underline'], 'host CSS does not hide the marks');
    const themes = await page.evaluate(() => [document.querySelector('#story aa-mark').dataset.aaTheme, document.querySelector('.sidebar aa-mark').dataset.aaTheme]);
    assert.deepEqual(themes, ['light', 'dark'], 'the page config sets light; the sidebar data-theme says dark');
    await context.close();
  });

  test('the card opens on hover, on keyboard focus and on tap; Escape closes it', async () => {
    const { page, log, context } = await openEmbed({}, { fake: true });
    await finalEvents(page, 2);
    const openCard = page.locator('aa-card[role="tooltip"]:not([hidden])');

    await page.hover('#story aa-mark:text-is("1.2 billion")');
    await openCard.waitFor();
    assert.match(await openCard.evaluate((c) => c.shadowRoot.textContent), /1,200,000,000/);
    assert.equal(await openCard.evaluate((c) => getComputedStyle(c).display), 'block', 'host CSS does not hide the card');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('aa-card:not([hidden])'));

    // Keyboard only: Tab from the top of the page reaches a highlight.
    await page.click('h1');
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.localName === 'aa-mark');
    }
    assert.ok(reached, 'a highlight is reachable with Tab');
    await openCard.waitFor();
    const described = await page.evaluate(() => {
      const card = document.querySelector('aa-card:not([hidden])');
      return document.activeElement.getAttribute('aria-describedby').split(' ').includes(card.id);
    });
    assert.ok(described, 'the focused mark is described by the card');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('aa-card:not([hidden])'));
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(log.errors, []);
    await context.close();

    const touch = await openEmbed({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } }, { fake: true });
    await finalEvents(touch.page, 2);
    await touch.page.tap('#story aa-mark:text-is("Lisbon")');
    const card = touch.page.locator('aa-card[role="tooltip"]:not([hidden])');
    await card.waitFor();
    assert.match(await card.evaluate((c) => c.shadowRoot.textContent), /Portugal/);
    assert.ok(touch.page.url().endsWith('/embed.html'), 'the first tap on a linked highlight does not follow the link');
    await touch.page.screenshot({ path: join(artifacts, 'embed-mobile-card.png') });
    await touch.page.tap('h1');
    await touch.page.waitForFunction(() => !document.querySelector('aa-card:not([hidden])'));
    await touch.context.close();
  });

  test('removing the annotations leaves the DOM exactly as it was', async () => {
    const { page, context } = await openHost(true);
    const result = await page.evaluate(async () => {
      const el = document.getElementById('article');
      const before = el.outerHTML;
      const nodes = [];
      const walk = document.createTreeWalker(el);
      while (walk.nextNode()) nodes.push(walk.currentNode);
      const w = await import('/article-annotator.js');
      const r = await w.annotateElement(el);
      const during = {
        marks: [...el.querySelectorAll('aa-mark')].map((m) => m.textContent),
        skipped: el.querySelectorAll('pre aa-mark, code aa-mark, textarea aa-mark, [contenteditable] aa-mark').length,
      };
      w.removeAnnotations(el);
      const same = [];
      const again = document.createTreeWalker(el);
      while (again.nextNode()) same.push(again.currentNode);
      return {
        spans: r.spans.length, during, identical: el.outerHTML === before,
        sameNodes: same.length === nodes.length && same.every((n, i) => n === nodes[i]),
        leftovers: document.querySelectorAll('aa-mark, aa-card').length,
      };
    });
    assert.ok(result.spans > 0);
    assert.deepEqual(result.during.marks, ['Portugal', '1.2 billion', ' euros', 'Lis', 'bon', 'Madrid', 'Tuesday', 'about 625 kilometres', 'Madrid', '300 million euros', 'Monday']);
    assert.equal(result.during.skipped, 0, 'pre, code, textarea and contenteditable are skipped');
    assert.ok(result.identical, 'outerHTML is identical after removal');
    assert.ok(result.sameNodes, 'the very same nodes are back');
    assert.equal(result.leftovers, 0);
    await context.close();
  });

  test('the custom element re-annotates and clears on request', async () => {
    const { page, context } = await openEmbed({}, { fake: true });
    await finalEvents(page, 2);
    const original = await pristine(page, '#story');
    const counts = await page.evaluate(async () => {
      const story = document.getElementById('story');
      const first = story.querySelectorAll('aa-mark').length;
      story.querySelector('p').append(' Another stop in Porto was added on Monday.');
      await story.reannotate();
      const second = story.querySelectorAll('aa-mark').length;
      return [first, second, story.annotations.spans.length];
    });
    assert.equal(counts[1], counts[0] + 1, 'the new Monday is marked');
    assert.equal(counts[2], counts[1] - 1, 'one span is split across two pieces');
    await page.evaluate(() => {
      const story = document.getElementById('story');
      story.clear();
      story.querySelector('p').lastChild.remove();
    });
    assert.equal(await page.$eval('#story', (e) => e.outerHTML), original);
    await context.close();
  });

  test('no request leaves for anything but the host page and the widget files', async () => {
    const { page, log, context } = await openEmbed();
    await finalEvents(page, 2);
    if (await page.locator('#story aa-mark').count()) await page.hover('#story aa-mark');
    await page.waitForTimeout(300);
    const strange = log.requests.filter((u) => {
      const url = new URL(u);
      return url.origin !== env.base || !(widgetFile(url.pathname) || hostFile(url.pathname));
    });
    assert.deepEqual(strange, []);
    assert.ok(log.requests.some((u) => u.endsWith('/pkg/article_annotator_bg.wasm')), 'the wasm came from next to the widget');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    assert.deepEqual(log.console.filter((m) => /Content Security Policy/i.test(m.text)), []);
    await context.close();
  });

  test('when the wasm cannot load, the page is left intact with one warning', async () => {
    const { page, log, context } = await openEmbed({}, { breakWasm: true });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(800);
    assert.equal(await page.locator('aa-mark, aa-card').count(), 0);
    assert.equal(await page.$eval('#story', (e) => e.outerHTML), await pristine(page, '#story'));
    assert.equal(await page.$eval('.sidebar', (e) => e.outerHTML), await pristine(page, '.sidebar'));
    const warnings = widgetWarnings(log);
    assert.equal(warnings.length, 1, JSON.stringify(log.console));
    assert.match(warnings[0].text, /could not load.*left as it was/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
