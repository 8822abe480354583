// `npm run cem`: documents the itp- elements (attributes, properties, events, CSS parts and custom properties)
// from their classes and JSDoc into custom-elements.json (cem analyze --litelement).
export default {
  globs: ['src/ui/**/*.ts'],
  exclude: ['src/ui/**/*.styles.ts', 'src/ui/elements/trial/**'],
  outdir: '.',
  litelement: true,
};
