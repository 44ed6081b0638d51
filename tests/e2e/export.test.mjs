// The export module and the summary panel's model and map view
// (www/lib/export.js, www/lib/summary/model.js, www/lib/summary/map.js)
// are pure where it matters: checked in Node on hand-made spans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, codePointOffsets, exportText, geoUri, protectCell } from '../../www/lib/export.js';
import { nextMention } from '../../www/lib/mentions.js';
import { mapView } from '../../www/lib/summary/map.js';
import { dayNumber, summarize } from '../../www/lib/summary/model.js';

/** Spans for the words of `text` found by a plain search, like the core's. */
function spansFor(text, items) {
  let from = 0;
  return items.map(([kind, word, detail]) => {
    const start = text.indexOf(word, from);
    assert.ok(start >= 0, word);
    from = start + word.length;
    return { kind, start, end: start + word.length, text: word, confidence: 0.9, [kind]: detail };
  });
}

const TEXT = '🚀🎉 Talks in Geneva on 12 May 2024 drew =SUM(A1) 300 "guests", said officials from Baku.\r\nNext: 👩‍👩‍👧 Yerevan.';
const SPANS = spansFor(TEXT, [
  ['place', 'Geneva', { name: 'Geneva', feature: 'city', countryCode: 'CH', country: 'Switzerland', lat: 46.2, lon: 6.14 }],
  ['date', '12 May 2024', { value: '2024-05-12', type: 'DATE', resolution: 'absolute', interval: { start: '2024-05-12', end: '2024-05-12', grain: 'day' } }],
  ['figure', '300', { value: 300, exactness: 'exact', counts: '=cmd|"/c calc"!A1' }],
  ['place', 'Baku', { name: 'Baku', feature: 'city', countryCode: 'AZ', country: 'Azerbaijan', lat: 40.38, lon: 49.89 }],
  ['place', 'Yerevan', { name: 'Yerevan', feature: 'city', countryCode: 'AM', country: 'Armenia', lat: 40.18, lon: 44.51 }],
]);

test('code point offsets: an emoji counts once', () => {
  assert.deepEqual(codePointOffsets('a🚀b', [0, 1, 3, 4]), [0, 1, 2, 3]);
  // A lone surrogate is one code point too, and offsets out of order restart.
  assert.deepEqual(codePointOffsets('\ud800x🚀', [2, 1, 4]), [2, 1, 3]);
});

test('JSON-LD: selectors point at the text, counted in code points', () => {
  const ld = JSON.parse(exportText(TEXT, { spans: SPANS }, 'jsonld').content);
  const points = [...TEXT];
  ld.first.items.forEach((a, i) => {
    const [quote, pos] = a.target.selector;
    assert.equal(quote.exact, SPANS[i].text);
    assert.equal(points.slice(pos.start, pos.end).join(''), SPANS[i].text);
    assert.equal(pos.start, SPANS[i].start - 2 - (i === 4 ? 3 : 0), 'two emoji (four units) before: two code points fewer; the family emoji has 3 more pairs');
    assert.ok(TEXT.slice(0, SPANS[i].start).endsWith(quote.prefix));
    assert.ok(TEXT.slice(SPANS[i].end).startsWith(quote.suffix));
    assert.ok([...quote.prefix].length <= 32 && [...quote.suffix].length <= 32);
  });
  // A place with coordinates: a geo: URI (RFC 5870) that describes where it is; no other span has one.
  assert.deepEqual(ld.first.items[0].body.find((b) => b.type === 'SpecificResource'), { type: 'SpecificResource', purpose: 'describing', source: 'geo:46.2,6.14' });
  assert.equal(ld.first.items[3].body.find((b) => b.type === 'SpecificResource').source, 'geo:40.38,49.89');
  for (const i of [1, 2]) assert.equal(ld.first.items[i].body.find((b) => b.type === 'SpecificResource'), undefined);
  assert.ok(ld.first.items.every((a) => a.motivation === 'tagging'));
  assert.ok(!ld.first.items.some((a) => a.body.some((b) => b.purpose === 'identifying' && b.type === 'SpecificResource')), 'nothing claims to identify a place');
  assert.equal(ld.first.items[1].body.find((b) => b.purpose === 'identifying').value, '2024-05-12');
  // Context never splits a surrogate pair.
  for (const a of ld.first.items) for (const s of [a.target.selector[0].prefix, a.target.selector[0].suffix]) assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(s), s);
  assert.equal(exportText(TEXT, { spans: SPANS }, 'jsonld').content, exportText(TEXT, { spans: SPANS }, 'jsonld').content, 'deterministic');
});

