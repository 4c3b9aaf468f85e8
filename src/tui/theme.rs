//! Colours and emphasis. Meaning never rides on colour alone: every coloured state also has a
//! symbol or word, so `NO_COLOR` and the high-contrast theme lose nothing.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub selected: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub badge: Style,
    pub key: Style,
    pub border: Style,
}

impl Theme {
    /// Pick the theme: `NO_COLOR` (any non-empty value) wins, then `--high-contrast`.
    pub fn pick(no_color: bool, high_contrast: bool) -> Theme {
        match (no_color, high_contrast) {
            (true, _) => Theme::no_color(),
            (false, true) => Theme::high_contrast(),
            (false, false) => Theme::default_theme(),
        }
    }

    pub fn default_theme() -> Theme {
        let s = Style::default();
        Theme {
            text: s,
            dim: s.fg(Color::DarkGray),
            title: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            accent: s.fg(Color::Cyan),
            selected: s
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            good: s.fg(Color::Green),
            warn: s.fg(Color::Yellow),
            bad: s.fg(Color::Red).add_modifier(Modifier::BOLD),
            badge: s
                .bg(Color::Red)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            key: s.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: s.fg(Color::DarkGray),
        }
    }

    /// For a light background: the accents in blue and magenta, which read on white where
    /// cyan and yellow fade.
    pub fn light() -> Theme {
        let s = Style::default();
        Theme {
            dim: s.fg(Color::DarkGray),
            title: s.fg(Color::Blue).add_modifier(Modifier::BOLD),
            accent: s.fg(Color::Blue),
            warn: s.fg(Color::Magenta),
            key: s.fg(Color::Blue).add_modifier(Modifier::BOLD),
            ..Theme::default_theme()
        }
    }

    /// Strong contrast on light and dark terminals alike: text in the terminal's own colour,
    /// emphasis by weight, underline and reverse, and only the colours that read on both.
    pub fn high_contrast() -> Theme {
        let s = Style::default();
        Theme {
            text: s,
            dim: s,
            title: s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            accent: s.add_modifier(Modifier::BOLD),
            selected: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            good: s.fg(Color::Green).add_modifier(Modifier::BOLD),
            warn: s.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            bad: s
                .fg(Color::Red)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            badge: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: s.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            border: s,
        }
    }

    pub fn no_color() -> Theme {
        let s = Style::default();
        Theme {
            text: s,
            dim: s,
            title: s.add_modifier(Modifier::BOLD),
            accent: s,
            selected: s.add_modifier(Modifier::REVERSED),
            good: s,
            warn: s.add_modifier(Modifier::BOLD),
            bad: s.add_modifier(Modifier::BOLD),
            badge: s.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: s.add_modifier(Modifier::BOLD),
            border: s,
        }
    }
}
