import { useApp } from '../../store/useStore';
import { templateCsv } from '../../io/templateCsv';
import { download } from './download';
import './guides.css';

/** An empty board says how to fill it: Quick add, a paste from a spreadsheet, or a CSV; with a template to start from. */
export function EmptyBoardGuide() {
  const empty = useApp((s) => s.doc.board.items.length === 0);
  if (!empty) return null;
  return (
    <section className="empty-guide" aria-labelledby="empty-guide-heading">
      <h2 id="empty-guide-heading">This board is empty. Fill it in one of three ways:</h2>
      <ol>
        <li><strong>Type names in Quick add</strong> (top left) and press Enter after each; switch to <em>Persona</em> for persona groups.</li>
        <li>
          <strong>Paste rows from a spreadsheet</strong> (Ctrl+V or ⌘V on the map). Columns it understands, in any order: <code>label</code>,{' '}
          <code>kind</code> (product / persona), <code>interactivity</code> and <code>need</code> (0–1, %, or a 1–5, 1–7, 1–10 rating), <code>weight</code>,{' '}
          <code>reach</code>, <code>notes</code>. One name per line works too; those wait in a tray to be placed.
        </li>
        <li><strong>Import a CSV file</strong> with the same columns (Import, or drop the file on the window).</li>
      </ol>
      <button type="button" onClick={() => download(templateCsv(), 'pa-map-template.csv', 'text/csv')}>Download a template CSV</button>
    </section>
  );
}
