// The card's wording (www/lib/format.js), a pure module, checked in Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  coordinates, distanceWords, figureTopic, figureValue, fullNumber, mapUrl, resolutionWords, timexWords, weekdayOf,
} from '../../www/lib/format.js';

test('numbers are written in full', () => {
  assert.equal(fullNumber(3.2e9), '3,200,000,000');
  assert.equal(fullNumber(0.25), '0.25');
  assert.equal(fullNumber(-1500), '-1,500');
  assert.equal(figureValue({ value: 1000, upper: 2000, currency: 'USD' }), '1,000 – 2,000 USD');
  assert.equal(figureValue({ value: 40, unit: '%' }), '40 %');
});

test('TIMEX3 values in words', () => {
  const cases = [
    ['2020-10-09', 'Friday, 9 October 2020'],
    ['2020-10', 'October 2020'],
    ['2020', 'the year 2020'],
    ['2020-W41', 'week 41 of 2020'],
    ['2020-Q3', 'the third quarter of 2020'],
    ['2020-SU', 'summer 2020'],
    ['198X', 'the 1980s'],
    ['19XX', 'the 20th century'],
    ['P25Y', '25 years'],
    ['PT3H', '3 hours'],
    ['P1D', '1 day'],
    ['PXY', 'some years'],
    ['2020-10-09TNI', 'Friday, 9 October 2020, night'],
    ['2020-10-09T15:30', 'Friday, 9 October 2020, 15:30'],
    ['PAST_REF', 'some time in the past'],
    ['XXXX-10-09', '9 October, year unknown'],
    ['XXXX-10', 'October, year unknown'],
  ];
  for (const [value, words] of cases) assert.equal(timexWords(value), words, value);
  for (const odd of ['', 'nonsense', '2020-13', 'P', 'P3Q7', undefined]) assert.equal(timexWords(odd), null, String(odd));
});

test('weekdays come from the calendar, not the clock', () => {
  assert.equal(weekdayOf(2020, 10, 9), 'Friday');
  assert.equal(weekdayOf(2000, 2, 29), 'Tuesday');
  assert.equal(weekdayOf(1, 1, 1), 'Monday');
});

test('distance from publication', () => {
  assert.equal(distanceWords(0), 'the day of publication');
  assert.equal(distanceWords(-1), 'the day before publication');
  assert.equal(distanceWords(1), 'the day after publication');
  assert.equal(distanceWords(-5), '5 days before publication');
  assert.equal(distanceWords(90), 'about 3 months after publication (90 days)');
  assert.equal(distanceWords(-3650), 'about 10 years before publication');
  assert.equal(distanceWords(undefined), null);
});

test('how a date was resolved', () => {
  assert.match(resolutionWords({ resolution: 'relative', relativeTo: '2020-10-09' }), /2020-10-09/);
  assert.match(resolutionWords({ resolution: 'unresolved' }), /unresolved/);
});

test('map links are built only from numbers, always https to OpenStreetMap', () => {
  assert.equal(mapUrl(38.71667, -9.13333, 'city'), 'https://www.openstreetmap.org/?mlat=38.71667&mlon=-9.13333#map=11/38.71667/-9.13333');
  for (const [lat, lon] of [['38', '-9'], [NaN, 1], [1, Infinity], [91, 0], [0, 181], [null, 0], ['javascript:alert(1)', 0]]) {
    assert.equal(mapUrl(lat, lon), null, `${lat}, ${lon}`);
  }
  assert.equal(coordinates(-33.8688, 151.2093), '33.8688° S, 151.2093° E');
  assert.equal(coordinates(undefined, 1), null);
});

test('figures count the same thing when their counted noun, currency or unit agree', () => {
  assert.equal(figureTopic({ counts: ' Lives ' }), figureTopic({ counts: 'lives', currency: 'USD' }));
  assert.notEqual(figureTopic({ currency: 'USD' }), figureTopic({ currency: 'EUR' }));
  assert.equal(figureTopic({ value: 3 }), null);
});
