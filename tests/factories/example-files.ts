import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readCriteriaDirectory } from '../../src/cli/read-criteria-directory';
import { parseAssessmentFileText } from '../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import type { Language } from '../../src/domain/language';

/** The bundled question bank, read from criteria/ as the CLI reads it. */
export function readBundledFramework(): Framework {
  const loaded = readCriteriaDirectory(join(import.meta.dirname, '../../criteria'));
  if (!loaded.ok) throw new Error('criteria invalid');
  return loaded.value;
}

/** The illustrative example in one language, read through the app's own file parser. */
export function readExampleAssessment(framework: Framework, language: Language): Assessment {
  const text = readFileSync(
    join(import.meta.dirname, `../../src/example/binh-duong-2023.${language}.json`),
    'utf8',
  );
  const parsed = parseAssessmentFileText(text, framework);
  if (!parsed.ok) throw new Error('example invalid');
  return parsed.value.file.assessment;
}

/** The frozen team file (three departments, their answers, a decision), read through the app's parser. */
export function readTeamAssessment(framework: Framework): Assessment {
  const text = readFileSync(
    join(import.meta.dirname, '../fixtures/file-format/v2-team-assessment.json'),
    'utf8',
  );
  const parsed = parseAssessmentFileText(text, framework);
  if (!parsed.ok) throw new Error('team file invalid');
  return parsed.value.file.assessment;
}
