import type { EvidenceCell, MapUnit } from '../model/types';
import type { SurveyData, SurveyProblem } from '../survey/readSurvey';
import { scaleName, type PositionScale } from '../io/positionScale';
import { meanCovariance } from './covariance';
import { bootstrapMeans, type Paired } from './bootstrapMeans';
import { offScale, pairRatings } from './pairRatings';

/** How the user reads a survey: each axis's scale and direction, and the wave of a file without a wave column. */
export interface SurveyReading {
  readonly scales: readonly [PositionScale, PositionScale];
  readonly reversed: readonly [boolean, boolean];
  readonly wave: string;
  readonly seed?: number;
}

/** An item rated, or a segment's ideal, with its evidence by wave and segment. */
export interface MeasuredThing {
  readonly name: string;
  readonly measure: 'rating' | 'ideal';
  readonly cells: readonly EvidenceCell[];
}

export interface SurveySummary {
  readonly respondents: number;
  /** Ratings that count: both axes given, on their scales. */
  readonly ratings: number;
  readonly things: readonly MeasuredThing[];
  readonly waves: readonly string[];
  readonly segments: readonly string[];
  /** What was left out, the reader's and this step's, first 20 in row order, and how many in all. */
  readonly problems: readonly SurveyProblem[];
  readonly problemCount: number;
}

const shownProblems = 20;

/** Problems met in row order: the first `shownProblems` kept, all counted (a wrong scale can leave out a million ratings). */
function firstProblems() {
  const list: SurveyProblem[] = [];
  let count = 0;
  return {
    list,
    add(row: number, reason: string) {
      if (count++ < shownProblems) list.push({ row, reason });
    },
    count: () => count,
  };
}

/**
 * A survey's summary as evidence: each rated item's ratings on the map (a value v on its
 * scale lands at (v − lo)/(hi − lo), mirrored on a reversed axis), paired per respondent,
 * with n, mean, sample covariance and share per wave and segment, and 200 bootstrap means
 * per wave over respondents (everyone); each segment's ideals likewise. A rating off the chosen
 * scale is left out and listed (its pair with it), and so is one without its other axis.
 */
export function summariseSurvey(data: SurveyData, reading: SurveyReading): SurveySummary {
  // Answers come in row order, and so do pairs (by their first answer): each pass keeps its own first problems.
  const offScaleProblems = firstProblems();
  const unpairedProblems = firstProblems();
  const waveNames = data.waves.map((wave) => wave || reading.wave.trim());
  const things = data.items.length + 1;
  const { x: px, y: py, unit: pUnit, thing: pThing, row: pRow } = pairRatings(data, reading, offScaleProblems.add);
  // Pairs by wave and thing: everyone (segment −1) and each segment.
  const groups = new Map<string, { wave: number; thing: number; segment: number; index: number[] }>();
  const group = (wave: number, thing: number, segment: number) => {
    const key = `${wave}|${thing}|${segment}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { wave, thing, segment, index: [] }));
    return g;
  };
  let ratings = 0;
  for (let p = 0; p < px.length; p++) {
    const thing = pThing[p]!;
    const name = thing < 0 ? 'the ideal' : data.items[thing]!;
    // A pair with a rating off its scale is left out: that rating is listed already.
    if (px[p] === offScale || py[p] === offScale) continue;
    if (Number.isNaN(px[p]!) || Number.isNaN(py[p]!)) {
      unpairedProblems.add(pRow[p]!, `${name} has ${Number.isNaN(px[p]!) ? 'a need' : 'an interactivity'} rating but no ${Number.isNaN(px[p]!) ? 'interactivity' : 'need'} rating`);
      continue;
    }
    ratings += 2;
    const unit = data.units[pUnit[p]!]!;
    if (thing >= 0) {
      group(unit.wave, thing, -1).index.push(p);
      if (unit.segment >= 0) group(unit.wave, thing, unit.segment).index.push(p);
    } else {
      // An ideal belongs to its segment's persona group (or to everyone's, with no segments).
      group(unit.wave, -1, unit.segment).index.push(p);
    }
  }
  const unitsInWave = new Array<number>(data.waves.length).fill(0);
  for (const unit of data.units) unitsInWave[unit.wave]!++;
  // Bootstrap per wave: every resampled thing of the wave from one draw of its respondents.
  const boots = new Map<string, number[]>();
  data.waves.forEach((_, wave) => {
    const local = new Map<number, number>();
    data.units.forEach((unit, u) => unit.wave === wave && local.set(u, local.size));
    const keys: string[] = [];
    const paired: Paired[] = [];
    for (const [key, g] of groups) {
      if (g.wave !== wave || (g.thing >= 0 && g.segment >= 0)) continue;
      keys.push(key);
      paired.push({ unit: Int32Array.from(g.index, (p) => local.get(pUnit[p]!)!), x: Float64Array.from(g.index, (p) => px[p]!), y: Float64Array.from(g.index, (p) => py[p]!) });
    }
    bootstrapMeans(local.size, paired, (reading.seed ?? 1) + wave).forEach((boot, i) => boots.set(keys[i]!, boot));
  });
  const cellsOf = new Map<string, { name: string; measure: 'rating' | 'ideal'; order: number; cells: EvidenceCell[] }>();
  for (const [key, g] of groups) {
    const measure = g.thing >= 0 ? 'rating' : 'ideal';
    const name = g.thing >= 0 ? data.items[g.thing]! : g.segment >= 0 ? data.segments[g.segment]! : data.segments.length > 0 ? 'No segment' : 'Respondents’ ideal';
    const id = `${measure}|${name}`;
    let entry = cellsOf.get(id);
    if (!entry) cellsOf.set(id, (entry = { name, measure, order: g.thing >= 0 ? g.thing : things + g.segment, cells: [] }));
    const { n, x, y, cov } = meanCovariance(g.index.map((p) => px[p]!), g.index.map((p) => py[p]!));
    entry.cells.push({
      wave: waveNames[g.wave]!,
      segment: g.thing >= 0 && g.segment >= 0 ? data.segments[g.segment]! : '',
      n,
      share: unitsInWave[g.wave]! > 0 ? Math.min(1, n / unitsInWave[g.wave]!) : 0,
      mean: { x: clampUnit(x), y: clampUnit(y) },
      cov,
      boot: boots.get(key) ?? [],
      points: [],
      names: [],
    });
  }
  const measured = [...cellsOf.values()].sort((a, b) => a.order - b.order).map(({ name, measure, cells }) => ({ name, measure, cells }));
  const problems = [...data.problems, ...offScaleProblems.list, ...unpairedProblems.list].sort((a, b) => a.row - b.row);
  return {
    respondents: data.units.length,
    ratings,
    things: measured,
    waves: [...new Set(waveNames)],
    segments: data.segments,
    problems: problems.slice(0, shownProblems),
    problemCount: data.problemCount + offScaleProblems.count() + unpairedProblems.count(),
  };
}

const clampUnit = (v: number) => Math.min(1, Math.max(0, v)) as MapUnit;

/** "1–7, reversed": how an axis was read, for the summary. */
export const describeReading = (scale: PositionScale, reversed: boolean) => `${scaleName(scale)}${reversed ? ', reversed' : ''}`;
