//! Arbitrary bytes as a page file: decoded as the build reads files (UTF-8 only, BOM and CRLF
//! accepted), then its front matter parsed. Invariant: no panic, a body start inside the
//! text, and diagnostics that can be printed.
#![no_main]

use handbook::content::front_matter;
use handbook::diagnostics::Diagnostics;
use handbook::source;
use handbook_fuzz::check_diagnostics;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut diagnostics = Diagnostics::new();
    match source::decode("content/rights/page.md", data.to_vec()) {
        Err(not_utf8) => diagnostics.push(not_utf8),
        Ok(source) => {
            let (parsed, errors) = front_matter::parse(&source);
            assert!(parsed.body_start <= source.text.len(), "body starts after the end of the file");
            assert!(source.text.is_char_boundary(parsed.body_start), "body starts inside a character");
            let _ = &source.text[parsed.body_start..];
            if errors.is_empty() {
                assert!(!parsed.front.title.trim().is_empty(), "a page without errors has a title");
            }
            diagnostics.extend(errors);
        }
    }
    check_diagnostics(diagnostics);
});
