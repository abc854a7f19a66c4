//! `cruddur-ddb table diff A B`: two tables (on this target, or B on another with
//! `--to-*`), or a table and a file `table restore` reads. Matched by primary key.
//!
//! Memory: the smaller side's keys and a hash per attribute (a hash join), never both
//! sides' items. Each side is read with a parallel scan where allowed.

use crate::args::{OtherTargetArgs, ReadCapacityArgs, TableName};
use crate::commands::support::{capacity, pipeline};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::read;
use crate::model::diff::{Built, DiffKind, Difference, Join, count_of};
use crate::model::item::Item;
use crate::model::schema::KeySchema;
use crate::model::words::count;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

pub(crate) const FORMATS: &[OutputFormat] =
    &[OutputFormat::Text, OutputFormat::Jsonl, OutputFormat::Json];

#[derive(Debug, Args)]
#[command(
    after_help = diff_help()
)]
pub struct DiffArgs {
    /// Table A (on this run's target)
    #[arg(value_parser = crate::args::table_name_parser())]
    pub a: TableName,
    /// Table B, or a file or export folder
    pub b: String,
    #[command(flatten)]
    pub to: OtherTargetArgs,
    /// Read plain JSON files, inferring types (as `table restore --plain`)
    #[arg(long)]
    pub plain: bool,
    #[command(flatten)]
    pub read: ReadCapacityArgs,
}

fn diff_help() -> String {
    format!(
        "B is a file (any format `table restore` reads) or a table; a bare name that is both is \
the table (write ./NAME for the file).\n{}\n\
Prints the keys only in A, only in B, and those whose items differ (with the attributes that \
differ); -o json: one document with every difference; -o jsonl: one JSON object per \
difference, per line. Exit 0 when equal, 9 when they differ. Set order and number spelling \
(1 and 1.0) are not differences.",
        crate::args::OTHER_TARGET_HELP
    )
}

#[derive(Serialize)]
struct Diffed {
    a: String,
    b: String,
    items_a: u64,
    items_b: u64,
    only_in_a: u64,
    only_in_b: u64,
    differ: u64,
    differences: Vec<Difference>,
}

