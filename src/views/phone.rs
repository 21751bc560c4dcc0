//! The patient's own checklist on their phone (issue 27): the laptop is
//! closed at the moments that matter most (the morning of the session, a
//! cutoff in the night), so every checklist item with a time becomes a
//! calendar event the phone reminds of by itself.
//!
//! - One event per item not yet ticked, starting at the moment to act (a
//!   calendar that ignores imported alarms still notifies at its start),
//!   with an alarm at the item's reminder time: its lead time, and a cutoff
//!   in the night alarms at bedtime and says its clock time, as the app's
//!   own reminder does. The session, the pickup and the end of the
//!   no-driving time come as the ride card writes them.
//! - Updates, not duplicates: each event keeps its UID for the life of its
//!   item and gets a higher SEQUENCE when anything in it changed; an event
//!   no longer in the plan (an item ticked or removed, a cancelled session)
//!   goes out cancelled. What was sent is remembered
//!   (`storage::phone_events`), so Today can say when the phone's copy is
//!   out of date.
//! - Three ways there: the file, the mail program with the file attached,
//!   and QR codes a phone camera reads from the screen, one per day of the
//!   session (split in parts when a day holds too much for one code).
//! - Neutral titles, when the patient chose them ("Steady: one thing to do
//!   at 07:00"), carry no medicine, clinic or care word anywhere in the file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Timelike, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::basics::time;
use crate::facts::model::{Checklist, ItemId, Session, SessionId};
use crate::reminders::decide::notice_text;
use crate::storage::phone_events::{PhoneTitles, SentEvent};
use crate::storage::reminder_log::ReminderState;
use crate::storage::store::Store;
use crate::t;
use crate::views::ics::{self, Event, Versioned};
use crate::views::qr::QrMatrix;

/// How long an item's event lasts in the calendar: long enough to be seen
/// in a day view, short enough not to cover the next one.
// Not a care number: how the calendar draws an item (Steady's choice).
const ITEM_MINUTES: i64 = 15;

/// A QR code a phone reads from a laptop screen holds at most this much of
/// a calendar: about version 25 at low error correction, 117 modules a side,
/// three pixels each at the window's normal size. A day with more is split.
// Not a care number: a size limit of the QR codes.
const QR_MAX_BYTES: usize = 1_100;

/// The hours after waking when a laptop is usually still closed: a reminder
/// then (or in the night) is one to have on the phone.
// Not a care number: when Steady suggests the phone (Steady's choice).
const EARLY_MORNING_HOURS: i64 = 2;

/// One event of the phone's calendar, before it is versioned.
#[derive(Debug, Clone)]
struct Planned {
    uid: String,
    item_id: Option<ItemId>,
    day: Checklist,
    summary: String,
    description: String,
    location: Option<String>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    alarm_minutes_before: i64,
    /// What the alarm says when not the summary (a cutoff in the night).
    alarm_text: Option<String>,
}

impl Planned {
    fn event(&self) -> Event<'_> {
        Event {
            uid: self.uid.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            location: self.location.as_deref(),
            start: self.start,
            end: self.end,
            alarm_minutes_before: self.alarm_minutes_before,
        }
    }
}

/// An item's calendar UID: the same for the life of the item, whatever
/// changes in it. The session's own events keep the ride card's UIDs.
fn item_uid(item_id: ItemId) -> String {
    format!("steady-item-{item_id}@steady.local")
}

/// A QR code for one day of a session (or a part of one).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PhoneQr {
    /// "The day before (1 of 2)".
    pub label: String,
    /// The calendar the code holds.
    pub content: String,
    pub svg: String,
    /// Modules a side, so the window can draw each at a whole number of pixels.
    #[ts(type = "number")]
    pub modules: usize,
}

/// What "Put my reminders on my phone" made for one session.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PhoneCalendar {
    #[ts(type = "number")]
    pub session_id: SessionId,
    /// The calendar file's text.
    pub ics: String,
    /// "steady-reminders-2026-12-03.ics".
    pub file_name: String,
    /// Events on the phone after this (not cancelled).
    #[ts(type = "number")]
    pub events: usize,
    /// Events this sends cancelled (no longer in the plan).
    #[ts(type = "number")]
    pub cancelled: usize,
    pub titles: PhoneTitles,
    pub qr: Vec<PhoneQr>,
}

