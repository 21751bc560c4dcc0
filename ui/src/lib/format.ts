// Times in the user's words: "Tomorrow, 07:00", "in 45 min". Each time is
// shown on the clock of the zone its session happens in. 12 h or 24 h and
// the order of day and month follow the system's locale as Rust read it
// (AppInfo.locale: glibc's own data), the same style the notifications,
// PDFs and calendar use. The webview's own locale is not asked: WebKitGTK
// says en-US whatever the system is set to.
import type { SystemLocale } from "./bindings/SystemLocale";
import type { TimeStyle } from "./bindings/TimeStyle";
import { t } from "./i18n.svelte";

let style: TimeStyle = { clock: "h24", dates: "day_month" };
let region = "";
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** Called once the first screen arrives with the system's locale. */
export function setSystemLocale(locale: SystemLocale) {
  style = locale.style;
  region = locale.region ?? "";
}

function format(tz: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tz + JSON.stringify(options);
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, ...options });
    timeFormats.set(key, f);
  }
  return f;
}

/** The parts of an instant on a zone's clock, as numbers (the names come from the catalogue). */
function partsOf(iso: string, tz: string) {
  const parts = format(tz, {
    weekday: "short", year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    // 1 = Monday ... 7 = Sunday, as the catalogue's `weekday` counts.
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1,
    month: Number(part("month")), day: part("day"), year: part("year"),
    hour: Number(part("hour")) % 24, minute: part("minute"),
  };
}

// One formatter, written out as Rust's basics::locale::TimeStyle writes it,
// with the same catalogue messages for names and order, so the window,
// notifications, PDFs, calendar and message agree to the character: "18:00"
// or "6:00 PM"; "Thursday 3 December" or "Thursday, December 3".

const order = () => (style.dates === "month_day" ? "month_day" : "day_month");

export function clock(iso: string, tz: string): string {
  const p = partsOf(iso, tz);
  if (style.clock === "h12") {
    return t("clock-12h", { period: p.hour < 12 ? "am" : "pm", hour: String(p.hour % 12 || 12), minute: p.minute });
  }
  return `${String(p.hour).padStart(2, "0")}:${p.minute}`;
}

export function longDate(iso: string, tz: string): string {
  const p = partsOf(iso, tz);
  return t("date-long", {
    order: order(), weekday: t("weekday", { day: p.weekday }), day: p.day, month: t("month", { month: p.month }),
  });
}

export function shortDate(iso: string, tz: string): string {
  const p = partsOf(iso, tz);
  return t("date-short", {
    order: order(), weekday: t("weekday-short", { day: p.weekday }), day: p.day,
    month: t("month-short", { month: p.month }),
  });
}

function shortDateYear(iso: string, tz: string): string {
  const p = partsOf(iso, tz);
  return t("date-short-year", {
    order: order(), weekday: t("weekday-short", { day: p.weekday }), day: p.day,
    month: t("month-short", { month: p.month }), year: p.year,
  });
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
  if (days === 0) return t("when-today", { time });
  if (days === 1) return t("when-tomorrow", { time });
  if (days === -1) return t("when-yesterday", { time });
  // Another year (a long course's history): say which.
  if (ymd(new Date(iso), tz).slice(0, 4) !== ymd(now, tz).slice(0, 4)) {
    return t("when-date", { date: shortDateYear(iso, tz), time });
  }
  return t("when-date", { date: shortDate(iso, tz), time });
}

/** "in 45 min", "in 3 h 10 min", "now", "20 min ago"; null when more than two days away. */
export function relative(iso: string, now: Date): string | null {
  const minutes = Math.round((Date.parse(iso) - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  if (abs > 48 * 60) return null;
  if (abs < 1) return t("relative-now");
  const span = duration(abs);
  return minutes > 0 ? t("relative-in", { span }) : t("relative-ago", { span });
}

/** "45 min", "3 h", "3 h 10 min". */
export function duration(minutes: number): string {
  if (minutes < 60) return t("span-minutes", { minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t("span-hours", { hours: h }) : t("span-hours-minutes", { hours: h, minutes: m });
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

/** The system's region ("US", "DE"), or "" when its locale names none (C, POSIX). */
export function systemRegion(): string {
  return region;
}

/** Letter paper where it is the norm (US, Canada, Mexico, Philippines...), else A4. */
export function defaultPaper(): "letter" | "a4" {
  return ["US", "CA", "MX", "PH", "CL", "CO", "VE"].includes(systemRegion()) ? "letter" : "a4";
}
