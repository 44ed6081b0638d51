// The stylesheets the paste page and the widget share, as strings, so the
// widget can build constructed stylesheets from them without any request and
// without inline style attributes (both are forbidden by a strict CSP).
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

/** The card inside its shadow root. Themed with custom properties and ::part. */
export const cardCss = `
:host {
  --aa-card-bg: #ffffff;
  --aa-card-fg: #1c2128;
  --aa-card-muted: #57606a;
  --aa-card-border: #d0d7de;
  --aa-card-shadow: 0 10px 30px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  --aa-card-link: #0a58ca;
  --aa-place: #0b7285;
  --aa-date: #6741d9;
  --aa-figure: #c2410c;
  --aa-card-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
:host([theme="dark"]) {
  --aa-card-bg: #1d2430;
  --aa-card-fg: #e6edf3;
  --aa-card-muted: #9aa7b4;
  --aa-card-border: #364152;
  --aa-card-shadow: 0 10px 30px rgba(0, 0, 0, 0.5);
  --aa-card-link: #79b8ff;
  --aa-place: #66d9e8;
  --aa-date: #b197fc;
  --aa-figure: #ffa94d;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    --aa-card-bg: #1d2430;
    --aa-card-fg: #e6edf3;
    --aa-card-muted: #9aa7b4;
    --aa-card-border: #364152;
    --aa-card-shadow: 0 10px 30px rgba(0, 0, 0, 0.5);
    --aa-card-link: #79b8ff;
    --aa-place: #66d9e8;
    --aa-date: #b197fc;
    --aa-figure: #ffa94d;
  }
}
.card {
  box-sizing: border-box;
  font: 14px/1.45 var(--aa-card-font);
  color: var(--aa-card-fg);
  background: var(--aa-card-bg);
  border: 1px solid var(--aa-card-border);
  border-radius: 10px;
  box-shadow: var(--aa-card-shadow);
  padding: 12px 14px 12px;
  min-width: 15rem;
  max-width: 100%;
  text-align: left;
  overflow-wrap: anywhere;
}
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 8px; }
.kind {
  flex: none;
  font-size: 11px;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--accent);
  border: 1px solid currentColor;
  border-radius: 999px;
  padding: 0 7px;
}
.kind::before { margin-right: 4px; }
.card[data-kind="place"] { --accent: var(--aa-place); }
.card[data-kind="date"] { --accent: var(--aa-date); }
.card[data-kind="figure"] { --accent: var(--aa-figure); }
.card[data-kind="place"] .kind::before { content: "\\25C6"; }
.card[data-kind="date"] .kind::before { content: "\\25F7"; }
.card[data-kind="figure"] .kind::before { content: "#"; }
.title { font-weight: 650; font-size: 15px; }
.card { border-top: 3px solid var(--accent); }
dl { display: grid; grid-template-columns: auto 1fr; gap: 3px 12px; margin: 0; }
dt { color: var(--aa-card-muted); white-space: nowrap; }
dd { margin: 0; }
.big { font-variant-numeric: tabular-nums; font-weight: 600; }
ul { margin: 2px 0 0; padding-left: 1.1em; }
li { margin: 0; }
.muted { color: var(--aa-card-muted); }
a { color: var(--aa-card-link); text-underline-offset: 2px; }
a:focus-visible { outline: 2px solid var(--aa-card-link); outline-offset: 2px; border-radius: 2px; }
.foot { margin-top: 8px; display: flex; justify-content: space-between; gap: 10px; font-size: 12.5px; }
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
