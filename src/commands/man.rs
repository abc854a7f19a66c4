//! `cruddur-ddb man`: the man page in roff (clap_mangen). Committed as doc/cruddur-ddb.1.

use crate::error::Result;
use std::io::Write;

pub fn run(root: clap::Command, out: &mut dyn Write) -> Result<()> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(root).render(&mut buf)?;
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}
