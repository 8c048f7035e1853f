//! Prints the embedded report repeated N times (ids made unique) as RON: the large datasets
//! the README's "Speed" figures are measured on. `cargo run --release --example repeated 100 > x100.ron`

use std::io::Write;

fn main() -> anyhow::Result<()> {
    let times: usize = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 100,
    };
    let report = baogao::load::embedded()?.repeated(times);
    let ron = baogao::commands::to_ron(&report)?;
    std::io::stdout().write_all(ron.as_bytes())?;
    Ok(())
}
