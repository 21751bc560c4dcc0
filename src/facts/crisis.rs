//! Crisis lines and emergency numbers: who to call when something feels
//! seriously wrong.

/// Crisis numbers known for a region (care-facts "From other public sources":
/// US 988 and 911). Elsewhere Steady says honestly that the user should set them.
pub fn default_numbers(region: &str) -> (Option<String>, Option<String>) {
    match region.to_ascii_uppercase().as_str() {
        "US" => (
            Some("988 (call or text, Suicide & Crisis Lifeline)".into()),
            Some("911".into()),
        ),
        _ => (None, None),
    }
}

pub const CRISIS_LINE_US: &str = "Thoughts of harming yourself: call or text 988 (US Suicide & Crisis Lifeline). In an emergency call 911, or your local emergency number.";
