//! A screen's body is copied from when it was last drawn while only the screen has changed
//! (a screen switch then costs a copy, not a redraw). Whatever a person presses, every frame is
//! the frame drawn afresh, and going back and forth between screens does reuse bodies.

mod common;

use common::tui::{WALK_KEYS, keys, session_on};
use pivot::tui::App;
use pivot::tui::command::Action;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::Event;

const SAM: &str = include_str!("fixtures/tui/progress.json");

/// A terminal kept from frame to frame, as the event loop keeps it.
struct Window {
    terminal: Terminal<TestBackend>,
}

impl Window {
    fn new(width: u16, height: u16) -> Window {
        Window {
            terminal: Terminal::new(TestBackend::new(width, height)).expect("test terminal"),
        }
    }

    /// Draw the next frame as the event loop does; it must be the frame drawn afresh.
    fn draw(&mut self, app: &App, after: &str) -> Buffer {
        // The frames as drawn (the test backend keeps cells a wide symbol hides from before).
        let drawn = self
            .terminal
            .draw(|frame| app.render(frame))
            .expect("draw a frame")
            .buffer
            .clone();
        let area = drawn.area;
        let mut fresh = Terminal::new(TestBackend::new(area.width, area.height)).expect("terminal");
        let afresh = fresh
            .draw(|frame| app.render_afresh(frame))
            .expect("draw a frame afresh")
            .buffer
            .clone();
        assert_eq!(
            drawn, afresh,
            "after {after}: the frame differs from the frame drawn afresh"
        );
        drawn
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.terminal
            .resize(ratatui::layout::Rect::new(0, 0, width, height))
            .expect("resize the test terminal");
    }
}

/// Press `notation`, draw, and give back the body: the rows between the tab bar and the
/// footer (the footer says what the last key did).
fn press_and_draw(app: &mut App, window: &mut Window, notation: &str) -> Vec<String> {
    for key in keys(notation) {
        app.handle(Event::Key(key));
    }
    body(&window.draw(app, notation))
}

fn body(buffer: &Buffer) -> Vec<String> {
    (1..buffer.area.height - 1)
        .map(|y| common::tui::row_text(buffer, y))
        .collect()
}

#[test]
fn going_back_to_a_screen_reuses_its_body_until_something_changes() {
    let mut s = session_on(SAM);
    s.app.set_opener(|_| Ok(()));
    let mut window = Window::new(100, 30);
    let dashboard = body(&window.draw(&s.app, "the start"));
    let path = press_and_draw(&mut s.app, &mut window, "<Tab>");
    assert_ne!(dashboard, path, "Tab shows another screen");
    assert_eq!(
        press_and_draw(&mut s.app, &mut window, "<BackTab>"),
        dashboard
    );
    assert_eq!(press_and_draw(&mut s.app, &mut window, "<Tab>"), path);
    let reused = s.app.reused_bodies();
    assert!(
        reused >= 2,
        "back and forth twice reuses both bodies, not {reused}"
    );

    // A tick on the Path screen changes it and what the dashboard counts: neither is reused.
    let ticked = press_and_draw(&mut s.app, &mut window, "<Space>");
    assert_ne!(ticked, path, "Space ticks the item");
    let before = s.app.reused_bodies();
    let dashboard_after = press_and_draw(&mut s.app, &mut window, "<BackTab>");
    assert_ne!(
        dashboard_after, dashboard,
        "the dashboard counts the new tick"
    );
    assert_eq!(press_and_draw(&mut s.app, &mut window, "<Tab>"), ticked);
    assert_eq!(
        s.app.reused_bodies(),
        before,
        "nothing drawn before the change is reused after it"
    );
    press_and_draw(&mut s.app, &mut window, "<BackTab>");
    assert_eq!(
        s.app.reused_bodies(),
        before + 1,
        "the new dashboard is reused"
    );
}

/// What the person does next: a key, or a change of the window's size.
#[derive(Debug, Clone)]
enum Step {
    Key(&'static str),
    Resize(u16, u16),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => proptest::sample::select(WALK_KEYS).prop_map(Step::Key),
        1 => proptest::sample::select(&[(80u16, 24u16), (100, 30), (120, 40), (60, 18)][..])
            .prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_frame_is_the_frame_drawn_afresh(steps in proptest::collection::vec(step(), 1..40)) {
        let mut s = session_on(SAM);
        s.app.set_opener(|_| Ok(()));
        let mut window = Window::new(80, 24);
        window.draw(&s.app, "the start");
        for (n, step) in steps.iter().enumerate() {
            match step {
                Step::Key(notation) => {
                    for key in keys(notation) {
                        s.app.handle(Event::Key(key));
                    }
                }
                Step::Resize(width, height) => {
                    window.resize(*width, *height);
                    s.app.update(Action::Resize { width: *width, height: *height });
                }
            }
            window.draw(&s.app, &format!("step {n} of {steps:?}"));
        }
    }
}
