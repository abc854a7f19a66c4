//! `cruddur-ddb table list`: every table at the endpoint, all pages.

use crate::context::Context;
use crate::error::Result;
use crate::render::{self, OutputFormat};

pub async fn run(ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "table list",
        &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Text],
    )?;
    let store = ctx.dynamo().await?;
    let names = store.list_tables().await?;
    match format {
        OutputFormat::Json => render::write_json(&mut ctx.out, &names)?,
        OutputFormat::Text => {
            for n in &names {
                writeln!(ctx.out, "{n}")?;
            }
        }
        _ => {
            render::write_table(
                &mut ctx.out,
                &["Table"],
                names.iter().map(|n| vec![n.clone()]),
            )?;
            if names.is_empty() {
                let label = store.label().to_string();
                ctx.note(format!(
                    "no tables at {label}; create one with `cruddur-ddb schema load`"
                ));
            }
        }
    }
    Ok(())
}
