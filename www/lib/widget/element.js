// <article-annotator>: the custom element around an article. The class
// only; lib/widget/define.js registers the tag. Its attributes (kinds,
// reference-date, theme, day-first, summary) are mirrored as properties, and
// changing one re-annotates.

import { annotateElement, annotationsOf, stopAnnotating } from './annotate.js';

export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['kinds', 'reference-date', 'theme', 'day-first', 'summary'];

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    stopAnnotating(this);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected && annotationsOf(this)) this.#schedule();
  }

  #schedule() {
    // The content may still be streaming in when the element connects.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.reannotate(), { once: true });
    } else {
      queueMicrotask(() => this.reannotate());
    }
  }

  /** Annotates the content again (after it changed); resolves to the result. */
  reannotate() {
    return this.isConnected ? annotateElement(this) : Promise.resolve(null);
  }

  /** Removes the marks, leaving the content as it was. */
  clear() {
    stopAnnotating(this);
  }

  /** The last result ({spans, referenceDate}), or null. */
  get annotations() {
    return annotationsOf(this);
  }

  get kinds() { return this.getAttribute('kinds') ?? ''; }
  set kinds(v) { this.setAttribute('kinds', Array.isArray(v) ? v.join(' ') : String(v)); }
  get referenceDate() { return this.getAttribute('reference-date') ?? ''; }
  set referenceDate(v) { if (v) this.setAttribute('reference-date', String(v)); else this.removeAttribute('reference-date'); }
  get theme() { return this.getAttribute('theme') ?? 'auto'; }
  set theme(v) { this.setAttribute('theme', String(v)); }
  get dayFirst() { return this.hasAttribute('day-first') && this.getAttribute('day-first') !== 'false'; }
  set dayFirst(v) { this.toggleAttribute('day-first', !!v); }
  get summary() { return this.getAttribute('summary'); }
  set summary(v) { if (v) this.setAttribute('summary', v === true ? 'after' : String(v)); else this.removeAttribute('summary'); }
}
