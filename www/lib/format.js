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
  const zoom = { country: 5, continent: 3, region: 6, area: 5, water: 6, city: 11, district: 9 }[feature] ?? 8;
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

/** The value of a figure in full, with its upper bound and currency: "1,000–2,000 USD". */
export function figureValue(figure) {
  let text = fullNumber(figure.value);
  if (finite(figure.upper) && figure.upper !== figure.value) text += ` – ${fullNumber(figure.upper)}`;
  if (figure.currency) text += ` ${figure.currency}`;
  if (figure.unit === '%' || figure.unit === 'percent') text += ' %';
  return text;
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
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const PARTS_OF_DAY = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const REFS = { PAST_REF: 'some time in the past', PRESENT_REF: 'the present', FUTURE_REF: 'some time in the future' };
const DURATION_UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'minute', S: 'second', DE: 'decade', CE: 'century', ML: 'millennium', Q: 'quarter' };

function plural(n, unit) {
  const amount = n === 'X' ? 'some' : n;
  const many = n === 'X' || Number(n) !== 1;
  const word = unit === 'century' && many ? 'centuries' : unit === 'millennium' && many ? 'millennia' : many ? `${unit}s` : unit;
  return `${amount} ${word}`;
}

/** The weekday of a proleptic Gregorian date, without the clock or time zones. */
export function weekdayOf(y, m, d) {
  const t = Date.UTC(y, m - 1, d);
  if (!Number.isFinite(t)) return null;
  const date = new Date(t);
  if (y >= 0 && y < 100) date.setUTCFullYear(y);
  return WEEKDAYS[date.getUTCDay()];
}

function durationWords(value) {
  // "P25Y", "P3DT4H", "PT30M", "P2DE".
  const m = /^P([^T]*)(?:T(.*))?$/.exec(value);
  if (!m) return null;
  const parts = [];
  for (const [i, chunk] of [m[1] ?? '', m[2] ?? ''].entries()) {
    const re = /([0-9.]+|X)(DE|CE|ML|[YMWDHSQ])/g;
    let hit;
    let consumed = 0;
    while ((hit = re.exec(chunk))) {
      consumed += hit[0].length;
      const unit = i === 1 && hit[2] === 'M' ? 'MIN' : hit[2];
      parts.push(plural(hit[1], DURATION_UNITS[unit] ?? unit));
    }
    if (consumed !== chunk.length) return null;
  }
  return parts.length ? parts.join(', ') : null;
}

/**
 * A TIMEX3 value in words: "2020-10-09" -> "Friday, 9 October 2020",
 * "2020-W41" -> "week 41 of 2020", "P25Y" -> "25 years". Returns null for
 * values it does not know, so the card can fall back to the raw value.
 */
export function timexWords(value) {
  if (typeof value !== 'string' || !value) return null;
  if (REFS[value]) return REFS[value];
  if (value.startsWith('P')) return durationWords(value);
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const day = `${weekdayOf(y, mo, d)}, ${d} ${MONTHS[mo - 1]} ${y}`;
    if (!m[4]) return day;
    if (PARTS_OF_DAY[m[4]]) return `${day}, ${PARTS_OF_DAY[m[4]]}`;
    const t = /^(\d{2}):(\d{2})/.exec(m[4]);
    return t ? `${day}, ${t[1]}:${t[2]}` : day;
  }
  if ((m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value))) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) return null;
    return m[2] ? `${Number(m[2])} ${MONTHS[mo - 1]}, year unknown` : `${MONTHS[mo - 1]}, year unknown`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? `${MONTHS[mo - 1]} ${m[1]}` : null;
  }
  if ((m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) {
    return value.endsWith('-WE') ? `the weekend of week ${Number(m[2])}, ${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `the ${ORDINAL[Number(m[2]) - 1]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return `the year ${m[1]}`;
  if ((m = /^(\d{3})X$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})XX$/.exec(value))) return `the ${Number(m[1]) + 1}${ordinalSuffix(Number(m[1]) + 1)} century`;
  if ((m = /^T(\d{2}):(\d{2})/.exec(value))) return `${m[1]}:${m[2]}`;
  return null;
}

function ordinalSuffix(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
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
