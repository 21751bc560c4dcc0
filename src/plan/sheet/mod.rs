//! Reading a clinic's sheet: the text of an e-mail, web page or PDF, turned
//! into proposed rules in Steady's own model ([`ClinicRules`]), each with the
//! words it came from, for the patient to accept, edit or drop.
//!
//! It never invents: a rule is proposed only from words that say it, a
//! number only from a number in the words; where the words are not clear
//! ("avoid heavy meals", "15 to 30 minutes", "until the next morning" for a
//! rule Steady counts in hours) it asks instead of choosing. Sentences it
//! does not use are kept, to become "From your clinic" notes.
//!
//! The reader composes what it recognises, in the manner of Duckling,
//! rather than listing whole phrasings: `tokens.rs` splits a sentence into
//! words and numbers; `values.rs` reads typed values from them (numbers,
//! lengths of time, ranges, moments relative to the visit, clock times,
//! spans such as "until the following morning"); `lexicon.rs` holds the
//! topics and cues as data, each with where its words come from;
//! `clauses.rs` decides which moment and which cues go with which topics
//! (one moment for a list of topics, two rules in one sentence);
//! `compose.rs` turns each run of topics into proposals or questions; and
//! `propose.rs` runs it all per sentence, with the shapes that are lists
//! rather than times (things to bring, red flags, what counts as clear;
//! their phrase tables in `tables.rs`). Every sentence a patient reads is
//! written in `write.rs`, from the message catalogue (`sheet.ftl`), in the
//! patient's language; the sheets it reads are English. Offline and small:
//! no model, only data.

