// What the widget reads from its host page: the prose under an element, as
// one string with a map back to the text nodes (lib/client.js wraps spans
// over those nodes and puts them back), and the options the page gives, by
// config script, attribute or <time datetime>. Nothing here changes the
// host's DOM.

/** Elements whose text is not prose, or is not ours to touch. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'head', 'title', 'aa-mark', 'aa-card', 'aa-summary', 'article-annotator',
]);

/** Elements that end a run of text, so that words on either side do not merge. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body',
]);

function skipped(el, root) {
  if (el === root) return false;
  if (SKIP.has(el.localName)) return true;
  if (el.isContentEditable || el.hasAttribute('contenteditable')) return true;
  if (el.hasAttribute('data-article-annotator') || el.hasAttribute('data-article-annotator-skip')) return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/**
 * Reads the prose under `root` into one string. Returns the string and the
 * text nodes with the offset at which each starts in it. Block boundaries
 * and <br> become line breaks that map to no node.
 *
 * @returns {{text: string, segments: {node: Text, start: number}[]}}
 */
export function collectText(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let tail = '';
  const push = (s) => { parts.push(s); length += s.length; tail = (tail + s).slice(-2); };
  const separate = (sep) => {
    if (length === 0) return;
    // A <br> is always one line break; a block boundary ensures a blank line.
    if (sep === '\n') push('\n');
    else if (tail !== '\n\n') push(tail.endsWith('\n') ? '\n' : '\n\n');
  };
  // An explicit stack instead of recursion: host pages can nest deeply.
  const stack = [[root, root.firstChild]];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top[1];
    if (!node) {
      stack.pop();
      if (top[0] !== root && BLOCK.has(top[0].localName)) separate('\n\n');
      continue;
    }
    top[1] = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data.length) {
        segments.push({ node, start: length });
        push(node.data);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'br') { separate('\n'); continue; }
      if (skipped(node, root)) {
        if (BLOCK.has(node.localName) || SKIP.has(node.localName)) separate('\n\n');
        continue;
      }
      if (BLOCK.has(node.localName)) separate('\n\n');
      stack.push([node, node.firstChild]);
    }
  }
  return { text: parts.join(''), segments };
}

// ---- options ----

const KINDS = ['place', 'date', 'figure'];
const THEMES = ['auto', 'light', 'dark'];

function parseKinds(value) {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return undefined;
}

/** The day of an ISO 8601 date or date-time the host page wrote ("2021-06-04T09:30:00+01:00"). */
function isoDay(value) {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m ? m[1] : undefined;
}

function readJsonConfig(script) {
  if (!script) return {};
  try {
    const parsed = JSON.parse(script.textContent);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch (e) {
    console.warn(`article-annotator: ignoring a config that is not valid JSON (${e.message}).`);
    return {};
  }
}

/** Page-wide defaults: a config script that is not inside an annotated element. */
function pageConfig() {
  for (const s of document.querySelectorAll('script.article-annotator-config')) {
    if (!s.closest('article-annotator, [data-article-annotator]')) return readJsonConfig(s);
  }
  return {};
}

function attributes(el) {
  const isTag = el.localName === 'article-annotator';
  const get = (name) => (isTag ? el.getAttribute(name) : el.getAttribute(`data-${name}`)) ?? undefined;
  const o = {};
  if (get('kinds') !== undefined) o.kinds = parseKinds(get('kinds'));
  if (get('reference-date') !== undefined) o.referenceDate = get('reference-date');
  if (get('theme') !== undefined) o.theme = get('theme');
  if (get('day-first') !== undefined) o.dayFirst = get('day-first') !== 'false';
  if (get('summary') !== undefined) o.summary = get('summary') || 'after';
  return o;
}

/** The publication date the host page states, if any. */
function pageDate(el) {
  const times = [el, el.closest('article')].filter(Boolean);
  for (const scope of times) {
    for (const t of scope.querySelectorAll('time[datetime]')) {
      const day = isoDay(t.getAttribute('datetime'));
      if (day) return day;
    }
  }
  for (const name of ['article:published_time', 'og:article:published_time']) {
    const meta = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const day = isoDay(meta?.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}

/**
 * The options for `el`, by increasing priority: page config, the element's
 * own config script, its attributes, then what the caller passes.
 */
export function resolveOptions(el, given = {}) {
  const own = readJsonConfig([...el.children].find((c) => c.matches('script.article-annotator-config')));
  const merged = { ...pageConfig(), ...own, ...attributes(el), ...given };
  const kinds = parseKinds(merged.kinds)?.filter((k) => KINDS.includes(k));
  const referenceDate = isoDay(merged.referenceDate) ?? pageDate(el);
  const theme = THEMES.includes(merged.theme) ? merged.theme : 'auto';
  const summary = merged.summary === true ? 'after' : ['before', 'after'].includes(merged.summary) ? merged.summary : null;
  return { kinds: kinds?.length ? kinds : undefined, referenceDate, theme, dayFirst: !!merged.dayFirst, summary };
}
