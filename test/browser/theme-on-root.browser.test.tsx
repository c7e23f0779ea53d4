import '@tactful/react/styles.css';
import { afterEach, describe, expect, it } from 'vitest';

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// The theme and motion attributes must work wherever the app puts them, <html> included.
describe('theme and motion on the root element', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-reduced-motion');
  });

  it('turns the whole page dark with data-theme="dark" on <html>', () => {
    expect(token('--tactful-surface')).toBe('#ffffff');
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(token('--tactful-surface')).toBe('#111827');
  });

  it('stops motion with data-reduced-motion on <html>', () => {
    expect(token('--tactful-motion')).toBe('180ms');
    document.documentElement.setAttribute('data-reduced-motion', 'true');
    expect(token('--tactful-motion')).toBe('0s');
  });
});
