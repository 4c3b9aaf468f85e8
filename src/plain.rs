//! Plain mode: bars, marks and borders in ASCII, for a terminal that cannot show more (TERM=dumb,
//! a locale that is not UTF-8) or a person who asks (`--ascii`). Only the symbols pivot draws are
//! changed; letters, including those a person typed, are left as they are.

use std::borrow::Cow;
use std::sync::OnceLock;

static PLAIN: OnceLock<bool> = OnceLock::new();

/// Decide plain mode for this run, once: asked for, or the terminal or locale wants it.
pub fn decide(asked: bool) -> bool {
    *PLAIN.get_or_init(|| asked || wanted(|name| std::env::var(name).ok()))
}

/// Whether this run is in plain mode (decided by [`decide`]; never decided means not).
pub fn on() -> bool {
    PLAIN.get().copied().unwrap_or(false)
}

/// Whether the environment asks for plain mode: `TERM=dumb`, or a locale that is set and does
/// not name UTF-8 (`LC_ALL`, else `LC_CTYPE`, else `LANG`: the first one set decides, as for
/// every program). With no locale set at all, pivot assumes the terminal's own UTF-8.
pub fn wanted(var: impl Fn(&str) -> Option<String>) -> bool {
    if var("TERM").is_some_and(|t| t == "dumb") {
        return true;
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()));
    locale.is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        !(l.contains("utf-8") || l.contains("utf8"))
    })
}

/// One drawn symbol in ASCII, one column wide, for a screen cell; `None` for anything that is not
/// a symbol pivot or its widgets draw.
pub fn ascii(c: char) -> Option<char> {
    let a = match c {
        // A chart's ready or target line (dots, never mistaken for a border).
        '┈' => '.',
        // Box drawing: lines, then every corner, tee and cross.
        '─' | '━' | '═' | '┄' | '┅' | '┉' | '╌' | '╍' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾' => {
            '-'
        }
        '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' | '╵' | '╷' | '╹' | '╻' | '╽' | '╿' => {
            '|'
        }
        '\u{2500}'..='\u{257f}' => '+',
        // Blocks: bars, shades and the heights of a sparkline.
        '░' => '.',
        '▒' => ':',
        '▁' => '_',
        '▂' => '.',
        '▃' | '▄' => '-',
        '▅' | '▆' => '=',
        '\u{2580}'..='\u{259f}' => '#',
        // Braille dots, as charts draw them.
        '\u{2800}' => ' ',
        '\u{2801}'..='\u{28ff}' => '*',
        // Punctuation.
        '·' | '•' => '-',
        '×' => 'x',
        '–' | '—' | '−' => '-',
        '…' => '~',
        '‹' | '←' | '◄' | '◀' => '<',
        '›' | '→' | '►' | '▶' | '▸' => '>',
        '↑' | '▲' => '^',
        '↓' | '▼' => 'v',
        '↗' => '/',
        '↘' => '\\',
        '≠' => '/',
        '±' => '%',
        // Marks.
        '✓' | '✔' | '☑' => '+',
        '✗' | '✘' => 'X',
        '☐' => 'o',
        '▣' => '#',
        '◆' => '@',
        '◇' => '&',
        '○' => '.',
        '◔' => ':',
        '◑' => 'o',
        '●' => 'O',
        '◌' => ':',
        '◎' => '=',
        '◷' => '@',
        '✉' => '"',
        '✎' => '/',
        '✧' => '\'',
        '◦' => '_',
        '⧉' => '#',
        // The parts of readiness on its chart.
        '▫' => ':',
        '▵' => '^',
        '◊' => '%',
        _ => return None,
    };
    Some(a)
}

/// Text for the terminal in ASCII symbols: arrows, dashes and ellipses spelled as people type
/// them (`->`, `--`, `...`), every other symbol as on screen.
pub fn text(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '→' => out.push_str("->"),
            '←' => out.push_str("<-"),
            '—' => out.push_str("--"),
            '…' => out.push_str("..."),
            c => out.push(ascii(c).unwrap_or(c)),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn a_dumb_terminal_or_a_locale_without_utf8_asks_for_plain() {
        assert!(wanted(env(&[("TERM", "dumb"), ("LANG", "en_US.UTF-8")])));
        assert!(wanted(env(&[("LANG", "C")])));
        assert!(wanted(env(&[("LANG", "en_US.ISO-8859-1")])));
        assert!(wanted(env(&[("LC_ALL", "POSIX"), ("LANG", "en_US.UTF-8")])));
        assert!(!wanted(env(&[("TERM", "xterm"), ("LANG", "en_US.UTF-8")])));
        assert!(!wanted(env(&[("LC_CTYPE", "de_DE.utf8"), ("LANG", "C")])));
        // The first one set decides; an empty one is not set.
        assert!(!wanted(env(&[("LC_ALL", ""), ("LANG", "C.UTF-8")])));
        assert!(!wanted(env(&[])));
    }

    #[test]
    fn symbols_become_one_ascii_column_and_letters_stay() {
        for c in "─│┌┐└┘╭╮╰╯├┤█░▒▁▂▄▆·…→↑↓✓✗☐☑○◔◑●◷✉✎⧉▣▲◆◇◎≠±◌✧◦⣿".chars()
        {
            let a = ascii(c).unwrap_or_else(|| panic!("{c} has no ASCII"));
            assert!(a.is_ascii() && !a.is_ascii_control(), "{c} -> {a:?}");
        }
        for c in "aé日øΔ".chars() {
            assert_eq!(ascii(c), None, "{c}");
        }
    }

    #[test]
    fn text_spells_arrows_and_keeps_what_was_typed() {
        assert_eq!(text("PO → PM … café"), "PO -> PM ... café");
        assert_eq!(text("██░░ 2/4 ✓"), "##.. 2/4 +");
        assert!(matches!(text("plain"), Cow::Borrowed(_)));
    }

    /// The marks that can stand on one screen together (bullets, which only start a line, and
    /// bars and sparklines, which are read as runs, aside).
    const TOGETHER: &[(&str, &str)] = &[
        ("dashboard", "✓✗!◷…→"),
        ("path", "✓✗*✎⧉…▸"),
        ("skills", "*?✓◆◇◎○◔◑●↑→↓·…▸"),
        ("milestones", "✓!◷…"),
        ("review agenda", "?✓!◷◌≠±…▸"),
        ("review ratings", "?◦≠…▸"),
        ("review outcomes", "☐☑!◷…▸"),
        ("evidence", "▣▲✉✧◌…"),
        ("forms", "›‹✗…"),
    ];

    #[test]
    fn marks_that_share_a_screen_stay_apart_in_ascii() {
        for (screen, marks) in TOGETHER {
            let mut seen: Vec<(char, char)> = Vec::new();
            for c in marks.chars() {
                let a = ascii(c).unwrap_or(c);
                if let Some((other, _)) = seen.iter().find(|(_, b)| *b == a) {
                    // `›` and `‹` are the two ends of one choice; `→` and `▸` point alike.
                    let alike = [('‹', '›'), ('›', '▸'), ('→', '▸')];
                    assert!(
                        alike.contains(&(*other, c)) || alike.contains(&(c, *other)),
                        "on {screen}, {other} and {c} are both {a:?} in ASCII"
                    );
                }
                seen.push((c, a));
            }
        }
    }
}
