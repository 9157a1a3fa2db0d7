import { useActions, useApp } from '../../store/useStore';
import { boardLockedReason } from '../../model/rights';
import { useLive } from './LiveContext';
import type { MapPoint } from '../../model/types';
import type { ItemChanges } from '../../model/commands';
import type { Crossing } from '../../store/liveState';
import { sameValue } from '../../model/changes';

const noEdits: readonly never[] = [];

/** The words of an item field in a sentence. */
const fieldWords: Readonly<Record<string, string>> = { position: 'position', label: 'name', colour: 'colour', notes: 'notes', weight: 'size', reach: 'reach', tags: 'tags', attractors: 'key attractors', kind: 'kind', locked: 'lock' };

/** A crossed name: the one the map no longer shows, so the words say both. */
function otherName(edit: Crossing): string {
  if (edit.field !== 'label') return '';
  const other = edit.stands === 'theirs' ? edit.mine : edit.theirs;
  if (typeof other !== 'string') return '';
  return edit.stands === 'theirs' ? ` (yours: “${other}”)` : ` (theirs: “${other}”)`;
}

/** The words of a crossing: whose change, and whose stands. */
function crossingWords(first: Crossing, fields: string, many: boolean): string {
  const who = first.by ?? 'someone else';
  const it = many ? 'them' : 'it';
  if (first.offline) {
    return first.stands === 'theirs'
      ? `While you were offline you changed ${fields}; ${who} changed ${it} too, and theirs stands.`
      : `While you were offline you changed ${fields}; ${who} had changed ${it} too, and yours replaced theirs.`;
  }
  return first.stands === 'theirs'
    ? `${who} changed ${fields} while offline; back online, their change replaced yours.`
    : `${who} changed ${fields} while offline; your change stands.`;
}

/**
 * A change of mine and another person's crossed, one of them made offline; both of us are
 * told, one group at a time (same person, same side). "Use mine" puts my values back where
 * theirs stand; "Keep theirs" puts theirs back where mine stand (when their value is known).
 */
function OverwrittenBanner() {
  const actions = useActions();
  const overwritten = useApp((s) => s.live!.overwritten);
  const items = useApp((s) => s.doc.board.items);
  const first = overwritten[0]!;
  const group = overwritten.filter((edit) => edit.stands === first.stands && edit.offline === first.offline && edit.by === first.by);
  const rest = () => actions.setOverwritten(overwritten.filter((edit) => !group.includes(edit)));
  const named = group.map((edit) => `the ${fieldWords[edit.field] ?? edit.field} of “${items.find((item) => item.id === edit.id)?.label ?? 'an item'}”${otherName(edit)}`);
  const fields = `${named.slice(0, 3).join(', ')}${named.length > 3 ? ` and ${named.length - 3} more` : ''}`;
  const locked = useApp((s) => s.doc.board.locked);
  /** Puts each field of the group to `value` (where it holds something else); their values never go onto what is locked. */
  const put = (value: (edit: Crossing) => unknown, theirs: boolean) => {
    for (const edit of group) {
      const item = items.find((other) => other.id === edit.id);
      const wanted = value(edit);
      if (!item || wanted === undefined || sameValue(item[edit.field as keyof typeof item], wanted)) continue;
      if (theirs && (locked || item.locked)) continue;
      if (edit.field === 'position') actions.dispatch({ type: 'moveItem', id: edit.id, position: wanted as MapPoint | null });
      else actions.dispatch({ type: 'updateItem', id: edit.id, changes: { [edit.field]: wanted } as ItemChanges });
    }
  };
  const theirsKnown = group.every((edit) => 'theirs' in edit);
  const useMine = () => {
    put((edit) => edit.mine, false);
    rest();
  };
  const keepTheirs = () => {
    put((edit) => edit.theirs, true);
    rest();
  };
  return (
    <div className="banner banner-conflict" role="alert">
      {crossingWords(first, fields, group.length > 1)}
      <button type="button" onClick={useMine}>Use mine</button>
      {(first.stands === 'theirs' || theirsKnown) && <button type="button" onClick={keepTheirs}>Keep theirs</button>}
    </div>
  );
}

/** A shared board's messages: the room gone, a newer app, following the leader (or not any more). */
export function LiveBanners() {
  const live = useLive();
  const actions = useActions();
  const ended = useApp((s) => s.live?.ended ?? null);
  const readOnlyReason = useApp((s) => s.live?.readOnlyReason ?? null);
  const leader = useApp((s) => s.live?.leader ?? null);
  const following = useApp((s) => s.live?.following ?? false);
  const meLeading = useApp((s) => !!s.live?.leader && s.live.people.some((person) => person.me && person.clientId === s.live!.leader!.clientId));
  const presenting = useApp((s) => s.session.presenting);
  const locked = useApp((s) => s.doc.board.locked);
  const role = useApp((s) => s.live?.role);
  const overwritten = useApp((s) => s.live?.overwritten ?? noEdits);
  if (!live) return null;
  if (ended) {
    return (
      <div className="banner banner-conflict" role="alert">
        <strong>{ended.message}</strong> What you see here is no longer shared.
        <button type="button" onClick={() => void live.keepCopy()}>Keep a copy in this browser</button>
        <a href="/">Open my boards</a>
      </div>
    );
  }
  if (readOnlyReason) {
    return (
      <div className="banner banner-conflict" role="alert">
        <strong>{readOnlyReason}</strong>
        <button type="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
  if (presenting) return null;
  if (overwritten.length > 0) return <OverwrittenBanner />;
  if (locked && role !== 'view') {
    return (
      <div className="banner banner-info" role="status">
        {role === 'facilitator' ? (
          <>
            You locked the board: participants can watch, not change it.
            <button type="button" onClick={() => actions.setBoardLocked(false)}>Unlock the board</button>
          </>
        ) : (
          boardLockedReason
        )}
      </div>
    );
  }
  if (meLeading) {
    return (
      <div className="banner banner-info" role="status">
        Everyone’s screen follows yours.
        <button type="button" onClick={live.stopLeading}>Stop leading</button>
      </div>
    );
  }
  if (leader && following) {
    return (
      <div className="banner banner-info" role="status">
        Following {leader.name}’s screen. Change the view yourself to look around on your own.
      </div>
    );
  }
  if (leader) {
    return (
      <div className="banner banner-info" role="status">
        {leader.name} is leading the room; you are looking around on your own.
        <button type="button" onClick={live.followAgain}>Follow {leader.name}</button>
      </div>
    );
  }
  return null;
}
