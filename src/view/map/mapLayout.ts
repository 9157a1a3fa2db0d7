import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { MapPoint } from '../../model/types';
import { mapPoint } from '../../model/mapPoint';
import { keepView, maxViewZoom } from '../../store/appState';

/** The one place pixels meet map space. The plot is square: both axes share one scale. */
export interface MapLayout {
  /** Side of the whole square map (plot plus margins), CSS px. */
  readonly side: number;
  /** Margin around the plot, for the axis words. */
  readonly margin: number;
  /** Side of the plot (the framed square), CSS px. */
  readonly plot: number;
  /**
   * Room between the frame and map positions 0 and 1, px: the largest marker at an edge stays
   * inside the frame, so it never covers the axis words outside it.
   */
  readonly inset: number;
  /** The plot less its inset on both sides, px: where the view's window is drawn. */
  readonly span: number;
  /** One map unit in px at the view's zoom (`span` × zoom). */
  readonly unit: number;
  /** What part of the map the plot shows (the whole map at zoom 1). */
  readonly view: Viewport;
  /** Map x → px from the plot's left edge. */
  readonly x: ScaleLinear<number, number>;
  /** Map y → px from the plot's top edge (need rises upward). */
  readonly y: ScaleLinear<number, number>;
  /** Axis words. */
  readonly axisFont: number;
  /** Item labels. */
  readonly labelFont: number;
  /** Radius of a weight-1 product, px. */
  readonly markerRadius: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * What part of the map is on screen: magnified `zoom` times (1 to `maxZoom`) around the centre
 * (cx, cy), in map units. Positions magnify; text, markers and their targets keep their size.
 */
export interface Viewport {
  readonly zoom: number;
  readonly cx: number;
  readonly cy: number;
}

export const wholeMap: Viewport = { zoom: 1, cx: 0.5, cy: 0.5 };
export const maxZoom = maxViewZoom;

/** A view kept to what the map holds: zoom within 1 and `maxZoom`, the window inside the map. */
export const fitView: (view: Viewport) => Viewport = keepView;

/** The view zoomed by `factor` around a map point that stays where it is on screen. */
export function zoomAround(view: Viewport, factor: number, at: { x: number; y: number }): Viewport {
  const zoom = clamp(view.zoom * factor, 1, maxZoom);
  const keep = view.zoom / zoom;
  return fitView({ zoom, cx: at.x + (view.cx - at.x) * keep, cy: at.y + (view.cy - at.y) * keep });
}

export function mapLayout(side: number, scale = 1, view: Viewport = wholeMap): MapLayout {
  const margin = clamp(side * 0.075, 44, 150) * Math.sqrt(scale);
  const plot = Math.max(50, side - 2 * margin);
  const markerRadius = clamp(plot / 75, 7, 24) * Math.sqrt(scale);
  // The largest marker (a persona of the largest size, see `personaRadius`) and its outline.
  const inset = Math.min(plot / 6, markerRadius * maxMarkerScale + 2);
  const span = plot - 2 * inset;
  return {
    side,
    margin,
    plot,
    inset,
    span,
    unit: span * view.zoom,
    view,
    x: scaleLinear().domain([view.cx - 0.5 / view.zoom, view.cx + 0.5 / view.zoom]).range([inset, plot - inset]),
    y: scaleLinear().domain([view.cy - 0.5 / view.zoom, view.cy + 0.5 / view.zoom]).range([plot - inset, inset]),
    axisFont: clamp(side / 40, 15, 44) * scale,
    labelFont: clamp(plot / 42, 13, 40) * scale,
    markerRadius,
  };
}

/** The largest marker's size in weight-1 product radii (`personaRadius`'s cap). */
const maxMarkerScale = 2.8;

/** A pixel offset on screen as a map-space offset (y flips). */
export function pixelDeltaToMap(layout: MapLayout, dx: number, dy: number): { dx: number; dy: number } {
  return { dx: dx / layout.unit, dy: -dy / layout.unit };
}

/** A map-space offset as a pixel offset on screen (y flips): the inverse of `pixelDeltaToMap`. */
export function mapDeltaToPixels(layout: MapLayout, dx: number, dy: number): { dx: number; dy: number } {
  return { dx: dx * layout.unit, dy: -dy * layout.unit };
}

/** A length in map units (a reach, a circle's radius) in px. */
export function lengthToPixels(layout: MapLayout, length: number): number {
  return length * layout.unit;
}

/** Whether a pixel point (from the plot's top-left corner) is on the plot, edges included. */
export function isInsidePlot(layout: MapLayout, px: number, py: number): boolean {
  return px >= 0 && py >= 0 && px <= layout.plot && py <= layout.plot;
}

/** A pixel point inside the plot back to map space, clamped to the square. */
export function pixelToMap(layout: MapLayout, px: number, py: number): MapPoint {
  return mapPoint(layout.x.invert(px), layout.y.invert(py));
}

/**
 * The map point under a pointer on the plot (the rect from inset to plot − inset that takes
 * the map's clicks): its box starts where map unit 0 is drawn.
 */
export function plotPointToMap(layout: MapLayout, box: { left: number; top: number }, clientX: number, clientY: number): MapPoint {
  return pixelToMap(layout, clientX - box.left + layout.inset, clientY - box.top + layout.inset);
}

/** Whether a map point is in the view's window (all of the map at zoom 1): what is off it is neither drawn nor labelled. */
export function inView(view: Viewport, point: { x: number; y: number }): boolean {
  const half = 0.5 / view.zoom;
  return view.zoom === 1 || (Math.abs(point.x - view.cx) <= half && Math.abs(point.y - view.cy) <= half);
}

/** Product disc radius: area grows with weight. */
export function productRadius(layout: MapLayout, weight: number): number {
  return clamp(layout.markerRadius * Math.sqrt(weight), layout.markerRadius * 0.55, layout.markerRadius * 2.6);
}

/** Persona diamond half-diagonal: grows with segment size, a little larger than a disc to read as a shape. */
export function personaRadius(layout: MapLayout, weight: number): number {
  return clamp(layout.markerRadius * 1.25 * Math.sqrt(weight), layout.markerRadius * 0.8, layout.markerRadius * maxMarkerScale);
}

/** The size a pinned zone's pin is drawn at, px (its head stands about this far above the zone's point). */
export function pinSize(layout: MapLayout): number {
  return Math.max(13, layout.axisFont * 0.7);
}

/** Radius of a zone's rank badge, px. */
export function zoneBadgeRadius(layout: MapLayout): number {
  return pinSize(layout) * 0.8;
}
