//! The app: the data, the screens, the overlays, and the one place state changes. An event goes
//! to the open overlay first, then to the keys that work everywhere, then to the active screen;
//! a screen answers with an `Outcome` that only the app carries out.

mod apply;
mod drawn;
mod history;
mod keeper;
mod kept;
mod keys;
mod outside;
mod read;
mod undo;
mod view;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::Progress;
use crate::store::Store;

use super::chrome::Tone;
use super::command::{Action, Command};
use super::keys::Keymap;
use super::overlay::Overlay;
use super::screens::dashboard::{self, welcome};
use super::screens::{Purpose, Screen, Screens};
use super::theme::Theme;
use history::History;
use keeper::Keeper;

/// Opens a link with the system's browser, detached from pivot.
pub fn open_in_browser(link: &str) -> std::io::Result<()> {
    open::that_detached(link)
}

pub struct App {
    pack: Pack,
    progress: Progress,
    /// Derived from `progress`; recomputed on every change, never while drawing.
    insights: Insights,
    /// In a session with blind rating on: the insights without the person's own ratings the
    /// mentor has not rated yet, for every screen but Review.
    blind_view: Option<Insights>,
    /// Where changes are saved: the data file, or a mentor's reply.
    keeper: Keeper,
    today: NaiveDate,
    theme: Theme,
    /// Plain mode: the drawn frame's symbols in ASCII.
    ascii: bool,
    mouse: bool,
    /// In a review, the person's own rating stays hidden until the mentor has rated.
    blind: bool,
    /// Opens a link in the browser (tests put a recorder here).
    opener: fn(&str) -> std::io::Result<()>,
    screen: Screen,
    screens: Screens,
    overlay: Overlay<Purpose>,
    /// The data as saved (or as it would have been saved): the state undo returns to. Made on
    /// the first change, not at start, so the first frame does not wait for it.
    text: Option<String>,
    history: History,
    status: Option<(Tone, String)>,
    /// The terminal's size, for scrolling limits (drawing uses the frame's own size).
    size: (u16, u16),
    /// The last save failed: what is on screen is not on disk.
    save_error: Option<String>,
    quit: bool,
    /// Private texts are shown as "private" (browsing read-only without `--include-private`).
    hide_private: bool,
    /// Text the person asked to write in their editor: the event loop opens it (the terminal
    /// has to be handed over) and gives back what came of it.
    editor_request: Option<String>,
    /// The key tables, with the person's remaps.
    keys: Keymap,
    /// Where the frame the next start draws first is kept (`tui::kept`); `None`: not kept.
    kept: Option<super::kept::FrameCache>,
    /// The screens' bodies as last drawn, reused while only the screen changes.
    drawn: drawn::Drawn,
}

/// Options the app starts with.
pub struct Start {
    pub first_run: bool,
    pub theme: Theme,
    /// Plain mode: bars, marks and borders drawn in ASCII.
    pub ascii: bool,
    pub mouse: bool,
    pub today: NaiveDate,
    pub warnings: Vec<String>,
    /// The terminal's size at start.
    pub size: (u16, u16),
    /// Show private journal entries and notes only as "private" (a file browsed `--read-only`
    /// without `--include-private`).
    pub hide_private: bool,
    /// The key tables: the built-in ones (`screens::KEYS`) or the person's remap of them.
    pub keys: Keymap,
    /// Where to keep the frame the next start draws first (`None`: not kept).
    pub kept: Option<super::kept::FrameCache>,
}

/// What a screen reads: the app's data, borrowed field by field so the screens stay free to
/// change.
macro_rules! ctx {
    ($app:expr) => {
        $crate::tui::context::Ctx {
            pack: &$app.pack,
            progress: &$app.progress,
            // A blind session hides the person's own ratings everywhere but on the Review
            // screen, which shows each once the mentor has rated it.
            insights: match &$app.blind_view {
                Some(view) if $app.screen != $crate::tui::screens::Screen::Review => view,
                _ => &$app.insights,
            },
            today: $app.today,
            theme: &$app.theme,
            read_only: $app.keeper.read_only($app.screen),
            mentor: $app.keeper.is_mentor(),
            blind: $app.blind,
            size: $app.size,
            keys: &$app.keys,
        }
    };
}
pub(crate) use ctx;

