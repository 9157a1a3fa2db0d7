const svgNS = 'http://www.w3.org/2000/svg';

/** Elements an export may contain: shapes, text and their paint servers. Nothing that runs or links. */
const allowedTags = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'defs', 'clipPath', 'radialGradient', 'linearGradient', 'stop']);
/** Geometry copied as it is written. */
const geometry = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height', 'd', 'points', 'transform', 'dx', 'dy', 'offset', 'id', 'stop-color', 'stop-opacity', 'gradientUnits'];
/** Styles from the stylesheet, inlined from the computed style. */
const paint = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'opacity', 'paint-order', 'clip-path'];
const type = ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline'];
/** Screen-only parts: hit targets, focus and selection rings, the hidden source of a drag. */
const screenOnly = ['hit-area', 'plot-hit', 'focus-ring', 'selection-ring', 'drag-source'];

/** A url() reference kept only when it points inside the document (`url(#id)`). */
function localUrl(value: string): string | null {
  if (!value.includes('url(')) return value;
  const match = /url\(\s*["']?[^"')]*?#([A-Za-z0-9_-]+)["']?\s*\)/.exec(value);
  return match ? `url(#${match[1]})` : null;
}

const plain = (value: string) => value.replace(/(\d)px\b/g, '$1');

function copy(source: Element, into: Element, out: Document): void {
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const upper = getComputedStyle(source).textTransform === 'uppercase';
      into.append(out.createTextNode(upper ? (child.textContent ?? '').toUpperCase() : child.textContent ?? ''));
      continue;
    }
    if (!(child instanceof SVGElement) || !allowedTags.has(child.tagName)) continue;
    const classes = child.classList;
    if (screenOnly.some((name) => classes.contains(name))) continue;
    const style = getComputedStyle(child);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') continue;
    const element = out.createElementNS(svgNS, child.tagName);
    for (const name of geometry) {
      const value = child.getAttribute(name);
      if (value !== null) element.setAttribute(name, value);
    }
    const inDefs = child.closest('defs') !== null;
    const isText = child.tagName === 'text' || child.tagName === 'tspan';
    if (!inDefs && child.tagName !== 'title') {
      for (const name of isText ? [...paint, ...type] : paint) {
        const value = localUrl(style.getPropertyValue(name));
        if (value === null || value === '' || (name === 'opacity' && value === '1') || (name === 'clip-path' && value === 'none')) continue;
        element.setAttribute(name, plain(value));
      }
    }
    copy(child, element, out);
    into.append(element);
  }
}

/** A new SVG document of `width` × `height` px with `fontCss` embedded and a `background` fill. */
export function svgDocument(width: number, height: number, fontCss: string, background: string): XMLDocument {
  const out = document.implementation.createDocument(svgNS, 'svg', null);
  const root = out.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const defs = out.createElementNS(svgNS, 'defs');
  const style = out.createElementNS(svgNS, 'style');
  style.append(out.createTextNode(fontCss));
  defs.append(style);
  root.append(defs);
  const back = out.createElementNS(svgNS, 'rect');
  back.setAttribute('width', String(width));
  back.setAttribute('height', String(height));
  back.setAttribute('fill', background);
  root.append(back);
  return out;
}

/** What `source` holds (an `<svg>` or a group), as one group of `out`, styles inlined. */
export function copyContent(source: Element, out: XMLDocument): Element {
  const group = out.createElementNS(svgNS, 'g');
  copy(source, group, out);
  return group;
}

/** Every layer of `stack` (stacked `<svg>`s of equal size), in order, as one group of `out`, styles inlined. */
export function copyLayers(stack: HTMLElement, out: XMLDocument): Element {
  const group = out.createElementNS(svgNS, 'g');
  for (const layer of stack.querySelectorAll(':scope > svg')) group.append(copyContent(layer, out));
  return group;
}

export const serialiseSvg = (out: XMLDocument) => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;

/**
 * The map as one self-contained SVG document: every layer of `stack` in order, styles
 * inlined, `fontCss` (@font-face with data URLs) embedded, on `background`. Built element
 * by element from an allow-list, so labels stay text and the result holds no script, event
 * attribute or outside link.
 */
export function snapshotSvg(stack: HTMLElement, fontCss: string, background: string): { svg: string; width: number; height: number } {
  const width = stack.clientWidth;
  const height = stack.clientHeight;
  const out = svgDocument(width, height, fontCss, background);
  out.documentElement.append(copyLayers(stack, out));
  return { svg: serialiseSvg(out), width, height };
}
