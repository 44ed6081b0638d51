// Instructions per byte: the native CLI (`annotate --jsonl`, one document a
// paragraph of the Wikinews texts) under valgrind's cachegrind, all kinds and
// each kind alone (issue 16: where the time goes, per recognizer). A count of
// instructions does not depend on the machine's load, which moves the timed
// rows by 10% or more here, so it is what to compare across commits. One
// pass is the difference between a run over the paragraphs twice and a run
// over them once: the process start and the static data built on first use
// drop out.
//
// Writes target/bench/instructions.json; without valgrind (or without the
// paragraphs, which come from ../shared/data) it writes why it skipped.
//
//   node tests/bench/instructions.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT, loadCorpora, utf8Bytes, writeResult } from './common.mjs';

const CLI = join(ROOT, 'target/release/annotate');
const KINDS = [['all', null], ['place', 'place'], ['date', 'date'], ['figure (and the date pass it needs)', 'figure']];

function skip(why) {
  console.log(`instructions: SKIPPED (${why})`);
  writeResult('instructions', { skipped: why });
  process.exit(0);
}

const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.status !== 0) skip('valgrind is not installed');
if (!existsSync(CLI)) skip(`${CLI} is missing: cargo build --release --bin annotate`);
const { paragraphs } = loadCorpora();
if (!paragraphs?.length) skip('no paragraphs: ../shared/data is absent');

const bytes = paragraphs.reduce((sum, p) => sum + utf8Bytes(p), 0);
const jsonl = (copies) => {
  const file = join(OUT, `paragraphs-x${copies}.jsonl`);
  const lines = [];
  for (let c = 0; c < copies; c++) paragraphs.forEach((text, i) => lines.push(JSON.stringify({ id: `${c}-${i}`, text })));
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
};
const files = [jsonl(1), jsonl(2)];

/** Instructions executed by the CLI over `file` (cachegrind's "I refs"). */
function instructions(file, kinds) {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', CLI, '--jsonl', file];
  if (kinds) args.push('--kinds', kinds);
  const run = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !m) throw new Error(`valgrind failed on ${file}: ${(run.stderr ?? '').slice(-500)}`);
  return Number(m[1].replaceAll(',', ''));
}

const rows = KINDS.map(([name, kinds]) => {
  const [once, twice] = files.map((f) => instructions(f, kinds));
  const pass = twice - once;
  const row = { name, kinds, calls: paragraphs.length, bytes, instructionsPerPass: pass, perByte: pass / bytes, perCall: pass / paragraphs.length };
  console.log(`instructions, paragraphs, ${name}: ${(pass / 1e6).toFixed(1)} M a pass, ${row.perByte.toFixed(0)} a byte, ${Math.round(row.perCall)} a call`);
  return row;
});
writeResult('instructions', { valgrind: valgrind.stdout.trim(), commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(), rows });
