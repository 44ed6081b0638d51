// Annotating live DOM without rewriting it: the text nodes under an element
// are read into one string with a map back to the nodes; spans found in that
// string are wrapped in <aa-mark> elements by splitting text nodes; and the
// change is undone by putting the original text nodes back, so the host's
// DOM (and any reference it holds to a text node) is exactly as before.

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

/**
 * Wraps each span's text in <aa-mark> elements (one per text node the span
 * touches) and returns what `unwrapSpans` needs to undo it. `makeMark(span,
 * index, isFirstPiece)` creates an empty mark element. `from` may skip
 * spans known to end before the first segment.
 */
export function wrapSpans(segments, spans, makeMark, from = 0) {
  const records = [];
  // `from`: a span index no later than the first span of `segments`, so
  // that wrapping a long text in slices need not rescan the spans before.
  let s = from;
  for (const seg of segments) {
    const node = seg.node;
    const segStart = seg.start;
    const segEnd = segStart + node.data.length;
    while (s < spans.length && spans[s].end <= segStart) s++;
    let k = s;
    const local = [];
    while (k < spans.length && spans[k].start < segEnd) {
      const span = spans[k];
      const a = Math.max(span.start, segStart) - segStart;
      const b = Math.min(span.end, segEnd) - segStart;
      if (b > a) local.push({ a, b, index: k, first: span.start >= segStart });
      if (span.end > segEnd) break;
      k++;
    }
    if (!local.length || !node.parentNode) continue;
    const pieces = [];
    let pos = 0;
    const data = node.data;
    for (const { a, b, index, first } of local) {
      if (a < pos) continue;
      if (a > pos) pieces.push(document.createTextNode(data.slice(pos, a)));
      const mark = makeMark(spans[index], index, first);
      mark.append(document.createTextNode(data.slice(a, b)));
      pieces.push(mark);
      pos = b;
    }
    if (pos < data.length) pieces.push(document.createTextNode(data.slice(pos)));
    node.replaceWith(...pieces);
    records.push({ original: node, pieces });
  }
  return records;
}

/** Puts the original text nodes back and removes every piece made by wrapSpans. */
export function unwrapSpans(records) {
  for (let i = records.length - 1; i >= 0; i--) {
    const { original, pieces } = records[i];
    const anchor = pieces.find((p) => p.parentNode);
    if (!anchor) continue;
    anchor.parentNode.insertBefore(original, anchor);
    for (const p of pieces) p.remove();
  }
}
