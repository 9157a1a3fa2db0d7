const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "edited 5 minutes ago", from an ISO time. */
export function describeAge(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (!Number.isFinite(then)) return 'never saved';
  const seconds = Math.round((then - now) / 1000);
  if (Math.abs(seconds) < 60) return 'edited just now';
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [['minute', 60], ['hour', 24], ['day', 30], ['month', 12]];
  let value = Math.round(seconds / 60);
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return `edited ${format.format(value, unit)}`;
    value = Math.round(value / size);
  }
  return `edited ${format.format(value, 'year')}`;
}
