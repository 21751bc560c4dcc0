// A message with markup inside ("in <code>/home/…</code>", a phone number
// in <bdi dir="ltr">, a name in bold): the component formats the whole
// sentence with SLOT as that argument, splits the text around it and puts
// its own element in between. The sentence stays one message, so a
// translation may move the argument anywhere. Fluent's pseudo-language
// transforms touch only the message's own text, never an argument, so the
// mark survives them.

/** A private-use character no message or user text contains. */
export const SLOT = "\uE000";

/** The text before and after the SLOT in `text` (all of it before, when a translation left it out). */
export function around(text: string): [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
