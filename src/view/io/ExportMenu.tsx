import { useState } from 'react';
import type { Board } from '../../model/types';
import { boardFileText } from '../../schema/parseDocument';
import { itemsToCsv } from '../../io/itemsToCsv';
import { fileNameFor } from '../../io/importedBoard';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import { Popover } from '../Popover';
import { download } from './download';

type ImageExport = typeof import('./imageExport');

type Stage = { readonly kind: 'map' | 'slide'; readonly date: string; readonly parts: ImageExport; readonly ready: (element: HTMLElement) => void };

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
  // Images show the whole map unless asked for the view on screen (zoomed in).
  const view = useApp((s) => s.session.view);
  const [asOnScreen, setAsOnScreen] = useState(false);
  const zoomed = view.zoom > 1;
  /** The image exports, loaded on first use, drawing their stage off screen here. */
  const images = async () => {
    const parts = await import('./imageExport');
    const draw = (kind: Stage['kind']) =>
      new Promise<HTMLElement>((ready) => {
        actions.hoverZone(null);
        setStage({ kind, date: today(), parts, ready });
      });
    return parts.imageExports(draw, () => setStage(null));
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
      run: run('slide', async (board) => (await images()).slidePng(board)),
    },
    {
      label: 'Map (PNG)',
      run: run('PNG', async (board) => (await images()).mapPng(board)),
    },
    {
      label: 'Map (SVG)',
      run: run('SVG', async (board) => (await images()).mapSvg(board)),
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
      <stage.parts.ExportStage onReady={stage.ready}>
        {stage.kind === 'slide' ? (
          <stage.parts.SlideStage date={stage.date} />
        ) : (
          <div className="map-stack" data-export="map-stage" style={{ width: stage.parts.mapSide, height: stage.parts.mapSide }}>
            <stage.parts.MapLayers side={stage.parts.mapSide} view={zoomed && asOnScreen ? view : undefined} />
          </div>
        )}
      </stage.parts.ExportStage>
    )}
    <Popover label="Export" className="popover-end">
      {(close) => (
        <div className="popover-actions">
          {zoomed && (
            <label className="export-view">
              <input type="checkbox" checked={asOnScreen} onChange={(event) => setAsOnScreen(event.target.checked)} /> Map images as on screen ({Math.round(view.zoom * 100)} %), not the whole map
            </label>
          )}
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
