//! A progress line on stderr, shown only when stderr is a terminal, and always
//! cleared before the command finishes (also on error or Ctrl-C).

use std::io::{self, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    last: Instant,
    shown: bool,
}

impl Progress {
    pub fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            last: Instant::now(),
            shown: false,
        }
    }

    /// Redraws at most every 200 ms.
    pub fn update(&mut self, text: impl FnOnce() -> String) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last = Instant::now();
        let mut err = io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{}", text());
        let _ = err.flush();
        self.shown = true;
    }

    pub fn clear(&mut self) {
        if self.shown {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
