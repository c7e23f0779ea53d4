import { describe, expect, it } from 'vitest';
import { dir } from './direction';

describe('dir', () => {
  it.each(['ar', 'ar-EG', 'he', 'iw', 'fa', 'ur', 'ckb', 'ps', 'yi', 'az-Arab', 'pa-Arab'])(
    '%s is rtl',
    (lng) => {
      expect(dir(lng)).toBe('rtl');
    },
  );

  it.each(['en', 'en-XA', 'es-MX', 'ku', 'az', 'zh-CN', 'ja', 'hi', 'tr', 'pa'])('%s is ltr', (lng) => {
    expect(dir(lng)).toBe('ltr');
  });

  it('reads anything it cannot parse as ltr', () => {
    expect(dir(undefined)).toBe('ltr');
    expect(dir('')).toBe('ltr');
    expect(dir('not a language!')).toBe('ltr');
  });
});
