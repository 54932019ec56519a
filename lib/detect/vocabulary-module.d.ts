// Made at build time by scripts/build/vocabulary-plugin.ts: the compiled vocabulary, encoded (vocabulary-codec.ts).
declare module 'virtual:jaga-vocabulary' {
  // An ambient module cannot import by a relative path, hence the inline type import.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const compiled: import('./vocabulary-codec').EncodedVocabulary;
  export default compiled;
}
