// Turns the core's detail objects into words for the hover card. Pure
// functions of their arguments (no clock, no DOM), shared by the paste page
// and the embeddable widget.

const FEATURE_WORDS = {
  country: 'Country',
  region: 'Region, state or province',
  district: 'District or county',
  city: 'City, town or village',
  continent: 'Continent',
  area: 'Named area',
  historicalState: 'Former state',
  water: 'Sea, lake or river',
  landform: 'Landform',
  street: 'Street, road or square',
  facility: 'Airport or other facility',
  unknown: 'Place not in the gazetteer',
};

/** A human name for a place's feature type ("city" -> "City, town or village"). */
export function featureWords(feature) {
  return FEATURE_WORDS[feature] ?? String(feature ?? 'Place');
}

function finite(n) {
  return typeof n === 'number' && Number.isFinite(n);
}

/** "40.1792° N, 44.4991° E", or null when either coordinate is missing. */
export function coordinates(lat, lon) {
  if (!finite(lat) || !finite(lon)) return null;
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lon).toFixed(4)}° ${ew}`;
}

/**
 * A link to the place on OpenStreetMap, built only from the two numbers: the
 * article text never reaches the URL, so a crafted name cannot smuggle in a
 * javascript: or tracking URL.
 */
export function mapUrl(lat, lon, feature) {
  if (!finite(lat) || !finite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const zoom = { country: 5, continent: 3, region: 6, area: 5, water: 6, city: 11, district: 9, street: 15, facility: 14 }[feature] ?? 8;
  const la = lat.toFixed(5);
  const lo = lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${zoom}/${la}/${lo}`;
}

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fullFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** A number written in full with thousands separators: 3.2e9 -> "3,200,000,000". */
export function fullNumber(n) {
  if (!finite(n)) return String(n);
  return fullFormat.format(n);
}

/** A population in full ("1,093,485"). */
export function population(n) {
  return finite(n) ? integerFormat.format(n) : null;
}

const EXACTNESS_WORDS = {
  exact: 'Exact',
  approximate: 'Approximate',
  moreThan: 'More than',
  atLeast: 'At least',
  lessThan: 'Less than',
  atMost: 'At most',
};

/** "More than" for "moreThan"; the raw value for anything new. */
export function exactnessWords(exactness) {
  return EXACTNESS_WORDS[exactness] ?? String(exactness ?? '');
}

function figureAmount(figure, text) {
  let out = text;
  if (figure.currency) out += ` ${figure.currency}`;
  if (figure.unit === '%' || figure.unit === 'percent') out += ' %';
  return out;
}

/**
 * The value of a figure in full, with its currency and what it is a rate
 * of: "1,000 USD", "9.66 USD per share" (the range it ends is figureRange's).
 */
export function figureValue(figure) {
  let text = fullNumber(figure.value);
  text = figureAmount(figure, text);
  if (figure.per) text += ` per ${figure.per}`;
  return text;
}

/**
 * Both ends of the range a figure is one end of (a range written with two
 * numbers is two figures, each carrying `range: [low, high]`): "20 – 30",
 * "5 – 10 %". Null for a figure that is no range's end.
 */
export function figureRange(figure) {
  const r = figure?.range;
  if (!Array.isArray(r) || r.length !== 2 || !finite(r[0]) || !finite(r[1])) return null;
  return figureAmount(figure, `${fullNumber(r[0])} – ${fullNumber(r[1])}`);
}

/** The key two figures share when they count the same thing, or null. */
export function figureTopic(figure) {
  if (!figure) return null;
  if (figure.counts) return `counts:${figure.counts.trim().toLowerCase()}`;
  if (figure.currency) return `currency:${figure.currency}`;
  if (figure.unit) return `unit:${figure.unit.trim().toLowerCase()}`;
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const SEASONS = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };
const PARTS_OF_DAY = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', day: 'daytime' };
const REFS = {
  PRESENT_REF: 'the present, not a calendar date',
  PAST_REF: 'some time in the past, not a calendar date',
  FUTURE_REF: 'some time in the future, not a calendar date',
};
const PLURAL_UNITS = { century: 'centuries', millennium: 'millennia' };

