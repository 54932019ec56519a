export const SOURCE_PATH: string;
export const OUTPUT_PATH: string;
export function catalogueDomainSite(domain: string): string | null;
export function buildTrackerCatalogue(projectDir: string): string;
