declare module 'virtual:bundled-framework' {
  /** criteria/, checked and built into the framework when the app is built (vite.config.ts). */
  // An ambient module's declaration can reach another module's type only this way: a top-level
  // import would make this file a module and the declaration an augmentation of nothing.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const framework: import('../domain/criteria/criterion-schema').Framework;
  export default framework;
}
