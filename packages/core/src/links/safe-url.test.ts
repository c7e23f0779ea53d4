import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLink } from './safe-url';

const base = 'https://app.example.com';

describe('safeLink', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps relative links exactly as written, so server and browser agree', () => {
    expect(safeLink('/billing?from=banner', base)).toEqual({ href: '/billing?from=banner' });
    expect(safeLink('checkout', base)).toEqual({ href: 'checkout' });
    expect(safeLink('https://app.example.com/billing', base)).toEqual({
      href: 'https://app.example.com/billing',
    });
  });

  it('treats protocol-relative links as links to another site', () => {
    expect(safeLink('//evil.example.net/x', base)).toEqual({
      href: 'https://evil.example.net/x',
      rel: 'noopener noreferrer',
    });
  });

  it('marks links to other sites noopener noreferrer', () => {
    expect(safeLink('https://status.provider.com', base)).toEqual({
      href: 'https://status.provider.com/',
      rel: 'noopener noreferrer',
    });
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses %j with a development warning', (url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLink(url, base)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('ignores empty values and things that are not URLs', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeLink(undefined, base)).toBeUndefined();
    expect(safeLink('   ', base)).toBeUndefined();
    expect(safeLink('http://[::1', base)).toBeUndefined();
  });
});
