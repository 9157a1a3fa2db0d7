import type { Round, Vote } from '../../src/model/types';
import { plain } from '../../src/collab/boardYDoc';
import { readOneRecord } from '../../src/schema/recordTypes';

/** Why a record the server is about to write would not read (its type's one validator, strictly), or null. */
export function recordProblem(collection: 'rounds' | 'votes', record: Round | Vote): string | null {
  const read = readOneRecord(collection, record.id, plain(record), 'strict');
  return 'errors' in read ? `This cannot be kept: ${read.errors[0]}` : null;
}
