//! No quadratic blow-ups on pathological Markdown: an editor's (or a pasted) page must not
//! stall the build. Each case times parse + render on an input of size n and of size 4n: a
//! linear pipeline takes about 4× as long, a quadratic one 16×; the test fails above 12×.
//!
//! Timings are the thread's CPU time (so a busy machine does not stretch them), the median of
//! several runs taken alternately for n and 4n, and the cases run one at a time (a lock) so
//! they do not share the cores. n is chosen per case so that one run of size n takes a few
//! milliseconds in a debug build (the whole file runs in about 6 s of CPU time).

use std::sync::Mutex;
use std::time::Duration;

use handbook::markdown::links::LinkKind;
use handbook::markdown::{parse, Href};

/// The slowest that size 4n may be, relative to size n.
const MAX_RATIO: f64 = 12.0;
const RUNS: usize = 5;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Parse + render, with links resolved as the render stage does for each kind of link.
fn parse_and_render(body: &str) -> usize {
    let parsed = parse(body);
    let html = parsed.render(body, false, |_, link| match &link.kind {
        LinkKind::External => Href::To(link.dest.clone()),
        LinkKind::SamePage { anchor } => Href::To(format!("#{anchor}")),
        LinkKind::Relative { path, .. } => Href::To(format!("../{path}")),
        LinkKind::Directory { path, .. } => Href::To(format!("../en/offices/{path}/")),
        LinkKind::Absolute | LinkKind::Forbidden { .. } | LinkKind::Empty => Href::Drop,
    });
    std::hint::black_box(html.len() + parsed.plain_text.len() + parsed.headings.len())
}

fn time(body: &str) -> Duration {
    let start = cpu_time();
    parse_and_render(body);
    cpu_time().saturating_sub(start)
}

/// CPU time of this thread: unlike wall time, not stretched when other processes (a build,
/// other tests) take the cores away.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        seconds: i64,
        nanoseconds: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut time = Timespec { seconds: 0, nanoseconds: 0 };
    // SAFETY: `time` is a valid timespec for the C library to write into.
    let result = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
    assert_eq!(result, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(time.seconds as u64, time.nanoseconds as u32)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Times `make(n)` against `make(4 * n)` and fails when the larger one is more than
/// `MAX_RATIO` times slower.
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (small, large) = (make(n), make(4 * n));
    parse_and_render(&small); // warm-up: lazily built statics (the sanitiser), allocator
    let (mut small_times, mut large_times) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        small_times.push(time(&small));
        large_times.push(time(&large));
    }
    let (t_small, t_large) = (median(small_times), median(large_times));
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
    eprintln!(
        "{name}: n = {n} ({} bytes) {:.2} ms, 4n ({} bytes) {:.2} ms, ratio {ratio:.1}",
        small.len(),
        t_small.as_secs_f64() * 1e3,
        large.len(),
        t_large.as_secs_f64() * 1e3,
    );
    assert!(
        ratio < MAX_RATIO,
        "{name}: 4× the input took {ratio:.1}× the time ({t_small:?} → {t_large:?}): quadratic?"
    );
}

// Deep nesting.

#[test]
fn nested_block_quotes() {
    assert_linear("nested_block_quotes", 2_900, |n| format!("{}a\n", "> ".repeat(n)));
}

#[test]
fn nested_block_quotes_on_many_lines() {
    // Each line opens one level more than the last would need, lazily continued.
    assert_linear("nested_block_quotes_on_many_lines", 1_000, |n| ">".repeat(n) + "\n" + &"> a\n".repeat(n));
}

#[test]
fn nested_lists_on_one_line() {
    assert_linear("nested_lists_on_one_line", 1_300, |n| format!("{}a\n", "- ".repeat(n)));
}

#[test]
fn nested_ordered_lists_on_one_line() {
    assert_linear("nested_ordered_lists_on_one_line", 1_300, |n| format!("{}a\n", "1. ".repeat(n)));
}

