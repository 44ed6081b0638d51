// Exports the annotations of one text, for the paste page and the widget:
// the annotator's own JSON, W3C Web Annotation JSON-LD, and CSV. Pure
// functions of (text, result): no DOM, no clock, no network, so the same
// text always gives the same file, and Node can run them too.

/** The formats, with the MIME type and file extension of each. */
export const FORMATS = {
  json: { label: 'JSON', mime: 'application/json', extension: 'json' },
  jsonld: { label: 'Web Annotation (JSON-LD)', mime: 'application/ld+json', extension: 'jsonld' },
  csv: { label: 'CSV', mime: 'text/csv', extension: 'csv' },
};

/** Code points of context on each side of a TextQuoteSelector. */
const CONTEXT = 32;

/**
 * The export of `result` ({spans, referenceDate}) for `text` in `format`
 * ('json', 'jsonld' or 'csv'): {content, mime, filename}.
 *
 * @param {string} text
 * @param {{spans: object[], referenceDate?: object|null}} result
 * @param {'json'|'jsonld'|'csv'} format
 * @param {{source?: string, id?: string}} [options] source: the IRI of the
 *   annotated document (JSON-LD); without it a URN derived from the text.
 */
export function exportText(text, result, format, options = {}) {
  const spans = Array.isArray(result?.spans) ? result.spans : [];
  const info = FORMATS[format];
  if (!info) throw new RangeError(`unknown export format "${format}": use json, jsonld or csv`);
  let content;
  if (format === 'json') content = toJson(text, spans, result?.referenceDate ?? null, options);
  else if (format === 'jsonld') content = toJsonLd(text, spans, options);
  else content = toCsv(spans);
  return { content, mime: info.mime, filename: `annotations.${info.extension}` };
}

// ---- JSON: the annotator's own format ----

/**
 * The same shape as a line of the project's JSON Lines data sets
 * ({id?, referenceDate, text, spans}), pretty-printed. The spans are the
 * core's, unchanged: start/end in UTF-16 code units.
 */
