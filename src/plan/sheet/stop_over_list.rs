//! A stop that gives its time in a lead and names its medicines in a list
//! under it: "Avoid all blood-thinning products for one week before your
//! procedure:" then "• Aspirin, Naproxen", "• Fish oil". A layout clinics
//! in many countries use (the other way round from `stop_lines.rs`, whose
//! lines give the times); each medicine a line names is stopped for the
//! lead's time.

use std::sync::LazyLock;

use regex::Regex;

use super::{stop_lines, Proposal, Proposed, Sentence};

/// A lead that stops something for a length before, ending in a colon or
/// pointing at the list with "these" ("Stop these inhaled medicines 24
/// hours before testing", then a line for each inhaler).
static LEAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:avoid|stop|do not take|don't take|do not use)\b(?P<what>[^.;]{0,60}?)\b(?P<for>for )?(?:the )?(?:at least )?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|ten|fourteen) (?P<unit>hours?|days?|weeks?) (?:before|prior to)\b[^.;:]{0,40}(?P<colon>:?)$").ok()
});

/// What the proposals were written for.
const WRITTEN_FOR: &str = "corpus half ai: \"Avoid every blood-thinning agent for two weeks before surgery:\", then lines of names (each stopped for the lead's time)";

/// How many lines after the lead the list may run.
// Not a care number: a reading window.
const LIST_LINES: usize = 8;

/// Adds a stop for each medicine a line under a timed lead names.
pub(super) fn stops_over_list(proposals: &mut Vec<Proposal>, sentences: &[Sentence], text: &str) {
    let Some(lead_re) = LEAD.as_ref() else {
        return;
    };
    let mut added = Vec::new();
    let mut leads = Vec::new();
    for (lead, said) in sentences.iter().enumerate() {
        let lower = said.text.trim().to_lowercase();
        let Some(caps) = lead_re.captures(&lower) else {
            continue;
        };
        let (Some(n), Some(unit)) = (caps.name("n"), caps.name("unit")) else {
            continue;
        };
        let Some(n) = count(n.as_str()) else {
            continue;
        };
        // Without a colon, only "these ..." points at the lines under it.
        let these = caps
            .name("what")
            .is_some_and(|w| w.as_str().split_whitespace().any(|w| w == "these"));
        let colon = caps.name("colon").is_some_and(|c| !c.as_str().is_empty());
        // With a colon, the lead of old: "for" a count of days or weeks.
        let for_days = caps.name("for").is_some() && !unit.as_str().starts_with("hour");
        if !(these || colon && for_days) {
            continue;
        }
        let per = match unit.as_str() {
            u if u.starts_with("week") => 7 * 24,
            u if u.starts_with("hour") => 1,
            _ => 24,
        };
        let before_list = added.len();
        let mut previous = said;
        for (index, line) in sentences.iter().enumerate().skip(lead + 1).take(LIST_LINES) {
            // The list ends at a blank line (one may stand after the lead),
            // or at a line that is a sentence rather than names.
            let gap = text.get(previous.end..line.start).unwrap_or_default();
            if previous.start != said.start && gap.matches('\n').count() > 1 {
                break;
            }
            if !gap.contains('\n')
                || line.text.contains(['.', ':', ';'])
                || line.text.chars().any(|c| c.is_ascii_digit())
            {
                break;
            }
            previous = line;
            // A line the reading loop already gave the lead's rule ("Stop
            // these medicines 5 days before:" then "- Aspirin") keeps it.
            let read = proposals
                .iter()
                .any(|p| p.sentence == index && matches!(p.rule, Proposed::Medicine { .. }));
            if these && read {
                continue;
            }
            let names = stop_lines::names(line.text.trim());
            added.extend(stop_lines::stopped_on_line(names, n * per, (index, line), WRITTEN_FOR));
        }
        // "These inhaled medicines" is the list's heading: its members
        // carry the stop, not a class of that name beside them.
        if these && added.len() > before_list {
            leads.push(lead);
        }
    }
    proposals.retain(|p| !(leads.contains(&p.sentence) && matches!(p.rule, Proposed::Medicine { .. })));
    stop_lines::add_new(proposals, added);
}

/// A count in figures or a small word.
fn count(said: &str) -> Option<u32> {
    let words = ["one", "two", "three", "four", "five", "six", "seven"];
    said.parse().ok().or_else(|| match said {
        "ten" => Some(10),
        "fourteen" => Some(14),
        _ => words.iter().position(|w| *w == said).map(|i| i as u32 + 1),
    })
}
