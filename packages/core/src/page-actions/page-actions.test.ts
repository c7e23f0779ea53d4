import { describe, expect, it, vi } from 'vitest';
import type { IntentRuntime, IntentSnapshot } from '../intent/intent.types';
import { pageActions } from './page-actions';

const snapshot = { id: 'a', state: { problem: { kind: 'insufficient_funds' } } } as unknown as IntentSnapshot;

function setUp(settings: Parameters<typeof pageActions>[0]) {
  const runtime = { act: vi.fn(), get: vi.fn(() => snapshot) };
  const openRecharge = vi.fn();
  const page = pageActions(settings, runtime as unknown as IntentRuntime, openRecharge);
  return { page, runtime, openRecharge };
}

describe('pageActions', () => {
  it("leaves an intent's own actions to the runtime, and offers them only for an intent", () => {
    const { page, runtime } = setUp({});
    expect(page.canPerform('retry_now', 'rate_limited', 'a')).toBe(true);
    expect(page.canPerform('retry_now', 'rate_limited', undefined)).toBe(false);
    page.perform('retry_now', 'a');
    expect(runtime.act).toHaveBeenCalledWith('a', 'retry_now');
  });

  it('opens the recharge dialog to add funds when the app has a checkout, else links to its page', () => {
    const withCheckout = setUp({ hasCheckout: true, rechargeUrl: '/billing' });
    expect(withCheckout.page.hrefFor('add_funds')).toBeUndefined();
    withCheckout.page.perform('add_funds', 'a');
    expect(withCheckout.openRecharge).toHaveBeenCalledWith('a', false);

    const withLink = setUp({ rechargeUrl: '/billing', statusPageUrl: 'https://status.example.com' });
    expect(withLink.page.hrefFor('add_funds')).toBe('/billing');
    expect(withLink.page.hrefFor('check_status')).toBe('https://status.example.com');
    expect(withLink.page.canPerform('add_funds', 'insufficient_funds', 'a')).toBe(true);
  });

  it("asks an admin for funds through the dialog, and runs the app's own handler before anything else", () => {
    const { page, openRecharge } = setUp({});
    expect(page.canPerform('ask_admin', 'insufficient_funds', 'a')).toBe(true);
    expect(page.canPerform('ask_admin', 'permission_denied', 'a')).toBe(false);
    page.perform('ask_admin', 'a');
    expect(openRecharge).toHaveBeenCalledWith('a', true);

    const signIn = vi.fn();
    const own = setUp({
      actions: { sign_in: signIn, add_funds: signIn },
      hasCheckout: true,
      rechargeUrl: '/x',
    });
    expect(own.page.hrefFor('add_funds')).toBeUndefined();
    own.page.perform('add_funds', 'a');
    expect(signIn).toHaveBeenCalledWith(snapshot);
    expect(own.openRecharge).not.toHaveBeenCalled();
  });

  it('offers nothing that nobody takes, so no button does nothing', () => {
    const { page } = setUp({});
    for (const action of ['add_funds', 'sign_in', 'upgrade_plan', 'check_status'] as const) {
      expect(page.canPerform(action, 'insufficient_funds', 'a'), action).toBe(false);
    }
  });
});