/// Where the phone's copy of one session stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SessionOnPhone {
    #[ts(type = "number")]
    pub session_id: SessionId,
    /// Something was sent for this session.
    pub sent: bool,
    /// The plan changed since: "Your phone has the old times: send again".
    pub out_of_date: bool,
    /// Items whose event on the phone is as the plan is now.
    #[ts(type = "Array<number>")]
    pub on_phone: Vec<ItemId>,
    /// A coming reminder falls in the night or the early morning, when a
    /// laptop is usually closed, and the phone has not got it.
    pub suggest: bool,
}

/// The phone's calendar, for Today and the Session plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PhoneStatus {
    /// None until the patient chose: the window explains syncing first.
    pub titles: Option<PhoneTitles>,
    pub sessions: Vec<SessionOnPhone>,
}

impl Store {
    /// The events the phone should have for `session` now, in `titles`.
    /// `reminders`: the store's reminders at this moment (`Store::reminders`),
    /// read once by the caller for every session it plans.
    fn planned_phone_events(
        &self,
        session: &Session,
        titles: PhoneTitles,
        reminders: &[crate::storage::reminder_log::Reminder],
    ) -> Result<Vec<Planned>> {
        if session.cancelled_at.is_some() {
            return Ok(vec![]);
        }
        let style = self.time_style();
        let tz = time::parse_zone(&session.tz)?;
        let neutral = titles == PhoneTitles::Neutral;
        let checklists: HashMap<ItemId, Checklist> = self
            .items_of_session(session.id)?
            .into_iter()
            .map(|item| (item.id, item.checklist))
            .collect();
        let mut planned = Vec::new();
        for reminder in reminders {
            if reminder.session_id != session.id || reminder.state == ReminderState::Done {
                continue;
            }
            let time = style.clock(reminder.due_at, tz);
            let (summary, description, alarm_text) = if neutral {
                (
                    t!("phone-neutral-title", time = time.clone()),
                    t!("phone-neutral-detail"),
                    None,
                )
            } else {
                let alarm = reminder.at_bedtime.then(|| {
                    let notice = notice_text(reminder, Duration::zero(), style);
                    t!("phone-alarm-at-bedtime", title = notice.title, body = notice.body)
                });
                (reminder.title.clone(), reminder.detail.clone(), alarm)
            };
            planned.push(Planned {
                uid: item_uid(reminder.item_id),
                item_id: Some(reminder.item_id),
                day: checklists
                    .get(&reminder.item_id)
                    .copied()
                    .unwrap_or(Checklist::DayBefore),
                summary,
                description,
                location: None,
                start: reminder.due_at,
                end: reminder.due_at + Duration::minutes(ITEM_MINUTES),
                alarm_minutes_before: (reminder.due_at - reminder.remind_at).num_minutes().max(0),
                alarm_text,
            });
        }
        // The session, the pickup and the end of the no-driving time, as
        // the ride card's calendar has them (same UIDs: one copy each).
        let card = self.ride_card(session.id, style)?;
        for (kind, event) in crate::views::ride::events(&card).into_iter().enumerate() {
            let time = style.clock(event.start, tz);
            let (summary, description, location) = if neutral {
                let summary = match kind {
                    0 => t!("phone-neutral-session", time = time.clone()),
                    1 => t!("phone-neutral-pickup", time = time.clone()),
                    _ => t!("phone-neutral-title", time = time.clone()),
                };
                (summary, t!("phone-neutral-detail"), None)
            } else {
                (
                    event.summary.clone(),
                    event.description.clone(),
                    event.location.map(str::to_string),
                )
            };
            planned.push(Planned {
                uid: event.uid.clone(),
                item_id: None,
                day: Checklist::SessionDay,
                summary,
                description,
                location,
                start: event.start,
                end: event.end,
                alarm_minutes_before: event.alarm_minutes_before,
                alarm_text: None,
            });
        }
        planned.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.uid.cmp(&b.uid)));
        Ok(planned)
    }

    /// Makes the phone's calendar for `session_id` and remembers it as sent
    /// at `now`: unchanged events keep their SEQUENCE, changed ones get the
    /// next, events no longer in the plan go out cancelled.
    pub fn phone_calendar(&mut self, session_id: SessionId, now: DateTime<Utc>) -> Result<PhoneCalendar> {
        let titles = self
            .phone_titles()?
            .ok_or_else(|| Error::invalid("phone_titles", t!("phone-error-choose-titles")))?;
        let session = self.session(session_id)?;
        let planned = self.planned_phone_events(&session, titles, &self.reminders(now)?)?;
        let sent: HashMap<String, SentEvent> = self
            .sent_phone_events(session_id)?
            .into_iter()
            .map(|e| (e.uid.clone(), e))
            .collect();
        // (event, its day, sequence, cancelled, alarm text)
        let mut out: Vec<(Planned, u32, bool)> = Vec::new();
        let mut record = Vec::new();
        for p in planned {
            let event = p.event();
            let draft = Versioned {
                event: &event,
                sequence: 0,
                cancelled: false,
                alarm_text: p.alarm_text.as_deref(),
            };
            let content = ics::content_of(&draft);
            let sequence = match sent.get(&p.uid) {
                Some(s) if s.content == content && !s.cancelled => s.sequence,
                Some(s) => s.sequence + 1,
                None => 0,
            };
            record.push(SentEvent {
                uid: p.uid.clone(),
                session_id,
                item_id: p.item_id,
                sequence,
                start_at: p.start,
                end_at: p.end,
                summary: p.summary.clone(),
                content,
                cancelled: false,
            });
            out.push((p, sequence, false));
        }
        let current: std::collections::HashSet<String> = out.iter().map(|(p, _, _)| p.uid.clone()).collect();
        let mut gone: Vec<&SentEvent> = sent.values().filter(|s| !current.contains(&s.uid)).collect();
        gone.sort_by(|a, b| a.start_at.cmp(&b.start_at).then_with(|| a.uid.cmp(&b.uid)));
        for s in gone {
            let p = Planned {
                uid: s.uid.clone(),
                item_id: s.item_id,
                day: Checklist::SessionDay,
                summary: s.summary.clone(),
                description: String::new(),
                location: None,
                start: s.start_at,
                end: s.end_at,
                alarm_minutes_before: 0,
                alarm_text: None,
            };
            let event = p.event();
            let draft = Versioned {
                event: &event,
                sequence: 0,
                cancelled: true,
                alarm_text: None,
            };
            let content = ics::content_of(&draft);
            // Sent cancelled before and unchanged: the same again, so that
            // importing this file twice changes nothing.
            let sequence = if s.cancelled && s.content == content {
                s.sequence
            } else {
                s.sequence + 1
            };
            record.push(SentEvent {
                sequence,
                content,
                cancelled: true,
                ..s.clone()
            });
            out.push((p, sequence, true));
        }
        let mut text = String::new();
        for (p, sequence, cancelled) in &out {
            let event = p.event();
            ics::write_versioned(
                &Versioned {
                    event: &event,
                    sequence: *sequence,
                    cancelled: *cancelled,
                    alarm_text: p.alarm_text.as_deref(),
                },
                now,
                &mut text,
            );
        }
        let tz = time::parse_zone(&session.tz)?;
        let style = self.time_style();
        let name = match titles {
            PhoneTitles::Neutral => t!("phone-calendar-name-neutral"),
            PhoneTitles::Full => t!("phone-calendar-name", date = style.short_day(session.start_at, tz)),
        };
        let qr = day_codes(&out, &name, now)?;
        let ics = ics::calendar_of(&name, &text);
        self.record_sent_phone_events(&record, now)?;
        Ok(PhoneCalendar {
            session_id,
            file_name: format!(
                "steady-reminders-{}.ics",
                session.start_at.with_timezone(&tz).format("%Y-%m-%d")
            ),
            events: out.iter().filter(|(_, _, cancelled)| !cancelled).count(),
            cancelled: out.iter().filter(|(_, _, cancelled)| *cancelled).count(),
            ics,
            titles,
            qr,
        })
    }

    /// Where the phone's copy stands, for the coming sessions and any sent.
    pub fn phone_status(&self, now: DateTime<Utc>) -> Result<PhoneStatus> {
        let titles = self.phone_titles()?;
        let day = self.day_times()?;
        let mut ids: Vec<SessionId> = self.current_and_upcoming_sessions(now)?.iter().map(|s| s.id).collect();
        for id in self.sessions_sent_to_phone()? {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let reminders = self.reminders(now)?;
        let mut sessions = Vec::new();
        for id in ids {
            let session = self.session(id)?;
            let sent: HashMap<String, SentEvent> = self
                .sent_phone_events(id)?
                .into_iter()
                .map(|e| (e.uid.clone(), e))
                .collect();
            let planned = self.planned_phone_events(&session, titles.unwrap_or(PhoneTitles::Full), &reminders)?;
            let mut on_phone = Vec::new();
            let mut out_of_date = false;
            for p in &planned {
                let event = p.event();
                let content = ics::content_of(&Versioned {
                    event: &event,
                    sequence: 0,
                    cancelled: false,
                    alarm_text: p.alarm_text.as_deref(),
                });
                match sent.get(&p.uid) {
                    Some(s) if !s.cancelled && s.content == content => {
                        if let Some(item) = p.item_id {
                            on_phone.push(item);
                        }
                    }
                    _ => out_of_date = true,
                }
            }
            let planned_uids: std::collections::HashSet<&str> = planned.iter().map(|p| p.uid.as_str()).collect();
            if sent
                .values()
                .any(|s| !s.cancelled && !planned_uids.contains(s.uid.as_str()))
            {
                out_of_date = true;
            }
            let is_sent = !sent.is_empty();
            let tz = time::parse_zone(&session.tz)?;
            let while_closed = |at: DateTime<Utc>| {
                let local = at.with_timezone(&tz);
                let minute = i64::from(local.hour() * 60 + local.minute());
                let wake = i64::from(day.wake.minute_of_day());
                let bed = i64::from(day.bedtime.minute_of_day());
                let early_end = wake + EARLY_MORNING_HOURS * 60;
                let in_night = if bed > wake {
                    minute >= bed || minute < wake
                } else {
                    minute >= bed && minute < wake
                };
                in_night || (wake..early_end).contains(&minute)
            };
            let suggest = session.cancelled_at.is_none()
                && reminders.iter().any(|r| {
                    r.session_id == id
                        && r.fire_at().is_some_and(|at| at > now)
                        && !on_phone.contains(&r.item_id)
                        && (while_closed(r.due_at) || while_closed(r.remind_at))
                });
            sessions.push(SessionOnPhone {
                session_id: id,
                sent: is_sent,
                out_of_date: is_sent && out_of_date,
                on_phone,
                suggest,
            });
        }
        Ok(PhoneStatus { titles, sessions })
    }
}

