//! `handbook serve` end to end: a page is served, an edit shows up, a broken edit shows its
//! located error while the last good page stays, fixing it clears the error.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Fixture;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `handbook serve` in the site's folder (the way editors run it: no --root).
fn start(site: &Fixture) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .current_dir(site.root())
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start handbook serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("first line");
    let port = line.split("127.0.0.1:").nth(1).and_then(|rest| rest.split('/').next()).and_then(|p| p.parse().ok());
    Server { child, port: port.unwrap_or_else(|| panic!("no port in {line:?}")) }
}

/// (status code, body) of a GET.
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let code = response.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (code, body)
}

/// The browser's search pieces of a language, concatenated.
fn search_data(server: &Server, lang: &str) -> String {
    (0..64)
        .map(|n| get(server, &format!("/search/{lang}/s{n}.js")))
        .take_while(|(code, _)| *code == 200)
        .map(|(_, body)| body)
        .collect()
}

fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn serve_rebuilds_on_change_and_shows_errors_in_the_page() {
    let site = Fixture::base();
    let server = start(&site);
    let (code, page) = get(&server, "/en/rights/contracts/");
    assert_eq!(code, 200);
    assert!(page.contains("<h1>Contracts</h1>"), "{page}");
    assert!(page.contains("<script src=\"/__handbook/reload.js\" defer></script>"), "pages reload themselves");

    // Building reads every file: that must not count as a change (or it would rebuild forever).
    std::thread::sleep(Duration::from_millis(1500));
    let status: serde_json::Value = serde_json::from_str(&get(&server, "/__handbook/status").1).unwrap();
    assert_eq!(status["version"], 1, "no rebuild without a change");

    let file = site.root().join("content/rights/contracts.en.md");
    let source = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, source.replace("title: Contracts", "title: Contracts, revised")).unwrap();
    eventually("the edit", || get(&server, "/en/rights/contracts/").1.contains("<h1>Contracts, revised</h1>"));

    std::fs::write(&file, source.replace("title: Contracts", "titel: Contracts")).unwrap();
    eventually("the error", || get(&server, "/__handbook/status").1.contains("content/rights/contracts.en.md:2:1"));
    let status: serde_json::Value = serde_json::from_str(&get(&server, "/__handbook/status").1).unwrap();
    assert!(status["error"].as_str().unwrap().contains("unknown key `titel`"), "{status}");
    assert!(
        get(&server, "/en/rights/contracts/").1.contains("<h1>Contracts, revised</h1>"),
        "the last good site stays"
    );

    std::fs::write(&file, &source).unwrap();
    eventually("the fix", || {
        let status: serde_json::Value = serde_json::from_str(&get(&server, "/__handbook/status").1).unwrap_or_default();
        status["error"].is_null() && get(&server, "/en/rights/contracts/").1.contains("<h1>Contracts</h1>")
    });

    // An edit of the text alone: only that page is made again, and the search catches up.
    std::fs::write(&file, format!("{source}\nA sentence about overtime compensation.\n")).unwrap();
    eventually("the text edit", || get(&server, "/en/rights/contracts/").1.contains("overtime compensation"));
    eventually("the search data", || search_data(&server, "en").contains("\"compens\""));

    assert_eq!(get(&server, "/nowhere/").0, 404);
    assert_ne!(get(&server, "/../handbook.yaml").0, 200);
    assert_eq!(get(&server, "/%2e%2e/handbook.yaml").0, 403, "nothing outside the output is served");
}
