//! `cruddur-ddb table list`: every table at the endpoint, all pages.

use crate::context::Context;
use crate::error::Result;
use crate::render::{self, Outcome, OutputFormat, View};
use serde::Serialize;
use std::io::Write;

pub(crate) const FORMATS: &[OutputFormat] =
    &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Text];

#[derive(Serialize)]
#[serde(transparent)]
struct Tables {
    names: Vec<String>,
    #[serde(skip)]
    endpoint: String,
    #[serde(skip)]
    local_hint: Option<String>,
}

impl Outcome for Tables {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()> {
        if view.format == OutputFormat::Text {
            for n in &self.names {
                writeln!(out, "{n}")?;
            }
            return Ok(());
        }
        render::write_table(
            view,
            out,
            &["Table"],
            self.names.iter().map(|n| vec![n.clone()]),
        )
    }

    fn notes(&self) -> Vec<String> {
        if self.names.is_empty() {
            let mut note = format!(
                "no tables at {}; create one with `cruddur-ddb schema load`",
                self.endpoint
            );
            if let Some(local) = &self.local_hint {
                note = format!("{note}. {local}");
            }
            vec![note]
        } else {
            Vec::new()
        }
    }
}

pub(crate) async fn run(ctx: &mut Context) -> Result<()> {
    let store = ctx.dynamo().await?;
    let names = ctx.waiting("listing tables", store.list_tables()).await?;
    ctx.emit(&Tables {
        names,
        endpoint: store.label().to_string(),
        local_hint: ctx.settings.local_database_hint(),
    })
}
