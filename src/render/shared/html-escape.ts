// Text into HTML: the five characters that could open markup or end an attribute are escaped. The diff and the
// deviation register's HTML share it, so policy text can never become markup in either.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
