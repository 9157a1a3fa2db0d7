/** The saved file's format name; a file without it is not ours. */
export const formatName = 'pa-map/board';

/** The schema version this build writes. Bump it only with a migration and a frozen fixture. */
export const currentVersion = 5;

/** The envelope every saved or exported board travels in. */
export interface Envelope {
  readonly format: typeof formatName;
  readonly version: number;
  readonly board: unknown;
}
