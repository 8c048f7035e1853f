//! Searches the embedded report from the command line: `cargo run --example query -- 光伏`.
//!
//! Shows the library entry point: build an [`Index`] from a report, then search it.

use std::io::Write;

use baogao::load;
use baogao::search::{Index, snippet};
use baogao::text::sanitize;

fn main() -> anyhow::Result<()> {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let report = load::embedded()?;
    let index = Index::build(&report);
    let hits = index.search(&query);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} hits for {:?}", hits.len(), sanitize(&query))?;
    for hit in hits.iter().take(10) {
        let Some(item) = index.item(hit.item) else {
            continue;
        };
        let shown = snippet(&sanitize(item.text), &hit.positions, 60);
        let marked: String = shown
            .text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if shown.positions.contains(&i) {
                    format!("[{c}]")
                } else {
                    c.to_string()
                }
            })
            .collect();
        writeln!(out, "{:>6}  {:<8}  {marked}", hit.score, item.kind.name())?;
    }
    Ok(())
}
