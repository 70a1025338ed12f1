import type { ServiceBuildResult } from '../transform/index.ts';

/**
 * What a configured model answered during a build, in lines for the terminal. Its answers were
 * written to examples.json, so a person must be told they are there, and that they are the
 * model's word, not theirs.
 */
export function modelAnswerLines(answers: ServiceBuildResult['modelAnswers']): string[] {
  if (!answers) return [];
  const lines = [
    `The model answered ${answers.added.length} of ${answers.asked} question(s): added to examples.json as model-labeled examples ("source": "model"); review them.`,
  ];
  for (const example of answers.added)
    lines.push(`  ${JSON.stringify(example.input)} → ${JSON.stringify(example.output)}`);
  for (const open of answers.unanswered)
    lines.push(`  unanswered: ${JSON.stringify(open.input)} (${open.reason})`);
  return lines;
}
