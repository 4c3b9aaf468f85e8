use std::process::ExitCode;

use clap::Parser;

use pivot::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match cli::run(cli, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pivot: {e}");
            ExitCode::FAILURE
        }
    }
}
