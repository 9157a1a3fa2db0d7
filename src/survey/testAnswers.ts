import type { SurveyData } from './surveyData';
import { axisNames } from './axisNames';

/** Every answer as "respondent · wave · item · axis = value" ("ideal" for the ideal), sorted: a layout-free view for comparing. */
export function testAnswers(data: SurveyData): string[] {
  const { answers, units, items, waves } = data;
  const lines: string[] = [];
  for (let k = 0; k < answers.count; k++) {
    const unit = units[answers.unit[k]!]!;
    const item = answers.item[k]! < 0 ? 'ideal' : items[answers.item[k]!]!;
    const wave = waves[unit.wave]!;
    lines.push(`${unit.respondent}${wave === '' ? '' : ` · ${wave}`} · ${item} · ${axisNames[answers.axis[k]!]} = ${answers.value[k]}`);
  }
  return lines.sort();
}
