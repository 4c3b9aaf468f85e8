//! A rating form for a skill against its rubric: the level (a digit or ←/→) and an example. Used
//! for the person's own ratings and for a mentor's.

use crate::content::Pack;
use crate::progress::Level;

use super::{Form, Refusal};

crate::fields!(pub RatingField { Level, Example });

/// The five levels of the skill's rubric stand above the fields, so the choice is made against
/// them. Without a preset the choice starts on "pick a level", so nothing is suggested.
pub fn rating_form(
    pack: &Pack,
    title: String,
    skill: &str,
    preset: Option<u8>,
    example_hint: &str,
) -> Form {
    let (target, levels) = pack
        .skill(skill)
        .map_or((3, Vec::new()), |s| (s.target, s.levels.clone()));
    let options = preset
        .is_none()
        .then(|| (None, "pick a level (1–5)".to_string()))
        .into_iter()
        .chain((1..=5u8).map(|l| (Some(l.to_string()), format!("{l} {}", pack.level_name(l)))))
        .collect();
    let mut intro: Vec<String> = levels
        .iter()
        .zip(1u8..)
        .map(|(d, level)| format!("{level} {}: {d}", pack.level_name(level)))
        .collect();
    intro.push(format!(
        "A new PM needs {target}. An example makes the rating worth something."
    ));
    Form::new(title)
        .intro(intro)
        .choice(
            RatingField::Level,
            "Level",
            options,
            preset.map(|l| l.to_string()).as_deref(),
        )
        .line(RatingField::Example, "Example", "", example_hint)
}

/// The level chosen, or a refusal on the level field.
pub fn chosen_level(form: &Form) -> Result<Level, Refusal> {
    form.choice_value(RatingField::Level)
        .and_then(|l| l.parse::<u8>().ok())
        .and_then(Level::new)
        .ok_or_else(|| Refusal::new(RatingField::Level, "Pick a level from 1 to 5"))
}
