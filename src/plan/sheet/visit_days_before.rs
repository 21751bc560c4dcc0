//! "Come to the Admission Office 48 hours before your operation": coming
//! a day or more before the treatment is a visit of its own (papers,
//! tests), not arriving early on the day, so no arrive-early line
//! (branch tune-ast, half as). Weighed once every sentence is read.

use super::{Proposal, Proposed};

// Not a care number: a day in minutes; arriving this much early or more
// is another day's visit.
const A_DAY: u32 = 24 * 60;

/// Arrive-early proposals of a day or more go.
pub(super) fn visit_days_before(proposals: &mut Vec<Proposal>) {
    proposals.retain(|p| !matches!(p.rule, Proposed::ArriveEarly { minutes } if minutes >= A_DAY));
}
