/// <reference lib="webworker" />
import { decodeText } from '../../io/decodeText';
import { readSurvey, type SurveyData } from '../../survey/readSurvey';
import { summariseSurvey, type SurveyReading, type SurveySummary } from '../../evidence/summariseSurvey';

/** What the dialog learns from reading a file: everything but the answers, which stay here. */
export type SurveyFacts = Omit<SurveyData, 'answers' | 'units'> & { readonly respondents: number; readonly ratingsRead: number };

export type SurveyRequest =
  | { readonly type: 'read'; readonly bytes: ArrayBuffer; readonly axisWords: { readonly x: readonly string[]; readonly y: readonly string[] } }
  | { readonly type: 'summarise'; readonly id: number; readonly reading: SurveyReading };

export type SurveyReply =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'failed'; readonly errors: readonly string[] }
  | { readonly type: 'read'; readonly facts: SurveyFacts }
  | { readonly type: 'summary'; readonly id: number; readonly summary: SurveySummary };

/**
 * Reads a survey off the page's thread (a 50 MB file takes seconds) and keeps its answers
 * here: the page gets the facts, then a summary per reading (scales, direction, wave) asked.
 */
let data: SurveyData | null = null;
const post = (reply: SurveyReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<SurveyRequest>) => {
  const request = event.data;
  if (request.type === 'read') {
    const decoded = decodeText(new Uint8Array(request.bytes));
    if (!decoded.ok) return post({ type: 'failed', errors: [`the file is ${decoded.reason}`] });
    const read = readSurvey(decoded.text, { axisWords: request.axisWords, onProgress: (done) => post({ type: 'progress', done }) });
    if (!read.ok) return post({ type: 'failed', errors: read.errors });
    data = read.data;
    const { answers, units, ...facts } = data;
    return post({ type: 'read', facts: { ...facts, respondents: units.length, ratingsRead: answers.count } });
  }
  if (data) post({ type: 'summary', id: request.id, summary: summariseSurvey(data, request.reading) });
};
