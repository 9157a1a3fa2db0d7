import { describe, expect, it } from 'vitest';
import { parseItemsTable } from './parseItemsTable';
import { describeTableReading } from './describeTable';

describe('describeTableReading', () => {
  it('names the columns not read and says why rows wait in the tray', () => {
    const table = parseItemsTable('Name,Price,Notes,Notes 2,Interactivity (1-10),Need (1-10)\nA,3,n,m,2,5\nB,4,,,,\nC,5,,,,\n');
    expect(describeTableReading(table)).toEqual(['Not used: Price, Notes 2', '2 items wait in the tray to be placed (drag them onto the map), with no interactivity and need values (rows 3 and 4)']);
    expect(describeTableReading(parseItemsTable('Name,Price\nA,3\n'))).toEqual(['Not used: Price', '1 item waits in the tray to be placed (drag it onto the map), as the table has no interactivity or need column']);
  });
});
