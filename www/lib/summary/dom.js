// What the panel's modules (panel.js, map.js, timeline.js) build with:
// elements made by DOM calls, text only ever as text nodes, and the
// buttons that go to a mention.

export const SVG = 'http://www.w3.org/2000/svg';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Entries listed per list. A long report can hold thousands of figures;
 * past this the list says how many more there are (the exports have all),
 * so that opening the panel stays quick.
 */
export const LIST_LIMIT = 150;

export function more(list, n, what) {
  if (n > 0) list.append(el('li', { class: 'aa-more' }, `…and ${plural(n, what)} more (the exports have them all)`));
}

/** A button that goes to the first mention of an entry. */
export function goButton(label, mentions, kind, key, extra = '') {
  const b = el('button', {
    type: 'button',
    class: 'aa-go',
    'data-kind': kind,
    'data-key': key,
    'data-span': mentions[0],
    'aria-label': `${label}${extra}, ${plural(mentions.length, 'mention')}: go to the first`,
  }, el('span', { class: 'aa-go-label' }, label));
  if (mentions.length > 1) b.append(el('span', { class: 'aa-count', 'aria-hidden': 'true' }, String(mentions.length)));
  return b;
}

export function section(id, title, countText) {
  const h = el('h3', { id, class: 'aa-sum-title' }, title);
  if (countText) h.append(' ', el('span', { class: 'aa-sum-count' }, countText));
  return el('section', { class: 'aa-sum-section', 'aria-labelledby': id }, h);
}
