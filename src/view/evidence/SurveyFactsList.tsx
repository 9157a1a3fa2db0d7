import type { SurveyFacts } from './survey.worker';
import type { SurveySummary } from '../../evidence/summariseSurvey';

const layouts = { 'long-rating': 'one row per rating', 'long-item': 'one row per respondent and item', wide: 'one row per respondent' } as const;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a survey file held and what the import will leave out, and why: nothing is dropped silently. */
export function SurveyFactsList({ facts, summary }: { facts: SurveyFacts; summary: SurveySummary | null }) {
  const waves = facts.waves.filter((wave) => wave !== '');
  return (
    <div className="survey-facts" aria-live="polite">
      <ul className="survey-counts">
        <li>Layout: {layouts[facts.layout]} ({count(facts.rows, 'row')})</li>
        <li>{count(facts.respondents, 'respondent')}</li>
        <li>{count(facts.items.length, 'item')}{facts.hasIdeal ? ', and respondents’ ideal positions' : ''}</li>
        <li>{count(summary?.ratings ?? facts.ratingsRead, 'rating')}{summary ? ' used' : ' read'}</li>
        {waves.length > 0 && <li>{count(waves.length, 'wave')}: {waves.join(', ')}</li>}
        {facts.segments.length > 0 && <li>{count(facts.segments.length, 'segment')}: {facts.segments.join(', ')}{facts.hasIdeal ? ' (each becomes a persona group)' : ' (each can be a lens on the map)'}</li>}
        {facts.blanks > 0 && <li>{count(facts.blanks, 'blank answer')} (not rated)</li>}
        {facts.wordRatings > 0 && <li>{count(facts.wordRatings, 'answer')} written as words, not numbers: export numeric values from your survey tool to use them</li>}
      </ul>
      {summary === null ? (
        <p>Summarising…</p>
      ) : (
        summary.problemCount > 0 && (
          <details open>
            <summary>{count(summary.problemCount, 'rating or row', 'ratings or rows')} left out</summary>
            <ul className="problem-list">
              {summary.problems.map((problem, i) => (
                <li key={i}>
                  Row {problem.row}: {problem.reason}
                </li>
              ))}
              {summary.problemCount > summary.problems.length && <li>…and {(summary.problemCount - summary.problems.length).toLocaleString('en')} more.</li>}
            </ul>
          </details>
        )
      )}
      {facts.unusedColumns.length > 0 && (
        <p>
          Columns not used: {facts.unusedColumns.slice(0, 30).map((c) => `“${c}”`).join(', ')}
          {facts.unusedColumns.length > 30 ? ` and ${facts.unusedColumns.length - 30} more` : ''}.
        </p>
      )}
    </div>
  );
}
