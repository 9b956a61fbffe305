import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { serializeUrlState, type UrlState } from './state';
import { navigate } from './useUrlState';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The full state the link leads to (build it with switchView or a spread of the current state). */
  to: UrlState;
}

/**
 * An in-app link: a real <a href> (so it works with the keyboard, middle-click and "open in new
 * tab") that changes the URL state without reloading the page on a plain click.
 */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={serializeUrlState(to)} onClick={handleClick} {...rest} />;
}