impl App {
    pub fn new(pack: Pack, progress: Progress, store: Store, start: Start) -> App {
        App::build(pack, progress, Keeper::File(store), start)
    }

    /// Mentor mode: the coach on a packet, the session saved into the reply. It opens on the
    /// Review screen, where the session is.
    pub fn mentor(
        pack: Pack,
        progress: Progress,
        desk: crate::exchange::MentorDesk,
        start: Start,
    ) -> App {
        let reply = desk.reply_path.file_name().map_or_else(
            || desk.reply_path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let said = match &desk.reply {
            Some(r) => format!(
                "Your reply of {} goes on; saved as you go in {reply}",
                r.updated
            ),
            None => format!("Rate blind; your reply is saved as you go in {reply}"),
        };
        let mut app = App::build(pack, progress, Keeper::Reply(Box::new(desk)), start);
        app.screen = Screen::Review;
        // A warning (a settings file that could not be used) is said first.
        if app.status.is_none() {
            app.status = Some((Tone::Info, said));
        }
        app
    }

    fn build(pack: Pack, progress: Progress, keeper: Keeper, start: Start) -> App {
        let progress = if start.hide_private {
            crate::report::masked(&progress)
        } else {
            progress
        };
        let insights = Insights::compute(&pack, &progress, start.today);
        // Blind rating starts on: a session in progress hides the own ratings it hides.
        let blind_view =
            crate::report::blind(&progress).map(|p| Insights::compute(&pack, &p, start.today));
        let mut app = App {
            text: None,
            insights,
            blind_view,
            pack,
            progress,
            keeper,
            today: start.today,
            theme: start.theme,
            ascii: start.ascii,
            mouse: start.mouse,
            blind: true,
            opener: open_in_browser,
            screen: Screen::Dashboard,
            screens: Screens::default(),
            overlay: Overlay::None,
            history: History::default(),
            status: start.warnings.first().map(|w| (Tone::Error, w.clone())),
            save_error: None,
            size: start.size,
            quit: false,
            hide_private: start.hide_private,
            editor_request: None,
            keys: start.keys,
            kept: start.kept,
            drawn: drawn::Drawn::default(),
        };
        app.screens
            .path
            .open_at_first_open_item(&app.pack, &app.progress);
        app.screens.refresh(&ctx!(app));
        if start.first_run && app.read_only().is_none() {
            let form = welcome(&app.pack).purpose(Purpose::Dashboard(dashboard::Msg::Welcome));
            app.overlay = Overlay::Form(Box::new(form));
        }
        app
    }

    /// Turn a terminal event into an action for the current state and carry it out.
    pub fn handle(&mut self, event: ratatui::crossterm::event::Event) {
        if let Some(action) = self.resolve(event) {
            self.update(action);
        }
    }

    /// The one place state changes.
    pub fn update(&mut self, action: Action) {
        // A message stays until the next thing the person does (a resize is not that).
        if !matches!(action, Action::Resize { .. }) {
            self.status = None;
        }
        // Only moving between screens leaves every screen as it was drawn.
        if !matches!(
            action,
            Action::Command(Command::NextScreen | Command::PrevScreen | Command::GoTo(_))
                | Action::Click { .. }
        ) {
            self.drawn.forget();
        }
        match action {
            Action::Command(command) => self.command(command),
            Action::Input(key) => self.input(key),
            Action::Paste(text) => self.paste(&text),
            Action::Resize { width, height } => self.size = (width, height),
            Action::Click { column, row } => {
                let (width, read_only) = (self.size.0, self.read_only().is_some());
                if row == 0
                    && let Some(screen) = super::chrome::tab_at(
                        column,
                        width,
                        (read_only, self.screen),
                        self.keys.global(),
                    )
                {
                    self.screen = screen;
                }
            }
        }
    }
}
