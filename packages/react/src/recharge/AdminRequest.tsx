import { adminMessageRef, type IntentLabel, type Money } from '@tactful/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import type { Copy } from '../copy/useCopy';
import type { Politeness } from '../live-region/announcer';
import { Button } from '../primitives/Button';

export interface AdminRequestProps {
  readonly copy: Copy;
  readonly intent: IntentLabel | undefined;
  readonly needed: Money | undefined;
  readonly say: (text: string, politeness: Politeness) => void;
  /** The dialog's "Not now" button. */
  readonly notNow: ReactNode;
}

/**
 * For a user who cannot pay: a message for whoever can, ready to copy. The clipboard is tried first; where
 * it is refused, the text is selected so the user can copy it themselves.
 */
export function AdminRequest({ copy: { tr }, intent, needed, say, notNow }: AdminRequestProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const text = tr(adminMessageRef(intent, needed));
  const copiedText = tr({ key: 'recharge.admin.copied' });

  const copyMessage = () => {
    const select = () => {
      area.current?.focus();
      area.current?.select();
    };
    const done = () => {
      setCopied(true);
      say(copiedText, 'polite');
    };
    // Only ever run by a click, so in a browser; the clipboard is missing outside secure contexts.
    const clipboard = navigator.clipboard;
    if (clipboard?.writeText && text) clipboard.writeText(text).then(done, select);
    else select();
  };

  return (
    <>
      <div className="tactful-recharge__admin">
        <label htmlFor={id}>{tr({ key: 'recharge.admin.message_label' })}</label>
        <textarea
          className="tactful-input tactful-recharge__message"
          id={id}
          readOnly
          ref={area}
          rows={4}
          value={text}
        />
      </div>
      <div className="tactful-recharge__actions">
        {notNow}
        <Button onClick={copyMessage} variant="primary">
          {tr({ key: 'recharge.admin.actions.copy' })}
        </Button>
        {copied ? <span className="tactful-recharge__copied">{copiedText}</span> : null}
      </div>
    </>
  );
}
