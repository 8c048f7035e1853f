//! Writes a library of N copies of the embedded report, each its own RON file with its own
//! id, into a folder: the x1000 library of the README's "Speed" figures.
//! `cargo run --release --example library 1000 /tmp/x1000`

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let copies: usize = args.next().unwrap_or_else(|| "1000".into()).parse()?;
    let folder = std::path::PathBuf::from(args.next().unwrap_or_else(|| "x1000".into()));
    std::fs::create_dir_all(&folder)?;
    let report = baogao::load::embedded()?;
    for n in 0..copies {
        let ron = baogao::commands::to_ron(&report.numbered(n))?;
        std::fs::write(folder.join(format!("copy-{n:04}.ron")), ron)?;
    }
    Ok(())
}
