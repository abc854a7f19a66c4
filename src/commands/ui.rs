//! `cruddur-ddb ui [--handle HANDLE]`: the messaging model in a terminal UI, live. This
//! leaf resolves the user and the table, then drives `ui::app` (state and drawing) with
//! the terminal's keys, a refresh every second (polling: the inbox, the open
//! conversation's newest page and its group rows) and the stores' answers.

use crate::args::{Handle, handle};
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::model::item::Item;
use crate::model::messaging::{self, GroupRow, Message, Person, RowKind, random_uuid};
use crate::model::time::{TimeRange, format_sk};
use crate::store::dynamo::DynamoStore;
use crate::store::dynamo::messaging::NewConversation;
use crate::store::dynamo::queries::Window;
use crate::store::postgres::PgUsers;
use crate::ui::app::state::{self, App, Effect, Loaded};
use crate::ui::app::view::{self, Drawn};
use crate::ui::interrupt;
use clap::Args;
use crossterm::event::{self, Event, KeyEventKind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// The UI draws to the terminal; `-o` has nothing to choose.
pub(super) const FORMATS: &[crate::render::OutputFormat] = &[crate::render::OutputFormat::Text];

/// How often the screen looks for what others wrote.
const REFRESH: Duration = Duration::from_secs(1);
/// A request that takes longer is taken as the service not answering.
const PATIENCE: Duration = Duration::from_secs(4);
/// Conversations in the inbox (one Query page).
const INBOX: i32 = 50;

#[derive(Debug, Args)]
#[command(
    after_help = "Keys: arrows or j/k move, Enter opens, Tab switches panes, r replies, n starts \
a conversation, / filters, a applies the stream's job to the open conversation, t shows the raw \
items (b browses any table), ? lists every key, q or Esc quits. A message written by anyone \
appears within a second (the UI polls). Against --env prod it is read-only unless \
--allow-writes, and every write asks for the table name."
)]
pub struct UiArgs {
    /// Who you are (looked up in Postgres; `@handle` works) [default: pick from the users]
    #[arg(long, value_parser = handle("--handle"))]
    pub handle: Option<Handle>,
    /// With --env prod: allow replies, new conversations and applying the stream's job
    /// (each still asks for the table name)
    #[arg(long)]
    pub allow_writes: bool,
}

/// What the UI reads and writes through.
#[derive(Clone)]
struct Data {
    store: DynamoStore,
    users: PgUsers,
    table: String,
    /// `DynamoDB Local at http://localhost:8000`, for "not answering".
    service: String,
}

fn window(before: Option<String>, limit: i32) -> Window {
    Window {
        range: TimeRange::All,
        limit,
        before,
        all: false,
    }
}

impl Data {
    async fn users(&self) -> Result<Loaded> {
        let mut users: Vec<Person> = self.users.all().await?.into_values().collect();
        users.sort_by(|a, b| a.handle.cmp(&b.handle));
        Ok(Loaded::Users(users))
    }

    async fn conversations(&self, me: &Person) -> Result<Loaded> {
        let page = self
            .store
            .conversations(&self.table, &me.uuid, &window(None, INBOX))
            .await?;
        let rows = page.items.iter().filter_map(GroupRow::from_item).collect();
        Ok(Loaded::Conversations(rows))
    }

    async fn messages(&self, group: String, before: Option<String>) -> Result<Loaded> {
        let page = self
            .store
            .messages(&self.table, &group, &window(before.clone(), state::PAGE))
            .await?;
        Ok(Loaded::Messages {
            messages: page.items.iter().filter_map(Message::from_item).collect(),
            more: page.more,
            group,
            before,
        })
    }

    async fn rows(&self, group: String) -> Result<Loaded> {
        let keys = self.store.conversation_keys(&self.table, &group).await?;
        let rows = keys
            .iter()
            .filter_map(|k| {
                let pk = messaging::get_pk(k)?;
                let RowKind::Groups(owner) = messaging::row_kind(pk) else {
                    return None;
                };
                let sk = crate::model::item::get_s(k, messaging::attrs::SK)?;
                Some((owner.to_string(), sk.to_string()))
            })
            .collect();
        Ok(Loaded::Rows { group, rows })
    }

    async fn send(&self, me: &Person, group: String, text: String) -> Result<Loaded> {
        let message = Message {
            group_uuid: group,
            at: format_sk(chrono::Utc::now()),
            message_uuid: random_uuid(),
            text,
            sender: me.clone(),
        };
        let (written, _) = self.store.send_message(&self.table, &message).await?;
        Ok(Loaded::Sent(written))
    }

    async fn create(&self, me: &Person, other: Person, text: String) -> Result<Loaded> {
        if let Some(group) = self
            .store
            .conversation_between(&self.table, &me.uuid, &other.uuid)
            .await?
        {
            return Ok(Loaded::Created { group, other });
        }
        let (group, message_uuid, at) =
            (random_uuid(), random_uuid(), format_sk(chrono::Utc::now()));
        let new = NewConversation {
            group_uuid: &group,
            message_uuid: &message_uuid,
            at: &at,
            text: &text,
            sender: me,
            other: &other,
        };
        self.store.create_conversation(&self.table, &new).await?;
        Ok(Loaded::Created { group, other })
    }

