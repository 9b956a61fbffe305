/**
 * How dependency-cruiser reads our TypeScript: TypeScript 7 (native) has no JS API for it, so
 * Babel strips the types (keeping every value import) and JSX is replaced by null, since only the
 * imports matter and dependency-cruiser's parser does not read JSX.
 */
const jsxAsNull = ({ types: t }) => {
  const toNull = (path) => path.replaceWith(t.nullLiteral());
  return { visitor: { JSXElement: toNull, JSXFragment: toNull } };
};

module.exports = {
  presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true, onlyRemoveTypeImports: true }]],
  plugins: ['@babel/plugin-syntax-jsx', jsxAsNull],
};
