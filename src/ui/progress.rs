//! A progress line on the message stream, drawn only when it is a terminal, and always
//! cleared before the command finishes (also on error).

use super::Messages;
use std::io::Write;
use std::time::{Duration, Instant};

pub struct Progress {
    out: Option<Messages>,
    last: Instant,
    shown: bool,
}

impl Progress {
    /// `None`: progress is not shown (not a terminal).
    pub fn new(out: Option<Messages>) -> Self {
        Progress {
            out,
            last: Instant::now(),
            shown: false,
        }
    }

    /// Redraws at most every 200 ms.
    pub fn update(&mut self, text: impl FnOnce() -> String) {
        let Some(out) = self.out.as_mut() else {
            return;
        };
        if self.last.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last = Instant::now();
        let _ = write!(out, "\r\x1b[2K{}", text());
        let _ = out.flush();
        self.shown = true;
    }

    pub fn clear(&mut self) {
        if let (true, Some(out)) = (self.shown, self.out.as_mut()) {
            let _ = write!(out, "\r\x1b[2K");
            let _ = out.flush();
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
