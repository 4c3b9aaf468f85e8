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
pub fn columns(area: Rect, width: u16) -> [Rect; 2] {
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
            for label in [0, 18, 200] {
                let solved: [Rect; 2] =
                    Layout::horizontal([Constraint::Length(label), Constraint::Min(1)]).areas(area);
                if label < w {
                    assert_eq!(columns(area, label), solved, "{label} of {w}");
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
    fn rows_that_do_not_fit_are_cut_from_the_bottom() {
        let area = Rect::new(0, 5, 10, 4);
        let cut = rows(area, &[3, 2, 1]);
        let heights: Vec<u16> = cut.iter().map(|r| r.height).collect();
        assert_eq!(heights, [3, 1, 0, 0]);
        assert!(cut.iter().all(|r| r.bottom() <= area.bottom()));
        assert_eq!(cut[1].y, 8);
    }
}
