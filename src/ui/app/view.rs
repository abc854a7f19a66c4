//! Drawing the terminal UI's state with ratatui: a header, the conversations and the
//! open conversation side by side, the input line, and the status line; the picker,
//! the help and the raw view over the body. Pure: the same state draws the same screen.

use super::state::{App, InputKind, Pane, Raw, short_time};
use crate::model::item::{Item, TypedItem, ordered_keys};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

/// Below this the UI says so instead of drawing.
pub(crate) const MIN_WIDTH: u16 = 60;
pub(crate) const MIN_HEIGHT: u16 = 15;

/// What drawing learned that the state needs: how far the messages can scroll up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Drawn {
    /// Lines above the visible ones in the messages pane (0: all of them fit).
    pub(crate) max_scroll: usize,
}

/// The keys, as `?` lists them.
pub(crate) const KEYS: &[(&str, &str)] = &[
    ("↑ ↓  j k", "move (scroll the messages pane)"),
    ("PgUp PgDn", "move or scroll by ten"),
    ("Enter", "open the conversation"),
    ("Tab", "switch panes"),
    ("r", "reply in the open conversation"),
    ("n", "start a conversation with another user"),
    ("/", "filter conversations (or users)"),
    (
        "a",
        "apply the stream's job: group rows onto the newest message",
    ),
    (
        "t",
        "raw view: the items behind the screen; b browses any table",
    ),
    ("Esc", "close, go back; at the top level quit"),
    ("q  Ctrl-C", "quit"),
    ("?", "this help"),
];

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// Draws the whole screen.
pub(crate) fn draw(frame: &mut Frame, app: &App) -> Drawn {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!(
            "The terminal is {}×{}; cruddur-ddb ui needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Enlarge it, or press q to quit.",
            area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return Drawn::default();
    }
    let warning = app.unreachable.clone().or_else(|| app.open.as_ref()?.lag());
    let warning_lines = warning
        .as_ref()
        .map_or(0, |w| wrap(w, area.width as usize).len().min(2) as u16);
    let [header, warn, body, input, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(warning_lines),
        Constraint::Min(5),
        Constraint::Length(u16::from(app.input.is_some())),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(header_line(app)), header);
    if let Some(w) = warning {
        let style = Style::default().fg(Color::Black).bg(Color::Yellow);
        let lines: Vec<Line> = wrap(&w, area.width as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        frame.render_widget(Paragraph::new(lines).style(style), warn);
    }
    let mut drawn = Drawn::default();
    if let Some(p) = &app.picker {
        draw_picker(frame, body, p);
    } else if let Some(raw) = &app.raw {
        draw_raw(frame, body, raw, app);
    } else {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(36), Constraint::Percentage(64)])
                .areas(body);
        draw_conversations(frame, left, app);
        drawn = draw_messages(frame, right, app);
    }
    if let Some(i) = &app.input {
        let label = match &i.kind {
            InputKind::Reply => "reply: ".to_string(),
            InputKind::First(p) => format!("first message to @{}: ", p.handle),
            InputKind::Filter => "filter: ".into(),
            InputKind::Confirm(_) => format!("type the table name ({}) to write: ", app.table),
        };
        let line = Line::from(vec![
            Span::styled(label, bold()),
            Span::raw(i.text.clone()),
            Span::styled("█", dim()),
        ]);
        frame.render_widget(Paragraph::new(line), input);
    }
    frame.render_widget(Paragraph::new(status_line(app)), status);
    if app.help {
        draw_help(frame, body);
    }
    drawn
}

fn header_line(app: &App) -> Line<'static> {
    let who = match &app.me {
        Some(me) => format!("@{} ({})", me.handle, me.display_name),
        None => "pick a user".into(),
    };
    let mut spans = vec![Span::styled(" cruddur-ddb ui ", selected())];
    if app.read_only.is_some() {
        let style = Style::default().fg(Color::White).bg(Color::Red);
        spans.push(Span::styled(" read-only ", style));
    }
    spans.extend([
        Span::raw(" "),
        Span::styled(who, bold()),
        Span::raw(format!(" · {}", app.target)),
    ]);
    Line::from(spans)
}

fn status_line(app: &App) -> Line<'static> {
    match &app.status {
        Some(s) => Line::from(Span::raw(s.clone())),
        None if app.input.is_some() => Line::from(Span::styled("Enter sends · Esc cancels", dim())),
        None => Line::from(Span::styled(
            "q quit · ? help · Tab pane · Enter open · r reply · n new · t raw · / filter",
            dim(),
        )),
    }
}

