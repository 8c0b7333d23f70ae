import type { ShownStatus } from '../domain/report/score-text';
import { Tag } from './tag';
import { useScoreText } from './use-score-text';

/**
 * A score as every screen shows it: one decimal, then, while it is provisional, a mark with its
 * range ("provisional, 31–79"). `after` follows the number (a difference to a baseline).
 */
export function MarkedScore({
  score,
  status,
  after,
}: {
  score: number | null;
  status: ShownStatus;
  after?: string | undefined;
}) {
  const format = useScoreText();
  const mark = format.mark(score, status);
  return (
    <>
      {format.score(score)}
      {after}
      {mark !== null && <Tag>{mark}</Tag>}
    </>
  );
}
