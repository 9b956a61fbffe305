// Runs before the page's body is parsed: a blocking script of our own origin (the CSP allows no
// inline script). The body holds the Overview of the shipped dataset as the build rendered it: all
// years, every region, in Chinese. A link that asks for anything else (another view or dataset, a
// year, a region, English, one embedded chart…) would first show that page's figures as its own,
// so the page stays hidden until the app has rendered the right one; src/main.tsx reads the same
// mark to hydrate the built page or replace it. Only `chart` (scroll to a chart) keeps it.
(() => {
  const builtPage = [...new URLSearchParams(location.search)].every(
    ([key, value]) => (key === 'view' && value === 'overview') || key === 'chart',
  );
  if (!builtPage) document.documentElement.setAttribute('data-prerendered', 'hidden');
})();
