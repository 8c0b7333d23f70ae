// The files the list reads and writes (import, export, share links). Loaded when a file is first
// chosen or asked for, not with the list: the file formats' code (zod, the workbook and zip readers)
// would otherwise be parsed and run before the first card is drawn.
import { downloadText } from '../../components/download';
import {
  MAX_FILE_BYTES,
  createAssessmentFile,
  createFileIssue,
  serializeAssessmentFile,
} from '../../domain/assessment/assessment-file';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import {
  createCollectionFile,
  serializeCollectionFile,
  withFrameworkVersion,
  type ImportedAssessment,
} from '../../domain/assessment/import-file';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { fail } from '../../domain/result';
import { slugify } from '../../domain/slugify';
import { decodeFileBytes } from '../../files/decode-file-bytes';
import { detectImportKind, readImport } from '../../files/read-import';
import { PACK_ROUTE } from '../../persistence/pack-link';
import { encodeJsonPayload, encodeShareLink } from '../../persistence/share-link';
import type { ReadFile } from './import-dialog';

/**
 * Reads the chosen files through the import door. A respondent's questions, picked alone, are a
 * screen of their own: the route to open is returned instead.
 */
export async function readChosenFiles(
  chosen: readonly File[],
  framework: Framework,
): Promise<{ route: string } | { files: ReadFile[] }> {
  const read = await Promise.all(
    chosen.map(async (file) => {
      // One byte past the limit is enough for the door to refuse a file; the rest is never read.
      const bytes = new Uint8Array(await file.slice(0, MAX_FILE_BYTES + 1).arrayBuffer());
      return { fileName: file.name, bytes, kind: detectImportKind(bytes) };
    }),
  );
  const [only] = read;
  if (only && read.length === 1 && only.kind === 'pack')
    return {
      route: `${PACK_ROUTE}${await encodeJsonPayload(JSON.parse(decodeFileBytes(only.bytes)) as unknown)}`,
    };
  return {
    files: read.map(({ fileName, bytes, kind }): ReadFile => {
      if (kind === 'assessments') return { fileName, result: readImport({ bytes }, framework) };
      const message =
        kind === 'workbook'
          ? "a respondent's workbook: import it on the Team page of its assessment"
          : "a respondent's questions: import the file on its own to answer them";
      return {
        fileName,
        result: fail([
          createFileIssue(kind === 'workbook' ? 'returned-workbook' : 'respondent-pack', [], message),
        ]),
      };
    }),
  };
}

/** An imported assessment as it is stored: with the framework version its answers were given for. */
export function prepareImported(imported: ImportedAssessment, framework: Framework): Assessment {
  return withFrameworkVersion(imported.assessment, imported.frameworkVersion, framework.version);
}

export function downloadAssessmentFile(framework: Framework, assessment: Assessment): void {
  const { name, year } = assessment.profile;
  downloadText(
    serializeAssessmentFile(createAssessmentFile(framework, assessment)),
    `${slugify(name)}${year === undefined ? '' : `-${year}`}.json`,
    'application/json',
  );
}

export function downloadCollectionFile(framework: Framework, all: Assessment[], today: string): void {
  downloadText(
    serializeCollectionFile(createCollectionFile(framework, all)),
    `icf-self-assessments-${today}.json`,
    'application/json',
  );
}

/** The payload of a share link to the assessment (after `#/share/`). */
export function encodeAssessmentLink(framework: Framework, assessment: Assessment): Promise<string> {
  return encodeShareLink(createAssessmentFile(framework, assessment));
}
