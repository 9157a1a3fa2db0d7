import { useApp } from '../../store/useStore';
import { lastRevealedOf, openRoundOf, roomTimerOf } from '../../model/rounds';
import { useLive } from '../live/LiveContext';
import { TimerDisplay } from './TimerDisplay';
import { RoundResults } from './RoundResults';
import { JoinCodeOverlay } from './JoinCodeOverlay';
import { VotePanel } from './VotePanel';
import { VoteResults } from './VoteResults';
import { lastClosedVoteOf, openVoteOf } from '../../model/votes';

/**
 * The room's workshop above the map: the timer, the open round (its question, who is done,
 * my own "Done"; for the facilitator who is still placing, Reveal and Cancel), and the last
 * round's results once revealed.
 */
export function WorkshopBar() {
  const live = useLive();
  const board = useApp((s) => s.doc.board);
  const role = useApp((s) => s.live?.role);
  const workshop = useApp((s) => s.live?.workshop);
  const presenting = useApp((s) => s.session.presenting);
  const projector = useApp((s) => s.live?.projector ?? false);
  const round = openRoundOf(board);
  const revealed = lastRevealedOf(board);
  const timer = roomTimerOf(board);
  const vote = openVoteOf(board);
  const closed = lastClosedVoteOf(board);
  if (!live || !workshop || (!round && !revealed && !timer && !workshop.join && !vote && !closed)) return null;
  const progress = round && workshop.progress?.roundId === round.id ? workshop.progress : null;
  const mine = round && workshop.mine?.roundId === round.id ? workshop.mine : null;
  const placed = round ? round.itemIds.filter((id) => mine?.placements[id]).length : 0;
  const viewer = role === 'view';
  return (
    <div className="workshop-bar">
      {workshop.join && (projector || presenting) && <JoinCodeOverlay join={workshop.join} />}
      {workshop.join && !projector && !presenting && role === 'facilitator' && (
        <p className="join-note" role="status">
          The join code <strong>{workshop.join.code}</strong> is on the projector.{' '}
          <button type="button" onClick={() => live.workshop.send({ type: 'joinCode', show: false })}>Hide join code</button>
        </p>
      )}
      {timer && <TimerDisplay large={viewer || presenting} sound={!viewer} />}
      {round && (
        <section className="round-banner" aria-label={`Round ${round.number}`} role="status">
          <strong>Round {round.number}:</strong> {round.question}{' '}
          <span className="round-progress">{progress ? `${progress.done} of ${progress.total} ${progress.total === 1 ? 'person' : 'people'} done` : 'Waiting for the room…'}</span>
          {!viewer && (
            <>
              {' '}
              <span className="round-mine">You placed {placed} of {round.itemIds.length}.</span>{' '}
              <button type="button" aria-pressed={mine?.done ?? false} onClick={() => live.workshop.setDone(round.id, !(mine?.done ?? false))}>
                {mine?.done ? 'Not done yet' : 'I’m done'}
              </button>
            </>
          )}
          {role === 'facilitator' && (
            <>
              {progress && progress.waiting.length > 0 && <span className="round-waiting"> Still placing: {progress.waiting.join(', ')}.</span>}{' '}
              <button type="button" className="primary" onClick={() => live.workshop.send({ type: 'closeRound', roundId: round.id })}>
                Reveal now
              </button>{' '}
              <button type="button" onClick={() => live.workshop.send({ type: 'cancelRound', roundId: round.id })}>
                Cancel round
              </button>
            </>
          )}
          {!viewer && <span className="legend-hint"> Nobody sees your placements until the reveal, the facilitator included.</span>}
        </section>
      )}
      {!round && revealed && <RoundResults round={revealed} />}
      {vote && <VotePanel vote={vote} />}
      {!vote && closed && <VoteResults vote={closed} />}
    </div>
  );
}
