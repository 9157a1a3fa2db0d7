import { it } from 'vitest';
import { readSurvey } from './readSurvey';
import { testAnswers } from './testAnswers';
import { summariseSurvey } from '../evidence/summariseSurvey';
import { cases } from '/tmp/explore/cases';

it('explore', () => {
  for (const [name, text] of Object.entries(cases)) {
    const t0 = performance.now();
    let out: string;
    try {
      const r = readSurvey(text);
      if (!r.ok) out = 'ERRORS: ' + r.errors.join(' | ');
      else {
        const d = r.data;
        const s = summariseSurvey(d, { scales: d.scales, reversed: [false, false], wave: 'W' });
        out = JSON.stringify({ layout: d.layout, items: d.items.slice(0, 8), nItems: d.items.length, waves: d.waves, segments: d.segments, units: d.units.slice(0, 4), nUnits: d.units.length, scales: d.scales, problems: d.problems.slice(0, 8), problemCount: d.problemCount, blanks: d.blanks, unused: d.unusedColumns.slice(0, 12), used: d.usedColumns.slice(0, 12), rows: d.rows, hasIdeal: d.hasIdeal }, null, 0)
          + '\n  answers: ' + testAnswers(d).slice(0, 10).join(' ; ')
          + '\n  summary: ' + JSON.stringify({ respondents: s.respondents, ratings: s.ratings, things: s.things.slice(0, 5).map((t) => ({ name: t.name, m: t.measure, cells: t.cells.map((c) => `${c.wave}/${c.segment} n=${c.n} share=${c.share.toFixed(2)} mean=${c.mean.x.toFixed(3)},${c.mean.y.toFixed(3)}`) })), problems: s.problems.slice(0, 5), problemCount: s.problemCount });
      }
    } catch (e) { out = 'THREW ' + (e as Error).stack; }
    console.log(`### ${name} (${(performance.now() - t0).toFixed(0)} ms)\n  ${out}`);
  }
});
