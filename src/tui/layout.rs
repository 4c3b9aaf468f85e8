//! The frame's layout, shared by drawing and by the scroll limits update works out: the tab bar,
//! the body, the footer.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest window the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

/// Whether a window of `width`×`height` is too small to show anything but a request to grow.
pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// The tab bar, the body and the footer of `area`.
pub fn areas(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The body of a window `size` big.
pub fn body(size: (u16, u16)) -> Rect {
    areas(Rect::new(0, 0, size.0, size.1))[1]
}
