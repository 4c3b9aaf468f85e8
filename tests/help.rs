//! Help that teaches: every argument and option of every command says what it is for, and
//! every command's long help ends with real examples.

fn walk(command: &clap::Command, path: &str, out: &mut Vec<String>, examples: &mut Vec<String>) {
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if matches!(id, "help" | "version") {
            continue;
        }
        if arg.get_help().is_none() && arg.get_long_help().is_none() {
            out.push(format!("{path} {id}"));
        }
    }
    let leaf = command.get_subcommands().next().is_none();
    if leaf {
        let long = command
            .get_after_long_help()
            .map(ToString::to_string)
            .unwrap_or_default();
        if !long.contains("Examples:") {
            examples.push(path.to_string());
        }
    }
    for sub in command.get_subcommands() {
        walk(sub, &format!("{path} {}", sub.get_name()), out, examples);
    }
}

#[test]
fn every_argument_and_option_is_described_and_every_command_has_examples() {
    let command = pivot::cli::Cli::with_help();
    let (mut bare, mut without_examples) = (Vec::new(), Vec::new());
    walk(&command, "pivot", &mut bare, &mut without_examples);
    assert!(
        bare.is_empty(),
        "arguments without a description: {bare:#?}"
    );
    assert!(
        without_examples.is_empty(),
        "commands whose --help shows no examples: {without_examples:#?}"
    );
}
