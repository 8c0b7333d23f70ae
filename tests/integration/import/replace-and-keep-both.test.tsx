import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { waitForWrites } from '../../../src/persistence/assessment-store';
import { readAfterRestart, readFixtureAssessment, readStoredAssessments, renderApp } from '../../render-app';

const FIXTURES = join(import.meta.dirname, '../../fixtures/assessments');
const fixtureFile = (name: string) =>
  new File([readFileSync(join(FIXTURES, name), 'utf8')], name, { type: 'application/json' });

const partial = readFixtureAssessment('partial.json');

/**
 * This browser's copy, worked on since the file was made: two answers and two narratives the file
 * does not have, one answer changed, the profile and weights edited.
 */
const edited: Assessment = {
  ...partial,
  profile: { ...partial.profile, assessor: 'Edited here' },
  answers: {
    ...partial.answers,
    'broadband.provider-choice': { value: 4, notes: 'Changed here' },
    'broadband.adoption': { value: 55, notes: 'Typed here after the export' },
    'digital-equality.public-access': { value: 2 },
  },
  narratives: { broadband: 'Our story, typed here', innovation: 'Another one' },
  weights: { broadband: 3 },
};

function filePicker(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('the list has no file picker');
  return input;
}

const withoutTime = ({ updatedAt: _updatedAt, ...assessment }: Assessment) => assessment;

/** Waits until every change is in IndexedDB. */
async function saveNow() {
  await act(() => waitForWrites());
}

/** What the next start of the app would read from storage. */
const reloaded = readAfterRestart;

async function importPartial(language: 'en' | 'vi', choice: 'keep-both' | 'replace') {
  const app = await renderApp({ url: '/', language, assessments: [edited] });
  await screen.findByRole('heading', { level: 1 });
  // This browser's copy has been saved long ago, as it would be in real use.
  await saveNow();
  await app.user.upload(filePicker(), fixtureFile('partial.json'));
  const dialog = await screen.findByRole('dialog', {
    name: language === 'en' ? 'Import assessments' : 'Nhập bản đánh giá',
  });
  return { ...app, dialog, choice };
}

describe('"Replace it" on import', () => {
  it('replaces the assessment exactly by the file, also once saved and read back', async () => {
    const { user, dialog } = await importPartial('en', 'replace');
    await user.click(within(dialog).getByRole('radio', { name: /^Replace it/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));
    await saveNow();

    const stored = readStoredAssessments()[partial.id];
    expect(stored && withoutTime(stored)).toEqual(withoutTime(partial));
    const read = await reloaded(partial.id);
    expect(read && withoutTime(read)).toEqual(withoutTime(partial));
  });

  it.each([
    [
      'en',
      'Replace it',
      'Replacing it removes 2 answers and 2 narratives that only this browser’s copy has, and takes everything else from the file. You can undo it straight away.',
    ],
    [
      'vi',
      'Thay thế bản cũ',
      'Thay thế sẽ xóa 2 câu trả lời và 2 phần thuyết minh chỉ có trong bản ở trình duyệt này, mọi nội dung khác lấy theo tệp. Có thể hoàn tác ngay sau đó.',
    ],
  ] as const)('says before the choice (%s) what replacing removes', async (language, replace, effect) => {
    const { dialog } = await importPartial(language, 'replace');
    expect(within(dialog).getByRole('radio', { name: replace })).toHaveAccessibleDescription(effect);
  });

  it('names only what there is to remove: one answer, no narrative', async () => {
    const oneMore = { ...partial, answers: { ...partial.answers, 'broadband.adoption': { value: 55 } } };
    const app = await renderApp({ url: '/', assessments: [oneMore] });
    await screen.findByRole('heading', { level: 1 });
    await app.user.upload(filePicker(), fixtureFile('partial.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    expect(within(dialog).getByRole('radio', { name: 'Replace it' })).toHaveAccessibleDescription(
      /^Replacing it removes 1 answer that only this browser’s copy has,/,
    );
  });

  it('says when replacing removes nothing the file lacks', async () => {
    const app = await renderApp({ url: '/', assessments: [partial] });
    await screen.findByRole('heading', { level: 1 });
    await app.user.upload(filePicker(), fixtureFile('partial.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import assessments' });
    expect(within(dialog).getByRole('radio', { name: 'Replace it' })).toHaveAccessibleDescription(
      /^Replacing it takes everything from the file; this browser’s copy has no answer or narrative that the file lacks\./,
    );
  });

  it('can be undone straight away, bringing back this browser’s copy as it was', async () => {
    const { user, dialog } = await importPartial('en', 'replace');
    await user.click(within(dialog).getByRole('radio', { name: /^Replace it/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 assessment' }));
    expect(
      await screen.findByText(`“${partial.profile.name}” was replaced by the imported file.`),
    ).toBeInTheDocument();
    await saveNow();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await saveNow();
    await waitFor(() => expect(readStoredAssessments()[partial.id]?.answers).toEqual(edited.answers));
    const stored = readStoredAssessments()[partial.id];
    expect(stored && withoutTime(stored)).toEqual(withoutTime(edited));
    const read = await reloaded(partial.id);
    expect(read && withoutTime(read)).toEqual(withoutTime(edited));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});

describe('"Keep both" on import', () => {
  it.each([
    ['en', 'Import 1 assessment', `${partial.profile.name} (copy)`],
    ['vi', 'Nhập 1 bản đánh giá', `${partial.profile.name} (bản sao)`],
  ] as const)('names the copy in the language of the screen (%s)', async (language, confirm, name) => {
    const { user, dialog } = await importPartial(language, 'keep-both');
    await user.click(within(dialog).getByRole('button', { name: confirm }));
    await saveNow();

    const all = Object.values(readStoredAssessments());
    expect(all).toHaveLength(2);
    const original = all.find((a) => a.id === partial.id);
    const copy = all.find((a) => a.id !== partial.id);
    expect(original && withoutTime(original)).toEqual(withoutTime(edited));
    expect(copy && withoutTime(copy)).toEqual({
      ...withoutTime(partial),
      id: copy?.id,
      profile: { ...partial.profile, name },
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: `${name} ${partial.profile.year}` }),
    ).toBeInTheDocument();
  });
});
