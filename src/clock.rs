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

/// Parse a date as a person types it: `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date; use YYYY-MM-DD, e.g. 2027-03-31"))
}
