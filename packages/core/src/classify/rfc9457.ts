/**
 * RFC 9457 problem details put the meaning in `type`, a URI
 * ("https://example.com/probs/out-of-credit"): its last segment is the code, and read as words
 * ("out of credit") it is also a message the meaning rules understand.
 */
export function problemTypeSlug(type: string): string | undefined {
  if (!type.includes('/')) return undefined;
  const slug = type
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean)
    .pop();
  return slug && /[a-z]/i.test(slug) && !slug.includes('.') ? slug : undefined;
}
