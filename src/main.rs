use std::process::ExitCode;

use pivot::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::read();
    let mut stdout = std::io::stdout().lock();
    match cli::run(cli, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(cli::CliError::Exit(code)) => ExitCode::from(code),
        Err(e) => {
            // Errors can quote the file; its text reaches the terminal shown, not obeyed.
            eprintln!("pivot: {}", pivot::printable::printable(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}
