//! What Steady last sent to the patient's phone calendar (issue 27): one row
//! per calendar event, with its UID, its SEQUENCE and its text as sent. The
//! calendar itself is written by `views::phone`; this is only its memory,
//! and the patient's choice of words for it (full or neutral titles).

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::Result;
use crate::basics::time::{from_db, to_db};
use crate::facts::model::{ItemId, SessionId};
use crate::storage::settings::{get_setting, put_setting};
use crate::storage::store::Store;

/// How the phone's calendar names things. A phone calendar may sync to a
/// cloud account, so the patient chooses before the first export, as the
/// app lock chooses for notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PhoneTitles {
    /// The item's own words ("Last dose of lamotrigine").
    Full,
    /// "Steady: one thing to do at 07:00": no medicine, clinic or care word.
    Neutral,
}

/// An event as it was last sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentEvent {
    pub uid: String,
    pub session_id: SessionId,
    pub item_id: Option<ItemId>,
    pub sequence: u32,
    pub start_at: DateTime<Utc>,
    pub end_at: DateTime<Utc>,
    pub summary: String,
    pub content: String,
    pub cancelled: bool,
}

impl Store {
    /// The patient's choice of words for the phone; None until they chose
    /// (the window then explains what a synced calendar means first).
    pub fn phone_titles(&self) -> Result<Option<PhoneTitles>> {
        Ok(match get_setting(&self.conn, "phone_titles")?.as_deref() {
            Some("full") => Some(PhoneTitles::Full),
            Some("neutral") => Some(PhoneTitles::Neutral),
            _ => None,
        })
    }

    pub fn set_phone_titles(&mut self, titles: PhoneTitles) -> Result<PhoneTitles> {
        let value = match titles {
            PhoneTitles::Full => "full",
            PhoneTitles::Neutral => "neutral",
        };
        put_setting(&self.conn, "phone_titles", value)?;
        Ok(titles)
    }

    /// Every event sent for `session_id`, cancelled ones too.
    pub fn sent_phone_events(&self, session_id: SessionId) -> Result<Vec<SentEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT uid, session_id, item_id, sequence, start_at, end_at, summary, content, cancelled
             FROM phone_events WHERE session_id = ?1 ORDER BY start_at, uid",
        )?;
        let rows = stmt.query_map([session_id], |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, u32>(3)?,
                ),
                (r.get::<_, String>(4)?, r.get::<_, String>(5)?),
                (r.get::<_, String>(6)?, r.get::<_, String>(7)?, r.get::<_, bool>(8)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((uid, session_id, item_id, sequence), (start_at, end_at), (summary, content, cancelled)) = row?;
            out.push(SentEvent {
                uid,
                session_id,
                item_id,
                sequence,
                start_at: from_db(&start_at)?,
                end_at: from_db(&end_at)?,
                summary,
                content,
                cancelled,
            });
        }
        Ok(out)
    }

    /// The sessions that have ever had events sent.
    pub fn sessions_sent_to_phone(&self) -> Result<Vec<SessionId>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT session_id FROM phone_events ORDER BY session_id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records `events` as sent at `now`, in one transaction.
    pub fn record_sent_phone_events(&mut self, events: &[SentEvent], now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        for e in events {
            tx.execute(
                "INSERT INTO phone_events (uid, session_id, item_id, sequence, start_at, end_at, summary, content,
                                           cancelled, sent_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (uid) DO UPDATE SET
                    session_id = excluded.session_id, item_id = excluded.item_id, sequence = excluded.sequence,
                    start_at = excluded.start_at, end_at = excluded.end_at, summary = excluded.summary,
                    content = excluded.content, cancelled = excluded.cancelled, sent_at = excluded.sent_at",
                params![
                    e.uid,
                    e.session_id,
                    e.item_id,
                    e.sequence,
                    to_db(e.start_at),
                    to_db(e.end_at),
                    e.summary,
                    e.content,
                    e.cancelled,
                    to_db(now)
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
