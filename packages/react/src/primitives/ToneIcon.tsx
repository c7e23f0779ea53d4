import type { Tone } from '@tactful/core';

const paths: Record<Tone, string> = {
  critical: 'M12 3 2 20h20L12 3Zm0 6v5m0 3v.5',
  warning: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 5v5m0 3v.5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v5m0-8.5V8',
  success: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-4 9 3 3 5-6',
};

/**
 * Each tone has its own shape, so tone is never carried by colour alone. Decorative: the tone's name is
 * given as text by the component that uses it.
 */
export function ToneIcon({ tone, className }: { tone: Tone; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      className={className}
      data-tone={tone}
      fill="none"
      focusable="false"
      height="20"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      strokeWidth="2"
      viewBox="0 0 24 24"
      width="20"
    >
      <path d={paths[tone]} />
    </svg>
  );
}