pub use normalise::normalise;
mod across_sheet;
mod after_that;
mod allowance;
mod ask_after_stop;
mod asked_tasks;
mod asked_whole;
mod average_length;
mod bracket_second_time;
mod bring_asked;
mod bring_including;
mod bring_lead_only;
mod bring_words;
mod brings_the_patient;
mod careful;
mod change_told_physician;
mod children_as_patients;
mod class_dash_members;
mod class_named;
mod class_qualified;
mod class_with_examples;
mod clauses;
mod clear_examples;
mod clear_exclusions;
mod clothes_preferred;
mod clothes_unasked;
mod come_with_someone;
mod companion;
mod company;
mod company_for;
mod compose;
mod contents_list;
mod counted_tasks;
mod cues;
mod cues_ask;
mod doses_due_at_visit;
mod drinks_allowed_until;
mod drive_to_visit;
mod drugs_as_medicines;
mod escort_or_cancelled;
mod escort_pronoun;
mod escort_waits_at_office;
mod examples_list;
mod except_as_discussed;
mod fast_broken;
mod fast_from_drinks;
mod fast_includes_drinks;
mod fast_told_elsewhere;
mod fasting_state;
mod flag_bare_class;
mod food;
mod food_kinds;
mod found;
mod general_practice;
mod half_dose;
mod heading_length;
mod health_change;
mod hedged_stop;
mod illness_medicines;
mod keep_where;
mod kept_list;
mod language;
mod lexicon;
mod list_fillers;
mod list_items;
mod lists;
mod look_alikes;
mod marks;
mod may_need_medicine;
mod medicine_names;
mod medicine_told;
mod medicine_words;
mod medicines;
mod medicines_as_told;
mod missed_doses;
mod moment_words;
mod moments;
mod named_list;
mod need_left_open;
mod negated_task;
mod normalise;
mod not_clear_after;
mod not_the_rule;
mod off_for;
mod other_consequence;
mod own_bracket_items;
mod parent_stays;
mod patient_leaves;
mod pattern;
pub use pattern::compile as compile_pattern;
mod prep_tasks;
mod propose;
mod red_flags;
mod released_with_company;
mod rest_after;
mod restart_pointed_back;
mod restated_fast;
mod ride;
mod ride_recommended;
mod rules_not_kept;
mod safest_advice;
mod scope;
mod sentences;
mod shared_head;
mod sips_for_medicines;
mod solid_or_kind;
mod some_patients;
mod some_unnamed;
mod someone_else;
mod span_before;
mod span_within;
mod statement_items;
mod stay_after_home;
mod stay_by_leaving;
mod stomach_facts;
mod stop_lines;
mod stop_named_inline;
mod stop_over_list;
pub mod tables;
mod take;
mod taken_after;
mod tasks;
mod taxi;
mod taxi_alternative;
mod taxi_left_out;
mod taxi_paid;
mod taxi_with_adult;
mod taxi_without_adult;
mod that_time;
mod time_before_for_forms;
mod urgent_call_lead;
// Branch tune-ayz.
mod bring_examples;
mod class_colon_members;
mod complete_state;
mod keep_or_stop_assessed;
mod prescriber_in_name;
mod present_throughout;
mod taken_not_stopped;
mod task_range;
mod time_of_another_clause;
mod timeline;
mod tokens;
mod told_if_taking;
mod told_in_general;
mod two_values;
mod unclear_drinks;
mod unsure;
mod unsure_frame;
mod usual_allowed;
mod usual_kept_going;
mod usual_medicines;
mod usual_not_all;
mod usual_with_example;
mod values;
mod visit;
mod visit_days_before;
mod visit_lengths;
mod visit_times;
mod water_included;
mod water_until;
mod without_agreeing;
pub mod write;
mod write_toml;
// Branch tune-bab's families, one a file.
mod asked_beside;
mod clinic_drugs;
mod drinks_at_home;
mod footwear_after;
mod liquid_diet_list;
mod named_class_examples;
mod optional_offer;
mod own_medicine_task;
mod result_age;
mod same_medicines_twice;
mod told_any_medicine;
mod washing_water;
mod while_taking;
mod worn_if_given;
// Branch tune-bd.
mod allowed_not_clear;
mod breakfast_day;
mod medicines_you_take;
mod name_is_clause;
mod night_clock;
// Branch tune-bf's families, one a file.
mod bare_for_illnesses;
mod clothes_described;
mod group_heading;
mod hedged_fast;
mod length_from_arrival;
mod name_cut_bracket;
mod sample_collected;
mod sedation_chosen;
mod taken_days_before;
mod transit_beside_taxi;
mod usual_as_told;
mod who_can;
// Branch tune-be.
mod allowance_as_task;
mod bracket_gloss;
mod caffeine_only;
mod clinic_procedure;
mod contains_class;
mod drink_ordered;
mod fast_upper_limit;
mod if_not_sure;
mod medicines_allowed;
mod water_but_untimed;
mod water_with_medicine;

pub use language::{guess_language, SheetLanguage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::basics::error::{Error, Result};
use crate::facts::checklist::Checklist;
use crate::facts::rules::{
    ClinicNote, Cutoff, EscortPresence, MedicineRule, NoDriving, RedFlagRule, Rideshare, Until, VisitTask,
};

/// A sheet is a few pages; much more is not a sheet (a whole web page, a
/// book), and reading it would only bury the rules.
// Not a care number: a size limit (about 40 pages of text).
pub const MAX_SHEET_BYTES: usize = 100 * 1024;

/// A rule the sheet says, in Steady's model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Proposed {
    SolidFood {
        cutoff: Cutoff,
    },
    ClearLiquids {
        cutoff: Cutoff,
    },
    ClearLiquidsAre {
        words: String,
    },
    IfFastBroken {
        words: String,
    },
    Medicine {
        rule: MedicineRule,
    },
    KeepTakingUsual,
    ArriveEarly {
        minutes: u32,
    },
    Bring {
        items: Vec<String>,
    },
    EscortRequired,
    EscortMinAge {
        age: u32,
    },
    EscortPresence {
        presence: EscortPresence,
    },
    Rideshare {
        rideshare: Rideshare,
    },
    NoDriving {
        rule: NoDriving,
    },
    /// None: "until the effects have worn off".
    NoDecisions {
        until: Option<Until>,
    },
    NoAlcohol {
        hours: u32,
    },
    NoSedatives {
        hours: u32,
    },
    SomeoneStays {
        hours: u32,
    },
    NoDependents,
    RedFlag {
        rule: RedFlagRule,
    },
    VisitTask {
        task: VisitTask,
    },
    InfusionMinutes {
        minutes: u32,
    },
    Observation {
        min_minutes: u32,
        max_minutes: u32,
    },
    Note {
        note: ClinicNote,
    },
}

