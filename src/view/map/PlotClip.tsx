import type { MapLayout } from './mapLayout';

/** Where the map's layers are cut off while zoomed in: the plot's frame (`clip-path: url(#plot-clip)`, in map-stack.css terms). */
export const plotClipId = 'plot-clip';

/** The clip a layer's plot group takes while zoomed in (zoomed out, labels may reach into the margins). */
export const plotClip = (layout: MapLayout): string | undefined => (layout.view.zoom > 1 ? `url(#${plotClipId})` : undefined);

/** The clip every plot group uses (zoomed out it cuts nothing: the map lies inside the frame). */
export function PlotClip({ layout }: { layout: MapLayout }) {
  return (
    <svg className="plot-clip-defs" width={0} height={0} aria-hidden="true" focusable="false">
      <defs>
        <clipPath id={plotClipId}>
          <rect x={0} y={0} width={layout.plot} height={layout.plot} />
        </clipPath>
      </defs>
    </svg>
  );
}
