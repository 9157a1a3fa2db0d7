#!/usr/bin/env node
// npm run bench [-- --quick]: builds once, then measures the gap-finder (Node), dragging and
// loading (Playwright, system Chromium, production build), the bundle, and sync (the built
// server on loopback with simulated participants); prints a table and writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { buildIfStale } from '../scripts/freshBuild.mjs';
import { syncSection } from './syncReport.mjs';

const quick = process.argv.includes('--quick');
const env = { ...process.env, BENCH_QUICK: quick ? '1' : '0' };
if (!env.CHROMIUM_PATH && existsSync('/usr/bin/chromium')) env.CHROMIUM_PATH = '/usr/bin/chromium';
const run = (cmd, args, extra = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });

// --no-build reuses dist/ (CI has just built it for the end-to-end tests).
if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) run('npx', ['vite', 'build', '--logLevel', 'warn']);
// The sync part runs the built server (dist-server/); `npm test` builds it only for the server's tests.
if (!process.argv.includes('--no-build')) run('npx', ['vite', 'build', '--config', 'server/vite.config.ts']);
else buildIfStale('server');

console.log('\n# Gap-finder (Node, tinybench)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/gaps.bench.ts'], { BENCH_OUT: 'bench/.gaps.json' });
const gaps = JSON.parse(readFileSync('bench/.gaps.json', 'utf8'));

// Alone, not beside the gap-finder's run: two benchmarks at once on 2 cores measure each other.
console.log('\n# Import of a 5 MB board file (Node: decode, parse, validate)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/import.bench.ts'], { BENCH_OUT: 'bench/.import.json' });
const imports = JSON.parse(readFileSync('bench/.import.json', 'utf8'));

console.log('\n# Scale: a 10,000-item board (Node)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/scale.bench.ts'], { BENCH_OUT: 'bench/.scale.json' });
const scale = JSON.parse(readFileSync('bench/.scale.json', 'utf8'));

console.log('\n# Evidence: a survey read and summarised, zones resampled (Node)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/evidence.bench.ts'], { BENCH_OUT: 'bench/.evidence.json' });
const evidence = JSON.parse(readFileSync('bench/.evidence.json', 'utf8'));

console.log('\n# Drag and load, and a survey imported from the UI (Playwright, Chromium, 1920×1080)');
run('npx', ['playwright', 'test', '--config', 'bench/playwright.config.ts'], { BENCH_OUT: 'bench/.drag.json' });
const drag = JSON.parse(readFileSync('bench/.drag.json', 'utf8'));
const survey = JSON.parse(readFileSync('bench/.survey.json', 'utf8'));
const reveal = JSON.parse(readFileSync('bench/.reveal.json', 'utf8'));
const opened = JSON.parse(readFileSync('bench/.open.json', 'utf8'));

// Last and alone: the server, its participants and their fan-out take both cores.
console.log('\n# Sync (the built server on 127.0.0.1, simulated participants in Node)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/sync.bench.ts'], { BENCH_OUT: 'bench/.sync.json' });
const sync = JSON.parse(readFileSync('bench/.sync.json', 'utf8'));

// Then a room under attack (bench/syncHostile.bench.ts): honest participants beside flooders,
// sockets that never read and token-less senders. BENCH_HOSTILE_HONEST sets the honest count.
console.log('\n# Sync under attack (the built server on 127.0.0.1; honest and hostile clients in Node)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/syncHostile.bench.ts'], { BENCH_OUT: 'bench/.hostile.json' });
const hostile = JSON.parse(readFileSync('bench/.hostile.json', 'utf8'));

console.log('\n# A placement round (the built server on 127.0.0.1; participants in Node)');
run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/round.bench.ts'], { BENCH_OUT: 'bench/.round.json' });
const round = JSON.parse(readFileSync('bench/.round.json', 'utf8'));

