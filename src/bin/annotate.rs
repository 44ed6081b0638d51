//! `annotate`: the command-line annotator, for batch work and evaluation.
//!
//! ```text
//! annotate [OPTIONS] FILE            one text; prints {"spans": [...]}
//! annotate [OPTIONS] --jsonl [FILE]  JSON Lines {"id","text","referenceDate"?}
//!                                    in, {"id","spans"} a line out
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use article_annotator::{annotate_json, Kinds, Options};
use serde_json::Value;

const USAGE: &str = "\
Usage: annotate [OPTIONS] FILE
       annotate [OPTIONS] --jsonl [FILE]

Marks every place, date and figure in a text.

  FILE                      the text to read; '-' or none with --jsonl: standard input
  --jsonl                   read JSON Lines documents {\"id\", \"text\", \"referenceDate\"?}
                            and write {\"id\", \"spans\"} a line
  --reference-date DATE     the publication date (YYYY-MM-DD) that resolves \"Friday\";
                            with --jsonl, a line's own referenceDate wins
  --kinds LIST              comma-separated kinds to report: place,date,figure (default all)
  --day-first               read 10/9/2020 as 10 September
  -h, --help                print this help
";

struct Args {
    jsonl: bool,
    file: Option<String>,
    options: Options,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args { jsonl: false, file: None, options: Options::default() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => args.jsonl = true,
            "--day-first" => args.options.day_first = true,
            "--reference-date" => {
                let v = value("--reference-date")?;
                args.options = args.options.clone().with_reference_date(&v).map_err(|e| e.to_string())?;
            }
            "--kinds" => {
                let v = value("--kinds")?;
                let names: Vec<&str> = v.split(',').filter(|s| !s.trim().is_empty()).collect();
                args.options.kinds = Kinds::parse(&names).map_err(|e| e.to_string())?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}; see --help")),
            _ if args.file.is_some() => return Err(format!("more than one FILE given ({arg}); see --help")),
            _ => args.file = Some(arg),
        }
    }
    if !args.jsonl && args.file.is_none() {
        return Err("no FILE given; see --help".into());
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("annotate: {e}");
            return ExitCode::from(2);
        }
    };
    let name = args.file.clone().unwrap_or_else(|| "-".into());
    let input: Box<dyn Read> = if name == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(&name) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("annotate: {name}: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let result = if args.jsonl { run_jsonl(input, &name, &args.options) } else { run_file(input, &name, &args.options) };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("annotate: {name}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_file(mut input: Box<dyn Read>, name: &str, options: &Options) -> io::Result<bool> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("annotate: {name}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to());
            return Ok(false);
        }
    };
    // The JSON straight from the candidates: the same bytes as serializing
    // `annotate`'s result, without holding every span beside the text.
    let json = annotate_json(&text, options).map_err(io::Error::other)?;
    drop(text);
    let mut out = io::stdout().lock();
    out.write_all(json.as_bytes())?;
    writeln!(out)?;
    out.flush()?;
    Ok(true)
}

/// Annotates each line's document; a bad line is reported on stderr with its
/// number and skipped, and the run goes on.
fn run_jsonl(input: Box<dyn Read>, name: &str, options: &Options) -> io::Result<bool> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut ok = true;
    for (n, line) in io::BufReader::new(input).split(b'\n').enumerate() {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        match annotate_line(&line, options) {
            Ok(v) => {
                out.write_all(v.as_bytes())?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                eprintln!("annotate: {name}: line {}: {e}", n + 1);
                ok = false;
            }
        }
    }
    out.flush()?;
    Ok(ok)
}

/// One output line: `{"id": ..., "spans": [...], "referenceDate": ...}`,
/// the id then `annotate_json`'s object, written from the candidates
/// directly (turning the spans into a `serde_json::Value` tree first cost
/// a third of a run over news paragraphs).
fn annotate_line(line: &str, options: &Options) -> Result<String, String> {
    let doc: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let id = doc.get("id").cloned().ok_or("no \"id\"")?;
    let text = doc.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?;
    let mut options = options.clone();
    match doc.get("referenceDate") {
        None | Some(Value::Null) => {}
        Some(Value::String(d)) => options = options.with_reference_date(d).map_err(|e| e.to_string())?,
        Some(_) => return Err("referenceDate is not a string".into()),
    }
    let json = annotate_json(text, &options).map_err(|e| e.to_string())?;
    let id = serde_json::to_string(&id).map_err(|e| e.to_string())?;
    // `json` is an object: `{"spans":...}`.
    Ok(format!("{{\"id\":{id},{}", json.strip_prefix('{').unwrap_or(&json)))
}
