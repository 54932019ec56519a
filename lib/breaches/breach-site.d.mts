// Types for breach-site.mjs (plain JavaScript so the Node build script can share it).
export declare function breachSite(domain: string): string | null;