// Initial: what index.html loads (its script and module preloads) and the gap-finder's worker,
// which starts with the map. Lazy: what loads only when a board is shared or opened from a
// link (Yjs, the provider, y-indexeddb, qrcode), or on demand.
const entry = readFileSync('dist/index.html', 'utf8');
const loadedFirst = new Set([...entry.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]));
const bundle = readdirSync('dist/assets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, gzipKB: gzipSync(readFileSync(`dist/assets/${name}`)).length / 1024, initial: loadedFirst.has(name) || name.startsWith('gaps.worker') }));

const f = (v, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '–');
console.log('\n## findGaps');
console.log('| board | median ms | p95 ms |\n|---|---:|---:|');
for (const row of gaps) console.log(`| ${row.name} | ${f(row.medianMs)} | ${f(row.p95Ms)} |`);
console.log('\n## Import (readImportFile in Node; budget: median under 2 s for 5 MB)');
console.log('| file | MB | median ms | max ms | runs | outcome |\n|---|---:|---:|---:|---:|---|');
for (const row of imports) console.log(`| ${row.name} | ${f(row.megabytes, 1)} | ${f(row.medianMs, 0)} | ${f(row.maxMs, 0)} | ${row.runs} | ${row.outcome} |`);
console.log('\n## Drag (gap-finder overlay on, 600 px in 4 s at 60 Hz; medians of repetitions)');
console.log('| items | ellipses | dragged | zoom | CPU | fps | item moves/s | p50 ms | p95 ms | p99 ms | > 25 ms | long tasks | drop frame ms | moves sent/received | marker updates per move | moved px | load ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of drag) {
  console.log(`| ${r.items} | ${r.ellipses} | ${r.group} | ${r.zoom}× | ${r.throttle}× | ${f(r.fps, 1)} | ${f(r.itemFps, 1)} | ${f(r.p50, 1)} | ${f(r.p95, 1)} | ${f(r.p99, 1)} | ${f(100 * r.over25, 1)} % | ${r.longTasks} | ${f(r.dropMs, 0)} | ${r.movesSent}/${r.movesReceived} | ${f(r.markerUpdatesPerMove)} | ${f(r.movedPx, 0)} | ${f(r.loadMs, 0)} |`);
}
console.log('\n## Evidence (Node; medians)');
console.log('| step | median ms | max ms | budget ms |\n|---|---:|---:|---:|');
for (const row of evidence) console.log(`| ${row.name} | ${f(row.medianMs, 0)} | ${f(row.maxMs, 0)} | ${row.budgetMs} |`);
console.log('\n## Survey import in the browser (file chosen → Import offered → items drawn with ellipses; budget 5 s, no task over 100 ms)');
console.log('| layout | ratings | MB | offered ms | drawn ms | long tasks | longest ms |\n|---|---:|---:|---:|---:|---:|---:|');
for (const row of survey) console.log(`| ${row.layout} | ${row.ratings} | ${f(row.megabytes, 1)} | ${f(row.offeredMs, 0)} | ${f(row.drawnMs, 0)} | ${row.longTasks} | ${f(row.longestTaskMs, 0)} |`);
console.log('\n## Scale (10,000 items; medians)');
console.log('| step | median ms | max ms | budget ms |\n|---|---:|---:|---:|');
for (const row of scale) console.log(`| ${row.name} | ${f(row.medianMs)} | ${f(row.maxMs)} | ${row.budgetMs ?? '–'} |`);
console.log(`| open a stored board in Chromium (navigation → every marker drawn) | ${f(opened.medianMs, 0)} | ${f(Math.max(...opened.runsMs), 0)} | ${opened.budgetMs} |`);
console.log('\n## Bundle (gzip; budget: initial JS under 170 KB)');
for (const b of bundle) console.log(`- ${b.name}: ${f(b.gzipKB, 1)} KB${b.initial ? '' : ' (lazy)'}`);
const sum = (list) => list.reduce((s, b) => s + b.gzipKB, 0);
console.log(`- initial: ${f(sum(bundle.filter((b) => b.initial)), 1)} KB; loaded when a board is shared or opened from a link, or on demand: ${f(sum(bundle.filter((b) => !b.initial)), 1)} KB`);
const syncReport = syncSection(sync);
console.log(`\n${syncReport.lines.join('\n')}`);
console.log(`\n## Sync under attack (${hostile.connections} connections, ${hostile.honest} honest; budgets: p95 ≤ ${hostile.budget.p95Ms} ms, RSS ≤ ${hostile.budget.rssMB} MB)`);
console.log(`- honest drops p95 ${f(hostile.drops.p95, 1)} ms (${hostile.drops.received}/${hostile.drops.expected} arrived), drags p95 ${f(hostile.drags.p95, 1)} ms; server RSS max ${f(hostile.server.rssMB.max, 0)} MB, CPU ${f(hostile.server.cpuPercent.mean, 0)} %; flooders closed: ${hostile.hostile.floodClosed}`);

console.log(`\n## A placement round (${round.participants} participants × ${round.items} items; budget p95 ≤ ${round.budgetMs} ms)`);
console.log(`- from Reveal now until every participant's board holds the evidence: median ${f(round.medianMs, 0)} ms, p95 ${f(round.p95Ms, 0)} ms over ${round.rounds} rounds`);
console.log(`- until every dot is drawn in a browser (${reveal.participants} participants, ${reveal.rounds} rounds): a participant's median ${f(reveal.participantMedianMs, 0)} ms, p95 ${f(reveal.participantP95Ms, 0)} ms; the projector's median ${f(reveal.projectorMedianMs, 0)} ms, p95 ${f(reveal.projectorP95Ms, 0)} ms`);

const results = { quick, machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, gaps, imports, scale, opened, evidence, drag, survey, bundle, sync, hostile, round, reveal };
writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
rmSync('bench/.gaps.json', { force: true });
rmSync('bench/.import.json', { force: true });
rmSync('bench/.scale.json', { force: true });
rmSync('bench/.open.json', { force: true });
rmSync('bench/.drag.json', { force: true });
rmSync('bench/.evidence.json', { force: true });
rmSync('bench/.survey.json', { force: true });
rmSync('bench/.sync.json', { force: true });
rmSync('bench/.hostile.json', { force: true });
rmSync('bench/.round.json', { force: true });
rmSync('bench/.reveal.json', { force: true });
const moved = drag.every((r) => Math.abs(r.movedPx - 600) < 60);
if (!moved) {
  console.error('A dragged item did not move 600 px: the drag benchmark measured nothing.');
  process.exit(1);
}
if (!syncReport.measured) {
  console.error('No drop or no drag arrived at another participant: the sync benchmark measured nothing.');
  process.exit(1);
}
syncReport.warnings.forEach((warning) => console.warn(warning));
const slowImport = imports.find((row) => row.megabytes > 4.5 && row.medianMs > 2000);
if (slowImport) console.warn(`Import over budget: ${slowImport.name} took ${f(slowImport.medianMs, 0)} ms (median; budget 2,000 ms).`);
console.log('\nbench: ran; results in bench/results.json');
