//! `cruddur-ddb man`: the man page in roff (clap_mangen). Committed as doc/cruddur-ddb.1.

use crate::cli::Cli;
use crate::error::Result;
use clap::CommandFactory;
use std::io::Write;

pub fn page() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    Ok(buf)
}

pub fn run(out: &mut dyn Write) -> Result<()> {
    out.write_all(&page()?)?;
    out.flush()?;
    Ok(())
}
