import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isLoopbackAddress, isLoopbackHostHeader, urlFor } from './loopback';

describe('isLoopbackAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '127.255.255.254',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    'localhost',
    'LOCALHOST',
  ])('accepts %s', (host) => expect(isLoopbackAddress(host)).toBe(true));

  it.each([
    '0.0.0.0',
    '::',
    '192.168.0.2',
    '10.1.1.1',
    '128.0.0.1',
    '::2',
    '::ffff:10.0.0.1',
    'example.com',
    'localhost.example.com',
    '127.0.0.1.nip.io',
    '',
    '127.0.0.256',
    'fe80::1%lo',
  ])('refuses %j', (host) => expect(isLoopbackAddress(host)).toBe(false));
});

describe('isLoopbackHostHeader', () => {
  it.each(['127.0.0.1:4317', 'localhost:4317', 'localhost', '[::1]:4317', '[::1]'])('accepts %s', (header) =>
    expect(isLoopbackHostHeader(header)).toBe(true),
  );

  it.each([undefined, '', 'evil.example:4317', 'evil.example', '[::2]:80', '10.0.0.1:4317'])(
    'refuses %j',
    (header) => expect(isLoopbackHostHeader(header)).toBe(false),
  );
});

describe('isAllowedOrigin', () => {
  it('lets requests without an Origin through, and loopback pages', () => {
    expect(isAllowedOrigin(undefined)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5173')).toBe(true);
    expect(isAllowedOrigin('http://localhost:4317')).toBe(true);
    expect(isAllowedOrigin('http://[::1]:4317')).toBe(true);
  });

  it('refuses other pages, opaque origins and garbage', () => {
    expect(isAllowedOrigin('https://attacker.example')).toBe(false);
    expect(isAllowedOrigin('null')).toBe(false);
    expect(isAllowedOrigin('not a url')).toBe(false);
  });
});

describe('urlFor', () => {
  it('brackets IPv6 literals only', () => {
    expect(urlFor('127.0.0.1', 4317)).toBe('http://127.0.0.1:4317');
    expect(urlFor('::1', 80)).toBe('http://[::1]:80');
    expect(urlFor('[::1]', 80)).toBe('http://[::1]:80');
    expect(urlFor('localhost', 1)).toBe('http://localhost:1');
  });
});
