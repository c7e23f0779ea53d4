import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, inject, it } from 'vitest';

// Guards the React 18 project: if its aliases stopped applying it would quietly test React 19 again.
describe('React under test', () => {
  it('is the major version this project promises, with a matching react-dom', () => {
    expect(Number(version.split('.')[0])).toBe(inject('reactMajor'));
    expect(domVersion).toBe(version);
  });
});
