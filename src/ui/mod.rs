//! The terminal seam: confirmation prompts, progress lines, and the shared message
//! writer they (and commands' notes) go through.

pub(crate) mod app;
pub(crate) mod confirm;
pub(crate) mod interrupt;
pub(crate) mod progress;

use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::{Arc, Mutex};

/// The user's terminal, for confirmations and progress lines.
pub trait Terminal: Send {
    fn stdin_is_terminal(&self) -> bool;
    fn stdout_is_terminal(&self) -> bool;
    fn stderr_is_terminal(&self) -> bool;
    fn read_line(&mut self) -> io::Result<String>;
    /// The width of the terminal stdout is, when it is one.
    fn stdout_width(&self) -> Option<u16> {
        None
    }
}

pub struct RealTerminal;

impl Terminal for RealTerminal {
    fn stdin_is_terminal(&self) -> bool {
        io::stdin().is_terminal()
    }
    fn stdout_is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }
    fn stderr_is_terminal(&self) -> bool {
        io::stderr().is_terminal()
    }
    fn read_line(&mut self) -> io::Result<String> {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        Ok(line)
    }
    fn stdout_width(&self) -> Option<u16> {
        if !io::stdout().is_terminal() {
            return None;
        }
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| w)
            .filter(|w| *w > 0)
    }
}

/// The message stream (stderr in the binary, a buffer in tests), shared so a progress
/// line can clear itself wherever it is dropped.
#[derive(Clone)]
pub(crate) struct Messages(Arc<Mutex<Box<dyn Write + Send>>>);

impl Messages {
    pub(crate) fn new(inner: Box<dyn Write + Send>) -> Self {
        Messages(Arc::new(Mutex::new(inner)))
    }

    /// One line, written and flushed in one go (errors ignored: stderr may be gone).
    pub(crate) fn line(&self, text: &str) {
        let mut w = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let _ = w.write_all(format!("{text}\n").as_bytes());
        let _ = w.flush();
    }
}

impl Write for Messages {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).flush()
    }
}
