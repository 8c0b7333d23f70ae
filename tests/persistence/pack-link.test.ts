import { describe, expect, it } from 'vitest';

import { formatFileIssue } from '../../src/domain/assessment/assessment-file';
import { createRespondentPack } from '../../src/domain/team/respondent-pack';
import { createRespondentPackFile } from '../../src/domain/team/respondent-pack-file';
import { decodePackLink, encodePackLink } from '../../src/persistence/pack-link';
import { encodeJsonPayload } from '../../src/persistence/share-link';
import { buildFramework } from '../factories/framework-factory';

const framework = buildFramework();

const pack = createRespondentPack({
  framework,
  assessment: {
    id: 'team',
    profile: { name: 'Tỉnh Ví Dụ', year: 2025 },
    answers: {},
    respondents: [{ id: 'ict', name: 'Nguyễn Thị Lan', criteria: ['alpha'] }],
    responses: { ict: { 'alpha.level': { value: 3, notes: 'Ba nhà mạng' } } },
  },
  respondentId: 'ict',
});
if (!pack) throw new Error('no pack');

describe('a respondent’s pack in a link', () => {
  it('opens as the same pack, its answers checked as a file’s', async () => {
    const payload = await encodePackLink(createRespondentPackFile(pack, 'vi'));
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const opened = await decodePackLink(payload, framework);
    expect(opened.ok && opened.value.pack).toEqual(pack);
    expect(opened.ok && opened.value.returned.language).toBe('vi');
  });

  it('refuses a damaged link and a link to an assessment file, saying why', async () => {
    const damaged = await decodePackLink('not a link!', framework);
    expect(!damaged.ok && damaged.errors.map((issue) => issue.reason)).toEqual(['damaged-link']);
    const other = await decodePackLink(await encodeJsonPayload({ format: 'icf-self-assessment' }), framework);
    expect(!other.ok && other.errors.map(formatFileIssue)).toEqual([
      'format: this is not a respondent\'s file: expected format "icf-respondent-pack"',
    ]);
  });
});
