//! The screens' bodies as they were last drawn. A screen switch redraws the whole body, the most
//! work a key does; going back to a screen whose state has not changed since copies its cells
//! instead. Every update but a plain screen switch may change what a screen shows, so each one
//! forgets them all (`App::update`): a body is only reused while nothing but the screen changed.

use std::cell::{Cell, RefCell};

use ratatui::Frame;
use ratatui::buffer::{Buffer, Cell as Symbol};
use ratatui::layout::Rect;

use crate::tui::screens::Screen;

#[derive(Default)]
pub(super) struct Drawn {
    bodies: RefCell<Vec<Body>>,
    /// The screen the last frame showed: a body is kept when the frame shows another one.
    last: Cell<Option<Screen>>,
    /// How many bodies were copied rather than drawn (tests check they are).
    reused: Cell<u64>,
    /// Draw every body afresh and keep none (tests compare the two ways).
    bypass: Cell<bool>,
}

struct Body {
    screen: Screen,
    area: Rect,
    cells: Vec<Symbol>,
}

impl Drawn {
    /// Something other than the screen may have changed: no body drawn so far can be reused.
    pub(super) fn forget(&mut self) {
        self.bodies.get_mut().clear();
    }

    /// `screen`'s body in `area`: the cells it had when last drawn in the same state, or drawn
    /// by `draw`. A body is kept when the screen was just switched to, so a key that changes a
    /// screen's state (and so forgets it anyway) never pays for keeping it.
    pub(super) fn body(
        &self,
        screen: Screen,
        frame: &mut Frame,
        area: Rect,
        draw: impl FnOnce(&mut Frame),
    ) {
        if self.bypass.get() {
            return draw(frame);
        }
        let switched = self.last.replace(Some(screen)) != Some(screen);
        let bodies = self.bodies.borrow();
        if let Some(body) = bodies.iter().find(|b| b.screen == screen && b.area == area) {
            copy_in(frame.buffer_mut(), area, &body.cells);
            self.reused.set(self.reused.get() + 1);
            return;
        }
        drop(bodies);
        draw(frame);
        if switched {
            let cells = copy_out(frame.buffer_mut(), area);
            self.bodies.borrow_mut().push(Body {
                screen,
                area,
                cells,
            });
        }
    }

    pub(super) fn reused(&self) -> u64 {
        self.reused.get()
    }

    /// Run `draw` with every body drawn afresh, leaving what is kept as it was.
    pub(super) fn bypassed(&self, draw: impl FnOnce()) {
        self.bypass.set(true);
        draw();
        self.bypass.set(false);
    }
}

/// The rows of `area` in `buffer`, one after another.
fn copy_out(buffer: &Buffer, area: Rect) -> Vec<Symbol> {
    let area = area.intersection(buffer.area);
    let mut cells = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    for y in area.top()..area.bottom() {
        let start = buffer.index_of(area.x, y);
        cells.extend_from_slice(&buffer.content[start..start + usize::from(area.width)]);
    }
    cells
}

/// Put rows taken by [`copy_out`] back in the same `area` of `buffer`.
fn copy_in(buffer: &mut Buffer, area: Rect, cells: &[Symbol]) {
    let area = area.intersection(buffer.area);
    let width = usize::from(area.width);
    if width == 0 {
        return;
    }
    for (row, y) in cells.chunks_exact(width).zip(area.top()..area.bottom()) {
        let start = buffer.index_of(area.x, y);
        buffer.content[start..start + width].clone_from_slice(row);
    }
}
