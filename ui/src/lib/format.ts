// Times in the user's words: "Tomorrow, 07:00", "in 45 min". Each time is
// shown on the clock of the zone its session happens in; 12 h or 24 h
// follows the system locale through Intl.

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function format(tz: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tz + JSON.stringify(options);
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { timeZone: tz, ...options });
    timeFormats.set(key, f);
  }
  return f;
}

export function clock(iso: string, tz: string): string {
  return format(tz, { hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

export function longDate(iso: string, tz: string): string {
  return format(tz, { weekday: "long", day: "numeric", month: "long" }).format(new Date(iso));
}

export function shortDate(iso: string, tz: string): string {
  return format(tz, { weekday: "short", day: "numeric", month: "short" }).format(new Date(iso));
}

/** The calendar date of an instant in a zone, as YYYY-MM-DD. */
function ymd(date: Date, tz: string): string {
  // By part type, not position: the locale decides the order (en-US puts
  // the month first, en-GB the day).
  const parts = format(tz, { year: "numeric", month: "2-digit", day: "2-digit", calendar: "iso8601", numberingSystem: "latn" })
    .formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function daysBetween(now: Date, iso: string, tz: string): number {
  const a = Date.parse(ymd(now, tz) + "T00:00:00Z");
  const b = Date.parse(ymd(new Date(iso), tz) + "T00:00:00Z");
  return Math.round((b - a) / 86_400_000);
}

/** "Today, 22:00", "Tomorrow, 07:00", "Yesterday, 18:00" or "Thu 3 Dec, 09:00". */
export function when(iso: string, tz: string, now: Date): string {
  const days = daysBetween(now, iso, tz);
  const time = clock(iso, tz);
  if (days === 0) return `Today, ${time}`;
  if (days === 1) return `Tomorrow, ${time}`;
  if (days === -1) return `Yesterday, ${time}`;
  // Another year (a long course's history): say which.
  if (ymd(new Date(iso), tz).slice(0, 4) !== ymd(now, tz).slice(0, 4)) {
    return `${format(tz, { weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(new Date(iso))}, ${time}`;
  }
  return `${shortDate(iso, tz)}, ${time}`;
}

/** "in 45 min", "in 3 h 10 min", "now", "20 min ago"; null when more than two days away. */
export function relative(iso: string, now: Date): string | null {
  const minutes = Math.round((Date.parse(iso) - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  if (abs > 48 * 60) return null;
  if (abs < 1) return "now";
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const span = h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
  return minutes > 0 ? `in ${span}` : `${span} ago`;
}

export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "2026-12-03T09:00" for a datetime-local input, on the session's clock. */
export function inputValue(iso: string): string {
  // due_local is already on the session's clock: "2026-12-03T09:00:00+01:00".
  return iso.slice(0, 16);
}

/** The same wall-clock time one day earlier: "2026-12-03T09:00" -> "2026-12-02T09:00". */
export function dayBefore(local: string): string {
  const [date, time] = local.split("T");
  const d = new Date(date + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10) + "T" + time;
}

/** How the system shows times: 12 h where the locale's hour cycle is h11/h12. */
export function clockStyle(): "h12" | "h24" {
  const cycle = new Intl.DateTimeFormat(undefined, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12" ? "h12" : "h24";
}

/**
 * The system's region ("US", "DE"), or "" when unknown. A POSIX "C" locale
 * gives the webview a language tag Intl.Locale rejects; that must not stop
 * the app from starting.
 */
export function systemRegion(): string {
  try {
    return new Intl.Locale(navigator.language).maximize().region ?? "";
  } catch {
    return "";
  }
}

/** Letter paper where it is the norm (US, Canada, Mexico, Philippines...), else A4. */
export function defaultPaper(): "letter" | "a4" {
  return ["US", "CA", "MX", "PH", "CL", "CO", "VE"].includes(systemRegion()) ? "letter" : "a4";
}
