import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../render-app';

import type { Answer } from '../../../src/domain/assessment/assessment-schema';
import type { Language } from '../../../src/domain/language';
import { newAssessment } from './new-assessment';
import { promptOf } from './question-lookup';

const QUESTION = 'innovation.startup-support';

async function openEvidence(language: Language = 'en', answer?: Answer) {
  const app = await renderApp({
    url: '/assessments/a1/innovation',
    language,
    assessments: [newAssessment({ answers: answer ? { [QUESTION]: answer } : {} })],
  });
  const prompt = promptOf(app.framework, QUESTION, language);
  const card = await screen.findByRole('region', { name: prompt });
  const form = within(card).getByRole('form', {
    name: language === 'en' ? `Add evidence for: ${prompt}` : `Thêm minh chứng cho: ${prompt}`,
  });
  const saved = () => app.readAssessment('a1')?.answers[QUESTION];
  return { ...app, prompt, card, form, saved };
}

describe('the notes, evidence and data quality of a question', () => {
  it('keeps the notes exactly as typed, markup included, as text', async () => {
    const { user, card, saved, prompt } = await openEvidence();
    await user.click(
      within(card).getByText('Notes, evidence (0 links) and data quality', { selector: 'summary' }),
    );
    expect(within(card).getByText(/^Notes, evidence/, { selector: 'summary' })).toHaveAccessibleName(
      `Notes, evidence (0 links) and data quality: ${prompt}`,
    );
    const notes = within(card).getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.paste('Đề án 2016 <b>not markup</b>');
    await user.type(notes, '.');
    expect(saved()?.notes).toBe('Đề án 2016 <b>not markup</b>.');
    expect(card.querySelector('b')).toBeNull();
  });

  it('records the data quality, and "Not stated" removes it', async () => {
    const { user, card, saved } = await openEvidence();
    const quality = within(card).getByRole('combobox', { name: 'Data quality' });
    await user.selectOptions(quality, 'Measured: from a published or recorded figure');
    expect(saved()?.dataQuality).toBe('measured');
    await user.selectOptions(quality, 'Not stated');
    expect(saved()).toBeUndefined();
  });

  it('adds a link with its description, lists it as a link, and empties the form for the next one', async () => {
    const { user, card, form, saved } = await openEvidence();
    await user.type(within(form).getByRole('textbox', { name: 'Web address' }), 'https://example.org/de-an');
    await user.type(within(form).getByRole('textbox', { name: 'What it is (optional)' }), 'Đề án 2016');
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    expect(within(card).getByRole('link', { name: 'Đề án 2016' })).toHaveAttribute(
      'href',
      'https://example.org/de-an',
    );
    expect(saved()?.evidence).toEqual([{ url: 'https://example.org/de-an', label: 'Đề án 2016' }]);
    expect(within(form).getByRole('textbox', { name: 'Web address' })).toHaveValue('');
    expect(within(card).getByText(/^Notes, evidence \(1 link\)/, { selector: 'summary' })).toBeVisible();
  });

  it.each([
    ['en', 'Web address', 'Add link', 'Enter a full web address starting with https:// or http://.'],
    [
      'vi',
      'Địa chỉ web',
      'Thêm liên kết',
      'Hãy nhập địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.',
    ],
  ] as const)(
    'in %s, refuses a javascript: link with the message beside the field',
    async (language, label, add, message) => {
      const { user, card, form, saved } = await openEvidence(language);
      const url = within(form).getByRole('textbox', { name: label });
      await user.type(url, 'javascript:alert(1)');
      await user.click(within(form).getByRole('button', { name: add }));
      expect(url).toHaveAttribute('aria-invalid', 'true');
      expect(url).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(within(card).queryByRole('link')).not.toBeInTheDocument();
      expect(saved()).toBeUndefined();
    },
  );

  it('asks for an address when Add link is pressed with the field empty', async () => {
    const { user, form, saved } = await openEvidence();
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    expect(within(form).getByRole('textbox', { name: 'Web address' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter the address of the evidence.'),
    );
    expect(saved()).toBeUndefined();
  });

  it('removes a link, named by its description, and keeps the others', async () => {
    const { user, card, saved } = await openEvidence('vi', {
      value: 2,
      evidence: [
        { url: 'https://example.org/a', label: 'Báo cáo 2024' },
        { url: 'https://example.org/b', label: '' },
      ],
    });
    await user.click(within(card).getByRole('button', { name: 'Gỡ bỏ: Báo cáo 2024' }));
    expect(within(card).queryByRole('link', { name: 'Báo cáo 2024' })).not.toBeInTheDocument();
    expect(saved()?.evidence).toEqual([{ url: 'https://example.org/b', label: '' }]);
    await user.click(within(card).getByRole('button', { name: 'Gỡ bỏ: https://example.org/b' }));
    expect(saved()).toEqual({ value: 2 });
  });

  it('puts a removed link back in its place with Undo, or with Ctrl+Z while the message shows', async () => {
    const links = [
      { url: 'https://example.org/a', label: 'Báo cáo 2024' },
      { url: 'https://example.org/b', label: 'Đề án' },
      { url: 'https://example.org/c', label: '' },
    ];
    const { user, card, saved } = await openEvidence('vi', { value: 2, evidence: links });
    await user.click(within(card).getByRole('button', { name: 'Gỡ bỏ: Đề án' }));
    expect(within(card).getByText(/^Đã gỡ liên kết: Đề án\./)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Hoàn tác: Đề án' }));
    expect(saved()?.evidence).toEqual(links);
    expect(within(card).queryByText(/^Đã gỡ liên kết/)).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Gỡ bỏ: https://example.org/c' }));
    expect(saved()?.evidence).toEqual(links.slice(0, 2));
    await user.keyboard('{Control>}z{/Control}');
    expect(saved()?.evidence).toEqual(links);
  });

  it('mends a line break pasted from Word into the notes, and counts characters near the limit', async () => {
    const { user, card, saved } = await openEvidence('en', { value: 2, notes: 'x'.repeat(85_000) });
    await user.click(within(card).getByText(/^Notes, evidence/, { selector: 'summary' }));
    const notes = within(card).getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveAttribute('maxlength', '100000');
    expect(within(card).getByText('85,000 of 100,000 characters')).toBeInTheDocument();
    await user.click(notes);
    await user.paste('one\u000btwo');
    expect(saved()?.notes?.endsWith('one\ntwo')).toBe(true);
  });

  it('offers no form for a link once an answer holds 50, the most it may', async () => {
    const evidence = Array.from({ length: 50 }, (_, i) => ({ url: `https://example.org/${i}`, label: '' }));
    const app = await renderApp({
      url: '/assessments/a1/innovation',
      assessments: [newAssessment({ answers: { [QUESTION]: { value: 2, evidence } } })],
    });
    const card = await screen.findByRole('region', { name: promptOf(app.framework, QUESTION, 'en') });
    await app.user.click(within(card).getByText(/^Notes, evidence/, { selector: 'summary' }));
    expect(within(card).queryByRole('form')).not.toBeInTheDocument();
    expect(
      within(card).getByText('This answer has 50 links, the most it can hold. Remove one to add another.'),
    ).toBeInTheDocument();
  });
});
