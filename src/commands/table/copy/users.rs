//! `table copy --with-users`: the Postgres users the copied rows name, from the source's
//! database into the destination's, under their uuids (pseudonymous with --anonymize),
//! upserted in one transaction. Both databases are reached and checked before anything
//! is written anywhere.

use super::CopyArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::anonymize::Anonymizer;
use crate::settings::Settings;
use crate::settings::url::{mask_url, same_postgres};
use crate::store::postgres::{PgTarget, PgUsers, UserRow};
use serde::Serialize;
use std::collections::BTreeSet;

/// The two users tables, connected and checked.
pub(super) struct Databases {
    src: PgUsers,
    dst: PgUsers,
}

/// What was done to the destination's users.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct UsersCopied {
    pub(super) copied: u64,
    pub(super) updated: u64,
    /// Named by the rows but not in the source's database.
    pub(super) missing: u64,
    pub(super) destination: String,
}

/// A URL and where it came from (`--to-postgres`, `CONNECTION_URL`).
fn chosen<'a>(
    flag: Option<&'a str>,
    flag_name: &'static str,
    settings: &'a Settings,
    side: &str,
) -> Result<(&'a str, &'static str)> {
    if let Some(url) = flag {
        return Ok((url, flag_name));
    }
    let var = settings.postgres_var;
    settings.postgres_url().map(|u| (u, var)).ok_or_else(|| {
        Error::Usage(format!(
            "--with-users needs the {side}'s Postgres, and {var} is not set"
        ))
        .with_hint(format!("set {var}, or pass {flag_name} URL"))
    })
}

async fn connect(url: &str, var: &'static str) -> Result<PgUsers> {
    let db = PgUsers::connect(PgTarget {
        url,
        masked: mask_url(url),
        var,
    })
    .await
    .map_err(|e| {
        let hint = format!("check {var}; for the local services, `make up` starts Postgres");
        e.with_hint(hint)
    })?;
    db.check_shape().await?;
    Ok(db)
}

/// Refuses bad flags; with --with-users, reaches both databases and checks their users
/// tables, before anything is written.
pub(super) async fn prepare(
    args: &CopyArgs,
    ctx: &Context,
    dst_settings: &Settings,
) -> Result<Option<Databases>> {
    if !args.with_users {
        for (given, flag) in [
            (args.from_postgres.is_some(), "--from-postgres"),
            (args.to_postgres.is_some(), "--to-postgres"),
        ] {
            if given {
                return Err(
                    Error::Usage(format!("{flag} only applies with --with-users"))
                        .with_hint(format!("add --with-users, or drop {flag}")),
                );
            }
        }
        return Ok(None);
    }
    let (src_url, src_var) = chosen(
        args.from_postgres.as_deref(),
        "--from-postgres",
        &ctx.settings,
        "source",
    )?;
    let (dst_url, dst_var) = chosen(
        args.to_postgres.as_deref(),
        "--to-postgres",
        dst_settings,
        "destination",
    )?;
    if same_postgres(src_url, dst_url) {
        return Err(Error::Usage(format!(
            "--with-users would copy the users of {} (from {src_var}) into the same database (from {dst_var})",
            mask_url(src_url)
        ))
        .with_hint("pass --to-postgres URL of the destination's own database"));
    }
    let src = connect(src_url, src_var).await?;
    let dst = connect(dst_url, dst_var).await?;
    Ok(Some(Databases { src, dst }))
}

impl Databases {
    /// Where the users go, for the plan and the final line.
    pub(super) fn destination(&self) -> &str {
        self.dst.label()
    }

    /// Tells the anonymizer every real handle and name, so no pseudonym equals one.
    pub(super) async fn teach(&self, anon: &mut Anonymizer) -> Result<()> {
        for user in self.src.all().await?.into_values() {
            anon.knows_real(&user.handle);
            anon.knows_real(&user.display_name);
        }
        Ok(())
    }

    /// Copies the named users (pseudonymous with `anon`) in one transaction.
    pub(super) async fn carry(
        &self,
        named: &BTreeSet<String>,
        anon: Option<&mut Anonymizer>,
    ) -> Result<UsersCopied> {
        let uuids: Vec<String> = named.iter().cloned().collect();
        let mut rows = self.src.rows(&uuids).await?;
        if let Some(anon) = anon {
            rows = rows.into_iter().map(|r| pseudonymous(anon, r)).collect();
        }
        let done = self.dst.upsert(&rows).await?;
        Ok(UsersCopied {
            copied: done.inserted,
            updated: done.updated,
            missing: (uuids.len() - rows.len()) as u64,
            destination: self.dst.label().to_string(),
        })
    }
}

/// A user as the anonymized rows name them; uuid and creation time stay.
fn pseudonymous(anon: &mut Anonymizer, row: UserRow) -> UserRow {
    let p = anon.pseudonym(&row.uuid);
    UserRow {
        display_name: p.display_name,
        handle: p.handle,
        email: p.email,
        cognito_user_id: Some(p.cognito_user_id),
        ..row
    }
}
