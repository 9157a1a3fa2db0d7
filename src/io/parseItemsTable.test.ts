import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseItemsTable } from './parseItemsTable';
import { itemsToCsv } from './itemsToCsv';
import { matchColumn, readHeader } from './columns';
import { isConcept } from '../model/concept';
import { describeTableChanges } from './describeTable';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import { testBoard } from '../model/testBoard';

const positions = (text: string) => parseItemsTable(text).items.map((item) => item.position && [item.position.x, item.position.y]);

describe('matchColumn', () => {
  it('tolerates case, spacing, units and common synonyms', () => {
    expect(matchColumn(' Name ')).toBe('label');
    expect(matchColumn('X')).toBe('interactivity');
    expect(matchColumn('Need (%)')).toBe('need');
    expect(matchColumn('Market share')).toBe('weight');
    expect(matchColumn('Type')).toBe('kind');
    expect(matchColumn('Comments')).toBe('notes');
    expect(matchColumn('price')).toBeUndefined();
  });
});

describe('readHeader', () => {
  it('reads a scale or unit in a header, and the words of four languages', () => {
    expect(readHeader('Interactivity (1-10)')).toEqual({ column: 'interactivity', scale: '1-10' });
    expect(readHeader('Need 1–7')).toEqual({ column: 'need', scale: '1-7' });
    expect(readHeader('Interactivity %')).toEqual({ column: 'interactivity', scale: 'percent' });
    expect(readHeader('need score')).toEqual({ column: 'need' });
    expect(readHeader('Bedürfnis (1-5)')).toEqual({ column: 'need', scale: '1-5' });
    expect(readHeader('Interactivité')).toEqual({ column: 'interactivity' });
    expect(readHeader('Necesidad 0-10')).toEqual({ column: 'need', scale: '0-10' });
    expect(readHeader('Produit')).toEqual({ column: 'label' });
    expect(readHeader('Marktanteil')).toEqual({ column: 'weight' });
    expect(readHeader('Notes 2')).toEqual({});
  });
});

