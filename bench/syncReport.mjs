// Prints the sync benchmark's results (bench/sync.bench.ts) as a markdown section, with the
// issue's budgets: p95 from a change to its arrival under 150 ms, server memory flat after warm-up.

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const kb = (bytes) => `${f(bytes / 1024, 1)} KB`;
const verdict = (met) => (met ? 'met' : 'NOT met');

/** The markdown lines of the section; `warnings` lists the budgets missed. */
export function syncSection(sync) {
  const { drops, drags, server, sqlite, open, budget } = sync;
  const lines = [
    `## Sync (${sync.participants} participants in ${sync.processes} Node processes, ${sync.durationS} s on 127.0.0.1; each drops ${sync.dropsPerSecond}/s and drags at ${sync.dragsPerSecond} Hz)`,
    `| change | sent | expected | received | p50 ms | p95 ms | p99 ms | max ms | p95 after ${sync.warmupS} s | p95 per ${sync.windowS} s | p95 < ${budget.p95Ms} ms |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const [name, s, met] of [['drop (document write)', drops, budget.dropsMet], ['drag (awareness)', drags, budget.dragsMet]]) {
    lines.push(`| ${name} | ${s.sent} | ${s.expected} | ${s.received} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} | ${f(s.max)} | ${f(s.p95AfterWarmup)} | ${s.p95ByWindow.map((v) => f(v, 0)).join(' ')} | ${verdict(met)} |`);
  }
  const { cpuPercent: cpu, rssMB: rss } = server;
  lines.push(
    '',
    `- Server CPU: ${f(cpu.mean, 0)} % of one core (after warm-up ${f(cpu.afterWarmup, 0)} %, busiest second ${f(cpu.max, 0)} %). The machine: ${f(server.machineCpuPercent, 0)} % of all its cores busy; the participant processes ${f(server.participantsCpuPercent, 0)} % and anything else ${f(server.othersCpuPercent, 0)} % of one core.`,
    `- Server RSS: ${f(rss.idle)} MB before anyone joined, ${f(rss.start)} MB at the start, ${f(rss.warmup)} MB after ${sync.warmupS} s of warm-up, ${f(rss.end)} MB at the end (max ${f(rss.max)} MB): ${server.growthAfterWarmupMB >= 0 ? '+' : ''}${f(server.growthAfterWarmupMB)} MB after warm-up — flat: ${verdict(server.flat)}.`,
    `- Participant processes: ${sync.clients.map((c) => `${c.participants} people, ${f(c.cpuPercent, 0)} % CPU, event loop busy ${f(100 * c.eventLoopUtilization, 0)} %, timers late p99 ${f(c.loopDelayP99Ms)} ms`).join('; ')}. Ticks skipped (a process too busy): ${drops.skipped} drops, ${drags.skipped} drags.`,
    `- SQLite folder: ${kb(sqlite.startBytes)} → ${kb(sqlite.endBytes)}; the room's stored state ${sqlite.stateStartBytes} → ${sqlite.stateEndBytes} bytes; every participant's last drop stored (${sqlite.lastDropsStored}).`,
    `- Open a ${open.items}-item shared board (median of ${open.runs}): share (encode + POST) ${f(open.createMs, 0)} ms; a new participant's connect until the board is read ${f(open.openMs, 0)} ms, of which readBoard ${f(open.readMs, 0)} ms.`,
  );
  const warnings = [];
  if (!budget.dropsMet) warnings.push(`Sync over budget: drops p95 ${f(drops.p95)} ms (budget ${budget.p95Ms} ms).`);
  if (!budget.dragsMet) warnings.push(`Sync over budget: drags p95 ${f(drags.p95)} ms (budget ${budget.p95Ms} ms).`);
  if (!budget.memoryFlat) warnings.push(`Sync: server memory grew ${f(server.growthAfterWarmupMB)} MB after warm-up.`);
  return { lines, warnings, measured: drops.received > 0 && drags.received > 0 };
}
