import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { GapResult } from '../../gaps';
import type { Item } from '../../model/types';

const barWidth = 120;

/** Each persona group's unmet share, largest first: who is left out. D3 scales the bars; React draws them. */
export function UnmetChart({ unmet, items }: { unmet: GapResult['unmet']; items: ReadonlyMap<string, Item> }) {
  const rows = useMemo(
    () =>
      unmet
        .map((u) => ({ id: u.id, label: items.get(u.id)?.label ?? 'Unknown group', share: u.share }))
        .sort((a, b) => b.share - a.share || a.label.localeCompare(b.label)),
    [unmet, items],
  );
  const x = useMemo(() => scaleLinear().domain([0, 1]).range([0, barWidth]).clamp(true), []);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="unmet-heading" className="unmet">
      <h2 id="unmet-heading">Who is left out</h2>
      <p className="hint">Share of each persona group's demand that no product meets.</p>
      <ul className="unmet-chart" aria-label="Unmet demand by persona group">
        {rows.map((row) => (
          <li key={row.id}>
            <span className="unmet-label">{row.label}</span>
            <svg width={barWidth} height={12} aria-hidden="true" className="unmet-bar">
              <rect className="unmet-track" width={barWidth} height={12} rx={2} />
              <rect className="unmet-fill" width={x(row.share)} height={12} rx={2} />
            </svg>
            <span className="unmet-value">{Math.round(100 * row.share)} % unmet</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
