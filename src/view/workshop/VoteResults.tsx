import { useState } from 'react';
import type { Vote } from '../../model/types';
import { useApp } from '../../store/useStore';
import { countVotes } from '../../model/votes';

/** A closed vote's results, most dots first; options nobody chose are counted, not listed. */
export function VoteResults({ vote }: { vote: Vote }) {
  const ballots = useApp((s) => s.doc.board.ballots);
  const [open, setOpen] = useState(true);
  const tally = countVotes(vote, ballots);
  const chosen = tally.filter((t) => t.dots > 0);
  const none = tally.length - chosen.length;
  return (
    <section className="round-results vote-results" aria-label={`Vote ${vote.number} results`}>
      <div className="round-results-head">
        <strong>Vote {vote.number} closed</strong> — {vote.question}
        <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>{open ? 'Hide' : 'Show'}</button>
      </div>
      {open && (
        <ol className="round-results-list" aria-label="Most dots first">
          {chosen.map((t) => (
            <li key={t.id} data-option={t.id}>
              <strong>{t.label}</strong>: {t.dots} {t.dots === 1 ? 'dot' : 'dots'} from {t.people} {t.people === 1 ? 'person' : 'people'}
            </li>
          ))}
          {chosen.length === 0 && <li>Nobody placed a dot.</li>}
        </ol>
      )}
      {open && none > 0 && <p className="legend-hint">{none} {none === 1 ? 'option' : 'options'} without a dot.</p>}
    </section>
  );
}
