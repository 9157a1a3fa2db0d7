import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { now } from './clock';
import { Samples } from './Samples';
import { joinRoom, type Recorder, type SimulatedParticipant } from './participant';
import { ticker, type Ticker } from './ticker';
import type { FromGroup, GroupResult, ProcessLoad, RunPlan, ToGroup } from './messages';

/**
 * A process of simulated participants, driven by the sync bench over IPC (`messages.ts`).
 * The bench splits the room over a few of these: one Node process for 30 people and their
 * fan-out (each receives everyone's 30 Hz drags) would measure its own queue, not the server.
 */
const recorder: Recorder = { window: null, drops: new Samples(), drags: new Samples() };
let participants: SimulatedParticipant[] = [];

const send = (message: FromGroup) => process.send!(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

process.on('message', (message: ToGroup) => {
  handle(message).catch((error: Error) => send({ type: 'failed', message: error.stack ?? error.message }));
});
// The bench is gone (finished or killed): so is this process.
process.on('disconnect', () => process.exit(0));

async function handle(message: ToGroup): Promise<void> {
  switch (message.type) {
    case 'join': {
      const { wsUrl, room, token, everyone } = message;
      participants = message.participants.map((seat) => joinRoom({ wsUrl, room, token, seat, recorder }));
      await Promise.all(participants.map((participant) => participant.synced));
      while (!participants.every((participant) => participant.peopleHere() >= everyone)) await sleep(20);
      send({ type: 'ready' });
      return;
    }
    case 'run':
      send({ type: 'result', result: await run(message.plan) });
      return;
    case 'leave':
      participants.forEach((participant) => participant.destroy());
      send({ type: 'left' });
      return;
  }
}

async function run(plan: RunPlan): Promise<GroupResult> {
  const endAt = plan.startAt + plan.durationMs;
  recorder.window = { start: plan.startAt, end: endAt };
  const lastDrops: Record<string, number> = {};
  const dragMs = 1000 / plan.dragsPerSecond;
  const dropMs = 1000 / plan.dropsPerSecond;
  await sleep(plan.startAt - now());

  const load = measureLoad();
  const drags: Ticker[] = [];
  const drops: Ticker[] = [];
  for (const participant of participants) {
    // Each person moves in their own circle, 4 s a turn, starting at their own moment.
    const phase = 2 * Math.PI * Math.random();
    const x = (at: number) => 0.5 + 0.4 * Math.sin(phase + (2 * Math.PI * (at - plan.startAt)) / 4000);
    const y = (at: number) => 0.5 + 0.4 * Math.cos(phase + (2 * Math.PI * (at - plan.startAt)) / 4000);
    drags.push(ticker(plan.startAt, endAt, dragMs, Math.random() * dragMs, (at) => participant.drag(x(at), y(at), at)));
    drops.push(ticker(plan.startAt, endAt, dropMs, Math.random() * dropMs, (at) => (lastDrops[participant.seat.itemId] = participant.drop(x(at), at))));
  }
  await sleep(endAt - now());
  const processLoad = load.stop(participants.length);
  [...drags, ...drops].forEach((tick) => tick.stop());
  await sleep(plan.graceMs);
  recorder.window = null;

  const sum = (tickers: Ticker[], key: 'ticks' | 'skipped') => tickers.reduce((total, tick) => total + tick[key], 0);
  return {
    drops: { sent: sum(drops, 'ticks'), skipped: sum(drops, 'skipped'), samples: recorder.drops.take() },
    drags: { sent: sum(drags, 'ticks'), skipped: sum(drags, 'skipped'), samples: recorder.drags.take() },
    lastDrops,
    process: processLoad,
  };
}

/** This process's CPU, event-loop utilization and timer lateness from now until `stop`. */
function measureLoad(): { stop(participants: number): ProcessLoad } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const eluStart = performance.eventLoopUtilization();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return {
    stop(count) {
      delay.disable();
      const cpu = process.cpuUsage(cpuStart);
      const wallMs = performance.now() - wallStart;
      return {
        participants: count,
        cpuPercent: (100 * (cpu.user + cpu.system)) / 1000 / wallMs,
        eventLoopUtilization: performance.eventLoopUtilization(eluStart).utilization,
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        loopDelayMaxMs: delay.max / 1e6,
      };
    },
  };
}
