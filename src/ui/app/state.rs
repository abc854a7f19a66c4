//! What the terminal UI shows and how keys change it: plain data, no I/O. A key or a
//! loaded result changes the state and may ask the driver (`commands/ui`) for work, as
//! [`Effect`]s; the driver answers with [`Loaded`].

use crate::model::item::Item;
use crate::model::messaging::{GroupRow, Message, Person};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::VecDeque;

/// Messages per request, as the app's window.
pub(crate) const PAGE: i32 = 20;
/// Messages held at most: scrolling further back lets the newest go (and reloads them
/// when the view comes back down), so memory does not grow with the conversation.
pub(crate) const HELD: usize = 200;
/// Items per page of the table browser.
pub(crate) const BROWSE_PAGE: i32 = 25;

/// Work for the driver.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Effect {
    Users,
    Conversations,
    /// The newest page (`before: None`) or the page older than a sort key.
    Messages {
        group: String,
        before: Option<String>,
    },
    /// The periodic look: the inbox, the open conversation's newest page, its group rows.
    Refresh,
    Send {
        group: String,
        text: String,
    },
    Create {
        other: Person,
        text: String,
    },
    /// The stream's job for one conversation: both group rows onto its newest message.
    Apply {
        group: String,
    },
    Raw {
        group: String,
    },
    Tables,
    Browse {
        table: String,
        start: Option<Item>,
    },
    Quit,
}

