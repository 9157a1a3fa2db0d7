import { seeded } from './randomBoard';

/** A wide survey: `respondents` rows × `items` items × 2 axes on 1–7, two waves and three segments. */
export function wideSurvey(respondents: number, items: number, seed = 3): string {
  const random = seeded(seed);
  const header = ['Respondent', 'Wave', 'Segment', ...Array.from({ length: items }, (_, i) => [`Product ${i + 1} – interactivity`, `Product ${i + 1} – need`]).flat()];
  const lines = [header.join(',')];
  for (let r = 0; r < respondents; r++) {
    const cells = [`r${r}`, r % 2 === 0 ? '2025' : '2026', ['A', 'B', 'C'][r % 3]!];
    for (let i = 0; i < 2 * items; i++) cells.push(String(1 + Math.floor(random() * 7)));
    lines.push(cells.join(','));
  }
  return lines.join('\n');
}

/** The same kind of survey, one row per rating (respondent, item, axis, rating): 18 MB for 500,000 ratings. */
export function longSurvey(respondents: number, items: number, seed = 3): string {
  const random = seeded(seed);
  const lines = ['respondent,wave,segment,item,axis,rating'];
  for (let r = 0; r < respondents; r++) {
    const head = `r${r},${r % 2 === 0 ? '2025' : '2026'},${['A', 'B', 'C'][r % 3]}`;
    for (let i = 0; i < items; i++) for (const axis of ['interactivity', 'need']) lines.push(`${head},Product ${i + 1},${axis},${1 + Math.floor(random() * 7)}`);
  }
  return lines.join('\n');
}
