// The stylesheets the paste page and the widget share, as strings, so the
// widget can build constructed stylesheets from them without any request and
// without inline style attributes (both are forbidden by a strict CSP).
//
// The highlight rules are !important on purpose: on a host page they must win
// against rules such as `* { all: revert }` or `span { display: none }`.

export { adopt, documentCss, sheet } from './sheet.js';

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

/**
 * The summary panel (lib/summary.js): map, timeline, figures. Scoped under
 * `.aa-summary`, themed with custom properties that a host may override;
 * `data-aa-theme` on the panel or an ancestor picks light or dark.
 */
export const summaryCss = `
.aa-summary {
  /* Each colour names its light and dark value once; color-scheme picks
     which. The panel sits in the paste page or in the widget's shadow root,
     where no host rule can reset color-scheme. (Marks and cards keep whole
     dark blocks instead: a host's "* { all: revert }" resets color-scheme
     on elements it reaches, but never custom properties.) */
  --aa-s-bg: light-dark(#ffffff, #171d25);
  --aa-s-fg: light-dark(#1c2128, #e6edf3);
  --aa-s-muted: light-dark(#59636e, #9aa7b4);
  --aa-s-border: light-dark(#d8dee4, #2d3643);
  --aa-s-soft: light-dark(#f1f3f5, #1f2731);
  --aa-s-sea: light-dark(#e4edf4, #0e1f2c);
  --aa-s-land: light-dark(#fbfaf6, #24303c);
  --aa-s-land-line: light-dark(#b9c2cc, #3d4b5a);
  --aa-s-land-hot: light-dark(#c9e9e2, #1f4b55);
  --aa-s-place: light-dark(#0b7285, #66d9e8);
  --aa-s-date: light-dark(#6741d9, #b197fc);
  --aa-s-figure: light-dark(#c2410c, #ffa94d);
  --aa-s-focus: light-dark(#0a58ca, #79b8ff);
  --aa-s-halo: light-dark(#ffffff, #0f141a);
  color-scheme: light;
  color: var(--aa-s-fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  display: grid;
  gap: 18px;
}
[data-aa-theme="auto"] .aa-summary, .aa-summary[data-aa-theme="auto"] { color-scheme: light dark; }
[data-aa-theme="dark"] .aa-summary, .aa-summary[data-aa-theme="dark"] { color-scheme: dark; }
.aa-summary * { box-sizing: border-box; }
.aa-summary[data-aa-framed] { background: var(--aa-s-bg); border: 1px solid var(--aa-s-border); border-radius: 12px; padding: 16px; text-align: left; }
.aa-sum-section { min-width: 0; }
.aa-sum-title { margin: 0 0 8px; font-size: 13px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: var(--aa-s-muted); }
.aa-sum-places .aa-sum-title { border-left: 3px solid var(--aa-s-place); padding-left: 7px; }
.aa-sum-dates .aa-sum-title { border-left: 3px solid var(--aa-s-date); padding-left: 7px; }
.aa-sum-figures .aa-sum-title { border-left: 3px solid var(--aa-s-figure); padding-left: 7px; }
.aa-sum-count { font-weight: 500; letter-spacing: 0; text-transform: none; }
.aa-sum-sub { margin: 12px 0 4px; font-size: 13px; font-weight: 650; color: var(--aa-s-muted); }
.aa-sum-empty { margin: 0; color: var(--aa-s-muted); }
.aa-summary ul, .aa-summary ol { list-style: none; margin: 0; padding: 0; }

.aa-go {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  border-radius: 6px;
  padding: 1px 4px;
  margin: 0 -4px;
  cursor: pointer;
  text-align: left;
  display: inline-flex;
  align-items: baseline;
  gap: 6px;
  max-width: 100%;
}
.aa-go:hover { background: var(--aa-s-soft); }
.aa-go:hover .aa-go-label { text-decoration: underline; text-underline-offset: 2px; }
.aa-go:focus-visible { outline: 2px solid var(--aa-s-focus); outline-offset: 1px; }
.aa-go-label { overflow-wrap: break-word; min-width: 0; }
.aa-count {
  font-size: 12px;
  font-variant-numeric: tabular-nums;
  font-weight: 650;
  color: var(--aa-s-muted);
  background: var(--aa-s-soft);
  border-radius: 999px;
  padding: 0 7px;
}
.aa-go-inline { white-space: nowrap; margin: 0; padding: 0 1px; font-variant-numeric: tabular-nums; font-weight: 600; }

.aa-map-slot { max-width: 48rem; margin: 0 0 10px; border: 1px solid var(--aa-s-border); border-radius: 10px; overflow: hidden; background: var(--aa-s-sea); aspect-ratio: 2 / 1; }
.aa-map-slot[data-state="loading"], .aa-map-slot[data-state="error"] { display: grid; place-items: center; padding: 12px; text-align: center; }
.aa-map { display: block; width: 100%; height: 100%; }
.aa-map-sea { fill: var(--aa-s-sea); }
.aa-map-countries path { fill: var(--aa-s-land); stroke: var(--aa-s-land-line); stroke-width: 0.6px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.aa-map-countries path.aa-mentioned { fill: var(--aa-s-land-hot); }
.aa-dot { fill: var(--aa-s-place); fill-opacity: 0.85; stroke: var(--aa-s-halo); stroke-width: 1.5px; vector-effect: non-scaling-stroke; cursor: pointer; }
.aa-dot-country { fill-opacity: 0.35; stroke: var(--aa-s-place); }
.aa-dot:hover { fill-opacity: 1; }
.aa-edge { fill: var(--aa-s-place); opacity: 0.8; cursor: pointer; }
.aa-map-labels text { fill: var(--aa-s-fg); stroke: var(--aa-s-halo); paint-order: stroke; stroke-linejoin: round; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-weight: 600; pointer-events: none; }

.aa-countries { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 8px 16px; }
.aa-country-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 8px; font-weight: 650; }
.aa-country-name { font-weight: 650; }
.aa-total { font-size: 12px; font-weight: 400; color: var(--aa-s-muted); white-space: nowrap; }
.aa-country-places { margin: 2px 0 0 10px !important; padding-left: 8px !important; border-left: 2px solid var(--aa-s-border); }
.aa-country-places li { line-height: 1.6; }

.aa-strip-slot { margin: 0 0 10px; }
.aa-strip { display: block; width: 100%; height: auto; overflow: visible; }
.aa-strip-axis { stroke: var(--aa-s-border); stroke-width: 2; }
.aa-strip-tick { stroke: var(--aa-s-muted); stroke-width: 1; }
.aa-strip text { fill: var(--aa-s-muted); font-size: 11px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.aa-strip-ref { stroke: var(--aa-s-focus); stroke-width: 2; stroke-dasharray: 3 2; }
.aa-strip .aa-strip-ref-label { fill: var(--aa-s-focus); font-weight: 650; }
.aa-strip-dot { fill: var(--aa-s-date); fill-opacity: 0.8; stroke: var(--aa-s-halo); stroke-width: 1.5; cursor: pointer; }
.aa-strip-span { fill: var(--aa-s-date); fill-opacity: 0.45; cursor: pointer; }
.aa-timeline { position: relative; padding-left: 18px !important; }
.aa-timeline::before { content: ""; position: absolute; left: 5px; top: 6px; bottom: 6px; width: 2px; background: var(--aa-s-border); border-radius: 1px; }
.aa-tl-item { position: relative; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 10px; padding: 2px 0; }
.aa-tl-item::before { content: ""; position: absolute; left: -17px; top: 0.62em; width: 10px; height: 10px; border-radius: 50%; background: var(--aa-s-date); border: 2px solid var(--aa-s-halo); box-sizing: border-box; }
.aa-tl-span::before { border-radius: 3px; height: 14px; top: 0.45em; }
.aa-tl-ref::before { background: var(--aa-s-halo); border: 3px solid var(--aa-s-focus); width: 12px; height: 12px; left: -18px; }
.aa-tl-ref .aa-tl-when, .aa-tl-ref .aa-go-label { font-weight: 700; }
.aa-tl-note { color: var(--aa-s-muted); font-size: 13px; }
.aa-more { color: var(--aa-s-muted); font-size: 13px; font-style: italic; padding: 2px 0; }
.aa-durations li { display: flex; flex-wrap: wrap; gap: 0 10px; align-items: baseline; padding: 1px 0; }

.aa-figures { width: 100%; border-collapse: collapse; font-size: 13.5px; }
.aa-figures th, .aa-figures td { text-align: left; padding: 5px 8px 5px 0; border-bottom: 1px solid var(--aa-s-border); vertical-align: baseline; }
.aa-figures thead th { font-size: 12px; color: var(--aa-s-muted); font-weight: 650; }
.aa-figures tbody th { font-weight: 600; }
.aa-fig-values { font-variant-numeric: tabular-nums; }
@media (max-width: 480px) {
  .aa-figures thead th:nth-child(4), .aa-figures td:nth-child(4) { display: none; }
  .aa-figures th, .aa-figures td { padding-right: 5px; }
}
`;

