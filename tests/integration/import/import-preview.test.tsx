import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { FileIssue } from '../../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { parseImportText } from '../../../src/domain/assessment/import-file';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import en from '../../../src/i18n/en.json';
import vi from '../../../src/i18n/vi.json';
import { readFixtureAssessment, readStoredAssessments, renderApp } from '../../render-app';

const FIXTURES = join(import.meta.dirname, '../../fixtures/assessments');
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const fixtureFile = (name: string) => jsonFile(name, fixtureText(name));

const partial = readFixtureAssessment('partial.json');
const complete = readFixtureAssessment('complete.json');
const PARTIAL_TITLE = 'Thị xã Thử Nghiệm 2025';
const BAD_FIXTURES = ['bad-values.json', 'not-json.json', 'other-format.json', 'newer-version.json'] as const;

/** Every assessment the store holds now, by id. */
const storedAssessments = readStoredAssessments;

/** The same, without the time of the last change, which an import sets to now. */
const importedAssessments = () =>
  Object.fromEntries(
    Object.entries(storedAssessments()).map(([id, { updatedAt: _updatedAt, ...assessment }]) => [
      id,
      assessment,
    ]),
  );
const asImported = ({ updatedAt: _updatedAt, ...assessment }: Assessment) => assessment;

/**
 * The list's file picker. It is hidden from assistive technology (the "Import files…" button opens
 * it), so it is found by its type, the one thing that makes it a file picker.
 */
function filePicker(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('the list has no file picker');
  return input;
}

/**
 * What the preview states of a problem, whatever its wording: the technical detail (path and
 * message), and the kind of problem in the screen's language when no finer reason says it.
 */
function stated(issue: FileIssue, catalogue: typeof en): string[] {
  const detail = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  return issue.reason ? [detail] : [catalogue.import.issue[issue.code], detail];
}

function issuesOf(name: string, text: string, framework: Framework): FileIssue[] {
  const result = parseImportText(text, framework);
  if (result.ok) throw new Error(`${name} is accepted`);
  return result.errors;
}

async function openPreview(language: 'en' | 'vi' = 'en', assessments = [partial]) {
  const app = await renderApp({ url: '/', language, assessments });
  await screen.findByRole('heading', { level: 1 });
  return app;
}

describe('importing assessment files', () => {
  it('shows a new assessment as new, adds nothing until confirmed, then adds it with "Import 1 assessment"', async () => {
    const { user } = await openPreview('en', []);
    await user.upload(filePicker(), fixtureFile('complete.json'));

    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    const file = within(dialog).getByRole('region', { name: 'complete.json' });
    expect(file).toHaveTextContent('Thành phố Ví Dụ 2024 new');
    expect(within(file).queryByRole('radio')).not.toBeInTheDocument();
    expect(storedAssessments()).toEqual({});

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));
    expect(importedAssessments()).toEqual({ [complete.id]: asImported(complete) });
    expect(await screen.findByText('1 assessment imported.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Import assessments' })).not.toBeInTheDocument();
  });

  it('reads files saved as UTF-8 with a byte-order mark and as UTF-16 with one, as the CLI does', async () => {
    const { user } = await openPreview('vi', []);
    const text = fixtureText('complete.json');
    const utf16le = new Uint8Array(2 + text.length * 2);
    utf16le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      utf16le[2 + i * 2] = unit & 0xff;
      utf16le[3 + i * 2] = unit >> 8;
    }
    await user.upload(filePicker(), [
      new File([utf16le], 'utf-16.json', { type: 'application/json' }),
      jsonFile('bom.json', `\uFEFF${fixtureText('partial.json')}`),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Nhập bản đánh giá' });
    await user.click(within(dialog).getByRole('button', { name: 'Nhập 2 bản đánh giá' }));
    expect(importedAssessments()).toEqual({
      [complete.id]: asImported(complete),
      [partial.id]: asImported(partial),
    });
  });

  it('imports several files at once with "Import 2 assessments"', async () => {
    const { user } = await openPreview('en', []);
    await user.upload(filePicker(), [fixtureFile('complete.json'), fixtureFile('partial.json')]);
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 assessments' }));

    expect(importedAssessments()).toEqual({
      [complete.id]: asImported(complete),
      [partial.id]: asImported(partial),
    });
    expect(await screen.findByText('2 assessments imported.')).toBeInTheDocument();
  });

  it('offers Keep both or Replace for an assessment already in this browser, and keeps both unless told otherwise', async () => {
    const edited = { ...partial, profile: { ...partial.profile, assessor: 'Edited here' } };
    const { user } = await openPreview('en', [edited]);
    const before = storedAssessments();
    await user.upload(filePicker(), fixtureFile('partial.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    expect(within(dialog).getByRole('region', { name: 'partial.json' })).toHaveTextContent(
      `${PARTIAL_TITLE} already in this browser`,
    );
    const choice = within(dialog).getByRole('group', { name: `“${PARTIAL_TITLE}” already exists:` });
    expect(within(choice).getByRole('radio', { name: 'Keep both' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: 'Replace it' })).not.toBeChecked();
    expect(storedAssessments()).toEqual(before);

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));
    const after = importedAssessments();
    expect(Object.keys(after)).toHaveLength(2);
    expect(storedAssessments()[partial.id]).toEqual(before[partial.id]);
    const [copy] = Object.values(after).filter((a) => a.id !== partial.id);
    expect(copy).toEqual({
      ...asImported(partial),
      id: copy?.id,
      profile: { ...partial.profile, name: `${partial.profile.name} (copy)` },
    });
  });

  it('replaces the assessment in this browser with the file’s when "Replace it" is chosen', async () => {
    const edited = { ...partial, profile: { ...partial.profile, assessor: 'Edited here' } };
    const { user } = await openPreview('en', [edited]);
    await user.upload(filePicker(), fixtureFile('partial.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    await user.click(within(dialog).getByRole('radio', { name: 'Replace it' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));

    expect(importedAssessments()).toEqual({ [partial.id]: asImported(partial) });
  });
});

