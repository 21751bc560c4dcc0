//! What the proposals of the whole sheet say of each other, once every
//! sentence is read (see `propose.rs`): a sheet's own words for one field
//! overrule its general words, a shorter fast inside a longer one adds
//! nothing, drinks allowed later are not cut off with the food, an
//! outright "no taxi" holds for every ride, and two values for one rule
//! are asked (`two_values.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::propose::TAXI_WORDS;
use super::some_patients::{names_some_bookings, some_only};
use super::two_values::{torn_clock, two_values_asked};
use super::{Proposal, Proposed, Question, Sentence, Subject};
use crate::facts::rules::{NoDriving, Rideshare};

/// The proposals of every sentence (each with whether it is from general
/// words), weighed against each other; what is asked instead goes to
/// `questions`.
pub(super) fn settle(
    proposals: Vec<(Proposal, bool)>,
    own_asked: &[Subject],
    sentences: &[Sentence],
    questions: &mut Vec<Question>,
    text: &str,
) -> Vec<Proposal> {
    // A most for the fast ("not longer than 12 hours") is no fast of its
    // own, nor a second value beside one (branch tune-be).
    let mut proposals = proposals;
    proposals.retain(|(p, _)| !super::fast_upper_limit::bounds_the_fast(p, sentences));
    // Two whole fasts, one for afternoon lists ("patients having surgery
    // in the afternoon ... nothing after 6:30"), are for two groups.
    let proposals = super::two_values::two_whole_fasts(proposals, sentences, questions, |i| {
        sentences.get(i).is_some_and(|s| {
            let lower = s.text.to_lowercase();
            names_some_bookings(&lower)
                || some_only(&lower)
                || ["afternoon", "in the morning", "evening list"]
                    .iter()
                    .any(|w| lower.contains(w))
        })
    });
    // "Nothing to eat or drink for 6 hours" and, elsewhere, "clear liquids
    // until 2 hours before": the sheet's own words for clear liquids win.
    let field = |p: &Proposed| match p {
        Proposed::SolidFood { .. } => 1,
        Proposed::ClearLiquids { .. } => 2,
        Proposed::InfusionMinutes { .. } => 3,
        _ => 0,
    };
    // A time the sheet gives in its own words but only asks about ("water
    // until 2 hours before admission") overrules general words too.
    // Two clock times for one cutoff ("from midnight for morning lists",
    // "from 6:30 for afternoon ones") are asked below as two values; they
    // are no single rule of the sheet's own to overrule general words.
    let all_found: Vec<&Proposal> = proposals.iter().map(|(p, _)| p).collect();
    let torn_clock = |p: &Proposal| torn_clock(p, &all_found);
    // "If your appointment is early in the morning, fast from midnight":
    // a rule for some bookings does not overrule the one for everyone.
    let for_some_bookings = |p: &Proposal| {
        sentences
            .get(p.sentence)
            .is_some_and(|s| names_some_bookings(&s.text.to_lowercase()))
    };
    let specific: Vec<u8> = proposals
        .iter()
        .filter(|(p, general)| !general && field(&p.rule) > 0 && !torn_clock(p) && !for_some_bookings(p))
        .map(|(p, _)| field(&p.rule))
        .chain(own_asked.iter().map(|s| match s {
            Subject::SolidFood => 1,
            Subject::ClearLiquids => 2,
            _ => 0,
        }))
        .filter(|f| *f > 0)
        .collect();
    // "Nothing to eat for 8 hours" and, elsewhere, "nothing to eat or drink,
    // water included, for 2 hours": the shorter fast lies inside the longer
    // one and adds nothing to it; it is about the water.
    let fasts: Vec<u32> = proposals
        .iter()
        .filter_map(|(p, _)| super::look_alikes::food_minutes(&p.rule))
        .collect();
    let longer_fast = |p: &Proposed| super::look_alikes::food_minutes(p).is_some_and(|m| fasts.iter().any(|f| *f > m));
    // "Nothing to eat or drink from midnight. You may drink water until
    // 5.30am": the drinks the sheet allows later are not cut off with the food.
    // Said in the same sentence or the next one on the same line: another
    // list's allowance ("For afternoon appointments: ...") is not this one's.
    let allows_drinks = |s: &Sentence| {
        DRINK_UNTIL
            .as_ref()
            .is_some_and(|re| re.is_match(&s.text.to_lowercase()))
    };
    let drinks_later = |i: usize| {
        sentences.get(i).is_some_and(allows_drinks)
            || sentences.get(i + 1).is_some_and(|next| {
                allows_drinks(next)
                    && sentences
                        .get(i)
                        .and_then(|s| text.get(s.end..next.start))
                        .is_some_and(|gap| !gap.contains('\n'))
            })
    };
    // "No taxi or transit home under any circumstances" and, elsewhere, "a
    // taxi alone is not allowed": the outright "no" holds for every ride.
    // A ban on buses alone says nothing of a taxi with someone.
    let names_taxi = |p: &Proposal| {
        let words = sentences
            .get(p.sentence)
            .map_or(String::new(), |s| s.text.to_lowercase());
        TAXI_WORDS.iter().any(|w| words.contains(w))
    };
    let no_taxi = proposals.iter().any(|(p, _)| {
        matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::NotAllowed
            }
        ) && names_taxi(p)
    });
    let all: Vec<&Proposal> = proposals.iter().map(|(p, _)| p).collect();
    let (longer_ban, longer_least) = super::two_values::rest_of_day_inside(&all, sentences);
    // "Public transportation is not recommended" and, elsewhere, "many
    // patients use Uber": a ban on buses says nothing of taxis.
    let taxi_allowed = proposals.iter().any(|(p, _)| {
        matches!(
            p.rule,
            Proposed::Rideshare {
                rideshare: Rideshare::Allowed | Rideshare::OnlyWithEscort
            }
        )
    });
    let only_transit = |p: &Proposal| !names_taxi(p);
    let proposals = proposals
        .into_iter()
        .filter(|(p, _)| {
            !((longer_ban.contains(&p.sentence) || longer_least)
                && matches!(
                    p.rule,
                    Proposed::NoDriving {
                        rule: NoDriving::RestOfDay
                    }
                ))
        })
        .filter(|(p, _)| {
            !(taxi_allowed
                && only_transit(p)
                && matches!(
                    p.rule,
                    Proposed::Rideshare {
                        rideshare: Rideshare::NotAllowed
                    }
                ))
        })
        .filter(|(p, general)| !(*general && specific.contains(&field(&p.rule))))
        .filter(|(p, general)| !(*general && longer_fast(&p.rule)))
        .filter(|(p, general)| !(*general && field(&p.rule) == 2 && drinks_later(p.sentence)))
        .filter(|(p, _)| {
            !(no_taxi
                && matches!(
                    p.rule,
                    Proposed::Rideshare {
                        rideshare: Rideshare::OnlyWithEscort
                    }
                ))
        })
        .map(|(p, _)| p)
        .collect::<Vec<Proposal>>();
    let mut proposals = super::careful::careful(proposals, sentences, questions, text);
    super::fast_broken::warning_before_the_fast(&mut proposals, sentences);
    let proposals = two_values_asked(proposals, sentences, questions);
    let proposals = super::two_values::inside_a_day_without(proposals, sentences, questions);
    let proposals = super::asked_whole::same_for_every_booking(proposals, sentences, questions);
    let proposals = super::medicine_told::told_then_stopped(proposals, sentences);
    let proposals = super::look_alikes::look_alikes(proposals, sentences, questions);
    let proposals = super::not_the_rule::not_the_rule(proposals, sentences, questions);
    let mut proposals = super::unsure_frame::unsure(proposals, sentences, questions);
    super::named_list::named_list(&mut proposals, sentences);
    super::off_for::off_for(&mut proposals, sentences);
    super::company_for::company_for(&mut proposals, sentences);
    super::stop_lines::stops_by_line(&mut proposals, sentences, questions, text);
    super::stop_over_list::stops_over_list(&mut proposals, sentences, text);
    super::taken_after::only_after(&mut proposals, sentences);
    super::taken_after::wait_until_after(&mut proposals, sentences);
    super::fast_told_elsewhere::fast_told_elsewhere(&proposals, sentences, questions);
    super::that_time::that_time(&mut proposals, sentences, questions);
    super::span_before::span_before(&mut proposals, sentences, questions, text);
    super::heading_length::heading_length(&mut proposals, sentences, questions);
    super::rest_after::rest_after(&mut proposals, sentences);
    super::after_that::after_that(&mut proposals, sentences, questions);
    super::companion::companion(&mut proposals, sentences);
    super::unsure::unsure(&mut proposals, sentences, questions);
    super::food_kinds::food_kinds(&mut proposals, sentences, questions);
    super::missed_doses::missed_doses(&mut proposals, sentences);
    super::half_dose::half_dose(&mut proposals, sentences);
    super::sips_for_medicines::sips_for_medicines(&mut proposals, sentences);
    super::stay_after_home::stay_after_home(&mut proposals, sentences);
    super::visit_days_before::visit_days_before(&mut proposals);
    super::class_named::class_named(&mut proposals, sentences);
    super::stop_named_inline::stop_named_inline(&mut proposals, sentences, questions);
    let asked: Vec<Subject> = questions.iter().map(|q| q.about).collect();
    super::come_with_someone::come_with_someone(&mut proposals, sentences, &asked);
    super::rules_not_kept::rules_not_kept(&mut proposals, sentences);
    super::clear_examples::clear_examples(&mut proposals, sentences);
    super::clear_exclusions::clear_exclusions(&mut proposals, sentences);
    super::ask_after_stop::ask_after_stop(&mut proposals, sentences, text);
    super::usual_allowed::usual_allowed(&mut proposals, sentences);
    // Branch tune-aqr: each a family of words that should leave the
    // reader silent or read otherwise, one file each.
    super::medicines_as_told::medicines_as_told(&mut proposals, sentences);
    super::class_with_examples::class_with_examples(&mut proposals, sentences);
    super::clothes_preferred::clothes_preferred(&mut proposals, sentences);
    super::bring_lead_only::bring_lead_only(&mut proposals, sentences);
    super::clothes_unasked::clothes_unasked(&mut proposals, sentences);
    super::taxi_without_adult::taxi_without_adult(&mut proposals, sentences);
    super::taxi_left_out::taxi_left_out(&mut proposals, sentences);
    super::other_consequence::other_consequence(&mut proposals, sentences);
    super::patient_leaves::patient_leaves(&mut proposals, sentences);
    super::children_as_patients::children_as_patients(&mut proposals, sentences);
    super::fast_from_drinks::fast_from_drinks(&mut proposals, sentences);
    super::change_told_physician::change_told_physician(&mut proposals, sentences);
    super::released_with_company::released_with_company(&mut proposals, sentences);
    super::solid_or_kind::solid_or_kind(&mut proposals, sentences, questions);
    super::shared_head::shared_head(&mut proposals, sentences);
    super::someone_else::someone_else(&mut proposals, sentences);
    super::fasting_state::fasting_state(&mut proposals, sentences);
    super::safest_advice::safest_advice(&mut proposals, sentences);
    super::taxi_paid::taxi_paid(&mut proposals, sentences);
    super::ride_recommended::ride_recommended(&mut proposals, sentences);
    super::drive_to_visit::drive_to_visit(&mut proposals, sentences, questions);
    super::bracket_second_time::bracket_second_time(&mut proposals, sentences, questions);
    // Branch tune-auv: each a family of wrong readings, by its words.
    super::negated_task::negated_task(&mut proposals);
    super::without_agreeing::without_agreeing(&mut proposals, sentences);
    super::taxi_with_adult::taxi_with_adult(&mut proposals, sentences);
    super::brings_the_patient::brings_the_patient(&mut proposals);
    super::usual_with_example::usual_with_example(&mut proposals, sentences);
    super::may_need_medicine::may_need_medicine(&mut proposals, sentences);
    super::restated_fast::restated_fast(&mut proposals, sentences);
    super::after_that::then_neither(&mut proposals, sentences);
    super::time_of_another_clause::time_of_another_clause(&mut proposals, sentences);
    super::water_included::water_included(&mut proposals, sentences);
    super::class_qualified::class_qualified(&mut proposals, sentences);
    super::drugs_as_medicines::drugs_as_medicines(&mut proposals, sentences);
    super::own_bracket_items::own_bracket_items(&mut proposals, sentences);
    super::own_bracket_items::own_bracket_rules(&mut proposals, sentences);
    super::told_if_taking::told_if_taking(&mut proposals, sentences);
    super::escort_waits_at_office::escort_waits_at_office(&mut proposals, sentences);
    // The person who waits may be an interpreter: weighed again.
    super::someone_else::someone_else(&mut proposals, sentences);
    super::usual_kept_going::usual_kept_going(&mut proposals, sentences);
    super::fast_includes_drinks::fast_includes_drinks(&mut proposals, sentences, questions);
    super::water_until::water_until(&mut proposals, sentences, questions);
    // Branch tune-awx's families, one a file.
    super::hedged_stop::hedged_stop(&mut proposals, sentences);
    super::drinks_allowed_until::drinks_allowed_until(&mut proposals, sentences);
    super::except_as_discussed::except_as_discussed(&mut proposals, sentences);
    super::taxi_alternative::taxi_alternative(&mut proposals, sentences, text);
    super::not_clear_after::not_clear_after(&mut proposals, sentences);
    super::stomach_facts::stomach_facts(&mut proposals, sentences);
    super::contents_list::contents_list(&mut proposals, sentences);
    super::span_within::span_within(&mut proposals, sentences, questions);
    super::class_dash_members::class_dash_members(&mut proposals, sentences);
    super::time_before_for_forms::time_before_for_forms(&mut proposals, sentences);
    // Branch tune-ayz's families, one a file.
    super::told_in_general::told_in_general(&mut proposals, sentences);
    super::taken_not_stopped::taken_not_stopped(&mut proposals, sentences);
    super::prescriber_in_name::prescriber_in_name(&mut proposals);
    super::task_range::task_range(&mut proposals, sentences, questions);
    super::complete_state::complete_state(&mut proposals, sentences);
    super::bring_examples::bring_examples(&mut proposals, sentences);
    super::class_colon_members::class_colon_members(&mut proposals, sentences);
    super::present_throughout::present_throughout(&mut proposals, sentences);
    super::keep_or_stop_assessed::keep_or_stop_assessed(&mut proposals, sentences, questions);
    // Branch tune-bab's families, one a file: each leaves the reader silent.
    super::optional_offer::optional_offer(&mut proposals, sentences);
    super::own_medicine_task::own_medicine_task(&mut proposals, sentences);
    super::washing_water::washing_water(&mut proposals, sentences);
    super::drinks_at_home::drinks_at_home(&mut proposals, sentences);
    super::worn_if_given::worn_if_given(&mut proposals, sentences);
    super::result_age::result_age(&mut proposals, sentences);
    super::while_taking::while_taking(&mut proposals, sentences);
    super::clinic_drugs::clinic_drugs(&mut proposals, sentences);
    super::liquid_diet_list::liquid_diet_list(&mut proposals, sentences);
    super::told_any_medicine::told_any_medicine(&mut proposals, sentences);
    super::named_class_examples::named_class_examples(&mut proposals, sentences);
    super::medicines_as_told::follow_prescribed(&mut proposals, sentences);
    super::same_medicines_twice::same_medicines_twice(&mut proposals);
    super::asked_beside::asked_beside(&mut proposals, sentences, questions);
    super::footwear_after::footwear_after(&mut proposals, sentences);
    // Branch tune-bc: a need left open and a length told as usual are
    // asked; a list's padding and prose read as a list are no items.
    super::need_left_open::need_left_open(&mut proposals, sentences, questions);
    super::average_length::average_length(&mut proposals, sentences, questions);
    super::list_fillers::list_fillers(&mut proposals);
    super::statement_items::statement_items(&mut proposals);
    super::general_practice::general_practice(&mut proposals, sentences);
    super::restart_pointed_back::restart_pointed_back(&mut proposals, sentences, text);
    super::flag_bare_class::flag_bare_class(&mut proposals);
    // Branch tune-bd's families, one a file.
    super::breakfast_day::breakfast_day(&mut proposals, sentences);
    super::allowed_not_clear::allowed_not_clear(&mut proposals, sentences);
    super::transit_beside_taxi::transit_beside_taxi(&mut proposals, sentences);
    super::name_is_clause::name_is_clause(&mut proposals);
    super::usual_as_told::usual_as_told(&mut proposals, sentences, questions);
    super::medicines_you_take::medicines_you_take(&mut proposals, sentences);
    super::night_clock::night_clock(&mut proposals, sentences, questions);
    // Branch tune-bf's families, one a file: each asks or stays silent.
    super::group_heading::group_heading(&mut proposals, sentences, questions, text);
    super::hedged_fast::hedged_fast(&mut proposals, sentences, questions);
    super::sample_collected::sample_collected(&mut proposals, sentences);
    super::length_from_arrival::length_from_arrival(&mut proposals, sentences);
    super::taken_days_before::taken_days_before(&mut proposals, sentences);
    super::name_cut_bracket::name_cut_bracket(&mut proposals);
    super::sedation_chosen::sedation_chosen(&mut proposals, sentences, questions, text);
    super::bare_for_illnesses::bare_for_illnesses(&mut proposals, sentences);
    // Branch tune-be's families, one a file: each leaves the reader silent.
    super::drink_ordered::drink_ordered(&mut proposals, sentences);
    super::clinic_procedure::clinic_procedure(&mut proposals, sentences);
    super::bracket_gloss::bracket_gloss(&mut proposals, sentences);
    super::contains_class::contains_class(&mut proposals, sentences);
    super::allowance_as_task::allowance_as_task(&mut proposals, sentences);
    super::if_not_sure::if_not_sure(&mut proposals, sentences);
    super::water_with_medicine::water_with_medicine(&mut proposals, sentences);
    super::water_but_untimed::water_but_untimed(&mut proposals, sentences);
    super::caffeine_only::caffeine_only(&mut proposals, sentences);
    // Medicines in general allowed before a test: the usual ones kept.
    super::medicines_allowed::medicines_allowed(&mut proposals, sentences);
    // Branch tune-bg: a "keep taking" that is not every usual medicine,
    // weighed once every line for the usual medicines is in.
    super::usual_not_all::usual_not_all(&mut proposals, sentences, questions);
    // "Not left alone for the rest of the day. Someone with you for at
    // least the first 12 hours": a least length beside another one
    // already asked; the least is not chosen over it (not "for 12 hours
    // ... and overnight", a length and a night that both hold).
    proposals
        .into_iter()
        .filter(|p| {
            !matches!(p.rule, Proposed::SomeoneStays { .. })
                || !sentences
                    .get(p.sentence)
                    .is_some_and(|s| s.text.to_lowercase().contains("at least"))
                || !questions.iter().any(|q| {
                    q.about == Subject::SomeoneStays && q.sentence != p.sentence && q.sentence.abs_diff(p.sentence) <= 1
                })
        })
        .collect()
}

/// "You may drink water until 5.30am", "you can still have clear fluids up
/// to": drinks allowed up to a later time.
static DRINK_UNTIL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::pattern::compile(r"\b(?:may|can|are allowed to)(?: still| continue to)? (?:drink|have|sip)\b[^.]{0,60}\b(?:until|up to|up until)\b").ok()
});
