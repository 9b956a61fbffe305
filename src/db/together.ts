/**
 * The reads started in one task (a view's queries after a filter change) are answered together:
 * each waits for the others before it resolves, so the view gets its results in one render and
 * draws every chart in one frame, instead of one render and one repaint of the page per result as
 * they come in (hooks.ts runs TanStack Query's notifications of one task together for the same reason).
 * Each still gets its own result or its own error.
 */
let batch: Promise<unknown>[] | null = null;

export async function together<T>(work: Promise<T>): Promise<T> {
  if (!batch) {
    const opened: Promise<unknown>[] = [];
    batch = opened;
    setTimeout(() => {
      if (batch === opened) batch = null;
    });
  }
  const works = batch;
  works.push(work.catch(() => undefined));
  // A read may join while the others run: wait until the batch stops growing.
  for (let waited = 0; waited < works.length; ) {
    waited = works.length;
    await Promise.all(works);
  }
  return work;
}
