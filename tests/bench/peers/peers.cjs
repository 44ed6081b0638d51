// The peer libraries, each as a function over one text, built once (model
// loading is not timed): one definition for both runners. tests/bench/node.mjs
// requires this file; tests/bench/chromium.mjs bundles it with esbuild (a
// devDependency here) into the benchmark page, so the browser runs the same
// code on the same texts. Each peer is built lazily by `make`, so that one
// that fails to load is reported as unavailable, not fatal.
'use strict';

/** [{ name, what, make(today) -> (text) => count }] */
module.exports = [
  {
    name: 'compromise + compromise-dates',
    packages: ['compromise', 'compromise-dates'],
    what: 'parse, then .places(), .dates({today}), .numbers() as JSON',
    make(today) {
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      const todayIso = today.toISOString().slice(0, 10);
      return (text) => {
        const doc = nlp(text);
        return doc.places().json().length + doc.dates({ today: todayIso }).json().length + doc.numbers().json().length;
      };
    },
  },
  {
    name: 'chrono-node',
    packages: ['chrono-node'],
    what: 'chrono.parse(text, referenceDate): dates only',
    make(today) {
      const chrono = require('chrono-node');
      return (text) => chrono.parse(text, today).length;
    },
  },
  {
    name: '@microsoft/recognizers-text-suite',
    packages: ['@microsoft/recognizers-text-suite'],
    what: 'DateTime, Number, Percentage, Currency, Dimension models (built once), per paragraph',
    make(today) {
      // The suite's recognizeX() functions rebuild their models on every
      // call; building them once is the fair, intended use for many texts.
      // The models are written for utterances, so each paragraph is one query.
      const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
      const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
      const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
      const number = new NumberRecognizer('en-us');
      const units = new NumberWithUnitRecognizer('en-us');
      const models = [
        new DateTimeRecognizer('en-us').getDateTimeModel(),
        number.getNumberModel(),
        number.getPercentageModel(),
        units.getCurrencyModel(),
        units.getDimensionModel(),
      ];
      return (text) => {
        let n = 0;
        for (const paragraph of text.split(/\n\s*\n/)) {
          if (!paragraph.trim()) continue;
          for (const model of models) n += model.parse(paragraph, today).length;
        }
        return n;
      };
    },
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'readDoc(text).entities().out(its.detail)',
    make() {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      return (text) => nlp.readDoc(text).entities().out(nlp.its.detail).length;
    },
  },
];
