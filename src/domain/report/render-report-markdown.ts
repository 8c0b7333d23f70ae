import type { ReportModel } from './build-report-model';

// Markdown's link syntax breaks on brackets in a label and on spaces or brackets in an address.
const escapeLabel = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
const wrapUrl = (url: string) =>
  /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');

/**
 * The narratives and evidence of a report as Markdown, criterion by criterion in the bank's order,
 * ready to paste into a nomination form or a city's own report. Questions with neither notes nor
 * evidence are left out: they have nothing to paste.
 */
export function renderReportMarkdown(model: ReportModel): string {
  const { labels } = model;
  const blocks: string[] = [`# ${model.title}`, `_${labels.footer}_`];
  if (model.cover.illustrative) blocks.push(`**${model.cover.illustrative}**`);
  if (model.summary.carriedOver) blocks.push(`**${model.summary.carriedOver}**`);
  for (const criterion of model.criteria) {
    blocks.push(`## ${criterion.heading}`, criterion.scoreLine);
    if (criterion.narrative) {
      blocks.push(`### ${labels.narrative}`, criterion.narrative);
      if (criterion.narrativeLength) blocks.push(`_${criterion.narrativeLength}_`);
      if (criterion.narrativeWarning) blocks.push(`**${criterion.narrativeWarning}**`);
    }
    const questions = criterion.questions.filter((q) => q.notes !== null || q.evidence.length > 0);
    if (questions.length === 0) continue;
    blocks.push(`### ${labels.evidence}`);
    for (const question of questions) {
      const lines = [`#### ${question.title}`, `${labels.answer}: ${question.answer}`];
      if (question.notes) lines.push('', quote(question.notes));
      if (question.carriedOver) lines.push('', `**${question.carriedOver}**`);
      if (question.warning) lines.push('', `**${question.warning}**`);
      if (question.origin) lines.push('', question.origin);
      if (question.basis) lines.push('', question.basis);
      if (question.evidence.length > 0)
        lines.push('', ...question.evidence.map((e) => `- [${escapeLabel(e.label)}](${wrapUrl(e.url)})`));
      blocks.push(lines.join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