/// The QR codes: one per day of the session (the day before, the session
/// day), each a small calendar of that day's events without descriptions,
/// split in parts where a day is too much for one code a phone reads off a
/// screen.
fn day_codes(events: &[(Planned, u32, bool)], name: &str, now: DateTime<Utc>) -> Result<Vec<PhoneQr>> {
    let mut codes = Vec::new();
    let alarm_word = t!("phone-qr-alarm");
    for day in [Checklist::DayBefore, Checklist::SessionDay] {
        let mut parts: Vec<String> = Vec::new();
        let mut part = String::new();
        for (p, sequence, cancelled) in events.iter().filter(|(p, _, c)| p.day == day && !c) {
            let brief = Event {
                uid: p.uid.clone(),
                summary: p.summary.clone(),
                description: String::new(),
                location: None,
                start: p.start,
                end: p.end,
                alarm_minutes_before: p.alarm_minutes_before,
            };
            let mut one = String::new();
            ics::write_versioned(
                &Versioned {
                    event: &brief,
                    sequence: *sequence,
                    cancelled: *cancelled,
                    // A phone shows the event's title with its alarm; a short
                    // word here leaves room for more events in one code.
                    alarm_text: Some(&alarm_word),
                },
                now,
                &mut one,
            );
            if !part.is_empty() && part.len() + one.len() > QR_MAX_BYTES {
                parts.push(std::mem::take(&mut part));
            }
            part.push_str(&one);
        }
        if !part.is_empty() {
            parts.push(part);
        }
        let count = parts.len();
        for (n, events_text) in parts.into_iter().enumerate() {
            let content = ics::calendar_of(name, &events_text);
            let label = match (day, count) {
                (Checklist::DayBefore, 1) => t!("phone-qr-day-before"),
                (Checklist::SessionDay, 1) => t!("phone-qr-session-day"),
                (Checklist::DayBefore, _) => t!("phone-qr-day-before-part", part = n + 1, parts = count),
                (Checklist::SessionDay, _) => t!("phone-qr-session-day-part", part = n + 1, parts = count),
            };
            let matrix = QrMatrix::new_compact(&content)?;
            codes.push(PhoneQr {
                svg: matrix.svg(&label),
                modules: matrix.width,
                label,
                content,
            });
        }
    }
    Ok(codes)
}