test('geo: URIs: in range, fixed notation, none without coordinates', () => {
  assert.equal(geoUri({ lat: -33.87, lon: 151.21 }), 'geo:-33.87,151.21');
  assert.equal(geoUri({ lat: -90, lon: 180 }), 'geo:-90,180');
  assert.equal(geoUri({ lat: 1e-7, lon: -0 }), 'geo:0,0', 'no exponent, no minus zero');
  assert.equal(geoUri({ lat: 0.000004, lon: 12.3456789 }), 'geo:0.000004,12.345679');
  assert.equal(geoUri({ lat: 91, lon: 0 }), null);
  assert.equal(geoUri({ lat: 0, lon: -180.5 }), null);
  assert.equal(geoUri({ name: 'Caucasus', feature: 'area' }), null);
  assert.equal(geoUri({ lat: Number.NaN, lon: 1 }), null);
  assert.equal(geoUri(undefined), null);
  // A place without coordinates gets no geo: body at all.
  const text = 'Talks on the Caucasus.';
  const [span] = spansFor(text, [['place', 'Caucasus', { name: 'Caucasus', feature: 'area' }]]);
  const ld = JSON.parse(exportText(text, { spans: [span] }, 'jsonld').content);
  assert.deepEqual(ld.first.items[0].body.map((b) => b.type), ['TextualBody', 'TextualBody']);
});

test('CSV: RFC 4180 quoting and formula injection guarded', () => {
  const csv = exportText(TEXT, { spans: SPANS }, 'csv').content;
  const lines = csv.split('\r\n');
  assert.equal(lines.length, SPANS.length + 2);
  assert.match(lines[3], /,"'=cmd\|""\/c calc""!A1",/, 'a counted noun starting with = is quoted and prefixed');
  assert.match(lines[1], /,6\.14,/, 'numbers stay numbers');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.ok(!CSV_COLUMNS.includes('geonames_id'));
  // lat, lon, then mod: Geneva's row has its coordinates and an empty mod.
  const geneva = lines[1].split(',');
  assert.deepEqual([geneva[CSV_COLUMNS.indexOf('lat')], geneva[CSV_COLUMNS.indexOf('lon')], geneva[CSV_COLUMNS.indexOf('mod')]], ['46.2', '6.14', '']);
  assert.equal(geneva.length, CSV_COLUMNS.length);
  assert.equal(protectCell('-95.53'), '-95.53');
  assert.equal(protectCell('-1+2'), "'-1+2");
  assert.equal(protectCell('@SUM(1)'), "'@SUM(1)");
  assert.equal(protectCell('+1'), "'+1");
  assert.equal(protectCell('\tx'), "'\tx");
  assert.equal(protectCell('Baku'), 'Baku');
});

test('JSON: the annotator\'s own format', () => {
  const json = JSON.parse(exportText(TEXT, { spans: SPANS, referenceDate: { value: '2024-05-13', source: 'option' } }, 'json').content);
  assert.deepEqual(json, { referenceDate: '2024-05-13', text: TEXT, spans: SPANS });
  assert.throws(() => exportText(TEXT, { spans: SPANS }, 'xml'), /unknown export format/);
});

