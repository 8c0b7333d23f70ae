/** How an assessment is named on every screen and in every file: "Bình Dương 2023", or the name alone. */
export function formatAssessmentTitle(profile: { name: string; year?: number | undefined }): string {
  return profile.year === undefined ? profile.name : `${profile.name} ${profile.year}`;
}
