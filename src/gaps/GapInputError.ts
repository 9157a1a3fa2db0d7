/** Invalid input to the gap-finder, naming the item or option at fault. */
export class GapInputError extends Error {
  override name = 'GapInputError';
}
