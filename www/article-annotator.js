// The embeddable widget. One tag on a host page:
//
//   <script type="module" src="/path/to/article-annotator.js"></script>
//
// then either <article-annotator>…article…</article-annotator>, or the
// attribute data-article-annotator on an existing element, or from script:
//
//   import { annotateElement, removeAnnotations } from '/path/to/article-annotator.js';
//   await annotateElement(document.querySelector('article'), { kinds: ['place'] });
//
// This file only puts the pieces together: lib/widget/define.js registers
// the tag (once), lib/widget/element.js is its class, lib/widget/annotate.js
// does the work, with lib/client.js (the core, the worker and the marks the
// paste page uses too). Every file is found next to this one, whatever the
// folder it is served from.

import { defined } from './lib/widget/define.js';
import { watchMarked } from './lib/widget/annotate.js';

export { annotateElement, annotationsOf, exportAnnotations, removeAnnotations } from './lib/widget/annotate.js';
export { ArticleAnnotatorElement } from './lib/widget/element.js';

// A second copy of the widget on the same page leaves the marked elements
// to the first, which already watches them: two copies would wrap the same
// text twice.
if (defined) watchMarked();
