// `npm run cem`: documents the itp- elements (attributes, properties, events, CSS parts and custom properties)
// from their classes and JSDoc into custom-elements.json (cem analyze --litelement).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/trial/**'],
  outdir: '.',
  litelement: true,
};