/// Saves `calendar` into `dir`; the path written.
pub fn save_phone_calendar(calendar: &PhoneCalendar, dir: &Path) -> Result<PathBuf> {
    let path = dir.join(&calendar.file_name);
    crate::views::ride::write_file(&path, calendar.ics.as_bytes())?;
    Ok(path)
}

/// What "Send to my phone" did.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SentToPhone {
    pub file: String,
    /// The mail program got the file attached (Linux, xdg-email).
    pub attached: bool,
    /// What to tell the patient.
    pub note: String,
}

/// Saves the calendar into `dir` and opens the mail program with it
/// attached (`xdg-email` on Linux, `program` when a test names another; a
/// `mailto:` link elsewhere, saying which file to attach), addressed to the
/// patient themselves when `to` is given.
pub fn send_to_phone(
    calendar: &PhoneCalendar,
    dir: &Path,
    to: Option<&str>,
    program: Option<&Path>,
) -> Result<SentToPhone> {
    let path = save_phone_calendar(calendar, dir)?;
    let file = path.display().to_string();
    let subject = t!("phone-mail-subject");
    let body = t!("phone-mail-body");
    if cfg!(target_os = "linux") || program.is_some() {
        let program = program.map(PathBuf::from).unwrap_or_else(|| PathBuf::from("xdg-email"));
        let mut command = std::process::Command::new(&program);
        command
            .arg("--utf8")
            .args(["--subject", &subject])
            .args(["--body", &body])
            .args(["--attach", &file]);
        if let Some(address) = to.map(str::trim).filter(|a| !a.is_empty()) {
            command.arg(address);
        }
        return match crate::views::driver_mail::run_briefly(&mut command) {
            Ok(None) => Ok(SentToPhone {
                file,
                attached: true,
                note: t!("phone-mail-opened"),
            }),
            Ok(Some(status)) => Err(Error::Document(t!(
                "phone-error-mail-failed",
                program = program.display().to_string(),
                status = status.to_string(),
                folder = dir.display().to_string()
            ))),
            Err(e) => Err(Error::Document(t!(
                "phone-error-no-mail-program",
                program = program.display().to_string(),
                reason = e.to_string(),
                folder = dir.display().to_string()
            ))),
        };
    }
    let encode = crate::views::driver_mail::percent_encode;
    crate::views::driver_mail::open_mailto(&format!(
        "mailto:{}?subject={}&body={}",
        to.map(encode).unwrap_or_default(),
        encode(&subject),
        encode(&body)
    ))?;
    Ok(SentToPhone {
        note: t!(
            "phone-mail-opened-attach",
            folder = dir.display().to_string(),
            file = calendar.file_name.clone()
        ),
        file,
        attached: false,
    })
}
