/**
 * What a key is on screen decides which length and shape rules apply to it.
 * - title: the last segment is `title` or ends in `_title` (banner and dialog headings).
 * - button: a segment is `actions` (`actions.add_funds`, `recharge.actions.submit`), or the key is one of
 *   the few whose names were fixed before this convention (`BUTTON_KEYS`). An app's own buttons follow the
 *   convention to be checked the same way.
 * - text: everything else (sentences, labels, announcements).
 */
export type KeyRole = 'title' | 'button' | 'text';

export const BUTTON_KEYS: ReadonlySet<string> = new Set([
  'a11y.close',
  'a11y.dismiss',
  'autoRecharge.save',
  'balance.set_up_auto_recharge',
]);

export function keyRole(key: string): KeyRole {
  const segments = key.split('.');
  const last = segments[segments.length - 1] ?? '';
  if (BUTTON_KEYS.has(key) || segments.slice(0, -1).includes('actions')) return 'button';
  if (last === 'title' || last.endsWith('_title')) return 'title';
  return 'text';
}

/** Verbs a button label may start with, in English: the imperative of the actions product UIs offer. */
export const BUTTON_VERBS: ReadonlySet<string> = new Set(
  `accept activate add allow apply approve ask book browse buy call cancel change check choose clear close
  complete configure confirm connect contact continue copy create customize decline delete disable discard
  dismiss download edit email enable end enter explore export finish fix follow get give go grant hide import
  install invite join keep learn leave let load log manage mark move open order pause pay pick preview print
  raise read recharge refresh reload remind remove rename renew reopen replace report request reset resend
  restart restore resume retry return review run save schedule see select send set share show sign skip
  start stay stop submit subscribe switch take tell top try turn undo unlock unsubscribe update upgrade upload
  use verify view visit wait`
    .split(/\s+/)
    .filter(Boolean),
);

/** Short answers that are standard button labels though they do not start with a verb. */
export const BUTTON_IDIOMS: ReadonlySet<string> = new Set([
  'not now',
  'maybe later',
  'no thanks',
  'no, thanks',
]);
