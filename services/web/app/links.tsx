import type { ComponentChildren } from 'preact';
import { safeHref } from './safe-href';

/**
 * A link to another site, opened in a new tab without access to this one (noopener) nor our address
 * (noreferrer); a URL of any other scheme is shown as plain text.
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string | null | undefined;
  children: ComponentChildren;
}) {
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
