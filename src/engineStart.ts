/**
 * Starts the engine as early as the page can when its URL needs it: a view that works on the tables
 * (SQL, Compare, Data quality, the workspace), or another dataset, which has nothing from the build
 * to show. index.html loads this module on its own, `async`, so it runs as soon as it has arrived:
 * before the long prerendered page is parsed and before the app's entry has loaded and run (the
 * wasm then compiles meanwhile). main.tsx imports it too, so it runs (once) whichever comes first.
 */
import { chooseDatasetFolder, startSession } from './db/session';
import { parseUrlState, VIEWS_FROM_THE_BUILD } from './url/state';

const opened = parseUrlState(location.search).state;
// The dataset of the URL (`?dataset=`, validated by parseUrlState), or the published one.
chooseDatasetFolder(opened.dataset);
// With the URL's region and years: a partitioned dataset fetches their partitions while the engine compiles.
if (opened.dataset !== null || !VIEWS_FROM_THE_BUILD.includes(opened.view)) startSession(opened).catch(() => undefined);
