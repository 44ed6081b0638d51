// The widget's later additions: elements marked [data-article-annotator]
// after load are annotated (a MutationObserver), the optional summary panel
// next to an element, N/P navigation, and exportAnnotations().

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, coreAnnotate, fixture, openPage, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

async function openLateHost() {
  const opened = await openPage(env.browser);
  const body = fixture('late-host.html');
  await opened.page.route('**/late-host.html', (r) => r.fulfill({ contentType: 'text/html', body }));
  await opened.page.goto(`${env.base}/late-host.html`);
  await opened.page.waitForFunction(() => customElements.get('article-annotator'));
  return opened;
}

/** Adds a story the way a script-rendered page does, long after load. */
async function addStory(page, text, attrs) {
  await page.evaluate(([t, a]) => {
    const story = document.createElement('div');
    story.id = 'late';
    for (const [k, v] of Object.entries(a)) story.setAttribute(k, v);
    for (const para of t.split(/\n\n+/)) {
      const p = document.createElement('p');
      p.textContent = para;
      story.append(p);
    }
    // Inside a wrapper, so the observer has to look into added subtrees.
    const wrapper = document.createElement('section');
    wrapper.append(story);
    document.getElementById('main').replaceChildren(wrapper);
  }, [text, attrs]);
  await page.waitForFunction(() => window.__annotated.some((e) => e.id === 'late' && e.detail.places), null, { timeout: 20_000 });
  return page.evaluate(() => window.__annotated.findLast((e) => e.id === 'late' && e.detail.places).detail);
}

test('an element marked after load is annotated, with its summary panel', async () => {
  const { page, context, log } = await openLateHost();
  await page.waitForTimeout(200);
  const detail = await addStory(page, fixture('article.txt'), { 'data-article-annotator': '', 'data-summary': 'after', 'data-reference-date': '2024-03-05' });
  const expected = await coreAnnotate(detail.text, { referenceDate: '2024-03-05', dayFirst: false }, env);
  assert.deepEqual(detail.spans, expected.spans, 'the late element carries the core spans');
  assert.equal(await page.locator('#late aa-mark').count() > 0, true);

  // The panel sits right after the element, in a shadow root.
  await page.waitForFunction(() => document.querySelector('#late + aa-summary')?.shadowRoot.querySelector('.aa-map-slot[data-state="ready"]'), null, { timeout: 15_000 });
  const dots = await page.evaluate(() => [...document.querySelector('aa-summary').shadowRoot.querySelectorAll('circle.aa-dot')].map((c) => [Number(c.dataset.span), Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
  assert.ok(dots.length > 3);
  for (const [i, cx, cy] of dots) {
    assert.equal(cx, expected.spans[i].place.lon);
    assert.equal(cy, -expected.spans[i].place.lat);
  }
  await page.locator('aa-summary').screenshot({ path: join(artifacts, 'widget-summary.png') });
  assert.ok(!(await page.evaluate(() => document.getElementById('late').textContent.includes('Places'))), 'the panel is not inside the article');

  // An entry goes to its mention; N goes to the next mention of the same place.
  const madrid = expected.spans.map((s, i) => [s, i]).filter(([s]) => s.kind === 'place' && s.place?.name === expected.spans.find((x) => x.text === 'Madrid').place.name).map(([, i]) => i);
  await page.evaluate((i) => document.querySelector('aa-summary').shadowRoot.querySelector(`button.aa-go[data-span="${i}"]`).click(), madrid[0]);
  await page.waitForFunction((i) => document.activeElement?.getAttribute('data-aa-span') === String(i), madrid[0]);
  if (madrid.length > 1) {
    await page.keyboard.press('n');
    await page.waitForFunction((i) => document.activeElement?.getAttribute('data-aa-span') === String(i), madrid[1]);
  }

  // exportAnnotations: JSON-LD selectors point at the element's text.
  const ld = JSON.parse(await page.evaluate(async () => {
    const m = await import('/article-annotator.js');
    return m.exportAnnotations(document.getElementById('late'), 'jsonld');
  }));
  const points = [...detail.text];
  assert.equal(ld.first.items.length, expected.spans.length);
  for (const a of ld.first.items) {
    const [quote, pos] = a.target.selector;
    assert.equal(points.slice(pos.start, pos.end).join(''), quote.exact);
    assert.equal(a.target.source, `${env.base}/late-host.html#late`);
  }
  const csv = await page.evaluate(async () => (await import('/article-annotator.js')).exportAnnotations(document.getElementById('late'), 'csv'));
  assert.equal(csv.split('\r\n').length - 2, expected.spans.length, 'one CSV row per span');
  const fromEvent = await page.evaluate(async () => (await import('/article-annotator.js')).exportAnnotations(window.__annotated.findLast((e) => e.id === 'late').detail, 'json'));
  assert.deepEqual(JSON.parse(fromEvent).spans, expected.spans, 'an event detail exports too');

  // Removing the annotations removes the panel as well.
  await page.evaluate(async () => (await import('/article-annotator.js')).removeAnnotations(document.getElementById('late')));
  assert.equal(await page.locator('aa-summary').count(), 0);
  assert.equal(await page.locator('#late aa-mark').count(), 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  await context.close();
});

test('additions that hold no marked element do not trigger annotation', async () => {
  const { page, context } = await openLateHost();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Madrid and Lisbon signed on Tuesday.';
    document.getElementById('main').append(p);
  });
  await page.waitForTimeout(500);
  assert.equal(await page.locator('aa-mark').count(), 0);
  assert.equal(await page.evaluate(() => window.__annotated.length), 0);
  await context.close();
});
