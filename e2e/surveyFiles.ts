/**
 * Survey files as real tools export them, made here from a seeded generator so a test knows
 * each item's true mean. Positions are on the sample board's scale: the map's 0–1.
 */

import { seededRandom } from '../src/evidence/random';

export interface Rated {
  readonly name: string;
  /** Where respondents put it on average, per wave, in 0–1. */
  readonly at: Readonly<Record<string, readonly [number, number]>>;
}

export const surveyItems: readonly Rated[] = [
  { name: 'Capsule machine', at: { '2025': [0.38, 0.4], '2026': [0.46, 0.46] } },
  { name: 'Moka pot', at: { '2025': [0.5, 0.15], '2026': [0.5, 0.16] } },
  { name: 'Smart scale with app', at: { '2025': [0.78, 0.62], '2026': [0.84, 0.7] } },
  { name: 'Oat milk frother', at: { '2026': [0.3, 0.66] } },
];

export const segments = [
  { name: 'Young families', ideal: [0.3, 0.35] as const, share: 0.5 },
  { name: 'Enthusiasts', ideal: [0.78, 0.82] as const, share: 0.3 },
  { name: 'Students', ideal: [0.62, 0.22] as const, share: 0.2 },
];

/** A rating on 1–7 around `mean` (0–1), as a person answers: whole numbers. */
const rate = (next: () => number, mean: number) => Math.min(7, Math.max(1, Math.round(1 + 6 * mean + (next() + next() + next() - 1.5) * 2)));

/**
 * Qualtrics' CSV layout: a row of column ids, a row of question texts, a row of ImportIds,
 * then one row per respondent and wave; a wave and a segment column, ideal columns, and
 * columns no survey reader uses (StartDate, IPAddress). Items not in a wave are blank.
 */
export function qualtricsSurvey(respondentsPerWave = 60, seed = 11): string {
  const next = seededRandom(seed);
  const questions = surveyItems.flatMap((item) => [`${item.name} - Interactivity`, `${item.name} - Need`]);
  const header1 = ['StartDate', 'IPAddress', 'ResponseId', 'Wave', 'Segment', ...questions.map((_, i) => `Q${Math.floor(i / 2) + 1}_${(i % 2) + 1}`), 'Q9_1', 'Q9_2'];
  const header2 = ['Start Date', 'IP Address', 'Response ID', 'Wave', 'Segment', ...questions, 'Ideal - Interactivity', 'Ideal - Need'];
  const header3 = header1.map((id) => `{"ImportId":"${id}"}`);
  const rows: string[][] = [];
  for (const wave of ['2025', '2026']) {
    for (let r = 0; r < respondentsPerWave; r++) {
      const pick = next();
      const segment = pick < 0.5 ? segments[0]! : pick < 0.8 ? segments[1]! : segments[2]!;
      const cells = surveyItems.flatMap((item) => {
        const mean = item.at[wave];
        return mean ? [String(rate(next, mean[0])), String(rate(next, mean[1]))] : ['', ''];
      });
      rows.push([`2026-01-0${1 + (r % 9)} 10:00:00`, `10.0.0.${r}`, `R_${wave}_${r}`, wave, segment.name, ...cells, String(rate(next, segment.ideal[0])), String(rate(next, segment.ideal[1]))]);
    }
  }
  return [header1, header2, header3, ...rows].map((row) => row.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');
}

/** One wave of a tracker, one row per respondent and item, no wave column (the file's name says the year). */
export function singleWave(wave: '2025' | '2026', respondents = 40, seed = 5): string {
  const next = seededRandom(seed + Number(wave));
  const rows = ['Respondent,Product,Interactivity,Need'];
  for (let r = 0; r < respondents; r++) {
    for (const item of surveyItems) {
      const mean = item.at[wave];
      if (mean) rows.push(`p${r},${item.name},${rate(next, mean[0])},${rate(next, mean[1])}`);
    }
  }
  return rows.join('\n');
}

/** A file that is no survey: a letter. */
export const notASurvey = 'Dear team,\nplease find the notes attached.\nBest, Ana\n';