// Everything below formats the pieces the core spells out for a date
// (interval, partial, time, zone, partOfDay, duration, weekday): it never
// takes a TIMEX3 value apart. The one string it reads is a calendar day the
// core writes as "YYYY-MM-DD" (an interval's ends, the reference date).

/** [year, month, day] of a calendar day written "YYYY-MM-DD", or null. */
function dayParts(iso) {
  const parts = typeof iso === 'string' ? iso.split('-') : [];
  if (parts.length !== 3) return null;
  const n = parts.map(Number);
  return n.every(Number.isInteger) && n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31 ? n : null;
}

const month = (p) => MONTHS[p[1] - 1];
const fullDay = (p) => `${p[2]} ${month(p)} ${p[0]}`;

/** "5–11 October 2020", "28 September – 4 October 2020", "28 December 2020 – 3 January 2021". */
function dayRange(a, b) {
  if (a[0] !== b[0]) return `${fullDay(a)} – ${fullDay(b)}`;
  if (a[1] !== b[1]) return `${a[2]} ${month(a)} – ${fullDay(b)}`;
  return `${a[2]}–${b[2]} ${month(b)} ${b[0]}`;
}

function ordinalSuffix(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
}

/**
 * The calendar days a date covers, as the core gives them ({start, end,
 * grain}, ends inclusive), in words: "Friday, 9 October 2020", "the week of
 * 5–11 October 2020", "the third quarter of 2009 (July–September)".
 * `weekday`: the core's weekday of a single day. Null without both ends.
 */
export function intervalWords(interval, weekday) {
  const a = dayParts(interval?.start);
  const b = dayParts(interval?.end);
  if (!a || !b) return null;
  const months = `${month(a)}–${month(b)}`;
  switch (interval.grain) {
    case 'day': return weekday ? `${weekday}, ${fullDay(a)}` : fullDay(a);
    case 'week': return `the week of ${dayRange(a, b)}`;
    case 'weekend': return `the weekend of ${dayRange(a, b)}`;
    case 'month': return `${month(a)} ${a[0]}`;
    case 'quarter': return `the ${ORDINAL[Math.floor((a[1] - 1) / 3)]} quarter of ${a[0]} (${months})`;
    case 'half': return `the ${a[1] <= 6 ? 'first' : 'second'} half of ${a[0]} (${months})`;
    case 'season': {
      // Winter runs into the next year: "winter 2020–21".
      const years = a[0] === b[0] ? String(a[0]) : `${a[0]}–${String(b[0]).slice(-2)}`;
      return SEASONS[a[1]] ? `${SEASONS[a[1]]} ${years} (${months})` : `${months} ${years}`;
    }
    case 'year': return `the year ${a[0]}`;
    case 'decade': return `the ${a[0]}s`;
    case 'century': {
      const n = Math.floor(a[0] / 100) + 1;
      return `the ${n}${ordinalSuffix(n)} century (${a[0]}–${b[0]})`;
    }
    default: return a.join() === b.join() ? fullDay(a) : `${fullDay(a)} to ${fullDay(b)}`;
  }
}

/** A day the core or the reader wrote "YYYY-MM-DD" (the reference date), with its weekday: "Friday, 9 October 2020". */
export function calendarDayWords(iso) {
  const p = dayParts(iso);
  if (!p) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(p[0], p[1] - 1, p[2]);
  return `${new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' }).format(date)}, ${fullDay(p)}`;
}

/** "5 March, year unknown" for the core's partial date {month: 3, day: 5}. */
function partialWords({ month: m, day } = {}) {
  const name = Number.isInteger(m) ? MONTHS[m - 1] : undefined;
  if (name && Number.isInteger(day)) return `${day} ${name}, year unknown`;
  if (name) return `${name}, year unknown`;
  return Number.isInteger(day) ? `day ${day} of a month not given` : null;
}

