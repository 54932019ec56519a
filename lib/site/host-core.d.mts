// Types for host-core.mjs (plain JavaScript so the Node data scripts can share it).
export declare function bareHost(host: string): string;
export declare function isDottedQuad(host: string): boolean;
export declare function hostNameSyntax(host: string, minLabels: number): string | null;
export declare function dnsName(raw: string, minLabels: number): string | null;