/// A sentence of the sheet, where it stands in the text, and the checklist
/// a note made of it would go on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Sentence {
    pub text: String,
    /// Byte offsets in the text as given.
    #[ts(type = "number")]
    pub start: usize,
    #[ts(type = "number")]
    pub end: usize,
    /// Under an "after your treatment" heading, or about after: the session
    /// day; otherwise the day before.
    pub checklist: Checklist,
}

/// A rule Steady read, with the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Proposal {
    /// Index into [`SheetReading::sentences`].
    #[ts(type = "number")]
    pub sentence: usize,
    /// The words of the sentence this rule was read from, as byte offsets
    /// in the text as given: a sentence that says two rules gives two
    /// proposals, each pointing at its own words.
    #[ts(type = "number")]
    pub start: usize,
    #[ts(type = "number")]
    pub end: usize,
    pub rule: Proposed,
    /// The rule in plain words: "No solid food from 6 h before".
    pub words: String,
    /// Where the words it was read by come from (a clinic's real phrasing).
    pub written_for: String,
}

/// What a question is about: the rule it would set, named as the proposals' `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Subject {
    SolidFood,
    ClearLiquids,
    Medicine,
    ArriveEarly,
    InfusionMinutes,
    Observation,
    NoDriving,
    NoDecisions,
    NoAlcohol,
    NoSedatives,
    SomeoneStays,
    NoDependents,
    VisitTask,
    EscortRequired,
    /// A thing to bring for some patients only ("X-rays if applicable").
    Bring,
}

/// A sentence that says something about a rule but not clearly enough to choose: Steady
/// asks, and offers what the words could mean (maybe only keeping the sentence as a note).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Question {
    #[ts(type = "number")]
    pub sentence: usize,
    pub about: Subject,
    pub ask: String,
    pub options: Vec<Proposal>,
}

/// What a question asks, for `write::question` to say in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// "Limit how much you drink for 30 minutes": less to drink, not
    /// whether any.
    DrinksLimited,
    /// "No heavy meals 3 hours prior": does it mean no food at all?
    FoodUnclear { cutoff: Option<Cutoff> },
    /// The rule is there, its time is not: "do not eat before your visit".
    NoTime,
    /// "15 to 30 minutes": both ends said, neither chosen (in minutes).
    Range { low: u32, high: u32 },
    /// "Up to 4 hours": a longest, not a length (in minutes).
    UpTo { minutes: u32 },
    /// "a few hours".
    Vague,
    /// A span Steady cannot keep for a rule in hours ("until the next morning").
    NotInHours { span: Span },
    /// "After 10 pm", without the day.
    ClockDay { time: crate::facts::day::ClockTime },
    /// A length without "before" or "after" (in minutes).
    Direction { minutes: u32 },
    /// A length that is not whole hours for a rule in hours (in minutes).
    NotWholeHours { minutes: u32 },
    /// A rule Steady keeps for after the session, said for before it (in
    /// minutes; none: no length said).
    BeforeNotKept { minutes: Option<u32> },
    /// The same, said for a day before the session ("no alcohol the night
    /// before or on the day").
    BeforeSpanNotKept { span: Span },
    /// "We may ask you to ...": a rule for some patients only.
    Maybe,
    /// "Arrange a ride home": who may give it is not said.
    WhoDrives,
    /// "A session lasts around 120 minutes": the infusion and the stay
    /// after together (in minutes; the same twice when one figure, low 0
    /// for "up to").
    Session { low: u32, high: u32 },
    /// A task after the visit or every day, where Steady keeps tasks
    /// before each visit.
    NotBeforeVisit,
    /// One sheet gives two different values for one rule ("after 02:00"
    /// for morning lists, "after 07:00" for afternoon ones).
    TwoValues,
    /// "Monitored for another 2 hours": a length added on to an earlier
    /// one, not the whole.
    Added { minutes: u32 },
    /// "Normal activities" again at a moment, driving not named.
    Activities { span: Option<Span> },
    /// "Adjust your insulin": a dose changed, neither which way nor how much.
    Adjust,
    /// "Nothing by mouth 4 hours before your arrival time": counted back
    /// from arriving, where Steady counts from the session (in minutes).
    FromArrival { minutes: u32 },
    /// "Your surgeon will tell you when you can drive again": the end, later.
    DrivingDecidedLater,
    /// "No care of children for 48 hours": longer than Steady's rule on
    /// dependents, which lasts to the next morning (in minutes).
    LongerThanNextMorning { minutes: u32 },
}

