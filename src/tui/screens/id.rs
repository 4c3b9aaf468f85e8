//! The screens, in tab order.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Dashboard,
    Path,
    Skills,
    Milestones,
    Journal,
    Roles,
    Review,
    Evidence,
    Progress,
    Showcase,
}

impl Screen {
    pub const ALL: [Screen; 10] = [
        Screen::Dashboard,
        Screen::Path,
        Screen::Skills,
        Screen::Milestones,
        Screen::Journal,
        Screen::Roles,
        Screen::Review,
        Screen::Evidence,
        Screen::Progress,
        Screen::Showcase,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Screen::Dashboard => "Dashboard",
            Screen::Path => "Path",
            Screen::Skills => "Skills",
            Screen::Milestones => "Milestones",
            Screen::Journal => "Journal",
            Screen::Roles => "Roles",
            Screen::Review => "Review",
            Screen::Evidence => "Evidence",
            Screen::Progress => "Progress",
            Screen::Showcase => "Showcase",
        }
    }

    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Screen {
        Screen::ALL[(self.index() + 1) % Screen::ALL.len()]
    }

    pub fn prev(self) -> Screen {
        Screen::ALL[(self.index() + Screen::ALL.len() - 1) % Screen::ALL.len()]
    }
}
