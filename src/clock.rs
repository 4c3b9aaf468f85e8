//! "Today", injectable for tests and demos through `PIVOT_TODAY=YYYY-MM-DD`.

use chrono::NaiveDate;

pub const TODAY_VAR: &str = "PIVOT_TODAY";

/// Today's date, or `PIVOT_TODAY` when set.
pub fn today() -> Result<NaiveDate, String> {
    match std::env::var(TODAY_VAR) {
        Ok(text) => parse_date(&text).map_err(|e| format!("{TODAY_VAR}: {e}")),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// Something that happened (a rating, evidence, a session) cannot be dated after today.
pub fn not_in_future(date: NaiveDate, today: NaiveDate, what: &str) -> Result<NaiveDate, String> {
    if date > today {
        Err(format!(
            "{what} cannot be dated after today ({today}); it is {date}"
        ))
    } else {
        Ok(date)
    }
}

/// A target date to aim for lies ahead.
pub fn ahead(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    if date <= today {
        Err(format!(
            "the target date {date} is not after today ({today}); pick a date to aim for"
        ))
    } else {
        Ok(date)
    }
}

/// Parse a date as a person types it: `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date; use YYYY-MM-DD, e.g. 2027-03-31"))
}
