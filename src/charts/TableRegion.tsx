import type { ReactNode } from 'react';

/**
 * A captioned table in a horizontally scrollable region. The region is focusable and named, so
 * keyboard users can scroll a wide table on a phone (axe: scrollable-region-focusable).
 */
export function TableRegion({
  caption,
  className = 'data-table',
  hideCaption = false,
  children,
}: {
  caption: string;
  className?: string;
  /** When a heading right above already names the table; screen readers still get the caption. */
  hideCaption?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="table-wrap" tabIndex={0} aria-label={caption}>
      <table className={className}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
