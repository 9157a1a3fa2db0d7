import type { Vote } from '../../model/types';
import { useApp } from '../../store/useStore';
import { useLive } from '../live/LiveContext';

/**
 * The open vote: the question, the dots I have left, and each option to tap (a dot; once more
 * when I have none left, or where one is the most, takes it back); who has voted, but no count
 * until it closes; for the facilitator, Close and Cancel.
 */
export function VotePanel({ vote }: { vote: Vote }) {
  const live = useLive();
  const role = useApp((s) => s.live?.role);
  const mine = useApp((s) => (s.live?.workshop.myDots?.voteId === vote.id ? s.live.workshop.myDots.dots : null)) ?? {};
  const progress = useApp((s) => (s.live?.workshop.progress?.roundId === vote.id ? s.live.workshop.progress : null));
  if (!live) return null;
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const left = vote.dots - used;
  const set = (option: string, count: number) => {
    const next = { ...mine, [option]: Math.max(0, count) };
    if (next[option] === 0) delete next[option];
    live.workshop.vote(vote.id, next);
  };
  const tap = (option: string) => {
    const have = mine[option] ?? 0;
    const full = left <= 0 || (vote.onePerOption && have >= 1);
    set(option, full ? have - 1 : have + 1);
  };
  const viewer = role === 'view';
  return (
    <section className="vote-panel" aria-label={`Vote ${vote.number}`}>
      <div className="round-results-head">
        <strong>Vote:</strong> {vote.question}
        {!viewer && <span className="vote-left" role="status">{left} of {vote.dots} {vote.dots === 1 ? 'dot' : 'dots'} left</span>}
        <span className="round-progress">{progress ? `${progress.done} of ${progress.total} ${progress.total === 1 ? 'person has' : 'people have'} used all their dots` : ''}</span>
        <span className="legend-hint">Counts are hidden until the vote closes.</span>
        {role === 'facilitator' && (
          <>
            {progress && progress.waiting.length > 0 && <span className="round-waiting"> Still voting: {progress.waiting.join(', ')}.</span>}
            <button type="button" className="primary" onClick={() => live.workshop.send({ type: 'closeVote', voteId: vote.id })}>Close the vote</button>
            <button type="button" onClick={() => live.workshop.send({ type: 'cancelVote', voteId: vote.id })}>Cancel vote</button>
          </>
        )}
      </div>
      {!viewer && (
        <ul className="vote-options" aria-label="Options">
          {vote.options.map((option) => {
            const have = mine[option.id] ?? 0;
            return (
              <li key={option.id}>
                <button type="button" className="vote-option" aria-pressed={have > 0} onClick={() => tap(option.id)} aria-label={`${option.label}: ${have} of my dots${have > 0 ? '' : ''}`}>
                  <span>{option.label}</span> <span className="vote-dots" aria-hidden="true">{'●'.repeat(have)}</span>
                </button>
                {have > 0 && (
                  <button type="button" className="vote-take-back" onClick={() => set(option.id, have - 1)} aria-label={`Take a dot back from ${option.label}`}>
                    −
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
