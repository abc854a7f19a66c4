//! `cruddur-ddb config`: the resolved target, without touching the network.

use crate::context::Context;
use crate::error::Result;
use crate::render::{Outcome, OutputFormat, View};
use serde::Serialize;
use std::io::Write;

pub(super) const FORMATS: &[OutputFormat] =
    &[OutputFormat::Table, OutputFormat::Text, OutputFormat::Json];

#[derive(Serialize)]
struct Resolved {
    env: String,
    env_source: crate::settings::Source,
    endpoint: String,
    endpoint_source: String,
    region: String,
    region_source: String,
    s3_endpoint: String,
    profile: Option<String>,
    credentials: String,
    /// Dev: the access key id, masked as `aws configure list` shows it, and its source.
    access_key: Option<String>,
    notes: Vec<String>,
    table: String,
    table_source: String,
    postgres_variable: String,
    postgres_url: Option<String>,
    local: bool,
    destructive_actions_need_typed_confirmation: bool,
}

pub(super) fn run(ctx: &mut Context) -> Result<()> {
    let s = &ctx.settings;
    // A resolved value and its source, or what is said when there is none.
    let or = |v: Option<String>, none: &str| v.unwrap_or_else(|| none.to_string());
    let (endpoint, region) = (s.endpoint.as_ref(), s.region.as_ref());
    let resolved = Resolved {
        env: s.env.as_str().into(),
        env_source: s.env_source.clone(),
        endpoint: or(endpoint.map(|_| s.target_label()), "AWS regional endpoint"),
        endpoint_source: or(endpoint.map(|e| e.source.label()), "SDK default"),
        region: or(region.map(|r| r.value.clone()), "from your AWS profile"),
        region_source: or(
            region.map(|r| r.source.label()),
            "pass --region or set AWS_REGION if the profile has none",
        ),
        s3_endpoint: or(
            s.s3_endpoint
                .as_ref()
                .map(|e| format!("{} ({})", e.value, e.source)),
            if s.env == crate::settings::EnvName::Prod {
                "AWS S3 (regional)"
            } else {
                "none: set --s3-endpoint-url or AWS_ENDPOINT_URL_S3 to use S3 (never real S3 from dev)"
            },
        ),
        profile: s
            .profile
            .as_ref()
            .map(|p| format!("{} ({})", p.value, p.source)),
        credentials: s.credentials_label(),
        access_key: s.access_key_label(),
        notes: s.notes.clone(),
        table: s.table.value.clone(),
        table_source: s.table.source.label(),
        postgres_variable: s.postgres_var.into(),
        postgres_url: s.postgres_url_masked(),
        local: s.is_local(),
        destructive_actions_need_typed_confirmation: s.is_guarded(),
    };
    ctx.emit(&resolved)
}

impl Outcome for Resolved {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()> {
        let r = self;
        let lines = [
            ("env", format!("{} ({})", r.env, r.env_source)),
            (
                "endpoint",
                format!("{} ({})", r.endpoint, r.endpoint_source),
            ),
            ("region", format!("{} ({})", r.region, r.region_source)),
            ("s3", r.s3_endpoint.clone()),
            ("profile", r.profile.as_deref().unwrap_or("-").to_string()),
            match &r.access_key {
                Some(key) => ("access key", key.clone()),
                None => ("credentials", r.credentials.clone()),
            },
            ("table", format!("{} ({})", r.table, r.table_source)),
            (
                "postgres",
                match &r.postgres_url {
                    Some(u) => format!("{u} (from {})", r.postgres_variable),
                    None => format!("not set ({} is unset or empty)", r.postgres_variable),
                },
            ),
            (
                "safety",
                if r.destructive_actions_need_typed_confirmation {
                    "destructive commands ask you to type the table name (or --yes)".to_string()
                } else {
                    "local target: destructive commands ask y/N (or --yes)".to_string()
                },
            ),
        ];
        let notes = r.notes.iter().map(|n| ("note", n.clone()));
        for (k, v) in lines.into_iter().chain(notes) {
            if view.format == OutputFormat::Text {
                writeln!(out, "{k}\t{v}")?;
            } else {
                writeln!(out, "{k:<12}{v}")?;
            }
        }
        Ok(())
    }
}