    async fn apply(&self, group: String) -> Result<Loaded> {
        let page = self
            .store
            .messages(&self.table, &group, &window(None, 1))
            .await?;
        let Some(newest) = page.items.iter().find_map(Message::from_item) else {
            return Ok(Loaded::Applied { moved: 0 });
        };
        let moved = self.store.move_rows(&self.table, &newest).await?;
        Ok(Loaded::Applied { moved: moved.rows })
    }

    /// The rows behind the screen, as stored: the held messages and both group rows.
    async fn raw(
        &self,
        group: String,
        held: Option<(String, String)>,
        people: Vec<String>,
    ) -> Result<Loaded> {
        let mut items: Vec<Item> = Vec::new();
        if let Some((first, last)) = held {
            let w = Window {
                range: TimeRange::Between(first, last),
                limit: state::HELD as i32,
                before: None,
                all: false,
            };
            let mut page = self.store.messages(&self.table, &group, &w).await?.items;
            page.reverse();
            items.extend(page);
        }
        for owner in people {
            items.extend(
                self.store
                    .group_row_items(&self.table, &owner, &group)
                    .await?,
            );
        }
        Ok(Loaded::Raw(items))
    }

    async fn browse(&self, table: String, start: Option<Item>) -> Result<Loaded> {
        let (items, next) = self
            .store
            .scan_page(&table, state::BROWSE_PAGE, start)
            .await?;
        Ok(Loaded::Page { table, items, next })
    }
}

/// The open conversation as an effect needs it.
struct Opened {
    group: String,
    /// The held messages' first and last times.
    held: Option<(String, String)>,
    /// Its participants' uuids.
    people: Vec<String>,
}

/// What an effect needs from the state when it is sent off.
struct Job {
    effect: Effect,
    me: Option<Person>,
    open: Option<Opened>,
}

async fn perform(data: &Data, job: Job) -> Result<Vec<Loaded>> {
    let need_me = || {
        job.me
            .clone()
            .ok_or_else(|| Error::Usage("pick a user first".into()))
    };
    Ok(match job.effect {
        Effect::Users => vec![data.users().await?],
        Effect::Conversations => vec![data.conversations(&need_me()?).await?],
        Effect::Messages { group, before } => vec![data.messages(group, before).await?],
        Effect::Refresh => {
            let mut out = Vec::new();
            if let Some(me) = &job.me {
                out.push(data.conversations(me).await?);
            }
            if let Some(o) = job.open {
                out.push(data.messages(o.group.clone(), None).await?);
                out.push(data.rows(o.group).await?);
            }
            out
        }
        Effect::Send { group, text } => vec![data.send(&need_me()?, group, text).await?],
        Effect::Create { other, text } => vec![data.create(&need_me()?, other, text).await?],
        Effect::Apply { group } => vec![data.apply(group).await?],
        Effect::Raw { group } => {
            let (held, people) = job.open.map(|o| (o.held, o.people)).unwrap_or_default();
            vec![data.raw(group, held, people).await?]
        }
        Effect::Tables => vec![Loaded::Tables(data.store.list_tables().await?)],
        Effect::Browse { table, start } => vec![data.browse(table, start).await?],
        Effect::Quit => Vec::new(),
    })
}

fn job(app: &App, effect: Effect) -> Job {
    let open = app.open.as_ref().map(|o| {
        let held = match (o.messages.front(), o.messages.back()) {
            (Some(a), Some(b)) => Some((a.at.clone(), b.at.clone())),
            _ => None,
        };
        let people = [app.me.as_ref(), o.other.as_ref()]
            .into_iter()
            .flatten()
            .map(|p| p.uuid.clone())
            .collect();
        Opened {
            group: o.group.clone(),
            held,
            people,
        }
    });
    // A refresh leaves a window scrolled back past the newest alone (it would pull the
    // view to the end).
    let detached = app.open.as_ref().is_some_and(|o| o.newer);
    let open = open.filter(|_| !(effect == Effect::Refresh && detached));
    Job {
        effect,
        me: app.me.clone(),
        open,
    }
}

/// Sends each effect off on its own task; the answers come back on `tx`.
fn dispatch(
    app: &App,
    effects: Vec<Effect>,
    data: &Data,
    tx: &mpsc::UnboundedSender<Loaded>,
    refreshing: &Arc<AtomicBool>,
) {
    for effect in effects {
        if effect == Effect::Quit {
            continue;
        }
        let is_refresh = effect == Effect::Refresh;
        if is_refresh && refreshing.swap(true, Ordering::SeqCst) {
            continue; // one refresh at a time
        }
        let what = describe(&effect);
        let job = job(app, effect);
        let (data, tx, refreshing) = (data.clone(), tx.clone(), refreshing.clone());
        tokio::spawn(async move {
            let answer = tokio::time::timeout(PATIENCE, perform(&data, job)).await;
            if is_refresh {
                refreshing.store(false, Ordering::SeqCst);
            }
            let results = match answer {
                Ok(Ok(results)) => results,
                Ok(Err(e)) => vec![failed(&data, what, &e)],
                Err(_) => vec![Loaded::Failed {
                    what,
                    message: format!("{} not answering; retrying", data.service),
                    unreachable: true,
                }],
            };
            for r in results {
                let _ = tx.send(r);
            }
        });
    }
}

