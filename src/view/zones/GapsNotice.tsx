import { useShownGaps } from './useGaps';

/** On the map, when the gap-finder could not run: says so, rather than showing a map with no zones. */
export function GapsNotice() {
  const { error } = useShownGaps();
  if (!error) return null;
  return (
    <p className="gaps-notice" role="alert">
      Opportunity zones could not be computed for this board: {error}
    </p>
  );
}
