import { useState } from 'react';
import type { Board } from '../../model/types';
import { boardFileText } from '../../schema/parseDocument';
import { itemsToCsv } from '../../io/itemsToCsv';
import { fileNameFor } from '../../io/importedBoard';
import { useActions, useStoreInstance } from '../../store/useStore';
import { Popover } from '../Popover';
import { download } from './download';
import { embeddedFontCss } from './embeddedFont';
import { rasterise } from './rasterise';
import { copyContent, serialiseSvg, snapshotSvg, svgDocument } from './snapshotSvg';
import { ExportStage, MapLayers } from './ExportStage';
import { SlideStage } from './slide/SlideStage';
import { slideHeight, slideWidth } from './slide/slideModel';

/** Images are drawn at this many times their layout's size (the slide's 1920 × 1080 becomes 3840 × 2160). */
const pngScale = 2;
/** The map image's side before scaling, CSS px. */
const mapSide = 1000;

type Stage = { readonly kind: 'map' | 'slide'; readonly date: string; readonly ready: (element: HTMLElement) => void };

/** "1 March 2026": the slide's date, in the reader's words. */
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Export: a slide (PNG, 16:9), the map as PNG or SVG, the board as JSON, the items as CSV.
 * Images are drawn off screen from the board as it is (every label in full), so they never
 * hold a selection, a hover, a focus ring or a message.
 */
export function ExportMenu() {
  const store = useStoreInstance();
  const actions = useActions();
  const [stage, setStage] = useState<Stage | null>(null);
  /** Draws the stage of `kind` off screen and waits until it is ready to copy. */
  const draw = (kind: Stage['kind']) =>
    new Promise<HTMLElement>((ready) => {
      actions.hoverZone(null);
      setStage({ kind, date: today(), ready });
    });
  const mapSvg = async () => {
    try {
      const element = await draw('map');
      const stack = element.querySelector<HTMLElement>('[data-export="map-stage"]')!;
      return snapshotSvg(stack, await embeddedFontCss(), getComputedStyle(document.documentElement).backgroundColor);
    } finally {
      setStage(null);
    }
  };
  const slideSvg = async () => {
    try {
      const element = await draw('slide');
      const out = svgDocument(slideWidth, slideHeight, await embeddedFontCss(), '#ffffff');
      out.documentElement.append(copyContent(element.querySelector('[data-export="slide"]')!, out));
      return serialiseSvg(out);
    } finally {
      setStage(null);
    }
  };
  /** Makes one file from the board as it is now and says what was saved; failures become a message. */
  const run = (kind: string, make: (board: Board) => Promise<string>) => async () => {
    try {
      const name = await make(store.getState().doc.board);
      actions.notify(`Exported ${name}.`);
    } catch (error) {
      actions.notify(`The ${kind} export failed: ${error instanceof Error ? error.message : String(error)}.`, 'error');
    }
  };
  const exports = [
    {
      label: 'Slide (PNG, 16:9)',
      run: run('slide', async (board) => {
        const svg = await slideSvg();
        const name = fileNameFor(board.title, 'slide.png');
        download(await rasterise(svg, slideWidth, slideHeight, pngScale), name);
        return name;
      }),
    },
    {
      label: 'Map (PNG)',
      run: run('PNG', async (board) => {
        const { svg, width, height } = await mapSvg();
        const name = fileNameFor(board.title, 'png');
        download(await rasterise(svg, width, height, pngScale), name);
        return name;
      }),
    },
    {
      label: 'Map (SVG)',
      run: run('SVG', async (board) => {
        const name = fileNameFor(board.title, 'svg');
        download((await mapSvg()).svg, name, 'image/svg+xml');
        return name;
      }),
    },
    {
      label: 'JSON board',
      run: run('JSON', async (board) => {
        const name = fileNameFor(board.title, 'pa-map.json');
        download(boardFileText(board), name, 'application/json');
        return name;
      }),
    },
    {
      label: 'CSV items',
      run: run('CSV', async (board) => {
        const name = fileNameFor(board.title, 'csv');
        download(itemsToCsv(board), name, 'text/csv');
        return name;
      }),
    },
  ];
  return (
    <>
    {stage && (
      <ExportStage onReady={stage.ready}>
        {stage.kind === 'slide' ? (
          <SlideStage date={stage.date} />
        ) : (
          <div className="map-stack" data-export="map-stage" style={{ width: mapSide, height: mapSide }}>
            <MapLayers side={mapSide} />
          </div>
        )}
      </ExportStage>
    )}
    <Popover label="Export" className="popover-end">
      {(close) => (
        <div className="popover-actions">
          {exports.map((entry) => (
            <button
              key={entry.label}
              type="button"
              onClick={() => {
                close();
                void entry.run();
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      )}
    </Popover>
    </>
  );
}
