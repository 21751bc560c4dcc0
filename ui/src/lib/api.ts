// The one door from the UI to the Rust core. Every command's arguments and
// result use the types ts-rs generated from the Rust definitions
// (./bindings), so the two sides cannot drift apart. Tests can swap `backend`.
import { invoke } from "@tauri-apps/api/core";
import type { FirstScreen } from "./bindings/FirstScreen";
import type { Catalogue } from "./bindings/Catalogue";
import type { PhoneStatus } from "./bindings/PhoneStatus";
import type { PhoneTitles } from "./bindings/PhoneTitles";
import type { PhoneCalendar } from "./bindings/PhoneCalendar";
import type { SentToPhone } from "./bindings/SentToPhone";
import type { LanguageChange } from "./bindings/LanguageChange";
import type { ErrorPayload } from "./bindings/ErrorPayload";
import type { Item } from "./bindings/Item";
import type { NewItem } from "./bindings/NewItem";
import type { NewMedicationHold } from "./bindings/NewMedicationHold";
import type { NewSession } from "./bindings/NewSession";
import type { Session } from "./bindings/Session";
import type { SessionView } from "./bindings/SessionView";
import type { TodayView } from "./bindings/TodayView";
import type { Reminder } from "./bindings/Reminder";
import type { ReminderSettings } from "./bindings/ReminderSettings";
import type { RemindersStatus } from "./bindings/RemindersStatus";
import type { ExportedFile } from "./bindings/ExportedFile";
import type { Paper } from "./bindings/Paper";
import type { RideCard } from "./bindings/RideCard";
import type { RideDetails } from "./bindings/RideDetails";
import type { CourseView } from "./bindings/CourseView";
import type { ImportReceipt } from "./bindings/ImportReceipt";
import type { Medication } from "./bindings/Medication";
import type { NewSeries } from "./bindings/NewSeries";
import type { RulesPreview } from "./bindings/RulesPreview";
import type { RulesForm } from "./bindings/RulesForm";
import type { ClinicRules } from "./bindings/ClinicRules";
import type { DayTimes } from "./bindings/DayTimes";
import type { CheckInSettings } from "./bindings/CheckInSettings";
import type { CheckIn } from "./bindings/CheckIn";
import type { EffectLog } from "./bindings/EffectLog";
import type { NewCheckIn } from "./bindings/NewCheckIn";
import type { Phq9Result } from "./bindings/Phq9Result";
import type { RecoveryView } from "./bindings/RecoveryView";
import type { Contacts } from "./bindings/Contacts";
import type { TrendView } from "./bindings/TrendView";
import type { CrisisNumbers } from "./bindings/CrisisNumbers";
import type { Country } from "./bindings/Country";
import type { SentToDriver } from "./bindings/SentToDriver";
import type { SheetReading } from "./bindings/SheetReading";
import type { Proposed } from "./bindings/Proposed";
import { t } from "./i18n.svelte";

