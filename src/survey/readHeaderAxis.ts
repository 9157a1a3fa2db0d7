import type { SurveyAxis } from './surveyData';
import { headerWords, type HeaderWord } from './headerWords';
import { fillers, isQuestionId } from './surveyWords';
import { findAxisPhrases, type AxisPhrase } from './axisPhrases';
import { scaleAnchors } from './statedScale';

/** What a header says of the axes: the axis alone ("Need score"), or an item rated on an axis ("Capsule machine – need"). */
export type HeaderAxis = { readonly axis: SurveyAxis; readonly item?: string } | null;

/** Text in brackets, innermost: a bracket holding no other bracket (linear: a scan stops at the next bracket). */
const bracketed = /[([][^()[\]]*[)\]]/g;
/** What a bracket holds when it only states the scale: "1-7", "0–100", "%", "1 to 10". */
const scaleRange = /^[([]\s*(?:\d+\s*(?:-|–|—|to)\s*\d+\s*%?|%|percent)\s*[)\]]$/i;
/** A scale in brackets, taken off first: "(1-7)", "[0–100]", "(%)", or a legend ("(1 = Not at all, 7 = Extremely interactive)"). */
const withoutScale = (header: string) => header.replace(bracketed, (m) => (scaleRange.test(m) || scaleAnchors(m).length >= 2 ? ' '.repeat(m.length) : m));
/** Between a header's parts: a hyphen with a space beside it, an en or em dash, : | ? ; _ and brackets. Lookarounds, not `\s*-\s+`: that rescans a run of spaces from each of its spaces. */
const separator = /(?<=\s)-|-(?=\s)|[–—:|?;_[\]()]/g;

/** One part of a header between separators; `question` when a "?" ends it. */
interface Part {
  readonly start: number;
  readonly end: number;
  readonly words: readonly HeaderWord[];
  readonly question: boolean;
}

function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  const add = (to: number, question: boolean) => {
    const words = headerWords(text, from, to);
    const raw = text.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    if (words.length > 0) parts.push({ start, end: from + raw.trimEnd().length, words, question });
  };
  for (const match of text.matchAll(separator)) {
    add(match.index, match[0].includes('?'));
    from = match.index + match[0].length;
  }
  add(text.length, false);
  return parts;
}

const meaningful = (words: readonly HeaderWord[]) => words.filter((w) => !isQuestionId(w.word) && !fillers.has(w.word)).map((w) => w.word);

/** The axis a part names and nothing else ("Need", "Q3 need score", "x"), or null. */
function pureAxis(words: readonly HeaderWord[], phrases: readonly AxisPhrase[]): SurveyAxis | null {
  const left = meaningful(words);
  return findAxisPhrases(left, phrases).find((f) => f.start === 0 && f.end === left.length)?.axis ?? null;
}

/** The one axis a question names ("How interactive is each?"); null for none or both. A lone x or y in a sentence names nothing. */
function mentionedAxis(words: readonly HeaderWord[], phrases: readonly AxisPhrase[]): SurveyAxis | null {
  const plain = words.map((w) => w.word);
  const found = findAxisPhrases(plain, phrases).filter((f) => plain.slice(f.start, f.end).join('').length > 1);
  const axes = new Set(found.map((f) => f.axis));
  return axes.size === 1 ? found[0]!.axis : null;
}

/** The item's text: the parts' span as written, or joined with " – " when something was taken from between them. */
function itemText(text: string, rest: readonly Part[], all: readonly Part[]): string {
  const first = all.indexOf(rest[0]!);
  const consecutive = rest.every((part, k) => all[first + k] === part);
  const raw = consecutive ? text.slice(rest[0]!.start, rest.at(-1)!.end) : rest.map((part) => text.slice(part.start, part.end)).join(' – ');
  const count = (c: string) => raw.split(c).length - 1;
  const closed = raw + ')'.repeat(Math.max(0, count('(') - count(')'))) + ']'.repeat(Math.max(0, count('[') - count(']')));
  return closed.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Capsule machine need", "ideal interactivity": an item followed by the axis, with no separator. */
function trailingAxis(text: string, part: Part, phrases: readonly AxisPhrase[]): HeaderAxis {
  const words = [...part.words];
  while (words.length > 0 && (fillers.has(words.at(-1)!.word) || isQuestionId(words.at(-1)!.word))) words.pop();
  const plain = words.map((w) => w.word);
  const last = findAxisPhrases(plain, phrases).find((f) => f.end === plain.length && f.start > 0);
  if (!last) return null;
  const before = words.slice(0, last.start);
  while (before.length > 0 && isQuestionId(before[0]!.word)) before.shift();
  if (meaningful(before).length === 0) return null;
  // "Interactivity and need" names two axes, no item.
  if (findAxisPhrases(plain.slice(0, last.start), phrases).some((f) => f.axis !== last.axis && plain.slice(f.start, f.end).join('').length > 1)) return null;
  return { axis: last.axis, item: text.slice(before[0]!.start, before.at(-1)!.end) };
}

/**
 * Reads a header for an axis and an item, in any order and with any separator: "Capsule
 * machine – interactivity", "Capsule machine: need", "Capsule machine (Need)", "Need - Capsule
 * machine", "Capsule machine_need", "Q3 Need: Capsule machine", a question naming the axis
 * before the item ("How interactive is each? [Capsule machine]", "How immersive is each? –
 * Capsule machine"), "ideal interactivity". A header naming only an axis ("Need score", "x")
 * gives no item. The item is returned as written; null when no axis is named, or both.
 */
export function readHeaderAxis(header: string, phrases: readonly AxisPhrase[]): HeaderAxis {
  const text = withoutScale(header);
  const parts = partsOf(text);
  if (parts.length === 0) return null;
  const pure = parts.map((part) => pureAxis(part.words, phrases));
  if (parts.length === 1) return pure[0] !== null ? { axis: pure[0]! } : trailingAxis(text, parts[0]!, phrases);
  const axes = new Set(pure.filter((axis) => axis !== null));
  if (axes.size > 1) return null;
  const named = axes.size === 1;
  let axis: SurveyAxis | null = named ? [...axes][0]! : null;
  let taken = parts.filter((_, k) => pure[k] !== null);
  if (axis === null) {
    const question = parts.find((part) => mentionedAxis(part.words, phrases) !== null);
    if (!question) return null;
    axis = mentionedAxis(question.words, phrases)!;
    taken = [question];
  }
  // Question numbers and fillers ("Q3", "1", "score") are no item.
  let rest = parts.filter((part) => !taken.includes(part) && meaningful(part.words).length > 0);
  // Question text around the item ("Q3 - How would you rate each? - Capsule machine - Need") is not the item.
  if (rest.some((part) => !part.question)) rest = rest.filter((part) => !part.question);
  // Before the axis and after it ("Rate each product - Interactivity - Capsule machine", a Qualtrics side by side): the question, then the item.
  const axisAt = parts.indexOf(taken[0]!);
  if (named && rest.some((part) => parts.indexOf(part) < axisAt) && rest.some((part) => parts.indexOf(part) > axisAt)) rest = rest.filter((part) => parts.indexOf(part) > axisAt);
  // A question naming an axis with no item ("How interactive is it?") is no axis column.
  if (rest.length === 0) return named ? { axis } : null;
  const item = itemText(text, rest, parts);
  return /\p{L}/u.test(item) ? { axis, item } : null;
}
