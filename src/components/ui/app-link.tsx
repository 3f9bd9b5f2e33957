import type { ComponentPropsWithRef } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router-dom';

type Props = Omit<ComponentPropsWithRef<'a'>, 'href'> & { to: To; replace?: boolean; state?: unknown };

/**
 * A link within the app: React Router's Link without what only its framework mode uses
 * (prefetching route modules, view transitions, form-like machinery), which every page would
 * otherwise download. A plain click navigates in the app; a modified one (new tab…) is the browser's.
 */
export function AppLink({ to, replace, state, target, onClick, children, ...props }: Props) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  return (
    <a
      {...props}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    >
      {children}
    </a>
  );
}
