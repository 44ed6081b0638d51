// The card's wording (www/lib/format.js), a pure module, checked in Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  calendarDayWords, coordinates, dateWords, distanceWords, durationWords, figureRange, figureTopic, figureValue, fullNumber,
  featureWords, intervalWords, mapUrl, resolutionWords,
} from '../../www/lib/format.js';

test('numbers are written in full', () => {
  assert.equal(fullNumber(3.2e9), '3,200,000,000');
  assert.equal(fullNumber(0.25), '0.25');
  assert.equal(fullNumber(-1500), '-1,500');
  assert.equal(figureValue({ value: 1000, range: [1000, 2000], currency: 'USD' }), '1,000 USD');
  assert.equal(figureRange({ value: 1000, range: [1000, 2000], currency: 'USD' }), '1,000 – 2,000 USD');
  assert.equal(figureValue({ value: 9.66, currency: 'USD', unit: 'dollar', per: 'share' }), '9.66 USD per share');
  assert.equal(figureValue({ value: 40, unit: '%' }), '40 %');
});

/** A date detail as the core writes it: the pieces of `value` spelled out. */
const day = (value, start, end = start, grain = 'day', more = {}) => ({ value, type: 'DATE', interval: { start, end, grain }, ...more });

test('dates in words, from the pieces the core spells out', () => {
  const cases = [
    [day('2020-10-09', '2020-10-09', undefined, 'day', { weekday: 'Friday' }), 'Friday, 9 October 2020'],
    [day('2020-10', '2020-10-01', '2020-10-31', 'month'), 'October 2020'],
    [day('2020', '2020-01-01', '2020-12-31', 'year'), 'the year 2020'],
    [day('2020-W41', '2020-10-05', '2020-10-11', 'week'), 'the week of 5–11 October 2020'],
    [day('2020-W40', '2020-09-28', '2020-10-04', 'week'), 'the week of 28 September – 4 October 2020'],
    [day('2020-W53', '2020-12-28', '2021-01-03', 'week'), 'the week of 28 December 2020 – 3 January 2021'],
    [day('2020-W40-WE', '2020-10-03', '2020-10-04', 'weekend'), 'the weekend of 3–4 October 2020'],
    [day('2009-Q3', '2009-07-01', '2009-09-30', 'quarter'), 'the third quarter of 2009 (July–September)'],
    [day('2020-H1', '2020-01-01', '2020-06-30', 'half'), 'the first half of 2020 (January–June)'],
    [day('2020-SU', '2020-06-01', '2020-08-31', 'season'), 'summer 2020 (June–August)'],
    [day('2020-WI', '2020-12-01', '2021-02-28', 'season'), 'winter 2020–21 (December–February)'],
    [day('199', '1990-01-01', '1999-12-31', 'decade'), 'the 1990s'],
    [day('19', '1900-01-01', '1999-12-31', 'century'), 'the 20th century (1900–1999)'],
    [day('0044', '0044-01-01', '0044-12-31', 'year'), 'the year 44'],
    [{ value: 'P25Y', type: 'DURATION', duration: [{ amount: 25, unit: 'year' }] }, '25 years'],
    [{ value: 'PT3H30M', type: 'DURATION', duration: [{ amount: 3, unit: 'hour' }, { amount: 30, unit: 'minute' }] }, '3 hours and 30 minutes'],
    [{ value: 'P1D', type: 'DURATION', duration: [{ amount: 1, unit: 'day' }] }, '1 day'],
    [{ value: 'PXY', type: 'DURATION', duration: [{ amount: null, unit: 'year' }] }, 'some years'],
    [{ value: 'P2CE', type: 'DURATION', duration: [{ amount: 2, unit: 'century' }] }, '2 centuries'],
    [{ value: 'P1W', type: 'SET', duration: [{ amount: 1, unit: 'week' }] }, 'every week'],
    [{ value: 'P2M', type: 'SET', duration: [{ amount: 2, unit: 'month' }] }, 'every 2 months'],
    [day('2020-10-09TNI', '2020-10-09', undefined, 'day', { type: 'TIME', weekday: 'Friday', partOfDay: 'night' }), 'Friday, 9 October 2020, night'],
    [day('2020-10-09T15:30', '2020-10-09', undefined, 'day', { type: 'TIME', weekday: 'Friday', time: '15:30' }), 'Friday, 9 October 2020, 15:30'],
    [day('2009-06-01T12:00Z', '2009-06-01', undefined, 'day', { type: 'TIME', time: '12:00', zone: 'Z' }), '1 June 2009, 12:00 UTC'],
    [{ value: 'T16:00+02:00', type: 'TIME', time: '16:00', zone: '+02:00' }, '16:00 UTC+02:00'],
    [{ value: 'PRESENT_REF', type: 'DATE' }, 'the present, not a calendar date'],
    [{ value: 'PAST_REF', type: 'DATE' }, 'some time in the past, not a calendar date'],
    [{ value: 'FUTURE_REF', type: 'DATE' }, 'some time in the future, not a calendar date'],
    [{ value: 'XXXX-10-09', type: 'DATE', partial: { month: 10, day: 9 } }, '9 October, year unknown'],
    [{ value: 'XXXX-10', type: 'DATE', partial: { month: 10 } }, 'October, year unknown'],
  ];
  for (const [detail, words] of cases) assert.equal(dateWords(detail), words, detail.value);
  // A value the core spelled out nothing for is not taken apart here: the
  // card shows it as it is.
  for (const bare of [{ value: '2020-10-09' }, { value: 'BC0480' }, { value: 'P25Y', type: 'DURATION' }, { value: 'XXXX-WXX-1', type: 'SET' }, {}, undefined]) {
    assert.equal(dateWords(bare), null, JSON.stringify(bare));
  }
  assert.equal(intervalWords({ start: '2020-10-09', end: 'nonsense', grain: 'day' }), null);
  assert.equal(durationWords([]), null);
});

test('the reference date is a calendar day, with its weekday', () => {
  assert.equal(calendarDayWords('2020-10-09'), 'Friday, 9 October 2020');
  assert.equal(calendarDayWords('2000-02-29'), 'Tuesday, 29 February 2000');
  assert.equal(calendarDayWords('0001-01-01'), 'Monday, 1 January 1');
  assert.equal(calendarDayWords('2020-13-01'), null);
});

test('figures: rates and both ends of a range', () => {
  assert.equal(figureValue({ value: 9.66, currency: 'USD', per: 'share' }), '9.66 USD per share');
  assert.equal(figureRange({ value: 20, range: [20, 30] }), '20 – 30');
  assert.equal(figureRange({ value: 10, unit: '%', range: [5, 10] }), '5 – 10 %');
  assert.equal(figureRange({ value: 10 }), null);
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

test('streets and facilities are named as such, and mapped close in', () => {
  assert.equal(featureWords('street'), 'Street, road or square');
  assert.equal(featureWords('facility'), 'Airport or other facility');
  assert.equal(featureWords('city'), 'City, town or village');
  assert.match(mapUrl(45.3, -75.9, 'street'), /#map=15\//);
  assert.match(mapUrl(45.3, -75.9, 'facility'), /#map=14\//);
});
