import { describe, expect, it } from 'vitest';

import type {
  ReportCriterion,
  ReportModel,
  ReportQuestion,
} from '../../../src/domain/report/build-report-model';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';

const question = (overrides: Partial<ReportQuestion>): ReportQuestion => ({
  title: '1. A question?',
  answer: 'Yes',
  notes: null,
  evidence: [],
  quality: null,
  origin: null,
  warning: null,
  carriedOver: null,
  basis: null,
  ...overrides,
});

const criterion = (heading: string, overrides: Partial<ReportCriterion> = {}): ReportCriterion => ({
  heading,
  description: 'What it measures',
  scoreLine: `${heading}: 50.0`,
  narrative: null,
  narrativeLength: null,
  narrativeWarning: null,
  questions: [],
  ...overrides,
});

/** Only what the Markdown reads of a report; the rest of the model does not concern it. */
function modelWith(criteria: ReportCriterion[], carriedOver: string | null = null): ReportModel {
  return {
    title: 'ICF self-assessment: Town 2025',
    labels: {
      footer: 'Self-assessment; not an ICF evaluation',
      notes: 'Notes',
      evidence: 'Evidence',
      quality: 'Data quality',
      answer: 'Answer',
      narrative: 'Narrative',
    },
    cover: { illustrative: null },
    summary: { carriedOver },
    criteria,
  } as unknown as ReportModel;
}

describe('the Markdown of narratives and evidence', () => {
  it('keeps the criteria in the report’s order, each with its narrative, word count and warning', () => {
    const text = renderReportMarkdown(
      modelWith([
        criterion('Broadband', { narrative: 'Line one.\nLine two.', narrativeLength: '4 words' }),
        criterion('Innovation', {
          narrative: 'Long.',
          narrativeLength: '1 of 0 words',
          narrativeWarning: 'Over!',
        }),
      ]),
    );
    expect(text.indexOf('## Broadband\n')).toBeLessThan(text.indexOf('## Innovation\n'));
    expect(text).toContain('### Narrative\n\nLine one.\nLine two.\n\n_4 words_');
    expect(text).toContain('**Over!**');
  });

  it('gives each question with notes or evidence its links, quoted notes, data year and source', () => {
    const text = renderReportMarkdown(
      modelWith([
        criterion('Broadband', {
          questions: [
            question({
              title: '1. Coverage?',
              notes: 'First line\n\tindented',
              evidence: [
                { label: 'Report [2023]', url: 'https://example.org/a_(b)' },
                { label: 'Plain', url: 'https://example.org/plain' },
              ],
              origin: 'Data year: 2023 · Source: Yearbook',
              warning: 'No data year',
              basis: 'By the default rule, from 3 respondents’ answers.',
            }),
            question({ title: '2. Nothing to paste?' }),
          ],
        }),
      ]),
    );
    expect(text).toContain('#### 1. Coverage?\nAnswer: Yes');
    expect(text).toContain('> First line\n> \tindented');
    expect(text).toContain('- [Report \\[2023\\]](<https://example.org/a_(b)>)');
    expect(text).toContain('- [Plain](https://example.org/plain)');
    expect(text).toContain(
      'Data year: 2023 · Source: Yearbook\n\nBy the default rule, from 3 respondents’ answers.',
    );
    expect(text).toContain('**No data year**');
    expect(text).not.toContain('Nothing to paste');
  });

  it('flags answers carried over and not confirmed, one by one and in a line at the top', () => {
    const text = renderReportMarkdown(
      modelWith(
        [
          criterion('Broadband', {
            questions: [
              question({
                title: '1. Coverage?',
                notes: 'Copied from 2024',
                carriedOver: 'Carried over from 2024, not confirmed',
              }),
              question({ title: '2. Price?', notes: 'Checked this year' }),
            ],
          }),
        ],
        '2 answers are carried over from an earlier year and not confirmed',
      ),
    );
    expect(text.indexOf('**2 answers are carried over')).toBeLessThan(text.indexOf('## Broadband'));
    expect(text).toContain(
      '#### 1. Coverage?\nAnswer: Yes\n\n> Copied from 2024\n\n**Carried over from 2024, not confirmed**',
    );
    expect(text.slice(text.indexOf('#### 2. Price?'))).not.toContain('Carried over');
  });
});
