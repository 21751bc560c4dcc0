// The window's words: the same Fluent files the Rust core reads
// (src/basics/messages/<language>/*.ftl), handed over by the core with the
// first screen and again when the language changes (`Catalogue`), so there
// is one catalogue for both sides and the bundle carries no copy of it.
//
// Components write `t("today-next-title")` or `t("hours", { hours: 6 })`;
// the id is always written out whole (the catalogue test finds every use
// that way). Changing the language re-renders every `t(...)` on screen.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Catalogue } from "./bindings/Catalogue";

/** Bumped when the language changes: every `t()` read in a template depends on it. */
let version = $state(0);
let bundles: FluentBundle[] = [];
let tag = "en";

const ACCENTED_SMALL = "àƀçḓéƒĝĥîĵķļḿñôƥʠŕšţûṽŵẋýž";
const ACCENTED_CAPS = "ÅƁÇḒÉƑĜĤÎĴĶĻḾÑÖƤǪŔŠŢÛṼŴẊÝŽ";
const FLIPPED_SMALL = "ɐqɔpǝɟƃɥıɾʞʅɯuodbɹsʇnʌʍxʎz";
const FLIPPED_CAPS = "∀ԐↃᗡƎℲ⅁HIſӼ⅂WNOԀÒᴚS⊥∩ɅMX⅄Z";

function letters(map: string): string[] {
  return Array.from(map);
}
const maps = {
  accentedSmall: letters(ACCENTED_SMALL),
  accentedCaps: letters(ACCENTED_CAPS),
  flippedSmall: letters(FLIPPED_SMALL),
  flippedCaps: letters(FLIPPED_CAPS),
};

/** Letters written twice in en-XA, as in Rust's `DOUBLED`. */
const DOUBLED = "aeiouynrs";

/** en-XA: each ASCII letter accented, some doubled (as Rust's `pseudo_long`). */
export function pseudoLong(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      const accented = maps.accentedSmall[code - 97];
      out += DOUBLED.includes(c) ? accented + accented : accented;
    } else if (code >= 65 && code <= 90) {
      out += maps.accentedCaps[code - 65];
    } else {
      out += c;
    }
  }
  return out;
}

/** ar-XB: each ASCII letter upside down, the run forced right to left (as Rust's `pseudo_mirrored`). */
export function pseudoMirrored(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  let out = "\u202e";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) out += maps.flippedSmall[code - 97];
    else if (code >= 65 && code <= 90) out += maps.flippedCaps[code - 65];
    else out += c;
  }
  return out + "\u202c";
}

function bundleOf(locale: string, sources: string[], transform?: (s: string) => string): FluentBundle {
  // Isolation marks around arguments are left out, as in Rust: the page's
  // `dir` lays out right-to-left text, and phone numbers are set apart by
  // the components (`<bdi dir="ltr">`).
  const bundle = new FluentBundle(locale, { useIsolating: false, transform });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source));
    for (const e of errors) console.warn("steady: catalogue:", e.message);
  }
  return bundle;
}

/** Speaks `catalogue`'s language from now on, and lays the page out its way. */
export function setCatalogue(catalogue: Catalogue) {
  const transform =
    catalogue.pseudo === "accented" ? pseudoLong : catalogue.pseudo === "mirrored" ? pseudoMirrored : undefined;
  const own = bundleOf(catalogue.pseudo ? "en" : catalogue.tag, catalogue.sources, transform);
  bundles = catalogue.fallback.length > 0 ? [own, bundleOf("en", catalogue.fallback)] : [own];
  tag = catalogue.tag;
  document.documentElement.lang = catalogue.tag;
  document.documentElement.dir = catalogue.dir;
  version += 1;
}

/** The current language's tag ("de", "pt-BR"). */
export function language(): string {
  void version;
  return tag;
}

/**
 * The message `id` in the current language, with `args` (numbers stay
 * numbers, so the language's plural rules choose the words).
 */
export function t(id: string, args?: Record<string, FluentVariable | null | undefined>): string {
  void version; // a dependency: re-rendered when the language changes
  const clean: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args ?? {})) clean[k] = v ?? "";
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, clean, errors);
    for (const e of errors) console.warn(`steady: ${id}:`, e.message);
    return text;
  }
  console.warn(`steady: no message ${id}`);
  return `[${id}]`;
}
