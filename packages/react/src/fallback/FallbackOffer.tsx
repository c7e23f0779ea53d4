import type { IntentLabel } from '@tactful/core';
import { useId } from 'react';
import { useCopy } from '../copy/useCopy';
import { Button } from '../primitives/Button';
import { useOptionalTactful } from '../provider/context';
import { withCopy } from '../provider/ready';

export interface FallbackOfferProps {
  /** What the alternative is, for the copy: the app's text or its own copy key ("the basic model"). */
  readonly fallback: IntentLabel;
  /** Switches to it: `useIntent().actions.useFallback`, or the app's own. */
  readonly onUse: () => void;
  readonly className?: string | undefined;
}

/**
 * The offer of a degraded mode while the real one is unavailable: one sentence naming the
 * alternative and a button to use it, named by that sentence. Quiet: it is announced as part of the
 * message that comes with it, not on its own.
 */
export const FallbackOffer = withCopy(function FallbackOffer({
  fallback,
  onUse,
  className,
}: FallbackOfferProps) {
  const { tr, direction } = useCopy();
  const tactful = useOptionalTactful();
  const textId = useId();
  return (
    <div
      className={className ? `tactful-fallback ${className}` : 'tactful-fallback'}
      dir={tactful?.dir ?? direction}
    >
      <p className="tactful-fallback__text" id={textId}>
        {tr({ key: 'fallback.offer', values: { fallback } })}
      </p>
      <Button aria-describedby={textId} onClick={onUse}>
        {tr({ key: 'actions.use_fallback' })}
      </Button>
    </div>
  );
});
