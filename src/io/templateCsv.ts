import { csvFormatRows } from 'd3-dsv';
import { columns } from './columns';

/**
 * A table to fill in: the columns the import reads, with three example rows. Positions in
 * percent (0 = passive / essential, 100 = immersive / aspirational); a 1–5, 1–7 or 1–10
 * rating works as well.
 */
export function templateCsv(): string {
  return `${csvFormatRows([
    [...columns],
    ['Instant coffee', 'product', '10', '15', '3', '', 'Market presence as weight (1 = typical)'],
    ['Pour-over kit', 'product', '60', '35', '1', '', ''],
    ['Remote workers', 'persona', '55', '50', '2', '15', 'Reach in % of the map’s width'],
  ])}\n`;
}
