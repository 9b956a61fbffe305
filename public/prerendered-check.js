// Runs before the page's body is parsed: a blocking script of our own origin (the CSP allows no
// inline script). The body holds the Overview of the shipped dataset, rendered at build time; on a
// link to another view or to another dataset (?view=, ?dataset=) that page would be the wrong one,
// so it stays hidden until the app has rendered the right one (src/main.tsx makes the same choice).
(() => {
  const query = new URLSearchParams(location.search);
  const view = query.get('view');
  if (query.has('dataset') || (view && view !== 'overview'))
    document.documentElement.setAttribute('data-prerendered', 'hidden');
})();
