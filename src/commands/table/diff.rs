//! `cruddur-ddb table diff A B`: two tables (on this target, or B on another with
//! `--to-*`), or a table and a file `table restore` reads. Matched by primary key.
//!
//! Memory: the smaller side's keys and a hash per attribute (a hash join), never both
//! sides' items. Each side is read with a parallel scan where allowed.

use crate::args::{OtherTargetArgs, ReadCapacityArgs, TableName};
use crate::commands::capacity;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::files::read;
use crate::model::item::{Item, PlainItem, item_from_typed_json, value_hash};
use crate::model::schema::KeySchema;
use crate::render::{Outcome, OutputFormat, View};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::scan::ScanSpec;
use clap::Args;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

pub const FORMATS: &[OutputFormat] = &[OutputFormat::Text, OutputFormat::Jsonl, OutputFormat::Json];

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

#[derive(Serialize)]
struct Difference {
    kind: &'static str,
    #[serde(serialize_with = "plain_key")]
    key: Item,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<String>,
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

fn plain_key<S: serde::Serializer>(key: &Item, s: S) -> std::result::Result<S::Ok, S::Error> {
    PlainItem(key).serialize(s)
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
                    "differs" => writeln!(
                        out,
                        "differs: {}: {}",
                        show_key(&d.key),
                        d.attributes.join(", ")
                    )?,
                    "only-in-a" => writeln!(out, "only in A: {}", show_key(&d.key))?,
                    _ => writeln!(out, "only in B: {}", show_key(&d.key))?,
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

/// Per key: each attribute's name and value hash (names shared, not copied per item).
type Hashes = Vec<(Arc<str>, u64)>;

struct Names(std::collections::HashSet<Arc<str>>);

impl Names {
    fn hashes(&mut self, item: &Item) -> Hashes {
        let mut v: Hashes = item
            .iter()
            .map(|(k, val)| {
                let name = match self.0.get(k.as_str()) {
                    Some(n) => n.clone(),
                    None => {
                        let n: Arc<str> = Arc::from(k.as_str());
                        self.0.insert(n.clone());
                        n
                    }
                };
                (name, value_hash(val))
            })
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }
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
    side: &Side,
    read_args: &ReadCapacityArgs,
    progress: &mut crate::ui::progress::Progress,
    each: &mut dyn FnMut(Item) -> Result<()>,
) -> Result<u64> {
    let started = std::time::Instant::now();
    match side {
        Side::File(input) => input.for_each(|_, item| each(item)),
        Side::Table {
            store,
            settings,
            table,
            ..
        } => {
            let pace = capacity::read_pace_at(settings, store, table, read_args).await?;
            let spec = ScanSpec {
                table: table.clone(),
                segments: None,
                auto_parallel: super::auto_parallel_at(settings) || pace.is_some(),
                page_size: None,
                consistent_read: false,
                attributes: Vec::new(),
                max_items: None,
                pacer: pace.map(|p| p.pacer),
            };
            let mut stream = store.scan(spec);
            let mut n = 0;
            let total = side_count(side);
            while let Some(page) = stream.pages.recv().await {
                for item in page?.items {
                    n += 1;
                    each(item)?;
                }
                progress.update(|| {
                    crate::ui::progress::counted(&format!("diff {table}"), n, total, started)
                });
            }
            progress.clear();
            Ok(n)
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

pub async fn run(args: DiffArgs, ctx: &mut Context) -> Result<()> {
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
    let mut names = Names(Default::default());
    let mut map: HashMap<String, Hashes> = HashMap::new();
    let mut progress = ctx.progress();
    let built = read_side(build, &args.read, &mut progress, &mut |item| {
        map.insert(key.key_string(&item), names.hashes(&item));
        Ok(())
    })
    .await?;
    let (only_probe, only_build) = if build_b {
        ("only-in-a", "only-in-b")
    } else {
        ("only-in-b", "only-in-a")
    };
    let mut differences = Vec::new();
    let probed = read_side(probe, &args.read, &mut progress, &mut |item| {
        let k = key.key_string(&item);
        match map.remove(&k) {
            None => differences.push(Difference {
                kind: only_probe,
                key: key.key_of(&item),
                attributes: vec![],
            }),
            Some(theirs) => {
                let mine = names.hashes(&item);
                if mine != theirs {
                    let mut changed: Vec<String> = Vec::new();
                    let lookup: HashMap<&str, u64> =
                        theirs.iter().map(|(n, h)| (&**n, *h)).collect();
                    for (n, h) in &mine {
                        if lookup.get(&**n) != Some(h) {
                            changed.push(n.to_string());
                        }
                    }
                    for (n, _) in &theirs {
                        if !mine.iter().any(|(m, _)| m == n) {
                            changed.push(n.to_string());
                        }
                    }
                    changed.sort();
                    differences.push(Difference {
                        kind: "differs",
                        key: key.key_of(&item),
                        attributes: changed,
                    });
                }
            }
        }
        Ok(())
    })
    .await?;
    for k in map.into_keys() {
        let item = item_from_typed_json(&k).unwrap_or_default();
        differences.push(Difference {
            kind: only_build,
            key: item,
            attributes: vec![],
        });
    }
    let count = |kind: &str| differences.iter().filter(|d| d.kind == kind).count() as u64;
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
        only_in_a: count("only-in-a"),
        only_in_b: count("only-in-b"),
        differ: count("differs"),
        differences,
    };
    ctx.emit(&outcome)?;
    let total = outcome.only_in_a + outcome.only_in_b + outcome.differ;
    if total > 0 {
        return Err(Error::Findings(format!(
            "{total} difference{} between {} and {}",
            if total == 1 { "" } else { "s" },
            outcome.a,
            outcome.b
        )));
    }
    Ok(())
}
