/**
 * What is being typed in a field, kept in Web Storage (synchronous: it survives a reload, a
 * closed tab or a crash right after the write) until it is committed or given up. One entry
 * per board and field, at most `maxDrafts` in all (the oldest go first).
 */
const prefix = 'pa-map:draft:';
const maxDrafts = 40;

interface Stored {
  readonly text: string;
  /** The field's value when typing began: a draft of a value changed since is still offered. */
  readonly base: string;
  readonly at: number;
}

const keyOf = (boardId: string, field: string) => `${prefix}${boardId}|${field}`;
const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** Keeps what is typed in `field` of board `boardId`. Never throws (a full or blocked storage keeps nothing). */
export function saveDraft(boardId: string, field: string, text: string, base: string): void {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(keyOf(boardId, field), JSON.stringify({ text, base, at: Date.now() } satisfies Stored));
    prune(store);
  } catch {
    // Storage full or refused: the field still holds the text; only a reload would lose it.
  }
}

/** The draft kept for a field, if any. */
export function readDraft(boardId: string, field: string): { text: string; base: string } | null {
  const raw = storage()?.getItem(keyOf(boardId, field)) ?? null;
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Stored>;
    return typeof parsed.text === 'string' && typeof parsed.base === 'string' ? { text: parsed.text, base: parsed.base } : null;
  } catch {
    return null;
  }
}

export function clearDraft(boardId: string, field: string): void {
  try {
    storage()?.removeItem(keyOf(boardId, field));
  } catch {
    // Nothing to do: an entry that cannot be removed is offered once more.
  }
}

/** The fields of board `boardId` that have a draft (their keys, as given to `saveDraft`). */
export function draftFields(boardId: string): string[] {
  const store = storage();
  if (!store) return [];
  const start = keyOf(boardId, '');
  const fields: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(start)) fields.push(key.slice(start.length));
  }
  return fields;
}

function prune(store: Storage): void {
  const drafts: { key: string; at: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    let at = 0;
    try {
      at = Number((JSON.parse(store.getItem(key) ?? '{}') as Partial<Stored>).at) || 0;
    } catch {
      at = 0;
    }
    drafts.push({ key, at });
  }
  drafts.sort((a, b) => a.at - b.at);
  for (const { key } of drafts.slice(0, Math.max(0, drafts.length - maxDrafts))) store.removeItem(key);
}
