use ratatui::text::Span;

use crate::tui::theme::Theme;

/// A progress bar of `width` cells.
pub fn bar(fraction: f64, width: usize) -> String {
    // The nearest whole cell, halves up: the most cells not past the fraction plus a half.
    let exact = fraction.clamp(0.0, 1.0) * width as f64;
    let filled = (0..=width).rfind(|&n| n as f64 <= exact + 0.5).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Five cells, one per level: reached levels filled, the gap to target shaded (in the warning
/// or error colour), levels beyond the target dotted.
pub fn level_meter(
    level: Option<u8>,
    target: u8,
    must_have: bool,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let level = level.unwrap_or(0);
    let reached = if level >= target {
        theme.good
    } else {
        theme.text
    };
    let gap = if must_have { theme.bad } else { theme.warn };
    (1..=5u8)
        .map(|n| {
            if n <= level {
                Span::styled("█", reached)
            } else if n <= target {
                Span::styled("▒", gap)
            } else {
                Span::styled("░", theme.dim)
            }
        })
        .collect()
}

/// The last `width` ratings as a one-line sparkline.
pub fn sparkline(history: &[(chrono::NaiveDate, u8)], width: usize) -> String {
    const TICKS: [char; 5] = ['▁', '▂', '▄', '▆', '█'];
    let start = history.len().saturating_sub(width);
    history[start..]
        .iter()
        .map(|(_, l)| TICKS[usize::from(l.clamp(&1, &5) - 1)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_fills_in_proportion() {
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(2.0, 3), "███");
    }

    #[test]
    fn sparkline_shows_the_latest_ratings() {
        let d = chrono::NaiveDate::MIN;
        let h: Vec<_> = [1, 2, 3, 4, 5, 3].iter().map(|&l| (d, l)).collect();
        assert_eq!(sparkline(&h, 4), "▄▆█▄");
    }

    #[test]
    fn meter_marks_reached_gap_and_beyond_target() {
        let theme = Theme::no_color();
        let text: String = level_meter(Some(2), 4, true, &theme)
            .iter()
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(text, "██▒▒░");
    }
}
