// The highlights' stylesheet (what the first highlights need) and the
// constructed-stylesheet helpers, apart from lib/styles.js (the card's and
// the summary panel's sheets), so that the paste page loads only this at
// start-up. lib/styles.js re-exports all of it.
//
// The highlight rules are !important on purpose: on a host page they must win
// against rules such as `* { all: revert }` or `span { display: none }`.

/** Highlights (`<aa-mark>`) and the card's host element, for the document. */
export const documentCss = `
aa-mark[data-kind] {
  --aa-tint: rgba(20, 150, 180, 0.16);
  --aa-line: #0b7285;
  --aa-line-style: solid;
  display: inline !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  float: none !important;
  font: inherit !important;
  color: inherit !important;
  background: var(--aa-tint) !important;
  border: 0 !important;
  border-radius: 0.2em !important;
  margin: 0 !important;
  padding: 0 0.06em !important;
  text-decoration-line: underline !important;
  text-decoration-style: var(--aa-line-style) !important;
  text-decoration-color: var(--aa-line) !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.2em !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
  cursor: help !important;
  outline: none;
}
aa-mark[data-kind="place"] { --aa-tint: rgba(21, 170, 191, 0.17); --aa-line: #0b7285; --aa-line-style: solid; }
aa-mark[data-kind="date"] { --aa-tint: rgba(132, 94, 247, 0.15); --aa-line: #6741d9; --aa-line-style: dashed; }
aa-mark[data-kind="figure"] { --aa-tint: rgba(253, 126, 20, 0.18); --aa-line: #c2410c; --aa-line-style: double; }
aa-mark:hover, aa-mark[data-aa-active] { filter: saturate(1.6) !important; background: color-mix(in srgb, var(--aa-line) 24%, transparent) !important; }
aa-mark[data-aa-current] { outline: 3px solid var(--aa-line) !important; outline-offset: 2px !important; }
aa-mark:focus-visible { outline: 2px solid var(--aa-line) !important; outline-offset: 2px !important; }
[data-aa-theme="dark"] aa-mark[data-kind="place"], aa-mark[data-aa-theme="dark"][data-kind="place"] { --aa-tint: rgba(59, 201, 219, 0.22); --aa-line: #66d9e8; }
[data-aa-theme="dark"] aa-mark[data-kind="date"], aa-mark[data-aa-theme="dark"][data-kind="date"] { --aa-tint: rgba(177, 151, 252, 0.22); --aa-line: #b197fc; }
[data-aa-theme="dark"] aa-mark[data-kind="figure"], aa-mark[data-aa-theme="dark"][data-kind="figure"] { --aa-tint: rgba(255, 169, 77, 0.22); --aa-line: #ffa94d; }
@media (prefers-color-scheme: dark) {
  [data-aa-theme="auto"] aa-mark[data-kind="place"], aa-mark[data-aa-theme="auto"][data-kind="place"] { --aa-tint: rgba(59, 201, 219, 0.22); --aa-line: #66d9e8; }
  [data-aa-theme="auto"] aa-mark[data-kind="date"], aa-mark[data-aa-theme="auto"][data-kind="date"] { --aa-tint: rgba(177, 151, 252, 0.22); --aa-line: #b197fc; }
  [data-aa-theme="auto"] aa-mark[data-kind="figure"], aa-mark[data-aa-theme="auto"][data-kind="figure"] { --aa-tint: rgba(255, 169, 77, 0.22); --aa-line: #ffa94d; }
}
article-annotator:not([hidden]) { display: block; }
aa-summary:not([hidden]) { display: block; margin: 1.5em 0; }
[data-aa-hide~="place"] aa-mark[data-kind="place"],
[data-aa-hide~="date"] aa-mark[data-kind="date"],
[data-aa-hide~="figure"] aa-mark[data-kind="figure"] {
  background: none !important;
  text-decoration: none !important;
  padding: 0 !important;
  cursor: auto !important;
  filter: none !important;
}
aa-card[role="tooltip"] {
  display: block !important;
  position: fixed !important;
  z-index: 2147483647 !important;
  left: var(--aa-x, 0px) !important;
  top: var(--aa-y, 0px) !important;
  right: auto !important;
  bottom: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  width: max-content !important;
  max-width: min(23rem, calc(100vw - 16px)) !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
aa-card[role="tooltip"][hidden] { display: none !important; }
`;

const cache = new Map();

/**
 * A constructed stylesheet for the given CSS text, built once. Constructed
 * sheets need no request and no inline style, so they pass a strict CSP.
 */
export function sheet(css) {
  let s = cache.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    cache.set(css, s);
  }
  return s;
}

/** Adopts a sheet into a document or shadow root once. */
export function adopt(root, css) {
  const s = sheet(css);
  if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}
