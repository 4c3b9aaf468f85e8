//! Examples at the end of each command's long help (`pivot CMD --help`), kept in one table
//! beside the definitions they illustrate and attached when the command line is built.

/// Each leaf command by its path under `pivot`, and its examples.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "status",
        &[
            "pivot status",
            "pivot status --json | jq .readiness",
            "pivot status --brief",
        ],
    ),
    (
        "config path",
        &["pivot config path", "$EDITOR \"$(pivot config path)\""],
    ),
    ("config init", &["pivot config init"]),
    ("config check", &["pivot config check"]),
    (
        "config keys",
        &[
            "pivot config keys",
            "pivot config keys | grep -A8 '\\[keys.journal\\]'",
        ],
    ),
    (
        "calendar",
        &[
            "pivot calendar --output ~/pivot.ics",
            "pivot calendar > /tmp/pivot.ics && xdg-open /tmp/pivot.ics",
        ],
    ),
    (
        "remind",
        &[
            "pivot remind",
            "pivot remind --days 14",
            "out=$(pivot remind) || notify-send pivot \"$out\"",
        ],
    ),
    (
        "profile",
        &[
            "pivot profile",
            "pivot profile --name \"Sam Rivera\" --target-date 2027-06-30",
            "pivot profile --stale-after 90",
        ],
    ),
    (
        "check",
        &[
            "pivot check cultivate-skills/take-course",
            "pivot check develop-strategy/pick-kpis --note \"activation and churn\" --evidence https://wiki/kpis",
        ],
    ),
    ("uncheck", &["pivot uncheck cultivate-skills/take-course"]),
    (
        "rate",
        &[
            "pivot rate vision-strategy 2 --comment \"drafted the strategy, not owned\"",
            "pivot rate vision-strategy 3 --mentor \"Ana\" --comment \"the Q3 pitch was yours\"",
        ],
    ),
    (
        "milestone add",
        &[
            "pivot milestone add \"Finish the strategy course\" --due 2027-01-31",
            "pivot milestone add \"Lead a discovery sprint\" --due 2027-03-15 --step gather-experience",
            "pivot milestone add \"Finish the pricing course\" --due 2027-01-31 --item cultivate-skills/take-course",
        ],
    ),
    ("milestone done", &["pivot milestone done 3"]),
    ("milestone reopen", &["pivot milestone reopen 3"]),
    (
        "review amend",
        &[
            "pivot review amend 2",
            "pivot review amend 2 && pivot review session strength \"Clear writing\" && pivot review finish",
        ],
    ),
    (
        "milestone edit",
        &[
            "pivot milestone edit 3 --due 2027-02-15",
            "pivot milestone edit 3 --step none",
        ],
    ),
    ("milestone delete", &["pivot milestone delete 3"]),
    ("milestone list", &["pivot milestone list"]),
    (
        "journal add",
        &[
            "pivot journal add \"Ran my first customer interview\"",
            "pivot journal add \"Felt out of my depth in pricing\" --private --date 2026-11-20",
        ],
    ),
    ("journal list", &["pivot journal list"]),
    (
        "journal edit",
        &[
            "pivot journal edit 4",
            "pivot journal edit 4 \"Ran the interview; next, onboarding\" --private",
            "pivot journal edit 4 --date 2026-11-20",
        ],
    ),
    ("journal delete", &["pivot journal delete 4"]),
    (
        "export",
        &[
            "pivot export --output progress.md",
            "pivot export --format json --output progress-export.json",
            "pivot export --format html --output progress.html",
        ],
    ),
    (
        "pack show",
        &["pivot pack show", "pivot --pack my-pack.json pack show"],
    ),
    ("pack validate", &["pivot pack validate my-pack.json"]),
    (
        "evidence add",
        &[
            "pivot evidence add \"Pricing test\" --kind metric --skill business-case --result \"+4% conversion\"",
            "pivot evidence add \"Roadmap review notes\" --kind feedback --link https://docs/review --skill roadmapping",
        ],
    ),
    (
        "evidence list",
        &[
            "pivot evidence list",
            "pivot evidence list --skill business-case --kind metric",
        ],
    ),
    (
        "evidence edit",
        &[
            "pivot evidence edit 3 --result \"Trial-to-paid up from 3.1% to 4.0%\"",
            "pivot evidence edit 3 --skill business-case --skill data-metrics --link https://dash/pricing",
            "pivot evidence edit 3 --no-items --link \"\"",
        ],
    ),
    ("evidence delete", &["pivot evidence delete 3"]),
    (
        "showcase",
        &[
            "pivot showcase",
            "pivot showcase --share --output portfolio.md",
            "pivot showcase --share --format html --output portfolio.html",
        ],
    ),
    (
        "interview",
        &[
            "pivot interview",
            "pivot interview --skill stakeholders",
            "pivot interview --json",
            "pivot interview --practised stakeholders/2 --how \"rambled; cut the setup\"",
        ],
    ),
    (
        "review agenda",
        &["pivot review agenda", "pivot review agenda --json"],
    ),
    ("review list", &["pivot review list"]),
    (
        "review changes",
        &[
            "pivot review changes",
            "pivot review changes --since 2026-11-01 --until 2026-11-30",
        ],
    ),
    (
        "review action list",
        &[
            "pivot review action list",
            "pivot review action list --json",
        ],
    ),
    (
        "review action done",
        &[
            "pivot review action done 3.1",
            "pivot review action done 3.1 --date 2026-11-28",
        ],
    ),
    ("review action reopen", &["pivot review action reopen 3.1"]),
    (
        "review prepare",
        &[
            "pivot review prepare --mentor \"Ana Sørensen\"",
            "pivot review prepare --mentor \"Ana Sørensen\" --output ana.json",
        ],
    ),
    (
        "review open",
        &[
            "pivot review open ana.json",
            "pivot review open ana.json --reply ~/replies/sam.json",
        ],
    ),
    ("review reply show", &["pivot review reply ana.json show"]),
    (
        "review reply rate",
        &[
            "pivot review reply ana.json rate customer-insight 3 --example \"ran the interview plan alone\"",
        ],
    ),
    (
        "review reply notes",
        &[
            "pivot review reply ana.json notes \"Strong month on discovery\" --private \"ask about the reorg\"",
        ],
    ),
    (
        "review reply strength",
        &["pivot review reply ana.json strength \"Clear problem statements\""],
    ),
    (
        "review reply growth",
        &["pivot review reply ana.json growth \"Pricing conversations\""],
    ),
    (
        "review reply action",
        &[
            "pivot review reply ana.json action \"Draft the pricing note\" --owner \"Sam\" --due 2027-01-15",
        ],
    ),
    ("review finish", &["pivot review finish"]),
    (
        "review session start",
        &[
            "pivot review session start --mentor \"Priya Shah\"",
            "pivot review session start --mentor Ana --date 2026-11-20",
        ],
    ),
    (
        "review session show",
        &[
            "pivot review session show",
            "pivot review session show --json",
        ],
    ),
    (
        "review session rate",
        &["pivot review session rate business-case 2 --example \"the ROI page\""],
    ),
    (
        "review session notes",
        &["pivot review session notes \"Good first case\" --private \"nervous about pricing\""],
    ),
    (
        "review session strength",
        &["pivot review session strength \"Writes clearly\""],
    ),
    (
        "review session growth",
        &["pivot review session growth \"Pricing\""],
    ),
    (
        "review session action",
        &["pivot review session action \"Book five interviews\" --owner Sam --due 2026-12-05"],
    ),
    (
        "review session change",
        &[
            "pivot review session change strength 2 \"Calm under pressure\"",
            "pivot review session change action 1 \"Share the brief\" --due 2026-12-05",
        ],
    ),
    (
        "review session delete",
        &["pivot review session delete growth 1"],
    ),
    (
        "review next",
        &[
            "pivot review next",
            "pivot review next 2027-01-08",
            "pivot review next none",
        ],
    ),
    ("review discard", &["pivot review discard"]),
    (
        "review import",
        &[
            "pivot review import ana.reply.json",
            "pivot review import ana.reply.json --finish",
        ],
    ),
    (
        "review report",
        &[
            "pivot review report",
            "pivot review report 4 --output review-4.md",
            "pivot review report --format html --output review.html",
        ],
    ),
    (
        "cohort",
        &[
            "pivot cohort sam.json lea-packet.json",
            "pivot cohort *.json --json",
        ],
    ),
    (
        "path",
        &["pivot path", "pivot --data ~/sync/progress.json path"],
    ),
    (
        "completions",
        &["pivot completions bash > ~/.local/share/bash-completion/completions/pivot"],
    ),
    (
        "man",
        &[
            "pivot man | man -l -",
            "pivot man --dir ~/.local/share/man/man1",
        ],
    ),
    ("conflicts", &["pivot conflicts", "pivot conflicts --clear"]),
    (
        "merge",
        &["pivot merge progress.json.bak progress.json 'progress (conflicted copy).json'"],
    ),
];

/// `command` with each leaf's examples at the end of its long help.
pub fn with_examples(mut command: clap::Command) -> clap::Command {
    for (path, lines) in EXAMPLES {
        let text = format!(
            "Examples:\n{}",
            lines
                .iter()
                .map(|l| format!("  {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        command = attach(command, &path.split(' ').collect::<Vec<_>>(), text);
    }
    command
}

fn attach(command: clap::Command, path: &[&str], text: String) -> clap::Command {
    match path {
        [] => command.after_long_help(text),
        [first, rest @ ..] => {
            let rest = rest.to_vec();
            command.mut_subcommand(*first, move |sub| attach(sub, &rest, text))
        }
    }
}
