import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLink } from './safe-url';

const base = 'https://app.example.com';

describe('safeLink', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps same-origin links as they are', () => {
    expect(safeLink('/billing?from=banner', base)).toEqual({
      href: 'https://app.example.com/billing?from=banner',
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
