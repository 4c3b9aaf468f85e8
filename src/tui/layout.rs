//! The frame's layout, shared by drawing and by the scroll limits update works out: the tab bar,
//! the body, the footer. Also the plain cuts of a rectangle (rows of set heights, a centred
//! box), worked out by arithmetic: ratatui's constraint solver gives the same rectangles for
//! them, and was the largest cost of the first frame (tests pin the two together).

use ratatui::layout::Rect;

/// The smallest window the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

/// Whether a window of `width`×`height` is too small to show anything but a request to grow.
pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// The tab bar, the body and the footer of `area` (a row each for the bars, the body the rest).
pub fn areas(area: Rect) -> [Rect; 3] {
    let bars = area.height.min(2);
    let top = Rect {
        height: bars.min(1),
        ..area
    };
    let body = Rect {
        y: area.y + top.height,
        height: area.height - bars,
        ..area
    };
    let bottom = Rect {
        y: body.bottom(),
        height: bars - top.height,
        ..area
    };
    [top, body, bottom]
}

/// `area` cut into rows of `heights` from the top, then one row with what is left. Rows that
/// do not fit are cut short from the bottom up (an earlier row keeps its height).
pub fn rows(area: Rect, heights: &[u16]) -> Vec<Rect> {
    let mut y = area.y;
    let mut out: Vec<Rect> = heights
        .iter()
        .map(|&h| {
            let height = h.min(area.bottom() - y);
            let row = Rect { y, height, ..area };
            y += height;
            row
        })
        .collect();
    out.push(Rect {
        y,
        height: area.bottom() - y,
        ..area
    });
    out
}

/// `area` cut into a column `width` wide on the left (as much of it as fits) and the rest.
pub fn split_left(area: Rect, width: u16) -> [Rect; 2] {
    let width = width.min(area.width);
    [
        Rect { width, ..area },
        Rect {
            x: area.x + width,
            width: area.width - width,
            ..area
        },
    ]
}

/// `area` cut into the rest and a column `width` wide on the right (as much of it as fits).
pub fn split_right(area: Rect, width: u16) -> [Rect; 2] {
    split_left(area, area.width - width.min(area.width))
}

/// `area` cut into the rest and `height` rows at the bottom (as many of them as fit).
pub fn split_bottom(area: Rect, height: u16) -> [Rect; 2] {
    let height = height.min(area.height);
    let rest = Rect {
        height: area.height - height,
        ..area
    };
    [
        rest,
        Rect {
            y: rest.bottom(),
            height,
            ..area
        },
    ]
}

/// `area` cut into two columns, the left `percent` of the width (rounded to the nearest cell).
pub fn split_percent(area: Rect, percent: u16) -> [Rect; 2] {
    let left = (u32::from(area.width) * u32::from(percent.min(100)) + 50) / 100;
    split_left(area, u16::try_from(left).unwrap_or(area.width))
}

/// A rectangle of at most `width`×`height` centred in `area` (the odd cell of space to the
/// left and above, as ratatui's `Flex::Center` leaves it).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width).div_ceil(2),
        y: area.y + (area.height - height).div_ceil(2),
        width,
        height,
    }
}

/// The body of a window `size` big.
pub fn body(size: (u16, u16)) -> Rect {
    areas(Rect::new(0, 0, size.0, size.1))[1]
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Flex, Layout, Rect};

    use super::*;

    /// The arithmetic gives what ratatui's solver gives, at every size a terminal is tried at.
    #[test]
    fn the_cuts_match_ratatui_layouts() {
        for (w, h) in [
            (60, 18),
            (80, 24),
            (100, 30),
            (120, 40),
            (61, 19),
            (3, 2),
            (0, 0),
        ] {
            let area = Rect::new(2, 1, w, h);
            let solved: [Rect; 3] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Min(1),
                Constraint::Length(1),
            ])
            .areas(area);
            if h >= 3 {
                assert_eq!(areas(area), solved, "{w}×{h}");
            }
            for (bw, bh) in [(78, 16), (76, 9), (100, 30), (7, 3), (0, 0), (200, 100)] {
                let [row] = Layout::vertical([Constraint::Length(bh.min(h))])
                    .flex(Flex::Center)
                    .areas(area);
                let [cell] = Layout::horizontal([Constraint::Length(bw.min(w))])
                    .flex(Flex::Center)
                    .areas(row);
                assert_eq!(centered(area, bw, bh), cell, "{bw}×{bh} in {w}×{h}");
            }
            for n in [0, 1, 18, 35, 200] {
                let solved: [Rect; 2] =
                    Layout::horizontal([Constraint::Length(n), Constraint::Min(1)]).areas(area);
                if n < w {
                    assert_eq!(split_left(area, n), solved, "{n} of {w}");
                }
                let solved: [Rect; 2] =
                    Layout::horizontal([Constraint::Min(0), Constraint::Length(n)]).areas(area);
                assert_eq!(split_right(area, n), solved, "{n} of {w} at the right");
                let solved: [Rect; 2] =
                    Layout::vertical([Constraint::Min(1), Constraint::Length(n)]).areas(area);
                if n < h {
                    assert_eq!(split_bottom(area, n), solved, "{n} of {h} at the bottom");
                }
            }
            let heights = [3, 1, 1, 1, 1, 3, 1];
            if heights.iter().sum::<u16>() < h {
                let mut constraints: Vec<Constraint> =
                    heights.iter().map(|&r| Constraint::Length(r)).collect();
                constraints.push(Constraint::Min(1));
                let solved = Layout::vertical(constraints).split(area);
                assert_eq!(rows(area, &heights), solved.to_vec(), "rows in {w}×{h}");
            }
        }
    }

    #[test]
    fn percentages_match_ratatui_at_every_width() {
        for w in 0..=250 {
            let area = Rect::new(1, 1, w, 10);
            for p in [40, 45, 48, 50, 55, 60] {
                let solved: [Rect; 2] = Layout::horizontal([
                    Constraint::Percentage(p),
                    Constraint::Percentage(100 - p),
                ])
                .areas(area);
                assert_eq!(split_percent(area, p), solved, "{p}% of {w}");
            }
        }
    }

    #[test]
    fn rows_that_do_not_fit_are_cut_from_the_bottom() {
        let area = Rect::new(0, 5, 10, 4);
        let cut = rows(area, &[3, 2, 1]);
        let heights: Vec<u16> = cut.iter().map(|r| r.height).collect();
        assert_eq!(heights, [3, 1, 0, 0]);
        assert!(cut.iter().all(|r| r.bottom() <= area.bottom()));
        assert_eq!(cut[1].y, 8);
    }
}
