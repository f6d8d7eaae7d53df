//! Prints the figures of a text file, one per line, as JSON: a quick look
//! at what extraction finds in a real story. A leading `date YYYY-MM-DD`
//! dateline is masked the way tally-ingest masks it. With `--sentences`,
//! prints the sentences instead, to eyeball segmentation.
//!
//! cargo run -p tally-extract --example extract_file -- [--sentences] story.txt

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let sentences = args.first().is_some_and(|a| a == "--sentences");
    if sentences {
        args.remove(0);
    }
    let Some(path) = args.into_iter().next() else {
        eprintln!("usage: extract_file [--sentences] FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(1);
        }
    };
    let mut document = tally_ingest::Document::from_text(path, text.clone());
    if let Some(rest) = text.trim_start().strip_prefix("date ") {
        let lead = text.len() - text.trim_start().len();
        let end = lead + 5 + rest.find(char::is_whitespace).unwrap_or(rest.len());
        document
            .prose
            .replace_range(lead..end, &" ".repeat(end - lead));
    }
    let extraction = tally_extract::Extractor::new().extract(&document);
    if sentences {
        for span in &extraction.sentences {
            println!("{}", document.source[span.range()].replace('\n', " "));
        }
        return;
    }
    for figure in &extraction.figures {
        let line = serde_json::json!({
            "text": &document.source[figure.span.range()],
            "figure": figure,
        });
        println!("{line}");
    }
}
