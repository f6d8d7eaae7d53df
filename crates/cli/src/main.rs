use std::process::ExitCode;

fn main() -> ExitCode {
    tally::run(std::env::args_os())
}
