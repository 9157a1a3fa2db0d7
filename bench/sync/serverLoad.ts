import type { LoadSample } from './processSampler';

export interface ServerLoad {
  /** Mean CPU in % of one core: over the whole run, after warm-up, and the busiest second. */
  readonly cpuPercent: { readonly mean: number; readonly afterWarmup: number; readonly max: number };
  /** RSS in MB: before anyone joined, when the run started, after warm-up, at its end, and the most. */
  readonly rssMB: { readonly idle: number; readonly start: number; readonly warmup: number; readonly end: number; readonly max: number };
  /** The mean RSS of the run's last stretch minus that of the stretch right after warm-up. */
  readonly growthAfterWarmupMB: number;
  /** Growth within a tenth of the RSS after warm-up. */
  readonly flat: boolean;
  /** The whole machine's CPU over the run, in % of all its cores. */
  readonly machineCpuPercent: number;
  /** Over the run, in % of one core: the participant processes together, and everything else on the machine. */
  readonly participantsCpuPercent: number;
  readonly othersCpuPercent: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The server's load over a run from `startS` to `endS` (seconds on the sampler's clock), with
 * warm-up until `warmupS`; "idle" is the last sample before the participants joined (`joinS`). "Flat" compares stretches of up to 5 s rather than two single samples:
 * a garbage collection between two samples moves RSS by several MB either way.
 */
export function serverLoad(samples: readonly LoadSample[], { joinS, startS, warmupS, endS }: { joinS: number; startS: number; warmupS: number; endS: number }): ServerLoad {
  const idle = samples.filter((sample) => sample.s <= joinS);
  const run = samples.filter((sample) => sample.s > startS && sample.s <= endS + 0.5);
  const afterWarmup = run.filter((sample) => sample.s >= warmupS);
  if (run.length === 0 || afterWarmup.length === 0) throw new Error('the server was not sampled during the run');
  const stretch = Math.max(1, Math.min(5, Math.floor(afterWarmup.length / 3)));
  const rss = (list: readonly LoadSample[]) => mean(list.map((sample) => sample.serverRssMB));
  const warmup = rss(afterWarmup.slice(0, stretch));
  const growth = rss(afterWarmup.slice(-stretch)) - warmup;
  return {
    cpuPercent: {
      mean: mean(run.map((sample) => sample.serverCpu)),
      afterWarmup: mean(afterWarmup.map((sample) => sample.serverCpu)),
      max: Math.max(...run.map((sample) => sample.serverCpu)),
    },
    rssMB: {
      idle: idle.length > 0 ? idle[idle.length - 1]!.serverRssMB : Number.NaN,
      start: run[0]!.serverRssMB,
      warmup,
      end: run[run.length - 1]!.serverRssMB,
      max: Math.max(...run.map((sample) => sample.serverRssMB)),
    },
    growthAfterWarmupMB: growth,
    flat: growth <= 0.1 * warmup,
    machineCpuPercent: mean(run.map((sample) => sample.machineCpu)),
    participantsCpuPercent: mean(run.map((sample) => sample.participantsCpu)),
    othersCpuPercent: mean(run.map((sample) => sample.othersCpu)),
  };
}
