//! `cruddur-ddb config`: the resolved target, without touching the network.

use crate::context::Context;
use crate::error::Result;
use crate::render::{self, OutputFormat};
use serde::Serialize;

#[derive(Serialize)]
struct Resolved<'a> {
    env: &'a str,
    env_source: &'a str,
    endpoint: String,
    endpoint_source: &'a str,
    region: String,
    region_source: &'a str,
    profile: Option<&'a str>,
    credentials: String,
    table: &'a str,
    table_source: &'a str,
    postgres_variable: &'a str,
    postgres_url: Option<String>,
    local: bool,
    destructive_actions_need_typed_confirmation: bool,
}

pub fn run(ctx: &mut Context) -> Result<()> {
    let format = render::choose(
        ctx.settings.output,
        "config",
        &[OutputFormat::Text, OutputFormat::Json],
    )?;
    let s = &ctx.settings;
    let resolved = Resolved {
        env: s.env.as_str(),
        env_source: &s.env_source,
        endpoint: s
            .endpoint
            .as_ref()
            .map(|_| s.target_label())
            .unwrap_or_else(|| "AWS regional endpoint".into()),
        endpoint_source: s
            .endpoint
            .as_ref()
            .map(|e| e.source.as_str())
            .unwrap_or("SDK default"),
        region: s
            .region
            .as_ref()
            .map(|r| r.value.clone())
            .unwrap_or_else(|| "from your AWS profile".into()),
        region_source: s
            .region
            .as_ref()
            .map(|r| r.source.as_str())
            .unwrap_or("pass --region or set AWS_REGION if the profile has none"),
        profile: s.profile.as_ref().map(|p| p.value.as_str()),
        credentials: s.credentials_label(),
        table: &s.table.value,
        table_source: &s.table.source,
        postgres_variable: s.postgres_var,
        postgres_url: s.postgres_url_masked(),
        local: s.is_local(),
        destructive_actions_need_typed_confirmation: s.is_guarded(),
    };
    if format == OutputFormat::Json {
        return render::write_json(&mut ctx.out, &resolved);
    }
    let r = &resolved;
    let lines = [
        ("env", format!("{} ({})", r.env, r.env_source)),
        (
            "endpoint",
            format!("{} ({})", r.endpoint, r.endpoint_source),
        ),
        ("region", format!("{} ({})", r.region, r.region_source)),
        ("profile", r.profile.unwrap_or("-").to_string()),
        ("credentials", r.credentials.clone()),
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
    for (k, v) in lines {
        writeln!(ctx.out, "{k:<12}{v}")?;
    }
    Ok(())
}