#[test]
fn nested_brackets() {
    assert_linear("nested_brackets", 1_700, |n| format!("{}a{}", "[".repeat(n), "]".repeat(n)));
}

#[test]
fn unclosed_link_openers() {
    assert_linear("unclosed_link_openers", 2_500, |n| "[a".repeat(n));
}

#[test]
fn link_closers_without_openers() {
    assert_linear("link_closers_without_openers", 2_700, |n| "a]".repeat(n));
}

#[test]
fn unclosed_link_destinations() {
    assert_linear("unclosed_link_destinations", 310, |n| "[a](<b".repeat(n) + "\n\n" + &"[a](b".repeat(n));
}

#[test]
fn bracket_paren_pattern() {
    assert_linear("bracket_paren_pattern", 500, |n| "[ (](".repeat(n));
}

#[test]
fn link_openers_and_emphasis_closers() {
    assert_linear("link_openers_and_emphasis_closers", 1_100, |n| "[ a_".repeat(n));
}

#[test]
fn nested_images_and_links() {
    assert_linear("nested_images_and_links", 600, |n| format!("{}a{}", "[![".repeat(n), "](b)](c)".repeat(n)));
}

// Emphasis.

#[test]
fn long_star_run() {
    assert_linear("long_star_run", 3_500, |n| format!("{}a{}", "*".repeat(n), "*".repeat(n)));
}

#[test]
fn long_underscore_run() {
    assert_linear("long_underscore_run", 3_000, |n| format!("{}a{}", "_".repeat(n), "_".repeat(n)));
}

#[test]
fn emphasis_openers_without_closers() {
    assert_linear("emphasis_openers_without_closers", 1_000, |n| "_a *b ".repeat(n));
}

#[test]
fn emphasis_closers_without_openers() {
    assert_linear("emphasis_closers_without_openers", 950, |n| "a_ b* ".repeat(n));
}

#[test]
fn mismatched_emphasis() {
    assert_linear("mismatched_emphasis", 900, |n| "*a_ ".repeat(n));
}

#[test]
fn emphasis_multiple_of_three() {
    assert_linear("emphasis_multiple_of_three", 1_900, |n| format!("a**b{}", "c* ".repeat(n)));
}

#[test]
fn nested_strong_emphasis() {
    assert_linear("nested_strong_emphasis", 440, |n| format!("{}b{}", "*a **a ".repeat(n), " a** a*".repeat(n)));
}

#[test]
fn strikethrough_runs() {
    assert_linear("strikethrough_runs", 810, |n| "~~a ~b ".repeat(n));
}

#[test]
fn backtick_runs() {
    // Code spans of many lengths that never close.
    assert_linear("backtick_runs", 2_000, |n| (1..=n).map(|i| format!("e{}", "`".repeat(i % 50 + 1))).collect());
}

// Links and references.

#[test]
fn many_links() {
    assert_linear("many_links", 280, |n| {
        (0..n).map(|i| format!("[link {i}](page{i}.md#part) [web](https://example.org/{i}) ")).collect()
    });
}

#[test]
fn many_reference_definitions_and_uses() {
    assert_linear("many_reference_definitions_and_uses", 170, |n| {
        let definitions: String =
            (0..n).map(|i| format!("[ref {i}]: https://example.org/{i} \"Title {i}\"\n")).collect();
        let uses: String = (0..n).map(|i| format!("[text][REF {i}] [ref {i}] ")).collect();
        format!("{definitions}\n{uses}\n")
    });
}

#[test]
fn many_undefined_references() {
    assert_linear("many_undefined_references", 530, |n| (0..n).map(|i| format!("[x][nope{i}] ")).collect());
}

#[test]
fn many_same_page_anchors() {
    assert_linear("many_same_page_anchors", 200, |n| (0..n).map(|i| format!("## H{i}\n\n[to](#h{i})\n\n")).collect());
}