/// What the driver brings back.
#[derive(Debug, Clone)]
pub(crate) enum Loaded {
    Users(Vec<Person>),
    Conversations(Vec<GroupRow>),
    Messages {
        group: String,
        before: Option<String>,
        /// Newest first, as a Query returns them.
        messages: Vec<Message>,
        more: bool,
    },
    /// The group rows' times of the open conversation (owner uuid, sk).
    Rows {
        group: String,
        rows: Vec<(String, String)>,
    },
    Sent(Message),
    Created {
        group: String,
        other: Person,
    },
    Applied {
        moved: u32,
    },
    Raw(Vec<Item>),
    Tables(Vec<String>),
    Page {
        table: String,
        items: Vec<Item>,
        next: Option<Item>,
    },
    /// A request failed; `unreachable` when the service did not answer (the UI keeps
    /// running and retries on the next refresh).
    Failed {
        what: String,
        message: String,
        unreachable: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pane {
    Conversations,
    Messages,
}

/// A line being typed, and what Enter does with it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum InputKind {
    Reply,
    First(Person),
    Filter,
    /// The typed confirmation of a write against a guarded target.
    Confirm(Box<Effect>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Input {
    pub(crate) kind: InputKind,
    pub(crate) text: String,
}

/// The open conversation: a window of its messages, oldest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Open {
    pub(crate) group: String,
    pub(crate) other: Option<Person>,
    pub(crate) messages: VecDeque<Message>,
    /// Older messages exist before the first held one.
    pub(crate) older: bool,
    /// Newer messages were let go: the view is not at the conversation's end.
    pub(crate) newer: bool,
    /// Lines scrolled up from the bottom.
    pub(crate) scroll: usize,
    /// An older page is on its way.
    pub(crate) loading: bool,
    /// The group rows' times (owner, sk), for the lag warning.
    pub(crate) rows: Vec<(String, String)>,
}

impl Open {
    /// Doctor's finding for this conversation: group rows behind its newest message.
    pub(crate) fn lag(&self) -> Option<String> {
        if self.newer {
            return None;
        }
        let newest = self.messages.back()?;
        let behind: Vec<&(String, String)> =
            self.rows.iter().filter(|(_, at)| *at < newest.at).collect();
        let (who, at) = behind.first()?;
        Some(format!(
            "group rows lag: {who}'s row is at {}, the newest message at {}; a applies the stream's job",
            short_time(at),
            short_time(&newest.at)
        ))
    }
}

/// `2026-12-01T09:00:00.000000+00:00` as `2026-12-01 09:00:00`.
pub(crate) fn short_time(sk: &str) -> String {
    sk.get(..19).unwrap_or(sk).replacen('T', " ", 1)
}

/// A list with a selection.
#[derive(Debug, Clone, Default)]
pub(crate) struct Picker {
    pub(crate) users: Vec<Person>,
    pub(crate) filter: String,
    pub(crate) selected: usize,
    /// Picking the other participant of a new conversation (else: who I am).
    pub(crate) for_new: bool,
    pub(crate) typing: bool,
}

impl Picker {
    pub(crate) fn shown(&self) -> Vec<&Person> {
        let f = self.filter.to_lowercase();
        self.users
            .iter()
            .filter(|u| {
                f.is_empty()
                    || u.handle.to_lowercase().contains(&f)
                    || u.display_name.to_lowercase().contains(&f)
            })
            .collect()
    }
}

/// The raw view and the generic table browser.
#[derive(Debug, Clone)]
pub(crate) enum Raw {
    /// The items behind the screen.
    Rows {
        items: Vec<Item>,
        scroll: usize,
    },
    Tables {
        names: Vec<String>,
        selected: usize,
    },
    Page(Browse),
    Detail {
        item: Item,
        scroll: usize,
        back: Browse,
    },
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Browse {
    pub(crate) table: String,
    pub(crate) items: Vec<Item>,
    pub(crate) selected: usize,
    /// The start key of each page shown so far (the first is `None`).
    pub(crate) starts: Vec<Option<Item>>,
    pub(crate) next: Option<Item>,
}

/// Everything on screen.
#[derive(Debug, Clone)]
pub(crate) struct App {
    /// `cruddur-messages at http://localhost:8000`.
    pub(crate) target: String,
    /// Why writes are refused (`--env prod` without `--allow-writes`).
    pub(crate) read_only: Option<String>,
    /// Writes ask for the table name first.
    pub(crate) confirm_writes: bool,
    pub(crate) table: String,
    pub(crate) me: Option<Person>,
    pub(crate) picker: Option<Picker>,
    pub(crate) conversations: Vec<GroupRow>,
    pub(crate) selected: usize,
    pub(crate) filter: String,
    pub(crate) focus: Pane,
    pub(crate) open: Option<Open>,
    pub(crate) input: Option<Input>,
    pub(crate) help: bool,
    pub(crate) raw: Option<Raw>,
    pub(crate) status: Option<String>,
    /// The service stopped answering: said until it answers again.
    pub(crate) unreachable: Option<String>,
    pub(crate) quit: bool,
}

impl App {
    pub(crate) fn new(target: String, table: String, me: Option<Person>) -> App {
        App {
            target,
            read_only: None,
            confirm_writes: false,
            table,
            picker: me.is_none().then(Picker::default),
            me,
            conversations: Vec::new(),
            selected: 0,
            filter: String::new(),
            focus: Pane::Conversations,
            open: None,
            input: None,
            help: false,
            raw: None,
            status: None,
            unreachable: None,
            quit: false,
        }
    }

    /// What to load first.
    pub(crate) fn start(&self) -> Vec<Effect> {
        match self.me {
            Some(_) => vec![Effect::Conversations],
            None => vec![Effect::Users],
        }
    }

    /// The conversations the filter lets through.
    pub(crate) fn shown(&self) -> Vec<&GroupRow> {
        let f = self.filter.to_lowercase();
        self.conversations
            .iter()
            .filter(|c| {
                f.is_empty()
                    || c.other.handle.to_lowercase().contains(&f)
                    || c.other.display_name.to_lowercase().contains(&f)
                    || c.text.to_lowercase().contains(&f)
            })
            .collect()
    }

    /// A key press.
    pub(crate) fn key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return vec![Effect::Quit];
        }
        if self.input.is_some() {
            return self.input_key(key);
        }
        if self.help {
            self.help = false;
            return Vec::new();
        }
        if key.code == KeyCode::Char('?') {
            self.help = true;
            return Vec::new();
        }
        if self.picker.is_some() {
            return self.picker_key(key);
        }
        if self.raw.is_some() {
            return self.raw_key(key);
        }
        self.main_key(key)
    }

    fn quit(&mut self) -> Vec<Effect> {
        self.quit = true;
        vec![Effect::Quit]
    }

    fn main_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Char('q') => self.quit(),
            KeyCode::Esc if self.focus == Pane::Messages => {
                self.focus = Pane::Conversations;
                Vec::new()
            }
            KeyCode::Esc if !self.filter.is_empty() => {
                self.filter.clear();
                self.selected = 0;
                Vec::new()
            }
            KeyCode::Esc => self.quit(),
            KeyCode::Tab | KeyCode::BackTab => {
                self.focus = match self.focus {
                    Pane::Conversations if self.open.is_some() => Pane::Messages,
                    _ => Pane::Conversations,
                };
                Vec::new()
            }
            KeyCode::Up | KeyCode::Char('k') => self.up(1),
            KeyCode::Down | KeyCode::Char('j') => self.down(1),
            KeyCode::PageUp => self.up(10),
            KeyCode::PageDown => self.down(10),
            KeyCode::Enter if self.focus == Pane::Conversations => self.open_selected(),
            KeyCode::Char('/') => {
                self.input = Some(Input {
                    kind: InputKind::Filter,
                    text: self.filter.clone(),
                });
                Vec::new()
            }
            KeyCode::Char('r') => self.start_reply(),
            KeyCode::Char('n') => self.start_new(),
            KeyCode::Char('a') => self.start_apply(),
            KeyCode::Char('t') => match &self.open {
                Some(o) => {
                    let group = o.group.clone();
                    self.raw = Some(Raw::Rows {
                        items: Vec::new(),
                        scroll: 0,
                    });
                    vec![Effect::Raw { group }]
                }
                None => {
                    self.raw = Some(Raw::Tables {
                        names: Vec::new(),
                        selected: 0,
                    });
                    vec![Effect::Tables]
                }
            },
            _ => Vec::new(),
        }
    }

    fn up(&mut self, n: usize) -> Vec<Effect> {
        match (self.focus, &mut self.open) {
            (Pane::Messages, Some(o)) => {
                o.scroll += n;
                Vec::new()
            }
            _ => {
                self.selected = self.selected.saturating_sub(n);
                Vec::new()
            }
        }
    }

    fn down(&mut self, n: usize) -> Vec<Effect> {
        match (self.focus, &mut self.open) {
            (Pane::Messages, Some(o)) => {
                o.scroll = o.scroll.saturating_sub(n);
                if o.scroll == 0 && o.newer && !o.loading {
                    // Back at the bottom of a window that let the newest go: reload them.
                    o.loading = true;
                    return vec![Effect::Messages {
                        group: o.group.clone(),
                        before: None,
                    }];
                }
                Vec::new()
            }
            _ => {
                let last = self.shown().len().saturating_sub(1);
                self.selected = (self.selected + n).min(last);
                Vec::new()
            }
        }
    }

    /// After a draw: the messages pane can scroll up `max_scroll` lines. The scroll is
    /// kept inside that, and at the top (or with room to spare) an older page is asked
    /// for when there is one.
    pub(crate) fn settle(&mut self, max_scroll: usize) -> Vec<Effect> {
        let Some(o) = &mut self.open else {
            return Vec::new();
        };
        o.scroll = o.scroll.min(max_scroll);
        if o.scroll >= max_scroll && !o.messages.is_empty() {
            return self.reached_top();
        }
        Vec::new()
    }

    /// The view reached the top of what is held: an older page is asked for when there
    /// is one.
    pub(crate) fn reached_top(&mut self) -> Vec<Effect> {
        match &mut self.open {
            Some(o) if o.older && !o.loading => {
                o.loading = true;
                let before = o.messages.front().map(|m| m.at.clone());
                vec![Effect::Messages {
                    group: o.group.clone(),
                    before,
                }]
            }
            _ => Vec::new(),
        }
    }

    fn open_selected(&mut self) -> Vec<Effect> {
        let Some(c) = self.shown().get(self.selected).map(|c| (*c).clone()) else {
            return Vec::new();
        };
        self.open_group(c.group_uuid.clone(), Some(c.other.clone()))
    }

    fn open_group(&mut self, group: String, other: Option<Person>) -> Vec<Effect> {
        self.open = Some(Open {
            group: group.clone(),
            other,
            loading: true,
            ..Open::default()
        });
        self.focus = Pane::Messages;
        vec![Effect::Messages {
            group,
            before: None,
        }]
    }

    /// `None` when writes may go; else the reason is put in the status line.
    fn refuse_write(&mut self) -> bool {
        if let Some(why) = &self.read_only {
            self.status = Some(format!("read-only: {why}"));
            return true;
        }
        false
    }

    fn start_reply(&mut self) -> Vec<Effect> {
        if self.refuse_write() {
            return Vec::new();
        }
        if self.open.is_none() {
            self.status = Some("open a conversation first (Enter), then r replies".into());
            return Vec::new();
        }
        self.input = Some(Input {
            kind: InputKind::Reply,
            text: String::new(),
        });
        Vec::new()
    }

    fn start_new(&mut self) -> Vec<Effect> {
        if self.refuse_write() {
            return Vec::new();
        }
        self.picker = Some(Picker {
            for_new: true,
            ..Picker::default()
        });
        vec![Effect::Users]
    }

    fn start_apply(&mut self) -> Vec<Effect> {
        let Some(o) = &self.open else {
            return Vec::new();
        };
        if o.lag().is_none() {
            self.status = Some("this conversation's group rows are on its newest message".into());
            return Vec::new();
        }
        let group = o.group.clone();
        if self.refuse_write() {
            return Vec::new();
        }
        self.guarded(Effect::Apply { group })
    }

    /// A write, or its typed confirmation first when the target is guarded.
    fn guarded(&mut self, effect: Effect) -> Vec<Effect> {
        if self.confirm_writes {
            self.input = Some(Input {
                kind: InputKind::Confirm(Box::new(effect)),
                text: String::new(),
            });
            return Vec::new();
        }
        vec![effect]
    }

    fn input_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(input) = &mut self.input else {
            return Vec::new();
        };
        match key.code {
            KeyCode::Esc => {
                if input.kind == InputKind::Filter {
                    self.filter.clear();
                }
                self.input = None;
                Vec::new()
            }
            KeyCode::Backspace => {
                input.text.pop();
                self.typed()
            }
            KeyCode::Char(c) => {
                input.text.push(c);
                self.typed()
            }
            KeyCode::Enter => {
                let input = self.input.take().expect("an input line");
                self.submit(input)
            }
            _ => Vec::new(),
        }
    }

    /// The filter follows what is typed.
    fn typed(&mut self) -> Vec<Effect> {
        if let Some(Input {
            kind: InputKind::Filter,
            text,
        }) = &self.input
        {
            self.filter = text.clone();
            self.selected = 0;
        }
        Vec::new()
    }

    fn submit(&mut self, input: Input) -> Vec<Effect> {
        let text = input.text.trim().to_string();
        match input.kind {
            InputKind::Filter => Vec::new(),
            InputKind::Confirm(effect) if text == self.table => vec![*effect],
            InputKind::Confirm(_) => {
                self.status = Some(format!(
                    "not written: the confirmation was not the table name {}",
                    self.table
                ));
                Vec::new()
            }
            _ if text.is_empty() => {
                self.status = Some("not sent: the message is empty".into());
                Vec::new()
            }
            InputKind::Reply => match &self.open {
                Some(o) => {
                    let group = o.group.clone();
                    self.guarded(Effect::Send { group, text })
                }
                None => Vec::new(),
            },
            InputKind::First(other) => self.guarded(Effect::Create { other, text }),
        }
    }

    fn picker_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(p) = &mut self.picker else {
            return Vec::new();
        };
        let count = p.shown().len();
        match key.code {
            KeyCode::Char(c) if p.typing => {
                p.filter.push(c);
                p.selected = 0;
            }
            KeyCode::Backspace if p.typing => {
                p.filter.pop();
            }
            KeyCode::Enter if p.typing => p.typing = false,
            KeyCode::Esc if p.typing => {
                p.typing = false;
                p.filter.clear();
            }
            KeyCode::Char('/') => p.typing = true,
            KeyCode::Up | KeyCode::Char('k') => p.selected = p.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                p.selected = (p.selected + 1).min(count.saturating_sub(1))
            }
            KeyCode::Esc | KeyCode::Char('q') if p.for_new => self.picker = None,
            KeyCode::Esc | KeyCode::Char('q') => return self.quit(),
            KeyCode::Enter => return self.picked(),
            _ => {}
        }
        Vec::new()
    }

    fn picked(&mut self) -> Vec<Effect> {
        let Some(p) = self.picker.take() else {
            return Vec::new();
        };
        let Some(user) = p.shown().get(p.selected).map(|u| (*u).clone()) else {
            self.picker = Some(p);
            return Vec::new();
        };
        if !p.for_new {
            self.me = Some(user);
            return vec![Effect::Conversations];
        }
        if self.me.as_ref().is_some_and(|m| m.uuid == user.uuid) {
            self.status = Some("a conversation needs another user".into());
            return Vec::new();
        }
        // An existing conversation with them opens; else the first message is typed.
        if let Some(c) = self
            .conversations
            .iter()
            .find(|c| c.other.uuid == user.uuid)
        {
            let (group, other) = (c.group_uuid.clone(), c.other.clone());
            self.status = Some(format!("you already talk with @{}", other.handle));
            return self.open_group(group, Some(other));
        }
        self.input = Some(Input {
            kind: InputKind::First(user),
            text: String::new(),
        });
        Vec::new()
    }

    fn raw_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(raw) = &mut self.raw else {
            return Vec::new();
        };
        let step = |n: &mut usize, up: bool, max: usize| {
            *n = if up {
                n.saturating_sub(1)
            } else {
                (*n + 1).min(max.saturating_sub(1))
            };
        };
        let up = matches!(key.code, KeyCode::Up | KeyCode::Char('k'));
        let down = matches!(key.code, KeyCode::Down | KeyCode::Char('j'));
        match raw {
            Raw::Rows { scroll, .. } if up || down => step(scroll, up, usize::MAX),
            Raw::Detail { scroll, .. } if up || down => step(scroll, up, usize::MAX),
            Raw::Tables { names, selected } if up || down => step(selected, up, names.len()),
            Raw::Page(b) if up || down => step(&mut b.selected, up, b.items.len()),
            Raw::Rows { .. } if key.code == KeyCode::Char('b') => {
                *raw = Raw::Tables {
                    names: Vec::new(),
                    selected: 0,
                };
                return vec![Effect::Tables];
            }
            Raw::Tables { names, selected } if key.code == KeyCode::Enter => {
                if let Some(table) = names.get(*selected).cloned() {
                    *raw = Raw::Page(Browse {
                        table: table.clone(),
                        starts: vec![None],
                        ..Browse::default()
                    });
                    return vec![Effect::Browse { table, start: None }];
                }
            }
            Raw::Page(b) if key.code == KeyCode::Enter => {
                if let Some(item) = b.items.get(b.selected).cloned() {
                    let back = b.clone();
                    *raw = Raw::Detail {
                        item,
                        scroll: 0,
                        back,
                    };
                }
            }
            Raw::Page(b) if matches!(key.code, KeyCode::Right | KeyCode::Char('n')) => {
                if let Some(next) = b.next.clone() {
                    b.starts.push(Some(next.clone()));
                    return vec![Effect::Browse {
                        table: b.table.clone(),
                        start: Some(next),
                    }];
                }
            }
            Raw::Page(b)
                if matches!(key.code, KeyCode::Left | KeyCode::Char('p')) && b.starts.len() > 1 =>
            {
                b.starts.pop();
                let start = b.starts.last().cloned().flatten();
                return vec![Effect::Browse {
                    table: b.table.clone(),
                    start,
                }];
            }
            Raw::Detail { back, .. } if matches!(key.code, KeyCode::Esc) => {
                *raw = Raw::Page(back.clone());
            }
            _ if matches!(key.code, KeyCode::Esc | KeyCode::Char('t')) => self.raw = None,
            _ if key.code == KeyCode::Char('q') => return self.quit(),
            _ => {}
        }
        Vec::new()
    }

    /// A result from the driver.
    pub(crate) fn loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        if !matches!(loaded, Loaded::Failed { .. }) {
            self.unreachable = None;
        }
        match loaded {
            Loaded::Users(users) => {
                let me = self.me.as_ref().map(|m| m.uuid.clone());
                if let Some(p) = &mut self.picker {
                    p.users = users
                        .into_iter()
                        .filter(|u| !p.for_new || Some(&u.uuid) != me.as_ref())
                        .collect();
                }
            }
            Loaded::Conversations(rows) => {
                self.conversations = rows;
                let last = self.shown().len().saturating_sub(1);
                self.selected = self.selected.min(last);
            }
            Loaded::Messages {
                group,
                before,
                messages,
                more,
            } => self.messages(group, before, messages, more),
            Loaded::Rows { group, rows } => {
                let me = self.me.clone();
                if let Some(o) = self.open.as_mut().filter(|o| o.group == group) {
                    // Owners by handle where known.
                    let name = |uuid: &str| {
                        [me.as_ref(), o.other.as_ref()]
                            .into_iter()
                            .flatten()
                            .find(|p| p.uuid == uuid)
                            .map(|p| format!("@{}", p.handle))
                            .unwrap_or_else(|| uuid.to_string())
                    };
                    o.rows = rows.into_iter().map(|(u, at)| (name(&u), at)).collect();
                }
            }
            Loaded::Sent(m) => {
                self.status = Some(format!("sent at {}", short_time(&m.at)));
                let group = m.group_uuid.clone();
                self.messages(group, None, vec![m], true);
                return vec![Effect::Refresh];
            }
            Loaded::Created { group, other } => {
                self.status = Some(format!("started a conversation with @{}", other.handle));
                let mut effects = self.open_group(group, Some(other));
                effects.push(Effect::Conversations);
                return effects;
            }
            Loaded::Applied { moved, .. } => {
                self.status = Some(format!(
                    "applied: moved {}",
                    crate::model::words::count(u64::from(moved), "group row")
                ));
                return vec![Effect::Refresh];
            }
            Loaded::Raw(items) => {
                if let Some(Raw::Rows { items: held, .. }) = &mut self.raw {
                    *held = items;
                }
            }
            Loaded::Tables(names) => {
                if let Some(Raw::Tables { names: held, .. }) = &mut self.raw {
                    *held = names;
                }
            }
            Loaded::Page {
                table, items, next, ..
            } => {
                if let Some(Raw::Page(b)) = &mut self.raw
                    && b.table == table
                {
                    b.items = items;
                    b.next = next;
                    b.selected = 0;
                }
            }
            Loaded::Failed {
                what,
                message,
                unreachable,
            } => {
                if let Some(o) = &mut self.open {
                    o.loading = false;
                }
                if unreachable {
                    self.unreachable = Some(message);
                } else {
                    self.status = Some(format!("{what}: {message}"));
                }
            }
        }
        Vec::new()
    }

    /// A page of messages: the newest (merged with what is held, or a fresh window when
    /// the held one let the newest go), or an older one (prepended, and the newest let go
    /// beyond [`HELD`]).
    fn messages(&mut self, group: String, before: Option<String>, page: Vec<Message>, more: bool) {
        let Some(o) = self.open.as_mut().filter(|o| o.group == group) else {
            return;
        };
        o.loading = false;
        if o.other.is_none() {
            o.other = self
                .me
                .as_ref()
                .and_then(|me| page.iter().find(|m| m.sender.uuid != me.uuid))
                .map(|m| m.sender.clone());
        }
        let mut page = page;
        page.reverse(); // oldest first
        match before {
            Some(_) => {
                o.older = more;
                for m in page.into_iter().rev() {
                    o.messages.push_front(m);
                }
                while o.messages.len() > HELD {
                    o.messages.pop_back();
                    o.newer = true;
                }
            }
            None if o.newer || o.messages.is_empty() => {
                o.messages = page.into();
                o.older = more;
                o.newer = false;
                o.scroll = 0;
            }
            None => {
                let newest = o.messages.back().map(|m| m.at.clone()).unwrap_or_default();
                let fresh: Vec<Message> = page.into_iter().filter(|m| m.at > newest).collect();
                let gap = fresh.len() >= PAGE as usize;
                o.messages.extend(fresh);
                if gap {
                    // More arrived than a page holds: the window starts again at the end.
                    let keep = o.messages.len().saturating_sub(PAGE as usize);
                    o.messages.drain(..keep);
                    o.older = true;
                }
                while o.messages.len() > HELD {
                    o.messages.pop_front();
                    o.older = true;
                }
            }
        }
    }

    /// The open conversation's held messages as items (the raw view's fixture).
    #[cfg(test)]
    pub(crate) fn shown_rows(&self) -> Vec<Item> {
        self.open
            .as_ref()
            .map(|o| o.messages.iter().map(Message::to_item).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    pub(crate) fn code(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    fn person(n: u32) -> Person {
        Person {
            uuid: format!("u{n}"),
            display_name: format!("User {n}"),
            handle: format!("user{n}"),
        }
    }

    fn message(i: u32) -> Message {
        Message {
            group_uuid: "g".into(),
            at: format!("2026-12-01T09:{:02}:{:02}.000000+00:00", i / 60, i % 60),
            message_uuid: format!("m{i}"),
            text: format!("message {i}"),
            sender: person(i % 2),
        }
    }

    fn app() -> App {
        let mut app = App::new("t at x".into(), "t".into(), Some(person(0)));
        app.conversations = vec![GroupRow {
            owner_uuid: "u0".into(),
            at: message(9).at,
            group_uuid: "g".into(),
            text: "message 9".into(),
            other: person(1),
        }];
        app
    }

    /// Newest first, as a Query returns them.
    fn newest(from: u32, to: u32) -> Vec<Message> {
        (from..to).rev().map(message).collect()
    }

    #[test]
    fn enter_opens_and_a_reply_goes_through_the_send_path() {
        let mut a = app();
        let e = a.key(code(KeyCode::Enter));
        assert_eq!(
            e,
            vec![Effect::Messages {
                group: "g".into(),
                before: None
            }]
        );
        a.loaded(Loaded::Messages {
            group: "g".into(),
            before: None,
            messages: newest(0, 10),
            more: false,
        });
        assert_eq!(a.open.as_ref().unwrap().messages.len(), 10);
        assert!(a.key(key('r')).is_empty());
        for c in "hi".chars() {
            a.key(key(c));
        }
        let e = a.key(code(KeyCode::Enter));
        assert_eq!(
            e,
            vec![Effect::Send {
                group: "g".into(),
                text: "hi".into()
            }]
        );
    }

    #[test]
    fn read_only_refuses_and_guarded_writes_ask_for_the_table_name() {
        let mut a = app();
        a.read_only = Some("--env prod without --allow-writes".into());
        a.key(code(KeyCode::Enter));
        assert!(a.key(key('r')).is_empty());
        assert!(a.input.is_none());
        assert!(a.status.as_deref().unwrap().starts_with("read-only"));

        let mut a = app();
        a.confirm_writes = true;
        a.key(code(KeyCode::Enter));
        a.key(key('r'));
        a.key(key('x'));
        assert!(a.key(code(KeyCode::Enter)).is_empty(), "asks first");
        a.key(key('t'));
        let e = a.key(code(KeyCode::Enter));
        assert_eq!(
            e,
            vec![Effect::Send {
                group: "g".into(),
                text: "x".into()
            }]
        );
    }

    #[test]
    fn scrolling_back_holds_a_bounded_window_and_comes_back_to_the_end() {
        let mut a = app();
        a.key(code(KeyCode::Enter));
        a.loaded(Loaded::Messages {
            group: "g".into(),
            before: None,
            messages: newest(3000, 3020),
            more: true,
        });
        for step in 0..20u32 {
            let e = a.reached_top();
            let Effect::Messages { before, .. } = &e[0] else {
                panic!("{e:?}")
            };
            let hi = 3000 - step * 20;
            assert_eq!(before.as_deref(), Some(message(hi).at.as_str()));
            a.loaded(Loaded::Messages {
                group: "g".into(),
                before: before.clone(),
                messages: newest(hi - 20, hi),
                more: true,
            });
            assert!(a.open.as_ref().unwrap().messages.len() <= HELD);
        }
        let o = a.open.as_ref().unwrap();
        assert!(o.newer && o.older);
        assert_eq!(o.messages.front().unwrap().message_uuid, "m2600");
        // Down to the bottom: the newest page again.
        a.open.as_mut().unwrap().scroll = 1;
        let e = a.key(code(KeyCode::Down));
        assert_eq!(
            e,
            vec![Effect::Messages {
                group: "g".into(),
                before: None
            }]
        );
    }

    #[test]
    fn the_lag_warning_names_the_row_behind() {
        let mut a = app();
        a.key(code(KeyCode::Enter));
        a.loaded(Loaded::Messages {
            group: "g".into(),
            before: None,
            messages: newest(0, 10),
            more: false,
        });
        a.loaded(Loaded::Rows {
            group: "g".into(),
            rows: vec![("u0".into(), message(9).at), ("u1".into(), message(5).at)],
        });
        let lag = a.open.as_ref().unwrap().lag().unwrap();
        assert!(
            lag.contains("@user1's row is at 2026-12-01 09:00:05"),
            "{lag}"
        );
        assert_eq!(a.key(key('a')), vec![Effect::Apply { group: "g".into() }]);
    }

    #[test]
    fn new_messages_arrive_at_the_end_once() {
        let mut a = app();
        a.key(code(KeyCode::Enter));
        a.loaded(Loaded::Messages {
            group: "g".into(),
            before: None,
            messages: newest(0, 10),
            more: false,
        });
        a.loaded(Loaded::Messages {
            group: "g".into(),
            before: None,
            messages: newest(0, 12),
            more: false,
        });
        let o = a.open.as_ref().unwrap();
        assert_eq!(o.messages.len(), 12);
        assert_eq!(o.messages.back().unwrap().message_uuid, "m11");
    }

    #[test]
    fn the_picker_filters_and_picks_me() {
        let mut a = App::new("t".into(), "t".into(), None);
        assert_eq!(a.start(), vec![Effect::Users]);
        a.loaded(Loaded::Users(vec![person(1), person(2), person(3)]));
        a.key(key('/'));
        a.key(key('2'));
        a.key(code(KeyCode::Enter));
        assert_eq!(a.key(code(KeyCode::Enter)), vec![Effect::Conversations]);
        assert_eq!(a.me.as_ref().unwrap().handle, "user2");
    }

    #[test]
    fn q_quits_and_ctrl_c_always_does() {
        let mut a = app();
        assert_eq!(a.key(key('q')), vec![Effect::Quit]);
        let mut a = app();
        a.key(code(KeyCode::Enter));
        a.key(key('r'));
        a.key(key('q'));
        assert!(!a.quit, "q is typed into the reply");
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(a.key(ctrl_c), vec![Effect::Quit]);
    }
}
