export class BrowserNotFoundError extends Error {}
export function findChromium(): string;
export function findFirefox(): string;
