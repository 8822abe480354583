// `npm run cem` (and `npm run build:lib`): documents the itp- elements (attributes, properties, events, CSS parts
// and custom properties) from their classes and JSDoc into dist/custom-elements.json, shipped in the package.
export default {
  globs: ['src/ui/**/*.ts'],
  exclude: ['src/ui/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
