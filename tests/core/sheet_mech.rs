//! Red flags, the escort and tasks before a visit read by mechanism
//! (issue 25, branch `tune-mech`): each in words of our own, the shape it
//! must read and a near miss it must not.

use steady_core::facts::rules::EscortPresence;
use steady_core::plan::sheet::Proposed;

use crate::sheet::assert_read_as;

/// An escort "present during" the visit stays on site while it lasts;
/// someone present at home through the night is company afterwards, not
/// the escort waiting at the clinic.
#[test]
fn an_escort_present_during_the_visit_stays_on_site() {
    let stays = Proposed::EscortPresence {
        presence: EscortPresence::StaysOnSite,
    };
    let cases: Vec<(&str, Vec<Proposed>, usize)> = vec![
        (
            "Your companion must be present during the whole infusion.",
            vec![Proposed::EscortRequired, stays],
            0,
        ),
        (
            "An adult should be present at home with you during the night.",
            vec![],
            0,
        ),
    ];
    assert_read_as(cases);
}
