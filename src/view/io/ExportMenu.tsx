import type { Board } from '../../model/types';
import { toDocument } from '../../schema/parseDocument';
import { itemsToCsv } from '../../io/itemsToCsv';
import { fileNameFor } from '../../io/importedBoard';
import { useActions, useStoreInstance } from '../../store/useStore';
import { Popover } from '../Popover';
import { download } from './download';
import { embeddedFontCss } from './embeddedFont';
import { rasterise } from './rasterise';
import { snapshotSvg } from './snapshotSvg';

/** PNG for slides is this many times the map's CSS size. */
const pngScale = 2;

async function mapSvg() {
  const stack = document.querySelector<HTMLElement>('[data-export="map"]');
  if (!stack) throw new Error('the map is not on screen');
  const background = getComputedStyle(document.documentElement).backgroundColor;
  return snapshotSvg(stack, await embeddedFontCss(), background);
}

/** Export: the map as PNG or SVG (what the screen shows), the board as JSON, the items as CSV. */
export function ExportMenu() {
  const store = useStoreInstance();
  const actions = useActions();
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
      label: 'PNG image',
      run: run('PNG', async (board) => {
        const { svg, width, height } = await mapSvg();
        const name = fileNameFor(board.title, 'png');
        download(await rasterise(svg, width, height, pngScale), name);
        return name;
      }),
    },
    {
      label: 'SVG image',
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
        download(`${JSON.stringify(toDocument(board), null, 2)}\n`, name, 'application/json');
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
  );
}
