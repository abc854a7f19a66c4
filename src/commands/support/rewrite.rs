//! What a copy or an export does to each item on the way: anonymize it, and note the
//! users it names (for `--with-users`).

use crate::args::AnonymizeArgs;
use crate::commands::support::pipeline::PageSink;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::anonymize::{Anonymizer, Config, Rules};
use crate::model::checkpoint::{Mark, Output};
use crate::model::item::Item;
use crate::model::messaging;
use crate::model::schema::KeySchema;
use std::collections::BTreeSet;

/// The anonymizer the flags ask for (`None` without --anonymize). Bad flags and bad
/// rules files are refused here, before anything is read.
fn anonymizer(ctx: &Context, args: &AnonymizeArgs, key: &KeySchema) -> Result<Option<Anonymizer>> {
    if !args.anonymize {
        for (given, flag) in [
            (args.keep_messages, "--keep-messages"),
            (args.anonymize_rules.is_some(), "--anonymize-rules"),
        ] {
            if given {
                return Err(
                    Error::Usage(format!("{flag} only applies with --anonymize"))
                        .with_hint(format!("add --anonymize, or drop {flag}")),
                );
            }
        }
        return Ok(None);
    }
    let rules = match &args.anonymize_rules {
        None => Rules::default(),
        Some(path) => {
            let shown = path.display();
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::Usage(format!("cannot read the rules file {shown}: {e}"))
                    .with_hint("pass the path of a TOML file to --anonymize-rules")
            })?;
            Rules::parse(&text)
                .and_then(|r| r.check_keys(key).map(|()| r))
                .map_err(|why| {
                    Error::Usage(format!("the rules file {shown} is not usable: {why}"))
                        .with_hint(format!(
                            "write rules as `[attributes]` then `name = \"action\"`, with one of {}",
                            crate::model::anonymize::ACTIONS
                        ))
                })?
        }
    };
    let salt = match &args.salt {
        Some(s) if s.is_empty() => {
            return Err(Error::Usage("--salt must not be empty".into())
                .with_hint("pass a secret of your own, or leave --salt out for a random one"));
        }
        Some(s) => s.clone(),
        None => {
            ctx.note(
                "note: pseudonyms come from a random salt; pass --salt (or set CRUDDUR_ANONYMIZE_SALT) to get the same ones next time",
            );
            format!("{:032x}", rand::random::<u128>())
        }
    };
    Ok(Some(Anonymizer::new(Config {
        salt,
        keep_messages: args.keep_messages,
        rules,
    })))
}

/// The rewrite a job's flags ask for, and what its checkpoint records of it. Resuming
/// with another salt would mix two sets of pseudonyms, so a checkpointed job needs a
/// --salt.
pub(crate) fn for_job(
    ctx: &Context,
    args: &AnonymizeArgs,
    key: &KeySchema,
    checkpointed: bool,
) -> Result<(Rewrite, Option<String>)> {
    let anonymizer = anonymizer(ctx, args, key)?;
    let transform = match &anonymizer {
        Some(_) if checkpointed && args.salt.is_none() => {
            return Err(Error::Usage(
                "--checkpoint with --anonymize needs a --salt: a resumed run must make the same pseudonyms".into(),
            )
            .with_hint("pass --salt (or set CRUDDUR_ANONYMIZE_SALT)"));
        }
        Some(a) if checkpointed => Some(a.fingerprint()),
        _ => None,
    };
    let rewrite = Rewrite {
        anonymizer,
        users: None,
    };
    Ok((rewrite, transform))
}

/// Each item anonymized (when asked), and the users the items name (when asked).
#[derive(Default)]
pub(crate) struct Rewrite {
    pub(crate) anonymizer: Option<Anonymizer>,
    /// Every user uuid in a group or message row, when the users are copied too.
    pub(crate) users: Option<BTreeSet<String>>,
}

impl Rewrite {
    pub(crate) fn item(&mut self, item: Item) -> Item {
        if let Some(users) = &mut self.users {
            for u in messaging::users_named(&item) {
                if !users.contains(u) {
                    users.insert(u.to_string());
                }
            }
        }
        match &mut self.anonymizer {
            Some(a) => a.item(item),
            None => item,
        }
    }
}

/// A sink that rewrites each item before handing it on.
pub(crate) struct Rewritten<'a, S> {
    pub(crate) inner: &'a mut S,
    pub(crate) rewrite: &'a mut Rewrite,
}

impl<S: PageSink> PageSink for Rewritten<'_, S> {
    async fn page(&mut self, items: Vec<Item>, mark: Mark) -> Result<()> {
        let items = items.into_iter().map(|i| self.rewrite.item(i)).collect();
        self.inner.page(items, mark).await
    }

    fn sync(&mut self) -> Result<Option<Output>> {
        self.inner.sync()
    }
}
