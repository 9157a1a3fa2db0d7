import { useEffect, useRef, useState } from 'react';
import type { SurveyFacts, SurveyReply, SurveyRequest } from './survey.worker';
import type { SurveyReading, SurveySummary } from '../../evidence/summariseSurvey';

export type SurveyState =
  | { readonly phase: 'reading'; readonly done: number }
  | { readonly phase: 'failed'; readonly errors: readonly string[] }
  | { readonly phase: 'read'; readonly facts: SurveyFacts; readonly summary: SurveySummary | null; readonly summarising: boolean };

/**
 * A survey read in a worker of its own: progress, then the facts, then a summary for each
 * reading asked (`summarise`); only the latest reading's answer is kept. Ended with the dialog.
 */
export function useSurveyWorker(bytes: ArrayBuffer, axisWords: { x: readonly string[]; y: readonly string[] }) {
  const [state, setState] = useState<SurveyState>({ phase: 'reading', done: 0 });
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    const w = new Worker(new URL('./survey.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<SurveyReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') setState({ phase: 'reading', done: reply.done });
      else if (reply.type === 'failed') setState({ phase: 'failed', errors: reply.errors });
      else if (reply.type === 'read') setState({ phase: 'read', facts: reply.facts, summary: null, summarising: false });
      else if (reply.id === asked.current) setState((s) => (s.phase === 'read' ? { ...s, summary: reply.summary, summarising: false } : s));
    };
    w.onerror = (event) => setState({ phase: 'failed', errors: [`the reader stopped (${event.message || 'an error in the worker'})`] });
    // A copy goes to the worker: the dialog may read the file again.
    const request: SurveyRequest = { type: 'read', bytes: bytes.slice(0), axisWords };
    w.postMessage(request);
    return () => w.terminate();
    // The board's axis words as the dialog opened: a new file opens a new dialog.
  }, [bytes]);
  const summarise = (reading: SurveyReading) => {
    asked.current += 1;
    setState((s) => (s.phase === 'read' ? { ...s, summarising: true } : s));
    const request: SurveyRequest = { type: 'summarise', id: asked.current, reading };
    worker.current?.postMessage(request);
  };
  return { state, summarise };
}
