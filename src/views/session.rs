//! The Session view: both checklists on the session's timeline.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::basics::error::Result;
use crate::facts::model::{Checklist, Item, Medication, Session, SessionId};
use crate::storage::store::Store;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SessionView {
    pub session: Session,
    pub day_before: Vec<Item>,
    pub session_day: Vec<Item>,
    /// How many medicines the user added to hold; 0 is shown as "none added".
    pub medication_count: u32,
    pub medications: Vec<Medication>,
}

pub fn session_view(store: &Store, id: SessionId) -> Result<SessionView> {
    let session = store.session(id)?;
    let (day_before, session_day): (Vec<Item>, Vec<Item>) = store
        .items_of_session(id)?
        .into_iter()
        .partition(|item| item.checklist == Checklist::DayBefore);
    let medications = store.medications_of_session(id)?;
    Ok(SessionView {
        session,
        day_before,
        session_day,
        medication_count: u32::try_from(medications.len()).unwrap_or(u32::MAX),
        medications,
    })
}

/// The session running now or next, if any.
pub fn next_session_view(store: &Store, now: DateTime<Utc>) -> Result<Option<SessionView>> {
    match store.current_and_upcoming_sessions(now)?.first() {
        Some(session) => session_view(store, session.id).map(Some),
        None => Ok(None),
    }
}
