/** A command the model refuses; the board is left exactly as it was. */
export class CommandError extends Error {
  override name = 'CommandError';
}
