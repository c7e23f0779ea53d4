import { safeLink } from '@tactful/core';
import type { ReactNode } from 'react';
import { Button, type ButtonVariant } from '../primitives/Button';

export interface ActionProps {
  readonly variant: ButtonVariant;
  readonly children: ReactNode;
  readonly onClick?: (() => void) | undefined;
  readonly href?: string | undefined;
}

/**
 * An action the app wired up: a link when it gave a safe `href` (styled as a button), else a button
 * when it gave `onClick`, else nothing, so an action that would do nothing is never shown.
 */
export function Action({ variant, children, onClick, href }: ActionProps) {
  const link = safeLink(href);
  if (link && href) {
    // The app's own text, once checked: safeLink resolves against the current origin, which differs
    // between server and browser, so its absolute form would not hydrate.
    return (
      <a
        className="tactful-button"
        data-variant={variant}
        href={href.trim()}
        onClick={onClick}
        rel={link.rel}
      >
        {children}
      </a>
    );
  }
  return onClick ? (
    <Button onClick={onClick} variant={variant}>
      {children}
    </Button>
  ) : null;
}