/// Spans a sheet can name, for a question's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    NextMorning,
    RestOfDay,
    UntilWornOff,
    MorningOf,
    NightBefore,
    DayOf,
    NightOrDay,
}

/// What Steady read in a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SheetReading {
    pub sentences: Vec<Sentence>,
    pub proposals: Vec<Proposal>,
    pub questions: Vec<Question>,
    /// Sentences neither proposed from nor asked about, by index.
    #[ts(type = "Array<number>")]
    pub unused: Vec<usize>,
    /// A sheet mostly in a language the reader does not read: told plainly.
    pub language: Option<SheetLanguage>,
}

/// Reads a sheet's text. Refuses (with a plain message, and nothing read)
/// text far larger than a sheet, and text that is not text.
pub fn read_sheet(text: &str) -> Result<SheetReading> {
    if text.len() > MAX_SHEET_BYTES {
        return Err(Error::invalid(
            "text",
            crate::t!(
                "error-sheet-too-large",
                size = text.len() / 1024,
                max = MAX_SHEET_BYTES / 1024
            ),
        ));
    }
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if controls > 8 && controls * 50 > text.chars().count() {
        return Err(Error::invalid("text", crate::t!("error-sheet-control-characters")));
    }
    let (sentences, sections) = sentences::split(text);
    if sentences.is_empty() {
        return Err(Error::invalid("text", crate::t!("error-sheet-empty")));
    }
    let language = language::sheet_language(text);
    Ok(SheetReading {
        language,
        ..propose::read(sentences, &sections, text)
    })
}

/// Which part of a sheet a sentence stands in, by its last heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Unknown,
    Before,
    After,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_ends_and_lines_but_not_abbreviations() {
        let text = "Before your treatment\n- Nothing to eat for 6 hours. Clear liquids, e.g. water, up until 2 hours.\n2) Arrive 10 min. early!\nAfter your treatment:\nNo driving for 24 hours.";
        let s = sentences::split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Before your treatment",
                "Nothing to eat for 6 hours.",
                "Clear liquids, e.g. water, up until 2 hours.",
                "Arrive 10 min. early!",
                "After your treatment:",
                "No driving for 24 hours."
            ]
        );
        for sentence in &s {
            assert_eq!(
                &text[sentence.start..sentence.end],
                sentence.text,
                "offsets point at the sentence"
            );
        }
        assert_eq!(s[1].checklist, Checklist::DayBefore);
        assert_eq!(s[5].checklist, Checklist::SessionDay, "under the after heading");
    }

    #[test]
    fn too_much_or_no_text_is_refused() {
        assert!(read_sheet(&"x".repeat(MAX_SHEET_BYTES + 1)).is_err());
        assert!(read_sheet("   \n  ").is_err());
        assert!(read_sheet(&"\u{1}\u{2}\u{3}\u{4}".repeat(100)).is_err());
    }
}