fn draw_conversations(frame: &mut Frame, area: Rect, app: &App) {
    let focused = app.focus == Pane::Conversations;
    let title = if app.filter.is_empty() {
        format!(" Conversations ({}) ", app.conversations.len())
    } else {
        format!(" Conversations matching {:?} ", app.filter)
    };
    let block = pane(title, focused);
    let inner = block.inner(area).width.saturating_sub(1) as usize;
    let shown = app.shown();
    let items: Vec<ListItem> = shown
        .iter()
        .map(|c| {
            let who = format!("{} @{}", c.other.display_name, c.other.handle);
            let when = short_time(&c.at);
            ListItem::new(vec![
                Line::from(Span::styled(clip(&who, inner), bold())),
                Line::from(Span::styled(clip(&when, inner), dim())),
                Line::from(clip(&c.text, inner)),
            ])
        })
        .collect();
    if items.is_empty() {
        let text = if app.me.is_none() {
            "pick a user first"
        } else if app.conversations.is_empty() {
            "no conversations yet: n starts one"
        } else {
            "nothing matches the filter (Esc clears it)"
        };
        frame.render_widget(Paragraph::new(text).style(dim()).block(block), area);
        return;
    }
    let mut state = ListState::default().with_selected(Some(app.selected.min(items.len() - 1)));
    let list =
        List::new(items)
            .block(block)
            .highlight_style(if focused { selected() } else { bold() });
    frame.render_stateful_widget(list, area, &mut state);
}

fn pane(title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(if focused {
            Style::default().fg(Color::Cyan)
        } else {
            dim()
        })
}

/// `text` cut to `width` characters, with an ellipsis when cut.
fn clip(text: &str, width: usize) -> String {
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.chars().count() <= width && !text.contains('\n') {
        return first_line.to_string();
    }
    let mut s: String = first_line.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Words into lines of at most `width` characters (a longer word is cut).
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            while word.len() > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                lines.push(word.drain(..width).collect());
            }
            let word: String = word.into_iter().collect();
            let need = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if need > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(line);
    }
    lines
}

fn draw_messages(frame: &mut Frame, area: Rect, app: &App) -> Drawn {
    let focused = app.focus == Pane::Messages;
    let Some(open) = &app.open else {
        let block = pane(" Messages ".into(), focused);
        let text = "Enter opens the selected conversation";
        frame.render_widget(Paragraph::new(text).style(dim()).block(block), area);
        return Drawn::default();
    };
    let title = match &open.other {
        Some(o) => format!(" {} @{} ", o.display_name, o.handle),
        None => " Messages ".into(),
    };
    let block = pane(title, focused);
    let inner = block.inner(area);
    let width = inner.width.saturating_sub(1) as usize;
    let mut lines: Vec<Line> = Vec::new();
    if open.older {
        lines.push(Line::from(Span::styled("↑ older messages", dim())));
    } else if !open.messages.is_empty() {
        lines.push(Line::from(Span::styled(
            "— the conversation's first message —",
            dim(),
        )));
    }
    for m in &open.messages {
        let mine = app.me.as_ref().is_some_and(|me| me.uuid == m.sender.uuid);
        let name = Style::default()
            .fg(if mine { Color::Green } else { Color::Magenta })
            .add_modifier(Modifier::BOLD);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} @{}", m.sender.display_name, m.sender.handle),
                name,
            ),
            Span::styled(format!(" · {}", short_time(&m.at)), dim()),
        ]));
        for l in wrap(&m.text, width.saturating_sub(2)) {
            lines.push(Line::from(format!("  {l}")));
        }
    }
    if open.newer {
        lines.push(Line::from(Span::styled("↓ newer messages", dim())));
    }
    if open.loading && open.messages.is_empty() {
        lines.push(Line::from(Span::styled("loading…", dim())));
    }
    let visible = inner.height as usize;
    let max_scroll = lines.len().saturating_sub(visible);
    let scroll = open.scroll.min(max_scroll);
    let top = max_scroll - scroll;
    let shown: Vec<Line> = lines.into_iter().skip(top).take(visible).collect();
    frame.render_widget(Paragraph::new(shown).block(block), area);
    Drawn { max_scroll }
}