function toJson(text, spans, referenceDate, options) {
  const doc = {};
  if (options.id) doc.id = String(options.id);
  doc.referenceDate = referenceDate?.value ?? null;
  doc.text = text;
  doc.spans = spans;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---- W3C Web Annotation ----

/**
 * A stable name for a text that has no address: FNV-1a over its UTF-16 code
 * units, so the same text always gets the same annotation ids.
 */
export function textUrn(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `urn:article-annotator:text:${h.toString(16).padStart(8, '0')}-${text.length}`;
}

/**
 * For each UTF-16 offset in `offsets` (sorted ascending), its index in code
 * points. The W3C model counts TextPositionSelector positions in Unicode
 * code points, while our spans count UTF-16 code units (JavaScript string
 * indices): an emoji before a span is 2 units but 1 code point. One pass over
 * the text, so exporting stays linear.
 */
export function codePointOffsets(text, offsets) {
  const out = new Array(offsets.length);
  let unit = 0;
  let point = 0;
  for (let k = 0; k < offsets.length; k++) {
    const target = offsets[k];
    if (target < unit) { unit = 0; point = 0; }
    while (unit < target && unit < text.length) {
      const c = text.charCodeAt(unit);
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length
        && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      unit += pair ? 2 : 1;
      point++;
    }
    out[k] = point;
  }
  return out;
}

/** Moves back from UTF-16 offset `at` by up to `n` code points. */
function backCodePoints(text, at, n) {
  let i = at;
  for (let k = 0; k < n && i > 0; k++) {
    i--;
    if (i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  }
  return i;
}

/** Moves forward from UTF-16 offset `at` by up to `n` code points. */
function forwardCodePoints(text, at, n) {
  let i = at;
  for (let k = 0; k < n && i < text.length; k++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** What a span's value says, in a line: the "describing" body. */
export function describeSpan(span) {
  if (span.kind === 'place' && span.place) {
    const p = span.place;
    const parts = [p.name];
    if (p.region) parts.push(p.region);
    if (p.country && p.country !== p.name) parts.push(p.country);
    let s = parts.filter(Boolean).join(', ');
    if (p.feature) s += ` (${p.feature})`;
    if (Number.isFinite(p.lat) && Number.isFinite(p.lon)) s += ` at ${p.lat}, ${p.lon}`;
    return s;
  }
  if (span.kind === 'date' && span.date) {
    const d = span.date;
    let s = `${d.type ?? 'DATE'} ${d.value ?? 'unresolved'}`;
    if (d.range) s += ` (${d.range[0]} to ${d.range[1]})`;
    if (d.mod) s += ` ${d.mod}`;
    return s;
  }
  if (span.kind === 'figure' && span.figure) {
    const f = span.figure;
    let s = String(f.value);
    if (f.currency) s += ` ${f.currency}`;
    if (f.unit) s += ` ${f.unit}`;
    if (f.per) s += ` per ${f.per}`;
    if (Array.isArray(f.range)) s += ` (one end of ${f.range[0]} to ${f.range[1]})`;
    if (f.counts) s += ` ${f.counts}`;
    if (f.exactness && f.exactness !== 'exact') s += ` (${f.exactness})`;
    return s;
  }
  return span.text ?? '';
}

/** The normalized value alone: TIMEX3 value, number, place name. */
function valueOf(span) {
  if (span.kind === 'place') return span.place?.name ?? '';
  if (span.kind === 'date') return span.date?.value ?? '';
  if (span.kind === 'figure') return span.figure && Number.isFinite(span.figure.value) ? String(span.figure.value) : '';
  return '';
}

/**
 * "geo:LAT,LON" (RFC 5870, WGS 84) for a place with coordinates in range,
 * else null. No uncertainty parameter: RFC 5870 reads its absence as
 * "unknown", which is the truth for a gazetteer's point.
 */
export function geoUri(place) {
  const lat = place?.lat;
  const lon = place?.lon;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // Rounded to 6 decimals, a number is 0 or at least 1e-6, which String()
  // writes without an exponent (RFC 5870 allows none); `|| 0` turns -0 into 0.
  const num = (v) => String(Number(v.toFixed(6)) || 0);
  return `geo:${num(lat)},${num(lon)}`;
}

function toJsonLd(text, spans, options) {
  const source = options.source || textUrn(text);
  const base = textUrn(text);
  const offsets = [];
  for (const s of spans) offsets.push(s.start, s.end);
  // Spans are sorted by start and disjoint, so the offsets are ascending and
  // one walk converts them all; codePointOffsets restarts if they are not.
  const points = codePointOffsets(text, offsets);
  const items = spans.map((span, i) => {
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: span.kind, format: 'text/plain' },
    ];
    const value = valueOf(span);
    if (span.kind === 'date' && value) body.push({ type: 'TextualBody', purpose: 'identifying', value, format: 'text/plain' });
    body.push({ type: 'TextualBody', purpose: 'describing', value: describeSpan(span), format: 'text/plain' });
    // Where the place is, as a geo: URI (RFC 5870). It describes the place
    // rather than identifies it: the coordinates are an approximate point
    // (a region's or country's is a centre), shared by nothing else.
    const uri = span.kind === 'place' ? geoUri(span.place) : null;
    if (uri) body.push({ type: 'SpecificResource', purpose: 'describing', source: uri });
    return {
      id: `${base}:annotation:${i}`,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: text.slice(span.start, span.end),
            prefix: text.slice(backCodePoints(text, span.start, CONTEXT), span.start),
            suffix: text.slice(span.end, forwardCodePoints(text, span.end, CONTEXT)),
          },
          // Code points, as the W3C model counts them (see codePointOffsets).
          { type: 'TextPositionSelector', start: points[2 * i], end: points[2 * i + 1] },
        ],
      },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: 'Places, dates and figures (article-annotator)',
    total: items.length,
    first: { id: `${base}:annotations:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

// ---- CSV ----

/** The CSV columns, in order; start/end are UTF-16 code units like the JSON. */
export const CSV_COLUMNS = [
  'kind', 'start', 'end', 'text', 'value', 'type', 'name', 'feature', 'country_code', 'country', 'region',
  'lat', 'lon', 'mod', 'range_start', 'range_end', 'resolution',
  'exactness', 'unit', 'per', 'currency', 'counts', 'confidence',
];

const str = (v) => (v === undefined || v === null ? '' : String(v));

/** One span as CSV cells (before quoting), in CSV_COLUMNS order. */
export function csvCells(span) {
  const p = span.place ?? {};
  const d = span.date ?? {};
  const f = span.figure ?? {};
  const row = {
    kind: span.kind,
    start: span.start,
    end: span.end,
    text: span.text,
    value: valueOf(span),
    type: span.kind === 'date' ? d.type : '',
    name: p.name,
    feature: p.feature,
    country_code: p.countryCode,
    country: p.country,
    region: p.region,
    lat: p.lat,
    lon: p.lon,
    mod: d.mod ?? f.modifier,
    range_start: d.range?.[0] ?? f.range?.[0],
    range_end: d.range?.[1] ?? f.range?.[1],
    resolution: d.resolution,
    exactness: f.exactness,
    unit: f.unit,
    per: f.per,
    currency: f.currency,
    counts: f.counts,
    confidence: span.confidence,
  };
  return CSV_COLUMNS.map((c) => protectCell(str(row[c])));
}

/**
 * Guards against CSV formula injection: a spreadsheet runs a cell that
 * starts with = + - @ (or a tab or carriage return) as a formula, and the
 * text comes from an article anyone could have written. Such cells get a
 * leading apostrophe. A cell that is only a number ("-95.53") is left as
 * it is: it cannot be a formula, and a longitude must stay a number.
 */
export function protectCell(cell) {
  if (/^[=+\-@\t\r]/.test(cell) && !/^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(cell)) return `'${cell}`;
  return cell;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
function quote(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function toCsv(spans) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const span of spans) lines.push(csvCells(span).map(quote).join(','));
  // RFC 4180 ends records with CRLF.
  return `${lines.join('\r\n')}\r\n`;
}