fn failed(data: &Data, what: String, e: &Error) -> Loaded {
    let unreachable = e.exit() == Exit::Unreachable;
    let message = if unreachable {
        format!("{} not answering; retrying", data.service)
    } else {
        e.to_string()
    };
    Loaded::Failed {
        what,
        message,
        unreachable,
    }
}

fn describe(effect: &Effect) -> String {
    match effect {
        Effect::Users => "reading the users",
        Effect::Conversations | Effect::Refresh => "reading the conversations",
        Effect::Messages { .. } => "reading the messages",
        Effect::Send { .. } => "not sent",
        Effect::Create { .. } => "not started",
        Effect::Apply { .. } => "not applied",
        Effect::Raw { .. } => "reading the rows",
        Effect::Tables => "listing the tables",
        Effect::Browse { .. } => "reading the table",
        Effect::Quit => "quitting",
    }
    .into()
}

/// Keys and resizes from the terminal, read on a thread of their own.
fn terminal_events(stop: Arc<AtomicBool>) -> mpsc::UnboundedReceiver<Event> {
    let (tx, rx) = mpsc::unbounded_channel();
    std::thread::spawn(move || {
        while !stop.load(Ordering::SeqCst) {
            match event::poll(Duration::from_millis(100)) {
                Ok(true) => match event::read() {
                    Ok(ev) => {
                        if tx.send(ev).is_err() {
                            return;
                        }
                    }
                    Err(_) => return,
                },
                Ok(false) => {}
                Err(_) => return,
            }
        }
    });
    rx
}

async fn drive(terminal: &mut ratatui::DefaultTerminal, app: &mut App, data: Data) -> Result<()> {
    let (tx, mut answers) = mpsc::unbounded_channel();
    let stop = Arc::new(AtomicBool::new(false));
    let mut keys = terminal_events(stop.clone());
    let refreshing = Arc::new(AtomicBool::new(false));
    let mut tick = tokio::time::interval(REFRESH);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    dispatch(app, app.start(), &data, &tx, &refreshing);
    let result = loop {
        let mut drawn = Drawn::default();
        if let Err(e) = terminal.draw(|f| drawn = view::draw(f, app)) {
            break Err(Error::Io {
                context: "drawing the terminal UI".into(),
                source: e,
            });
        }
        let effects = app.settle(drawn.max_scroll);
        dispatch(app, effects, &data, &tx, &refreshing);
        if app.quit {
            break Ok(());
        }
        let effects = tokio::select! {
            ev = keys.recv() => match ev {
                Some(Event::Key(k)) if k.kind != KeyEventKind::Release => {
                    app.status = None;
                    app.key(k)
                }
                Some(_) => Vec::new(),
                None => break Ok(()),
            },
            Some(answer) = answers.recv() => app.loaded(answer),
            _ = tick.tick() => if app.me.is_some() { vec![Effect::Refresh] } else { Vec::new() },
            () = interrupt::interrupted() => break Ok(()),
        };
        dispatch(app, effects, &data, &tx, &refreshing);
    };
    stop.store(true, Ordering::SeqCst);
    result
}

pub(crate) async fn run(args: UiArgs, ctx: &mut Context) -> Result<()> {
    if !(ctx.terminal.stdin_is_terminal() && ctx.terminal.stdout_is_terminal()) {
        return Err(Error::Usage("cruddur-ddb ui needs a terminal on stdin and stdout".into())
            .with_hint("run it in a terminal; scripts read the same data with `cruddur-ddb pattern list-conversations`"));
    }
    let table = ctx.settings.table.value.clone();
    let store = ctx.dynamo().await?;
    store.require_table(&table).await?;
    let users = ctx.users().await?;
    let me = match &args.handle {
        Some(h) => Some(users.require(h.as_str()).await?),
        None => None,
    };
    let label = store.label().to_string();
    let service = if ctx.settings.is_local() {
        format!("DynamoDB Local at {label}")
    } else {
        format!("DynamoDB at {label}")
    };
    let mut app = App::new(format!("{table} at {label}"), table.clone(), me);
    if ctx.settings.env == crate::settings::EnvName::Prod && !args.allow_writes {
        app.read_only = Some("--env prod without --allow-writes".into());
    }
    app.confirm_writes = ctx.settings.is_guarded();
    let data = Data {
        store,
        users,
        table,
        service,
    };
    let _ctrl_c = interrupt::take_over();
    // ratatui::init enters the alternate screen and raw mode, and installs a panic hook
    // that restores the terminal before the panic is printed.
    let mut terminal = ratatui::init();
    let result = drive(&mut terminal, &mut app, data).await;
    ratatui::restore();
    result
}
