import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { encodeShareLink, SHARE_ROUTE } from '../../../src/persistence/share-link';
import type { AssessmentFile } from '../../../src/domain/assessment/assessment-file';
import { renderApp } from '../../render-app';

const valid = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/assessments/partial.json'), 'utf8'),
) as AssessmentFile;

/** The partial fixture with a percentage of 140, a link that is no web address and a note that is a number. */
const broken = {
  ...valid,
  assessment: {
    ...valid.assessment,
    answers: {
      ...valid.assessment.answers,
      'broadband.availability': { value: 140 },
      'broadband.provider-choice': {
        value: 2,
        notes: 12,
        evidence: [{ url: 'https://example.org/ok' }, { url: 'javascript:alert(1)' }],
      },
    },
    narratives: { sustainability: 7 },
  },
};

function filePicker(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('the list has no file picker');
  return input;
}

/** Picks a file for import on the list, in a language, and gives the alert that refuses it. */
async function refusalOf(language: 'en' | 'vi', data: unknown = broken, name = 'broken.json') {
  const { user } = await renderApp({ url: '/', language });
  await screen.findByRole('heading', { level: 1 });
  await user.upload(filePicker(), new File([JSON.stringify(data)], name, { type: 'application/json' }));
  const dialog = await screen.findByRole('dialog');
  return within(within(dialog).getByRole('region', { name })).getByRole('alert');
}

const problems = (alert: HTMLElement) =>
  within(alert)
    .getAllByRole('listitem')
    .map((item) => item.querySelector(':scope > span')?.textContent);

describe('problems of an imported file', () => {
  it.each([
    [
      'en',
      [
        'Broadband › Question 1 “How much real choice of fixed broadband provider do…” › Notes: expected text',
        'Broadband › Question 1 “How much real choice of fixed broadband provider do…” › Evidence link 2 › Address: is not a web address starting with http:// or https://',
        'Sustainability › Narrative: expected text',
        'Broadband › Question 2 “What share of households can order a fixed broadband…”: expected a percentage from 0 to 100',
      ],
    ],
    [
      'vi',
      [
        'Kết nối băng thông rộng › Câu hỏi 1 “Mức độ lựa chọn nhà cung cấp Internet băng rộng cố định của…” › Ghi chú: cần là văn bản',
        'Kết nối băng thông rộng › Câu hỏi 1 “Mức độ lựa chọn nhà cung cấp Internet băng rộng cố định của…” › Đường dẫn minh chứng 2 › Địa chỉ: không phải địa chỉ web bắt đầu bằng http:// hoặc https://',
        'Phát triển bền vững › Thuyết minh: cần là văn bản',
        'Kết nối băng thông rộng › Câu hỏi 2 “Tỷ lệ hộ gia đình có thể đăng ký ngay dịch vụ Internet băng…”: cần là tỷ lệ phần trăm từ 0 đến 100',
      ],
    ],
  ] as const)(
    'are said in the language of the screen (%s), naming the place in words',
    async (language, expected) => {
      const alert = await refusalOf(language);
      expect(problems(alert).sort()).toEqual([...expected].sort());
    },
  );

  it('keep the technical path and message as a detail, folded away', async () => {
    const alert = await refusalOf('en');
    const item = within(alert)
      .getAllByRole('listitem')
      .find((node) => node.textContent.startsWith('Broadband › Question 2'));
    if (!item) throw new Error('the percentage is not reported');
    const details = item.querySelector('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(item).getByText('Technical detail').tagName).toBe('SUMMARY');
    expect(item.querySelector('code')).toHaveTextContent(
      'assessment.answers["broadband.availability"].value: expected a percentage from 0 to 100, got 140',
    );
  });
});

describe('a shared link', () => {
  it.each([
    ['en', /^Broadband › Question \d+ .*: .*100/],
    ['vi', /^Kết nối băng thông rộng › Câu hỏi \d+ .*: .*100/],
  ] as const)(
    'is refused (%s) by the same check as a file, with the same words',
    async (language, problem) => {
      if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
      const file = structuredClone(valid);
      file.assessment.answers['broadband.availability'] = { value: 140 };
      const payload = await encodeShareLink(file);

      await renderApp({ url: `${SHARE_ROUTE}${payload}`, language });
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 1 })).toBeInTheDocument();
      const fromLink = problems(alert);
      expect(fromLink).toEqual([expect.stringMatching(problem)]);

      // The same file, picked for import, is refused with the same words.
      cleanup();
      expect(problems(await refusalOf(language, file, 'same.json'))).toEqual(fromLink);
    },
  );
});
