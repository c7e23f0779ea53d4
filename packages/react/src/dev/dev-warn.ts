export const isDevelopment = () => {
  try {
    return (
      (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV !==
      'production'
    );
  } catch {
    return false;
  }
};

/** A console warning for the app's developers; silent in production builds. */
export function devWarn(message: string): void {
  if (isDevelopment()) console.warn(message);
}