describe('parseItemsTable', () => {
  it('reads "Interactivity (1-10)" and "Need (1-10)" as a 1–10 scale, whatever the values', () => {
    //  Values within 1–5 alone would read as 1–5; the headers say 1–10.
    const table = parseItemsTable('Name\tInteractivity (1-10)\tNeed (1-10)\nA\t1\t5.5\nB\t4\t2.8\n');
    expect(table.positionScale).toBe('1-10');
    expect(table.items.map((item) => item.position && [item.position.x, item.position.y])).toEqual([[0, 0.5], [expect.closeTo(1 / 3, 12), expect.closeTo(0.2, 12)]]);
    expect(table.waiting).toEqual([]);
  });

  it('reads German, French and Spanish headers', () => {
    expect(positions('Produkt;Interaktivität;Bedürfnis\nA;20;80\n')).toEqual([[0.2, 0.8]]);
    expect(positions('Nom,Interactivité,Besoin\nA,0.3,0.6\n')).toEqual([[0.3, 0.6]]);
    expect(positions('Nombre,Interactividad,Necesidad\nA,0.4,0.1\n')).toEqual([[0.4, 0.1]]);
  });

  it('names the columns it did not read, and a column assigned by hand is read', () => {
    const text = 'Name,Price,Interactivity,Need\nA,3,0.2,0.4\nB,2,0.5,0.5\n';
    const table = parseItemsTable(text);
    expect(table.unused).toEqual([{ index: 1, header: 'Price' }]);
    const assigned = parseItemsTable(text, undefined, { assign: { 1: 'weight' } });
    expect(assigned.unused).toEqual([]);
    expect(assigned.items.map((item) => item.weight)).toEqual([3, 2]);
    // Assigned away from what it names, a column is not read.
    expect(parseItemsTable(text, undefined, { assign: { 2: null } }).unused.map((c) => c.header)).toEqual(['Price', 'Interactivity']);
  });

  it('"concept" in the kind column makes a concept, and the CSV export writes it back so', () => {
    const table = parseItemsTable('label,kind,x,y\nDesk espresso dock,Concept,0.5,0.6\nKettle,product,0.1,0.1\n');
    expect(table.items.map((item) => [item.label, isConcept(item)])).toEqual([['Desk espresso dock', true], ['Kettle', false]]);
    const board = { ...testBoard(), items: table.items };
    expect(parseItemsTable(itemsToCsv(board)).items.map(isConcept)).toEqual([true, false]);
  });

  it('a scale named in one header is not forced on the other column when its numbers are no ratings', () => {
    expect(positions('Name,Interactivity (1-10),Need\nA,3,0.8\nB,7,0.2\n')).toEqual([[2 / 9, 0.8], [6 / 9, 0.2]]);
  });

  it('a header row in words it does not know is still a header: its first column is read as names, the rest named as not used', () => {
    const table = parseItemsTable('Produktname\tInter\tBed\nEspresso\t3\t8\nLatte\t5\t2\n');
    expect(table.items.map((item) => item.label)).toEqual(['Espresso', 'Latte']);
    expect(table.unused.map((c) => c.header)).toEqual(['Inter', 'Bed']);
  });

  it('a table with no header says which columns it did not read', () => {
    const table = parseItemsTable('Espresso\t3\t8\nLatte\t5\t2\n');
    expect(table.hasHeader).toBe(false);
    expect(table.items.map((item) => item.label)).toEqual(['Espresso', 'Latte']);
    expect(table.unreadColumns).toBe(2);
  });

  it('a second column of one kind is not read, and is named', () => {
    expect(parseItemsTable('Name,Notes,Comments\nA,x,y\n').unused).toEqual([{ index: 2, header: 'Comments' }]);
  });


  it('reads a CSV by its headers, in any order, with no kind column meaning products', () => {
    const table = parseItemsTable('Need,Name,Interactivity\n0.2,Kettle,0.1\n0.9,Espresso bar,0.8\n');
    expect(table.problems).toEqual([]);
    expect(table.items.map((item) => [item.label, item.kind])).toEqual([['Kettle', 'product'], ['Espresso bar', 'product']]);
    expect(positions('Need,Name,Interactivity\n0.2,Kettle,0.1\n')).toEqual([[0.1, 0.2]]);
  });

  it('reads a column as 0–100 % when any value is over 1 or carries a % sign, else as 0–1', () => {
    expect(positions('label,x,y\nA,50,0.5\nB,100,1')).toEqual([[0.5, 0.5], [1, 1]]);
    expect(positions('label,x,y\nA,0.5,40%\nB,1,1')).toEqual([[0.5, 0.4], [1, 0.01]]);
    expect(positions('label,x,y\nA,0.5,0.25')).toEqual([[0.5, 0.25]]);
  });

  it('reads a spreadsheet paste (tabs) with kinds, weights, reach and notes', () => {
    const table = parseItemsTable('Label\tKind\tX\tY\tWeight\tReach\tNotes\nHome baristas\tPersona\t70\t80\t2\t20\tlove latte art\n');
    const [item] = table.items;
    expect(item).toMatchObject({ label: 'Home baristas', kind: 'persona', weight: 2, reach: 0.2, notes: 'love latte art' });
    expect(item!.position).toEqual({ x: 0.7, y: 0.8 });
  });

  it('sends rows without a position to the tray', () => {
    const table = parseItemsTable('name,x,y\nPlaced,0.1,0.2\nWaiting,,\n');
    expect(table.items.map((item) => item.position === null)).toEqual([false, true]);
  });

  it('lists bad rows by row number and reason, and still reads the good ones', () => {
    const table = parseItemsTable('label,kind,x,y\nGood,product,0.1,0.2\n,product,0.1,0.1\nRobot,robot,0.1,0.1\nNaN,product,abc,0.5\nHalf,product,0.5,\nAlso good,persona,0.3,0.3\n');
    expect(table.items.map((item) => item.label)).toEqual(['Good', 'Also good']);
    expect(table.problems).toEqual([
      { row: 3, reason: 'no label' },
      { row: 4, reason: 'kind "robot" is neither product, persona nor concept' },
      { row: 5, reason: 'interactivity "abc" is not a number' },
      { row: 6, reason: 'has an interactivity but no need' },
    ]);
  });

  it('refuses positions outside the map', () => {
    const table = parseItemsTable('label,x,y\nFar,140,50\nNegative,-5,50\n');
    expect(table.items).toEqual([]);
    expect(table.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(table.problems[0]!.reason).toBe('interactivity 140 is outside 0–100 %');
  });

  it('reads a paste without a header as one label per line, all to place', () => {
    const table = parseItemsTable('Moka pot\nFrench press\n\n  Aeropress  \n');
    expect(table.hasHeader).toBe(false);
    expect(table.items.map((item) => [item.label, item.position])).toEqual([['Moka pot', null], ['French press', null], ['Aeropress', null]]);
  });

  it('needs a label column when it has a header', () => {
    const table = parseItemsTable('x,y\n0.1,0.2\n');
    expect(table.items).toEqual([]);
    expect(table.problems[0]!.reason).toMatch(/no label column/);
  });

  it('takes header-like keys as plain text (no prototype pollution)', () => {
    const table = parseItemsTable('label,__proto__,constructor\nA,{"x":1},y\n');
    expect(table.items.map((item) => item.label)).toEqual(['A']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('takes kind words from its own list only, never from a prototype', () => {
    const table = parseItemsTable('label,kind,x,y\nPoison,constructor,0.5,0.5\nProto,__proto__,0.5,0.5\nString,toString,0.5,0.5\nGood,Persona group,0.5,0.5\n');
    expect(table.items.map((item) => [item.label, item.kind])).toEqual([['Good', 'persona']]);
    expect(table.problems.map((p) => p.reason)).toEqual([
      'kind "constructor" is neither product, persona nor concept',
      'kind "__proto__" is neither product, persona nor concept',
      'kind "toString" is neither product, persona nor concept',
    ]);
  });

  it('removes control characters from labels and notes and says how many, in which rows', () => {
    const table = parseItemsTable('label,notes\nA\u0000B\u0007,ok\nPlain,n\u0001\ud800\n"Multi\nline",x\n');
    expect(table.items.map((item) => [item.label, item.notes])).toEqual([['AB', 'ok'], ['Plain', 'n'], ['Multi line', 'x']]);
    expect(table.changes).toEqual([{ row: 2, removed: 2, cutFrom: null }, { row: 3, removed: 2, cutFrom: null }]);
    expect(describeTableChanges(table)).toEqual(['4 control characters were removed (rows 2 and 3)']);
  });

  it('cuts a label over the limit and says so', () => {
    const table = parseItemsTable(`${'x'.repeat(250)}\nShort\n`);
    expect(table.items[0]!.label).toHaveLength(200);
    expect(describeTableChanges(table)).toEqual(['a label was cut to the limit of 200 characters (row 1)']);
  });

  it('stops at the room left on the board and says so', () => {
    const table = parseItemsTable('label\nA\nB\nC\n', 2);
    expect(table.items).toHaveLength(2);
    expect(table.leftOut).toBe(1);
    expect(parseItemsTable('label,x,y\nA,1,1\nB,1,1\nC,1,1\nD,1,1\n', 1).leftOut).toBe(3);
  });
});

describe('itemsToCsv', () => {
  it('is read back by the import as the same items (ids and colours aside)', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const table = parseItemsTable(itemsToCsv(board));
        expect(table.problems).toEqual([]);
        const fields = (items: typeof board.items) =>
          items.map(({ label, kind, position, weight, reach, notes }) => ({ label, kind, position, weight, reach, notes }));
        expect(fields(table.items)).toEqual(fields(board.items));
      }),
      { numRuns: 500 },
    );
  });

  it('guards spreadsheet formulas in labels and notes, and writes the headers the import reads', () => {
    const board = testBoard();
    const formula = { ...board, items: [{ ...board.items[0]!, label: '=HYPERLINK("http://x")', notes: '@cmd' }] };
    expect(itemsToCsv(formula)).toBe('label,kind,interactivity,need,weight,reach,notes\n"\'=HYPERLINK(""http://x"")",product,0.2,0.3,1,,\'@cmd\n');
  });

  it('reads survey scores on a 1–10 scale as such: 1 at the left or bottom edge, 10 at the right or top', () => {
    const table = parseItemsTable('name,interactivity,need\nKettle,1,10\nGrinder,5.5,3\nScale,8,7\n');
    expect(table.positionScale).toBe('1-10');
    expect(table.items.map((item) => item.position)).toEqual([{ x: 0, y: 1 }, { x: 0.5, y: 2 / 9 }, { x: 7 / 9, y: 6 / 9 }]);
  });

  it('reads both position columns on one rating scale, 0–10 when a score is 0', () => {
    expect(parseItemsTable('name,x,y\nA,2,4\nB,3,5\n').positionScale).toBe('1-5');
    expect(parseItemsTable('name,x,y\nA,0,4\nB,3,7\n').positionScale).toBe('0-10');
    expect(parseItemsTable('name,x,y\nA,0.2,0.4\n').positionScale).toBe('0-1');
    expect(parseItemsTable('name,x,y\nA,20,40\n').positionScale).toBe('percent');
  });

  it('re-reads the values on the scale the user picks, and lists values off that scale as bad rows', () => {
    const text = 'name,x,y\nA,2,4\nB,3,5\nC,6,9\n';
    expect(parseItemsTable(text, undefined, { scale: 'percent' }).items.map((item) => item.position)).toEqual([{ x: 0.02, y: 0.04 }, { x: 0.03, y: 0.05 }, { x: 0.06, y: 0.09 }]);
    const five = parseItemsTable(text, undefined, { scale: '1-5' });
    expect(five.items).toHaveLength(2);
    expect(five.problems).toEqual([{ row: 4, reason: 'interactivity 6 is outside 1–5; need 9 is outside 1–5' }]);
  });
});
