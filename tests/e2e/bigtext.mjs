// A big article for the responsiveness test, generated from template
// sentences written for this test, with places, dates and figures varied by
// a seeded counter so that the text is deterministic but not one paragraph
// repeated.

const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Quito', 'Tromsø', 'Adelaide', 'Cairo', 'Winnipeg', 'Porto Alegre', 'Hanoi', 'Bergen', 'Accra', 'Valparaíso', 'Gdańsk', 'Chennai', 'Kraków', 'Montevideo', 'Tbilisi'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NOUNS = ['passengers', 'households', 'volunteers', 'workers', 'tonnes of grain', 'students', 'homes', 'trees'];

const TEMPLATES = [
  (p, q, m, d, n, k) => `Officials in ${p} said on ${d} that ${n} ${k} had been moved to ${q} since ${m} ${1 + (n % 28)}, ${1990 + (n % 35)}.`,
  (p, q, m, d, n) => `The council of ${p} approved a budget of ${n} million euros, about ${(n % 90) + 3} percent more than last year.`,
  (p, q, m, d, n, k) => `By ${m} the line between ${p} and ${q} carried roughly ${n * 10} ${k} a week, twice the figure of ${2000 + (n % 24)}.`,
  (p, q, m, d, n) => `Rain closed ${(n % 40) + 2} roads near ${q} last ${d}, and forecasters expect more storms in ${m}.`,
  (p, q, m, d, n, k) => `A survey of ${n} ${k} in ${p} found that three in ten had never travelled to ${q}.`,
  () => 'Nobody expected the decision, and several members of the committee left the hall before the vote was taken.',
  () => 'Residents who spoke to reporters described long queues outside the offices and said they had been told to come back later.',
  () => 'The opposition called the plan rushed and asked for an independent review of its costs before any work begins.',
  () => 'Engineers are still checking the bridges, and the ministry has promised a full report once the inspections are over.',
  () => 'Shops reopened slowly, although many owners said they would wait for clearer guidance before hiring again.',
  () => 'Local newspapers printed the letters of readers who complained that nobody had asked them what they wanted.',
];

/** About `bytes` UTF-16 units of article text in paragraphs of a few sentences. */
export function bigArticle(bytes) {
  const parts = [];
  let length = 0;
  let i = 0;
  while (length < bytes) {
    const sentences = [];
    for (let s = 0; s < 4; s++, i++) {
      const t = TEMPLATES[(i * 7 + s) % TEMPLATES.length];
      const n = 17 + ((i * 7919) % 4000);
      sentences.push(t(PLACES[i % PLACES.length], PLACES[(i * 5 + 3) % PLACES.length], MONTHS[(i * 3) % 12], DAYS[i % 7], n, NOUNS[i % NOUNS.length]));
    }
    const paragraph = sentences.join(' ');
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}
