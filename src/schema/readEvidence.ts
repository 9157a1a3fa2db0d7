import type { Evidence, EvidenceCell } from '../model/types';
import { limits, ranges } from '../model/rules';
import type { Validator } from './Validator';
import { readId, readPoint } from './readPoint';

const fields = {
  evidence: ['id', 'itemId', 'source', 'measure', 'study', 'cells', 'createdAt'],
  cell: ['wave', 'segment', 'n', 'share', 'mean', 'cov', 'boot', 'points', 'names'],
} as const;

const sources = ['survey', 'round'] as const;
const measures = ['rating', 'ideal'] as const;

/**
 * One evidence record, checked as itself: the one validator of the evidence record, used by
 * every reader (files, stored boards, the shared document, the sync server's check) and by
 * the commands. Each cell's wave and segment appear once; its covariance is a covariance.
 */
export function readEvidence(v: Validator, value: unknown, path: string): Evidence {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.evidence);
  const cells = (v.array(o.cells, `${path}.cells`, limits.evidenceCells) ?? []).map((cell, i) => readCell(v, cell, `${path}.cells[${i}]`));
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    const key = JSON.stringify([cell.wave, cell.segment]);
    if (seen.has(key)) v.fail(`${path}.cells[${i}]`, `wave "${cell.wave}" and segment "${cell.segment}" appear twice`);
    seen.add(key);
  });
  return {
    id: readId(v, o.id, `${path}.id`),
    itemId: readId(v, o.itemId, `${path}.itemId`),
    source: v.oneOf(o.source, `${path}.source`, sources),
    measure: v.oneOf(o.measure, `${path}.measure`, measures),
    study: v.string(o.study, `${path}.study`, limits.label),
    cells,
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}

function readCell(v: Validator, value: unknown, path: string): EvidenceCell {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.cell);
  const cov = v.array(o.cov, `${path}.cov`, 3) ?? [];
  if (cov.length !== 3) v.fail(`${path}.cov`, 'expected [var x, cov xy, var y]');
  const xx = v.number(cov[0], `${path}.cov[0]`, ranges.variance);
  const xy = v.number(cov[1], `${path}.cov[1]`, ranges.covariance);
  const yy = v.number(cov[2], `${path}.cov[2]`, ranges.variance);
  if (xy * xy > xx * yy * (1 + 1e-9) + 1e-12) v.fail(`${path}.cov`, 'is not a covariance (cov xy² > var x · var y)');
  const points = readPairs(v, o.points, `${path}.points`);
  // Absent: anonymous (nothing written before names existed).
  const names = o.names === undefined ? [] : (v.array(o.names, `${path}.names`, limits.evidencePoints) ?? []).map((name, i) => v.string(name, `${path}.names[${i}]`, limits.author));
  if (names.length > 0 && names.length * 2 !== points.length) v.fail(`${path}.names`, 'expected one name per placement, or none');
  return {
    wave: v.string(o.wave, `${path}.wave`, limits.label),
    segment: v.string(o.segment, `${path}.segment`, limits.label),
    n: v.number(o.n, `${path}.n`, { min: 0, max: limits.respondents, integer: true }),
    share: v.number(o.share, `${path}.share`, ranges.share),
    mean: readPoint(v, o.mean, `${path}.mean`),
    cov: [xx, xy, yy],
    boot: readPairs(v, o.boot, `${path}.boot`),
    points,
    names,
  };
}

/** x0, y0, x1, y1, …: an even list of positions in [0, 1]. */
function readPairs(v: Validator, value: unknown, path: string): number[] {
  const list = v.array(value, path, 2 * limits.evidencePoints) ?? [];
  if (list.length % 2 !== 0) v.fail(path, 'expected x, y pairs');
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (typeof n === 'number' && n >= 0 && n <= 1) out[i] = n === 0 ? 0 : n;
    else {
      out[i] = 0;
      v.fail(`${path}[${i}]`, 'expected a position from 0 to 1');
    }
  }
  return out;
}