fn draw_picker(frame: &mut Frame, area: Rect, p: &super::state::Picker) {
    let title = if p.for_new {
        " Start a conversation with (Enter picks, / filters, Esc cancels) "
    } else {
        " Who are you? (Enter picks, / filters, q quits) "
    };
    let block = pane(title.into(), true);
    let shown = p.shown();
    let mut lines: Vec<ListItem> = shown
        .iter()
        .map(|u| ListItem::new(format!("{} @{}", u.display_name, u.handle)))
        .collect();
    if lines.is_empty() {
        lines.push(ListItem::new(if p.users.is_empty() {
            "loading the users from Postgres…"
        } else {
            "no user matches the filter"
        }));
    }
    let [list_area, filter_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let mut state = ListState::default().with_selected(Some(p.selected));
    let list = List::new(lines).block(block).highlight_style(selected());
    frame.render_stateful_widget(list, list_area, &mut state);
    if p.typing || !p.filter.is_empty() {
        let line = Line::from(vec![
            Span::styled("filter: ", bold()),
            Span::raw(p.filter.clone()),
            Span::styled(if p.typing { "█" } else { "" }, dim()),
        ]);
        frame.render_widget(Paragraph::new(line), filter_area);
    }
}

/// An item as typed DynamoDB JSON, one attribute per line, keys first.
pub(crate) fn typed_lines(item: &Item) -> Vec<String> {
    let mut lines = vec!["{".to_string()];
    let keys = ordered_keys(item);
    for (i, k) in keys.iter().enumerate() {
        let one: Item = [((*k).clone(), item[*k].clone())].into_iter().collect();
        let json = serde_json::to_string(&TypedItem(&one)).unwrap_or_default();
        let inner = json
            .strip_prefix('{')
            .and_then(|j| j.strip_suffix('}'))
            .unwrap_or(&json);
        let comma = if i + 1 < keys.len() { "," } else { "" };
        lines.push(format!("  {inner}{comma}"));
    }
    lines.push("}".into());
    lines
}

fn draw_raw(frame: &mut Frame, area: Rect, raw: &Raw, app: &App) {
    match raw {
        Raw::Rows { items, scroll } => {
            let title = format!(
                " Raw: {} in {} · b browses tables · Esc back ",
                crate::model::words::count(items.len() as u64, "item"),
                app.table
            );
            let lines: Vec<Line> = items.iter().flat_map(typed_lines).map(Line::from).collect();
            let p = Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((*scroll as u16, 0));
            frame.render_widget(p.block(pane(title, true)), area);
        }
        Raw::Tables { names, selected: s } => {
            let block = pane(" Tables (Enter browses, Esc back) ".into(), true);
            let items: Vec<ListItem> = names.iter().map(|n| ListItem::new(n.clone())).collect();
            let mut state = ListState::default().with_selected(Some(*s));
            let list = List::new(items).block(block).highlight_style(selected());
            frame.render_stateful_widget(list, area, &mut state);
        }
        Raw::Page(b) => {
            let title = format!(
                " {} · page {} · {} (Enter shows one, n/→ next, p/← previous, Esc back) ",
                b.table,
                b.starts.len(),
                crate::model::words::count(b.items.len() as u64, "item")
            );
            let block = pane(title, true);
            let width = block.inner(area).width as usize;
            let items: Vec<ListItem> = b
                .items
                .iter()
                .map(|i| ListItem::new(clip(&typed_lines(i)[1..].join(" "), width)))
                .collect();
            let mut state = ListState::default().with_selected(Some(b.selected));
            let list = List::new(items).block(block).highlight_style(selected());
            frame.render_stateful_widget(list, area, &mut state);
        }
        Raw::Detail { item, scroll, back } => {
            let title = format!(" {}: one item (Esc back) ", back.table);
            let lines: Vec<Line> = typed_lines(item).into_iter().map(Line::from).collect();
            let p = Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((*scroll as u16, 0));
            frame.render_widget(p.block(pane(title, true)), area);
        }
    }
}

fn draw_help(frame: &mut Frame, body: Rect) {
    let width = body.width.min(74);
    let height = (KEYS.len() as u16 + 4).min(body.height);
    let area = Rect {
        x: body.x + (body.width - width) / 2,
        y: body.y + (body.height - height) / 2,
        width,
        height,
    };
    let mut lines: Vec<Line> = KEYS
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!(" {k:<11}"), bold()),
                Span::raw(what.to_string()),
            ])
        })
        .collect();
    lines.push(Line::from(Span::styled(" any key closes this help", dim())));
    frame.render_widget(Clear, area);
    let block = pane(" Keys ".into(), true);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::messaging::{GroupRow, Message, Person};
    use crate::ui::app::state::{Input, Loaded, Open};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn person(handle: &str, name: &str, n: u32) -> Person {
        Person {
            uuid: format!("00000000-0000-4000-8000-00000000000{n}"),
            display_name: name.into(),
            handle: handle.into(),
        }
    }

    fn me() -> Person {
        person("andrewbrown", "Andrew Brown", 1)
    }

    fn bayko() -> Person {
        person("bayko", "Andrew Bayko", 2)
    }

    const TEXTS: &[&str] = &[
        "Morning! Did the messages table make it into DynamoDB Local?",
        "It did. pk and sk are both strings, and the group index is on message_group_uuid.",
        "Nice. Why a composite key instead of one id per message?",
        "So one Query returns a conversation in time order without a scan.",
    ];

    fn fixed() -> App {
        let mut app = App::new(
            "cruddur-messages at http://localhost:8000".into(),
            "cruddur-messages".into(),
            Some(me()),
        );
        let londo = person("londo", "Londo Mollari", 3);
        app.conversations = vec![
            GroupRow {
                owner_uuid: me().uuid,
                at: "2026-12-01T09:03:00.000000+00:00".into(),
                group_uuid: "5ae290ed-55d1-47a0-bc6d-fe2bc2700399".into(),
                text: TEXTS[3].into(),
                other: bayko(),
            },
            GroupRow {
                owner_uuid: me().uuid,
                at: "2026-11-28T17:45:00.000000+00:00".into(),
                group_uuid: "7b1c0c8e-2f4a-4c55-9d1e-3a6b2c9f0e11".into(),
                text: "Only if Londo gets the good lines.".into(),
                other: londo,
            },
        ];
        app
    }

    fn opened() -> App {
        let mut app = fixed();
        let group = app.conversations[0].group_uuid.clone();
        app.open = Some(Open {
            group: group.clone(),
            other: Some(bayko()),
            ..Open::default()
        });
        app.focus = Pane::Messages;
        let messages: Vec<Message> = (0..4)
            .rev()
            .map(|i| Message {
                group_uuid: group.clone(),
                at: format!("2026-12-01T09:0{i}:00.000000+00:00"),
                message_uuid: format!("m{i}"),
                text: TEXTS[i].into(),
                sender: if i % 2 == 0 { me() } else { bayko() },
            })
            .collect();
        app.loaded(Loaded::Messages {
            group,
            before: None,
            messages,
            more: false,
        });
        app
    }

    fn screen(app: &App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|f| {
                draw(f, app);
            })
            .unwrap();
        format!("{}", terminal.backend())
    }

    fn both_sizes(name: &str, app: &App) {
        insta::assert_snapshot!(format!("{name}_80x24"), screen(app, 80, 24));
        insta::assert_snapshot!(format!("{name}_120x40"), screen(app, 120, 40));
    }

    #[test]
    fn the_conversation_list() {
        both_sizes("list", &fixed());
    }

    #[test]
    fn an_open_conversation() {
        both_sizes("open", &opened());
    }

    #[test]
    fn the_input_line() {
        let mut app = opened();
        app.input = Some(Input {
            kind: InputKind::Reply,
            text: "See you at standup.".into(),
        });
        both_sizes("input", &app);
    }

    #[test]
    fn the_help_screen() {
        let mut app = opened();
        app.help = true;
        both_sizes("help", &app);
    }

    #[test]
    fn the_raw_view() {
        let mut app = opened();
        let items = app.shown_rows();
        app.raw = Some(Raw::Rows { items, scroll: 0 });
        both_sizes("raw", &app);
    }

    #[test]
    fn the_lag_warning() {
        let mut app = opened();
        let group = app.open.as_ref().unwrap().group.clone();
        app.loaded(Loaded::Rows {
            group,
            rows: vec![
                (me().uuid, "2026-12-01T09:03:00.000000+00:00".into()),
                (bayko().uuid, "2026-12-01T09:01:00.000000+00:00".into()),
            ],
        });
        both_sizes("lag", &app);
    }

    #[test]
    fn too_small() {
        insta::assert_snapshot!("too_small_50x12", screen(&opened(), 50, 12));
    }

    #[test]
    fn wrapping_keeps_words_and_cuts_long_ones() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
    }
}