describe('bad files', () => {
  it.each(['en', 'vi'] as const)(
    'refuses each bad file with what is wrong and where (%s), cannot import them, and changes nothing',
    async (language) => {
      const catalogue = language === 'en' ? en : vi;
      const { user, framework } = await openPreview(language);
      const before = storedAssessments();
      await user.upload(filePicker(), BAD_FIXTURES.map(fixtureFile));

      const dialog = await screen.findByRole('dialog', { name: catalogue.import.title });
      for (const name of BAD_FIXTURES) {
        const file = within(dialog).getByRole('region', { name });
        const alert = within(file).getByRole('alert');
        expect(alert).toHaveTextContent(catalogue.import.fileRefused);
        for (const issue of issuesOf(name, fixtureText(name), framework)) {
          for (const part of stated(issue, catalogue)) expect(alert, name).toHaveTextContent(part);
        }
      }
      const importButton = within(dialog).getByRole('button', { name: /^(Import|Nhập) 0/ });
      expect(importButton).toBeDisabled();
      await user.click(within(dialog).getByRole('button', { name: catalogue.common.cancel }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(storedAssessments()).toEqual(before);
    },
  );

  it('says what kind of file each is: not JSON, another format, a newer app, values that do not fit', async () => {
    const { user } = await openPreview();
    await user.upload(filePicker(), BAD_FIXTURES.map(fixtureFile));
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    const region = (name: string) => within(dialog).getByRole('region', { name });
    expect(region('not-json.json')).toHaveTextContent('This is not a JSON file');
    expect(region('other-format.json')).toHaveTextContent('This is not an ICF self-assessment file');
    expect(region('newer-version.json')).toHaveTextContent('The file was made by a newer version of the app');
    expect(region('bad-values.json')).toHaveTextContent(/broadband\.provider-choice.*9/);
  });

  it('refuses missing values, wrong types, out-of-range levels, control characters in keys and files over 5 MB', async () => {
    const valid = JSON.parse(fixtureText('partial.json')) as { assessment: Record<string, unknown> };
    const variant = (assessment: Record<string, unknown>) => JSON.stringify({ ...valid, assessment });
    const bad: [string, string, RegExp][] = [
      ['missing.json', variant({ id: 'x', answers: {} }), /assessment\.profile/],
      [
        'wrong-type.json',
        variant({ ...valid.assessment, answers: { 'broadband.availability': { value: 'lots' } } }),
        /broadband\.availability.*expected a percentage/,
      ],
      [
        'out-of-range.json',
        variant({ ...valid.assessment, answers: { 'broadband.provider-choice': { value: 9 } } }),
        /expected a level, a whole number from 0 to 4, got 9/,
      ],
      [
        'control.json',
        variant({ ...valid.assessment, narratives: { 'broad\u0007band': 'x' } }),
        /assessment\.narratives.*control character/,
      ],
      ['big.json', ' '.repeat(5 * 1024 * 1024 + 10), /larger than 5 MB/],
    ];
    const { user } = await openPreview();
    const before = storedAssessments();
    await user.upload(
      filePicker(),
      bad.map(([name, text]) => jsonFile(name, text)),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    for (const [name, , message] of bad) {
      expect(within(within(dialog).getByRole('region', { name })).getByRole('alert'), name).toHaveTextContent(
        message,
      );
    }
    expect(within(dialog).getByRole('button', { name: 'Import 0 assessments' })).toBeDisabled();
    expect(storedAssessments()).toEqual(before);
  });

  it('imports the good file of a mixed choice and leaves out the bad ones', async () => {
    const { user } = await openPreview('en', []);
    await user.upload(filePicker(), [fixtureFile('not-json.json'), fixtureFile('complete.json')]);
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));
    expect(importedAssessments()).toEqual({ [complete.id]: asImported(complete) });
  });
});
