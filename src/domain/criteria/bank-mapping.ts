import type { Answer, Assessment, EarlierAnswer } from '../assessment/assessment-schema';

/**
 * How each question of criteria 1.0.0 maps onto 2.0.0 (issue 12).
 * - `unchanged`: the same question on the same scale (its levels reworded as conditions at most);
 *   the answer carries over, under `to`.
 * - `changed`: the question or its scale changed; the answer is kept for review, beside `to`.
 * - `removed`: no longer asked; the answer is kept for review, beside the related questions `to`.
 * A changed question always has a new id, so an id never means two different questions.
 * The texts shown for review (the old prompt, the reason) are data: criteria/history/1.0.0.json.
 */
export type QuestionMapping =
  { status: 'unchanged'; to: string } | { status: 'changed' | 'removed'; to: readonly string[] };

export const PREVIOUS_BANK_VERSION = '1.0.0';
export const BANK_VERSION = '2.0.0';

const same = (to: string): QuestionMapping => ({ status: 'unchanged', to });
const changed = (...to: string[]): QuestionMapping => ({ status: 'changed', to });
const removed = (...to: string[]): QuestionMapping => ({ status: 'removed', to });

/** The mapping of an old question id; an id from a file is only ever looked up as an own key. */
function findMapping(id: string): QuestionMapping | undefined {
  return Object.hasOwn(BANK_1_0_0_TO_2_0_0, id) ? BANK_1_0_0_TO_2_0_0[id] : undefined;
}

export const BANK_1_0_0_TO_2_0_0: Readonly<Record<string, QuestionMapping>> = {
  'broadband.isp-competition': changed('broadband.provider-choice'),
  'broadband.availability': same('broadband.availability'),
  'broadband.adoption': same('broadband.adoption'),
  'broadband.affordability': same('broadband.affordability'),
  'broadband.typical-speed': changed('broadband.fixed-speed'),
  'broadband.vision-plan': same('broadband.vision-plan'),
  'broadband.deployment-policies': same('broadband.deployment-policies'),
  'broadband.it-leader': changed('broadband.accountable-official'),
  'broadband.public-access': removed('digital-equality.public-access-points'),
  'knowledge-workforce.school-technology': changed('knowledge-workforce.school-digital-learning'),
  'knowledge-workforce.education-employer-links': changed('knowledge-workforce.employer-partnerships'),
  'knowledge-workforce.training-unemployed': changed('knowledge-workforce.reskilling'),
  'knowledge-workforce.workforce-organisations': same('knowledge-workforce.workforce-organisations'),
  'knowledge-workforce.tertiary-attainment': same('knowledge-workforce.tertiary-attainment'),
  'knowledge-workforce.higher-education-access': same('knowledge-workforce.higher-education-access'),
  'knowledge-workforce.employment-change': same('knowledge-workforce.employment-change'),
  'knowledge-workforce.skills-lead': changed('knowledge-workforce.accountable-official'),
  'knowledge-workforce.distance-learning': same('knowledge-workforce.distance-learning'),
  'innovation.startup-ecosystem': changed('innovation.startup-support'),
  'innovation.established-firms': changed('innovation.firm-upgrading'),
  'innovation.triple-helix': same('innovation.triple-helix'),
  'innovation.funding-sources': same('innovation.funding-sources'),
  'innovation.startup-policy': same('innovation.startup-policy'),
  'innovation.smart-city-services': same('innovation.smart-city-services'),
  'innovation.online-services-end-to-end': same('innovation.online-services-end-to-end'),
  'innovation.open-data': changed('innovation.open-data-publishing'),
  'innovation.innovation-lead': changed('innovation.accountable-official'),
  'digital-equality.inclusion-strategy': same('digital-equality.inclusion-strategy'),
  'digital-equality.gap-measurement': same('digital-equality.gap-measurement'),
  'digital-equality.low-income-households-online': removed('digital-equality.internet-use'),
  'digital-equality.affordability-measures': same('digital-equality.affordability-measures'),
  'digital-equality.home-devices': changed('digital-equality.device-programmes'),
  'digital-equality.public-access-points': same('digital-equality.public-access-points'),
  'digital-equality.skills-classes': changed('digital-equality.skills-training'),
  'digital-equality.relevance-outreach': same('digital-equality.relevance-outreach'),
  'digital-equality.accessible-services': changed(
    'digital-equality.disability-access',
    'digital-equality.minority-languages',
  ),
  'sustainability.climate-action-plan': same('sustainability.climate-action-plan'),
  'sustainability.renewable-energy-share': same('sustainability.renewable-energy-share'),
  'sustainability.clean-mobility': same('sustainability.clean-mobility'),
  'sustainability.environmental-monitoring': same('sustainability.environmental-monitoring'),
  'sustainability.public-energy-efficiency': removed(),
  'sustainability.waste-recovery-rate': same('sustainability.waste-recovery-rate'),
  'sustainability.green-industry': changed('sustainability.eco-industrial-parks'),
  'sustainability.community-involvement': changed('sustainability.community-initiatives'),
  'sustainability.digital-tools': removed('innovation.smart-city-services'),
  'advocacy.shared-vision': same('advocacy.shared-vision'),
  'advocacy.face-to-face-participation': same('advocacy.face-to-face-participation'),
  'advocacy.digital-engagement': same('advocacy.digital-engagement'),
  'advocacy.feedback-on-time': same('advocacy.feedback-on-time'),
  'advocacy.external-story': same('advocacy.external-story'),
  'advocacy.champions-of-change': changed('advocacy.champions'),
  'advocacy.senior-official': changed('advocacy.accountable-official'),
  'advocacy.cross-sector-collaboration': removed('innovation.triple-helix'),
  'advocacy.international-participation': same('advocacy.international-participation'),
};

function hasEarlierAnswers(assessment: Assessment): boolean {
  return Object.keys(assessment.answers).some((id) => {
    const mapping = findMapping(id);
    return mapping !== undefined && (mapping.status !== 'unchanged' || mapping.to !== id);
  });
}

/**
 * Opens an assessment answered under criteria 1.0.0 under 2.0.0: answers to unchanged questions
 * carry over; answers to changed or removed questions move to `earlierAnswers`, never dropped.
 * An assessment without a version is read by its question ids, which is safe because no id of a
 * changed or removed question is used again. Applying it twice changes nothing.
 */
export function upgradeAssessmentTo2(assessment: Assessment): Assessment {
  const version = assessment.frameworkVersion;
  if (version !== undefined && version !== PREVIOUS_BANK_VERSION) return assessment;
  if (!hasEarlierAnswers(assessment)) {
    if (version === undefined) return assessment;
    const { frameworkVersion: _version, ...rest } = assessment;
    return rest;
  }
  const answers: Record<string, Answer> = {};
  const earlierAnswers: Record<string, EarlierAnswer> = { ...assessment.earlierAnswers };
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const mapping = findMapping(id);
    if (mapping === undefined) answers[id] = answer;
    else if (mapping.status === 'unchanged') answers[mapping.to] = answer;
    else earlierAnswers[id] = { ...answer, version: PREVIOUS_BANK_VERSION };
  }
  const { frameworkVersion: _version, ...rest } = assessment;
  return { ...rest, answers, earlierAnswers };
}
