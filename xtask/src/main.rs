mod eval_extract;

fn main() {
    // Temporary entry for `eval-extract SPEC_DIR` until the lead wires the
    // real command line.
    let args: Vec<String> = std::env::args().collect();
    if let [_, command, dir] = args.as_slice()
        && command == "eval-extract"
        && let Err(err) = eval_extract::run(std::path::Path::new(dir))
    {
        eprintln!("{err}");
        std::process::exit(1);
    }
}
