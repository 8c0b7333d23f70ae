import type { FileIssue } from '../domain/assessment/assessment-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Result } from '../domain/result';
import type { RespondentPack } from '../domain/team/respondent-pack';
import type { RespondentPackFile } from '../domain/team/respondent-pack-file';
import type { ReturnedAnswers } from '../domain/team/returned-answers';
import { readRespondentPack } from '../files/read-import';
import { decodeJsonPayload, encodeJsonPayload } from './share-link';

export const PACK_ROUTE = '/pack/';

/**
 * The longest link offered: a pack's link holds its answers, notes and evidence, and a mail or
 * chat message may cut a longer one. Beyond it, the pack goes as a file.
 */
export const MAX_PACK_LINK_LENGTH = 8_000;

/** A respondent's pack in a link's fragment (`#/pack/…`), compressed as share links are. */
export function encodePackLink(file: RespondentPackFile): Promise<string> {
  return encodeJsonPayload(file);
}

/** Reads a pack link's payload through the import door, with the same checks as a pack file. */
export async function decodePackLink(
  payload: string,
  framework: Framework,
): Promise<Result<{ pack: RespondentPack; returned: ReturnedAnswers }, FileIssue>> {
  const bytes = await decodeJsonPayload(payload);
  return bytes.ok ? readRespondentPack({ bytes: bytes.value }, framework) : bytes;
}
