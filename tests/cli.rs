//! The `annotate` command line: output shapes, and errors that name the file
//! or line while the other lines are still processed.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn annotate(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("annotate runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

#[test]
fn file_mode_prints_spans() {
    let out = annotate(&["--reference-date", "2020-10-09", "-"], "Talks in Geneva on Friday.");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = &stdout_lines(&out)[0];
    assert!(v["spans"].is_array());
    assert_eq!(v["referenceDate"]["value"], "2020-10-09");
    assert_eq!(v["referenceDate"]["source"], "option");
}

#[test]
fn jsonl_mode_reports_bad_lines_and_keeps_going() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Rain in Oslo.\"}\n",
        "not json\n",
        "{\"id\": \"b\", \"referenceDate\": \"2020-13-01\", \"text\": \"x\"}\n",
        "\n",
        "{\"id\": 7, \"text\": \"Snow.\", \"referenceDate\": \"2021-01-02\"}\n",
    );
    let out = annotate(&["--jsonl"], input);
    assert!(!out.status.success(), "bad lines must give a non-zero exit");
    let lines = stdout_lines(&out);
    let ids: Vec<String> = lines.iter().map(|v| v["id"].to_string()).collect();
    assert_eq!(ids, ["\"a\"", "7"]);
    assert!(lines.iter().all(|v| v["spans"].is_array()));
    let err = String::from_utf8_lossy(&out.stderr);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 2, "{err}");
    assert!(err_lines[0].contains("line 2") && err_lines[0].contains("not JSON"), "{err}");
    assert!(err_lines[1].contains("line 3") && err_lines[1].contains("referenceDate"), "{err}");
}

#[test]
fn unreadable_file_is_named() {
    let out = annotate(&["/nonexistent/article.txt"], "");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/article.txt") && err.lines().count() == 1, "{err}");
}

#[test]
fn bad_arguments_say_what_is_wrong() {
    for (args, needle) in [
        (&["--kinds", "people", "-"][..], "people"),
        (&["--reference-date", "yesterday", "-"][..], "YYYY-MM-DD"),
        (&["--frobnicate"][..], "--frobnicate"),
        (&[][..], "no FILE"),
    ] {
        let out = annotate(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(needle), "{args:?}");
    }
}

#[test]
fn invalid_utf8_file_is_an_error_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.txt");
    std::fs::write(&path, b"Caf\xe9 in Paris").unwrap();
    let out = annotate(&[path.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
    std::fs::remove_dir_all(&dir).ok();
}