test('the timeline places a date by the days the core says it covers', () => {
  const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;
  assert.equal(dayNumber('2020-10-09'), day(2020, 10, 9));
  assert.ok(dayNumber('0044-01-01') < day(1000, 1, 1), 'years below 100 are not 19xx');
  for (const v of ['2020-10', 'P3D', '', null, undefined]) assert.equal(dayNumber(v), null, String(v));
  const date = (text, detail) => ({ kind: 'date', start: 0, end: text.length, text, date: { type: 'DATE', resolution: 'absolute', ...detail } });
  const spans = [
    date('the third quarter of 2009', { value: '2009-Q3', interval: { start: '2009-07-01', end: '2009-09-30', grain: 'quarter' } }),
    date('1992', { value: '1992', range: ['1992', '1994'], interval: { start: '1992-01-01', end: '1992-12-31', grain: 'year' } }),
    date('1994', { value: '1994', range: ['1992', '1994'], interval: { start: '1994-01-01', end: '1994-12-31', grain: 'year' } }),
    date('the week of 5 October', { value: '2020-W41', interval: { start: '2020-10-05', end: '2020-10-11', grain: 'week' } }),
    date('480 BC', { value: 'BC0480' }),
    date('now', { value: 'PRESENT_REF', resolution: 'relative' }),
    date('March 5', { value: 'XXXX-03-05', partial: { month: 3, day: 5 } }),
    date('25 years', { value: 'P25Y', type: 'DURATION', duration: [{ amount: 25, unit: 'year' }] }),
  ];
  const s = summarize(spans, { value: '2020-10-09', source: 'option' });
  assert.deepEqual(s.dates.map((d) => d.value), ['1992', '1994', '2009-Q3', '2020-W41'], 'in time order');
  const byValue = Object.fromEntries(s.dates.map((d) => [d.value, d]));
  assert.deepEqual(byValue['2009-Q3'].interval, [day(2009, 7, 1), day(2009, 10, 1)], 'the last day is inclusive');
  assert.deepEqual(byValue['2020-W41'].interval, [day(2020, 10, 5), day(2020, 10, 12)]);
  // Each end of a range covers the whole range, and knows both ends.
  for (const v of ['1992', '1994']) {
    assert.deepEqual(byValue[v].interval, [day(1992, 1, 1), day(1995, 1, 1)], v);
    assert.deepEqual(byValue[v].ends.map((e) => e.value), ['1992', '1994']);
  }
  // Values the core gave no days for are not placed on the calendar by re-reading them.
  assert.deepEqual(s.undated.map((d) => d.value), ['BC0480', 'PRESENT_REF', 'XXXX-03-05']);
  assert.deepEqual(s.durations.map((d) => d.value), ['P25Y']);
  assert.deepEqual(s.reference, { value: '2020-10-09', interval: [day(2020, 10, 9), day(2020, 10, 10)] });
});

test('the map zooms to where most mentions are', () => {
  const place = (name, lat, lon, n, feature = 'city') => ({ name, lat, lon, feature, mentions: Array.from({ length: n }, (_, i) => i) });
  const caucasus = [place('Baku', 40.38, 49.89, 6), place('Yerevan', 40.18, 44.51, 6), place('Stepanakert', 39.82, 46.75, 8),
    place('Moscow', 55.75, 37.62, 2), place('Washington', 38.9, -77.04, 1), place('Europe', 50, 10, 3, 'continent')];
  const v = mapView(caucasus);
  const inside = (p) => p.lon >= v.x && p.lon <= v.x + v.w && -p.lat >= v.y && -p.lat <= v.y + v.h;
  assert.ok(inside(caucasus[0]) && inside(caucasus[1]) && inside(caucasus[2]), 'the core places are in view');
  assert.ok(!inside(caucasus[4]), 'a far place mentioned once is not');
  assert.ok(v.w < 40, `zoomed in (${v.w}°)`);
  assert.equal(v.w / v.h, 2);
  const one = mapView([place('Lisbon', 38.72, -9.14, 1)]);
  assert.equal(one.w, 16, 'one place: a region around it, not a street');
  assert.deepEqual(mapView([]), { x: -180, y: -90, w: 360, h: 180 });
  const spread = mapView([place('A', 60, -150, 1), place('B', -40, 170, 1)]);
  assert.ok(spread.x >= -180 && spread.x + spread.w <= 180 && spread.y >= -90 && spread.y + spread.h <= 90, 'kept inside the world');
});

test('grouping and mention-to-mention navigation', () => {
  const spans = [...SPANS, { kind: 'figure', start: 200, end: 202, text: '19', figure: { value: 19, exactness: 'exact', counts: '=CMD|"/C CALC"!A1' } },
    { kind: 'place', start: 210, end: 214, text: 'Baku', place: SPANS[3].place }];
  const s = summarize(spans, { value: '2024-05-13' });
  assert.deepEqual(s.figures.map((g) => g.items.map((i) => i.text)), [['300', '19']], 'figures counting the same thing, case aside, share a group');
  assert.deepEqual(s.places.find((p) => p.name === 'Baku').mentions, [3, 6]);
  assert.equal(nextMention(spans, 3, 1), 6);
  assert.equal(nextMention(spans, 6, 1), 3, 'wraps around');
  assert.equal(nextMention(spans, 0, 1), null, 'Geneva once');
  assert.deepEqual(s.dates.map((d) => d.value), ['2024-05-12']);
  assert.equal(s.reference.value, '2024-05-13');
});
