import type { Board } from '../../model/types';
import { fileNameFor } from '../../io/importedBoard';
import { download } from './download';
import { embeddedFontCss } from './embeddedFont';
import { rasterise } from './rasterise';
import { copyContent, serialiseSvg, snapshotSvg, svgDocument } from './snapshotSvg';
import { slideHeight, slideWidth } from './slide/slideModel';

export { ExportStage, MapLayers } from './ExportStage';
export { SlideStage } from './slide/SlideStage';

/** Images are drawn at this many times their layout's size (the slide's 1920 × 1080 becomes 3840 × 2160). */
const pngScale = 2;
/** The map image's side before scaling, CSS px. */
export const mapSide = 1000;

/** Draws the stage of a kind off screen and hands back its element once it is ready to copy. */
export type DrawStage = (kind: 'map' | 'slide') => Promise<HTMLElement>;

/**
 * The image exports (loaded when the first one is asked for: the slide and map renderers, the
 * SVG copier, the rasteriser and the embedded font stay out of the initial JavaScript). Each
 * makes its file from the stage `draw` puts on screen and returns the file's name.
 */
export function imageExports(draw: DrawStage, done: () => void) {
  const mapSvg = async () => {
    try {
      const element = await draw('map');
      const stack = element.querySelector<HTMLElement>('[data-export="map-stage"]')!;
      return snapshotSvg(stack, await embeddedFontCss(), getComputedStyle(document.documentElement).backgroundColor);
    } finally {
      done();
    }
  };
  const slideSvg = async () => {
    try {
      const element = await draw('slide');
      const out = svgDocument(slideWidth, slideHeight, await embeddedFontCss(), '#ffffff');
      out.documentElement.append(copyContent(element.querySelector('[data-export="slide"]')!, out));
      return serialiseSvg(out);
    } finally {
      done();
    }
  };
  return {
    async slidePng(board: Board) {
      const svg = await slideSvg();
      const name = fileNameFor(board.title, 'slide.png');
      download(await rasterise(svg, slideWidth, slideHeight, pngScale), name);
      return name;
    },
    async mapPng(board: Board) {
      const { svg, width, height } = await mapSvg();
      const name = fileNameFor(board.title, 'png');
      download(await rasterise(svg, width, height, pngScale), name);
      return name;
    },
    async mapSvg(board: Board) {
      const name = fileNameFor(board.title, 'svg');
      download((await mapSvg()).svg, name, 'image/svg+xml');
      return name;
    },
  };
}
