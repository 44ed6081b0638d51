// Which spans mention the same thing, for mention-to-mention navigation (N
// and P on a highlight). Kept apart from summary/ so that the page and the
// widget load the panel's code only when a panel is opened.
import { figureTopic } from './format.js';

/**
 * What "the same entity" means for mention-to-mention navigation: the same
 * resolved place, the same date value, the same figure counting the same
 * thing. Spans that did not resolve fall back to their text.
 */
export function entityKey(span) {
  if (!span) return '';
  if (span.kind === 'place') {
    const p = span.place ?? {};
    return `place:${p.name ?? span.text}|${p.countryCode ?? ''}`;
  }
  if (span.kind === 'date') return `date:${span.date?.value ?? span.text.toLowerCase()}`;
  if (span.kind === 'figure') return `figure:${span.figure?.value}|${figureTopic(span.figure) ?? span.text}`;
  return `${span.kind}:${span.text}`;
}

/**
 * The span to go to from span `index` in `direction` (+1 next, -1 previous)
 * among the mentions of the same entity, wrapping around; null if none.
 */
export function nextMention(spans, index, direction) {
  const key = entityKey(spans[index]);
  if (!key) return null;
  const n = spans.length;
  for (let k = 1; k <= n; k++) {
    const j = (index + direction * k + n * k) % n;
    if (entityKey(spans[j]) === key) return j === index ? null : j;
  }
  return null;
}