fn show_key(key: &Item) -> String {
    crate::model::item::ordered(key)
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::render::cell(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Outcome for Diffed {
    fn write_human(&self, view: &View, out: &mut dyn Write) -> Result<()> {
        for d in &self.differences {
            if view.format == OutputFormat::Text {
                match d.kind {
                    DiffKind::Differs => writeln!(
                        out,
                        "differs: {}: {}",
                        show_key(&d.key),
                        d.attributes.join(", ")
                    )?,
                    DiffKind::OnlyInA => writeln!(out, "only in A: {}", show_key(&d.key))?,
                    DiffKind::OnlyInB => writeln!(out, "only in B: {}", show_key(&d.key))?,
                }
            } else {
                serde_json::to_writer(&mut *out, d).map_err(crate::render::json_error)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        let total = self.only_in_a + self.only_in_b + self.differ;
        vec![if total == 0 {
            format!(
                "equal: {} and {} hold the same {} items",
                self.a, self.b, self.items_a
            )
        } else {
            format!(
                "A = {} ({} items), B = {} ({} items): {} only in A, {} only in B, {} differ",
                self.a,
                self.items_a,
                self.b,
                self.items_b,
                self.only_in_a,
                self.only_in_b,
                self.differ
            )
        }]
    }
}

/// One side: a table on a store, or a file.
enum Side {
    Table {
        store: Box<DynamoStore>,
        /// The side's own target: its pace and whether it may be scanned in parallel.
        settings: Box<crate::settings::Settings>,
        table: String,
        count: Option<i64>,
    },
    File(read::Input),
}

/// DynamoDB's estimate of a table side's item count.
fn side_count(side: &Side) -> Option<u64> {
    match side {
        Side::Table { count, .. } => count.map(|c| c.max(0) as u64),
        Side::File(_) => None,
    }
}

/// Calls `each` with every item of `side`.
async fn read_side(
    ctx: &Context,
    side: &Side,
    read_args: &ReadCapacityArgs,
    each: impl FnMut(Item) -> Result<()>,
) -> Result<u64> {
    match side {
        Side::File(input) => {
            let mut each = each;
            input.for_each(|_, item| each(item))
        }
        Side::Table {
            store,
            settings,
            table,
            ..
        } => {
            let pace = capacity::read_pace_at(settings, store, table, read_args).await?;
            let spec = pipeline::scan_of(settings, table, pace.as_ref());
            let label = format!("diff {table}");
            let totals =
                pipeline::scan_each(ctx, store, spec, &label, side_count(side), each).await?;
            Ok(totals.items)
        }
    }
}

/// Whether an argument reads as a path rather than a table name (`./name`, `dir/file`).
fn looks_like_path(arg: &str) -> bool {
    arg.contains('/') || arg.starts_with('~')
}

/// B: a file or export folder, or a table where [`OTHER_TARGET_HELP`] says. A bare name
/// that is both a file here and a table there is the table (`./name` is the file); the
/// run says which it took.
async fn side_b(
    ctx: &Context,
    args: &DiffArgs,
    a_table: &str,
    key: &KeySchema,
) -> Result<(Side, String)> {
    let path = PathBuf::from(&args.b);
    let file = || -> Result<(Side, String)> {
        Ok((
            Side::File(read::open(&path, &args.b, args.plain)?),
            args.b.clone(),
        ))
    };
    if looks_like_path(&args.b) {
        return file();
    }
    let is_file = path.exists();
    let named_table = crate::settings::validate::validate_table_name(&args.b, "B");
    let settings_b = ctx.other_target(&args.to.flags())?;
    let store_b = DynamoStore::connect(&settings_b).await?;
    let info_b = match (&named_table, is_file) {
        (Ok(_), _) => store_b.describe_table(&args.b).await?,
        (Err(_), true) => None,
        (Err(e), false) => return Err(Error::Usage(e.to_string())),
    };
    let Some(info_b) = info_b else {
        if is_file {
            return file();
        }
        return Err(
            crate::store::dynamo::tables::missing_table(&args.b, store_b.label()).with_hint(
                format!(
                    "B is a table there or a file here; no file {} exists here either",
                    args.b
                ),
            ),
        );
    };
    if is_file {
        ctx.note(format!(
            "note: B is table {} at {}; there is also a file {0} here: write ./{0} to compare with the file",
            args.b,
            store_b.label()
        ));
    }
    if info_b.schema.key != *key {
        return Err(Error::Conflict(format!(
            "{a_table} is keyed on {}, {} on {}: items cannot be matched",
            key.describe_types(),
            args.b,
            info_b.schema.key.describe_types()
        )));
    }
    let label = format!("{} at {}", args.b, store_b.label());
    Ok((
        Side::Table {
            store: Box::new(store_b),
            settings: Box::new(settings_b),
            table: args.b.clone(),
            count: info_b.item_count,
        },
        label,
    ))
}

pub(crate) async fn run(args: DiffArgs, ctx: &mut Context) -> Result<()> {
    let a_table = args.a.0.clone();
    let store_a = ctx.dynamo().await?;
    let info_a = store_a.require_table(&a_table).await?;
    let key: KeySchema = info_a.schema.key.clone();
    let (side_b, b_label) = side_b(ctx, &args, &a_table, &key).await?;
    let side_a = Side::Table {
        store: Box::new(store_a.clone()),
        settings: Box::new(ctx.settings.clone()),
        table: a_table.clone(),
        count: info_a.item_count,
    };
    // Build on the smaller side (a file is read whole anyway), probe with the other.
    let build_b = match (&side_a, &side_b) {
        (_, Side::File(_)) => true,
        (
            Side::Table {
                count: Some(ca), ..
            },
            Side::Table {
                count: Some(cb), ..
            },
        ) => cb <= ca,
        _ => true,
    };
    let (build, probe) = if build_b {
        (&side_b, &side_a)
    } else {
        (&side_a, &side_b)
    };
    let mut join = Join::new(key, if build_b { Built::B } else { Built::A });
    let built = read_side(ctx, build, &args.read, |item| {
        join.build(&item);
        Ok(())
    })
    .await?;
    let probed = read_side(ctx, probe, &args.read, |item| {
        join.probe(&item);
        Ok(())
    })
    .await?;
    let differences = join.finish();
    let (items_a, items_b) = if build_b {
        (probed, built)
    } else {
        (built, probed)
    };
    let outcome = Diffed {
        a: format!("{a_table} at {}", store_a.label()),
        b: b_label,
        items_a,
        items_b,
        only_in_a: count_of(&differences, DiffKind::OnlyInA),
        only_in_b: count_of(&differences, DiffKind::OnlyInB),
        differ: count_of(&differences, DiffKind::Differs),
        differences,
    };
    ctx.emit(&outcome)?;
    let total = outcome.only_in_a + outcome.only_in_b + outcome.differ;
    if total > 0 {
        return Err(Error::Findings(format!(
            "{} between {} and {}",
            count(total, "difference"),
            outcome.a,
            outcome.b
        )));
    }
    Ok(())
}
