// Registers <article-annotator>, once. A page may load the widget twice
// (two copies at two paths, or one address with a query string): each copy
// is a module of its own, and the second finds the tag taken and leaves it
// to the first (as github/relative-time-element's define module does).

import { ArticleAnnotatorElement } from './element.js';

export const TAG = 'article-annotator';

/** True when this copy of the widget registered the tag, false when another copy had. */
export const defined = !customElements.get(TAG);
if (defined) customElements.define(TAG, ArticleAnnotatorElement);