function unitWords(amount, unit) {
  const many = amount === null || amount !== 1;
  const word = many ? PLURAL_UNITS[unit] ?? `${unit}s` : unit;
  return amount === null ? `some ${word}` : `${fullNumber(amount)} ${word}`;
}

/**
 * The parts of a duration the core gives ([{amount, unit}]) in words: "25
 * years", "3 hours and 30 minutes", "some years" (no number in the text);
 * for a set's period, "every week", "every 2 weeks".
 */
export function durationWords(parts, recurring = false) {
  if (!Array.isArray(parts) || !parts.length) return null;
  if (recurring && parts.length === 1) {
    const { amount, unit } = parts[0];
    if (amount === 1) return `every ${unit}`;
    if (amount === null) return `every few ${PLURAL_UNITS[unit] ?? `${unit}s`}`;
  }
  const words = parts.map((p) => unitWords(p.amount ?? null, p.unit));
  const listed = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  return recurring ? `every ${listed}` : listed;
}

const zoneWords = (zone) => (zone === 'Z' ? ' UTC' : zone ? ` UTC${zone}` : '');

/**
 * A date as the core details it, in words: "Friday, 9 October 2020, night",
 * "the week of 5–11 October 2020", "25 years", "the present, not a calendar
 * date". Null when the core gave no piece to say (a BC year, an
 * unresolved value): the card then shows the value as it is.
 */
export function dateWords(date) {
  if (!date || typeof date !== 'object') return null;
  // PRESENT_REF and its kin are keywords, not calendar values.
  if (REFS[date.value]) return REFS[date.value];
  if (Array.isArray(date.duration) && date.duration.length) return durationWords(date.duration, date.type === 'SET');
  const day = date.interval ? intervalWords(date.interval, date.weekday) : date.partial ? partialWords(date.partial) : null;
  const when = date.time ? `${date.time}${zoneWords(date.zone)}` : PARTS_OF_DAY[date.partOfDay] ?? null;
  if (day && when) return `${day}, ${when}`;
  return day ?? when;
}

const TYPE_WORDS = { DATE: 'Calendar date', TIME: 'Time of day', DURATION: 'Length of time', SET: 'Recurring time' };

/** "Length of time" for "DURATION". */
export function timexTypeWords(type) {
  return TYPE_WORDS[type] ?? String(type ?? '');
}

/** "the day before publication", "3 days after publication", "the day of publication". */
export function distanceWords(days) {
  if (!finite(days)) return null;
  if (days === 0) return 'the day of publication';
  if (days === -1) return 'the day before publication';
  if (days === 1) return 'the day after publication';
  const n = Math.abs(days);
  const when = days < 0 ? 'before' : 'after';
  if (n >= 60) {
    const months = Math.round(n / 30.44);
    if (n >= 730) return `about ${Math.round(n / 365.25)} years ${when} publication`;
    return `about ${months} months ${when} publication (${integerFormat.format(n)} days)`;
  }
  return `${n} days ${when} publication`;
}

/** How a date got its value, in a sentence. */
export function resolutionWords(date) {
  switch (date.resolution) {
    case 'absolute':
      return 'Stated in full in the text';
    case 'relative':
      return date.relativeTo ? `Worked out from the reference date ${date.relativeTo}` : 'Worked out from the reference date';
    case 'unresolved':
      return 'Relative, and no reference date is known: left unresolved';
    default:
      return String(date.resolution ?? '');
  }
}

const MOD_WORDS = {
  START: 'the start of', MID: 'the middle of', END: 'the end of', APPROX: 'about',
  MORE_THAN: 'more than', LESS_THAN: 'less than', EQUAL_OR_MORE: 'at least', EQUAL_OR_LESS: 'at most',
  BEFORE: 'before', AFTER: 'after', ON_OR_BEFORE: 'on or before', ON_OR_AFTER: 'on or after',
};

/** "the end of" for "END"; the raw modifier otherwise. */
export function modWords(mod) {
  return MOD_WORDS[mod] ?? String(mod ?? '').toLowerCase().replace(/_/g, ' ');
}