type Commands = {
  today: { args: Record<string, never>; result: TodayView };
  session_view: { args: { session_id: number }; result: SessionView };
  create_session: { args: { input: NewSession }; result: Session };
  move_session: { args: { session_id: number; start_local: string }; result: Session };
  set_item_done: { args: { item_id: number; done: boolean }; result: Item };
  add_item: { args: { input: NewItem }; result: Item };
  add_medication_hold: { args: { input: NewMedicationHold }; result: Medication };
  set_item_due: { args: { item_id: number; due_local: string }; result: Item };
  reset_item_due: { args: { item_id: number }; result: Item };
  set_item_note: { args: { item_id: number; note: string | null }; result: Item };
  remove_item: { args: { item_id: number }; result: null };
  reminders_status: { args: Record<string, never>; result: RemindersStatus };
  snooze_reminder: { args: { item_id: number; minutes: number }; result: Reminder };
  set_remind_lead: { args: { item_id: number; minutes: number }; result: Reminder };
  pause_reminders: { args: { minutes: number | null }; result: ReminderSettings };
  set_stale_after_hours: { args: { hours: number }; result: ReminderSettings };
  send_test_notification: { args: Record<string, never>; result: null };
  start_at_login: { args: Record<string, never>; result: boolean };
  set_start_at_login: { args: { enabled: boolean }; result: boolean };
  ui_ready: { args: { marks?: Record<string, number> }; result: null };
  first_screen: { args: Record<string, never>; result: FirstScreen };
  catalogue: { args: Record<string, never>; result: Catalogue };
  phone_status: { args: Record<string, never>; result: PhoneStatus };
  set_phone_titles: { args: { titles: PhoneTitles }; result: PhoneStatus };
  phone_calendar: { args: { session_id: number }; result: PhoneCalendar };
  save_phone_calendar: { args: { session_id: number }; result: ExportedFile };
  send_to_phone: { args: { session_id: number; to: string | null }; result: SentToPhone };
  set_language: { args: { tag: string | null }; result: LanguageChange };
  /** `language`: the driver's (a catalogue tag, "es"); absent: the patient's. */
  ride_card: { args: { session_id: number; language?: string | null }; result: RideCard };
  set_ride_details: { args: { session_id: number; ride: RideDetails }; result: Session };
  set_patient_name: { args: { name: string | null }; result: string | null };
  set_driver_confirmed: { args: { session_id: number; confirmed: boolean }; result: RideCard };
  mark_session_ended: { args: { session_id: number; ended_local: string | null }; result: Session };
  export_ics: { args: { session_id: number | null }; result: ExportedFile };
  export_ride_card: { args: { session_id: number; paper: Paper; language?: string | null }; result: ExportedFile };
  export_driver_calendar: { args: { driver: string; language?: string | null }; result: ExportedFile };
  send_to_driver: { args: { session_id: number; paper: Paper; language?: string | null }; result: SentToDriver };
  course_view: { args: { all?: boolean }; result: CourseView };
  plan_series: { args: { input: NewSeries }; result: Session[] };
  cancel_session: { args: { session_id: number }; result: Session };
  remove_medication: { args: { medication_id: number }; result: null };
  preview_protocol: { args: { text: string }; result: RulesPreview };
  preview_protocol_file: { args: { path: string }; result: [string, RulesPreview] };
  rules_form: { args: Record<string, never>; result: RulesForm };
  preview_rules: { args: { rules: ClinicRules; session_ids: number[] }; result: RulesPreview };
  apply_rules: { args: { rules: ClinicRules; session_ids: number[] }; result: ImportReceipt };
  export_rules: { args: { rules: ClinicRules }; result: ExportedFile };
  day_times: { args: Record<string, never>; result: DayTimes };
  set_day_times: { args: { day: DayTimes }; result: DayTimes };
  set_item_part_done: { args: { item_id: number; position: number; done: boolean }; result: Item };
  read_sheet: { args: { text: string }; result: SheetReading };
  read_sheet_file: { args: { path: string }; result: [string, SheetReading] };
  merge_sheet: { args: { rules: ClinicRules; accepted: Proposed[] }; result: ClinicRules };
  import_protocol: { args: { text: string; session_ids: number[] }; result: ImportReceipt };
  undo_protocol_import: { args: { import_id: number }; result: null };
  export_protocol: { args: Record<string, never>; result: ExportedFile };
  recovery_view: { args: { session_id: number }; result: RecoveryView };
  contacts: { args: { session_id: number }; result: Contacts };
  log_effect: { args: { session_id: number; effect: string; strength: number }; result: EffectLog };
  add_check_in: { args: { input: NewCheckIn }; result: CheckIn };
  add_phq9: { args: { answers: number[] }; result: Phq9Result };
  trend: { args: Record<string, never>; result: TrendView };
  export_check_ins: { args: { paper: Paper }; result: ExportedFile[] };
  set_crisis_numbers: { args: { crisis_line: string | null; emergency_number: string | null }; result: CrisisNumbers };
  crisis_numbers: { args: Record<string, never>; result: CrisisNumbers };
  choose_country: { args: { code: string }; result: CrisisNumbers };
  confirm_country: { args: Record<string, never>; result: CrisisNumbers };
  countries: { args: Record<string, never>; result: Country[] };
  set_groggy_mode: { args: { enabled: boolean }; result: boolean };
  groggy_mode_enabled: { args: Record<string, never>; result: boolean };
  set_check_in_reminders: { args: { enabled: boolean }; result: boolean };
  check_in_reminders_enabled: { args: Record<string, never>; result: boolean };
  check_in_settings: { args: Record<string, never>; result: CheckInSettings };
  set_check_in_settings: { args: { settings: CheckInSettings }; result: CheckInSettings };
  export_data: { args: Record<string, never>; result: ExportedFile };
  open_data_folder: { args: Record<string, never>; result: null };
  print_ride_card: { args: { session_id: number; paper: Paper }; result: ExportedFile };
  import_data: { args: { text: string }; result: ExportedFile };
  unlock: { args: { passphrase: string }; result: FirstScreen };
  set_app_lock: { args: { current: string | null; new: string | null }; result: boolean };
  lock_now: { args: Record<string, never>; result: null };
};

/** Events the backend sends (see src-tauri/src/app.rs). */
export const EVENT_CHANGED = "steady://changed";
export const EVENT_OPEN_SCREEN = "steady://open-screen";

export type CommandName = keyof Commands;

/** A refusal or failure from the core, with the code the UI branches on. */
export class SteadyError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.payload = payload;
  }
  get code() {
    return this.payload.code;
  }
  get field() {
    return this.payload.field;
  }
}

export let backend: (cmd: string, args: Record<string, unknown>) => Promise<unknown> = invoke;

export function useBackend(fake: typeof backend) {
  backend = fake;
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export async function call<K extends CommandName>(
  cmd: K,
  args: Commands[K]["args"],
): Promise<Commands[K]["result"]> {
  try {
    return (await backend(cmd, args as Record<string, unknown>)) as Commands[K]["result"];
  } catch (e) {
    if (isPayload(e)) throw new SteadyError(e);
    // Not the core's payload: Tauri refused the arguments before the core saw them.
    throw new SteadyError({ code: "invalid_input", message: t("api-request-not-understood", { detail: String(e) }), field: null });
  }
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
