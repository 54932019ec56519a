// The npm punycode package's ES module (the bare name `punycode` would be Node's deprecated built-in).
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