// Tables.

#[test]
fn long_table() {
    assert_linear("long_table", 150, |n| {
        let rows: String = (0..n).map(|i| format!("| {i} | *b* | [c](c.md) |\n")).collect();
        format!("| a | b | c |\n|---|:-:|--:|\n{rows}")
    });
}

#[test]
fn wide_table() {
    assert_linear("wide_table", 880, |n| {
        format!("{}|\n{}|\n{}|\n", "| a ".repeat(n), "|---".repeat(n), "| b ".repeat(n))
    });
}

#[test]
fn many_table_delimiter_lookalikes() {
    assert_linear("many_table_delimiter_lookalikes", 560, |n| "a | b\n- | -\n".repeat(n));
}

// Headings: ids are deduplicated per page.

#[test]
fn many_headings_with_the_same_text() {
    assert_linear("many_headings_with_the_same_text", 330, |n| "## Step 1: Sign\n\n".repeat(n));
}

#[test]
fn headings_that_collide_with_numbered_ids() {
    // `a-1` … `a-n` first, then n × `a`: each `a` must not search all the taken numbers again.
    assert_linear("headings_that_collide_with_numbered_ids", 270, |n| {
        let numbered: String = (1..=n).map(|i| format!("## a-{i}\n")).collect();
        format!("{numbered}{}", "## a\n".repeat(n))
    });
}

#[test]
fn many_empty_headings() {
    assert_linear("many_empty_headings", 480, |n| "##\n".repeat(n));
}

// Footnotes.

#[test]
fn many_footnotes() {
    assert_linear("many_footnotes", 280, |n| {
        let references: String = (0..n).map(|i| format!("Text[^{i}] ")).collect();
        let definitions: String = (0..n).map(|i| format!("[^{i}]: Note {i}.\n\n")).collect();
        format!("{references}\n\n{definitions}")
    });
}

#[test]
fn footnotes_referring_to_each_other() {
    assert_linear("footnotes_referring_to_each_other", 190, |n| {
        (0..n).map(|i| format!("[^{i}]: See [^{}] and [^{i}].\n", i + 1)).collect()
    });
}

#[test]
fn many_undefined_footnotes() {
    assert_linear("many_undefined_footnotes", 910, |n| "[^x] ".repeat(n));
}

// Long lines of HTML-ish characters and raw HTML (which goes through the sanitiser).

#[test]
fn long_line_of_less_than() {
    assert_linear("long_line_of_less_than", 2_700, |n| "<".repeat(n));
}

#[test]
fn long_line_of_ampersands() {
    assert_linear("long_line_of_ampersands", 17_200, |n| "&".repeat(n));
}

#[test]
fn many_entities() {
    assert_linear("many_entities", 290, |n| "&amp;&#x6b20;&#0;&nosuch; &#".repeat(n));
}

#[test]
fn unclosed_html_comments() {
    assert_linear("unclosed_html_comments", 1_600, |n| format!("</{}", "<!--".repeat(n)));
}

#[test]
fn many_autolinks_and_tags() {
    assert_linear("many_autolinks_and_tags", 30, |n| "<a <https://x.org> <b>x</b> <a@b.c> ".repeat(n));
}

#[test]
fn unclosed_formatting_elements() {
    // Raw HTML: the sanitiser's HTML parser reconstructs open formatting elements.
    assert_linear("unclosed_formatting_elements", 230, |n| format!("{}x</p>\n", "<b><i>".repeat(n)));
}

#[test]
fn deeply_nested_raw_html() {
    assert_linear("deeply_nested_raw_html", 1_000, |n| format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n)));
}

#[test]
fn misnested_raw_html() {
    assert_linear("misnested_raw_html", 80, |n| "<b><p>a</b>b</p>".repeat(n));
}

#[test]
fn many_task_list_items() {
    assert_linear("many_task_list_items", 290, |n| "- [ ] one\n  - [x] two\n".repeat(n));
}
