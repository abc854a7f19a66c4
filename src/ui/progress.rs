//! A progress line on the message stream, drawn only when it is a terminal, and always
//! cleared before the command finishes (also on error).

use super::Messages;
use std::io::Write;
use std::time::{Duration, Instant};

pub(crate) struct Progress {
    out: Option<Messages>,
    last: Instant,
    shown: bool,
}

impl Progress {
    /// `None`: progress is not shown (not a terminal).
    pub(crate) fn new(out: Option<Messages>) -> Self {
        Progress {
            out,
            last: Instant::now(),
            shown: false,
        }
    }

    /// Redraws at most every 200 ms.
    pub(crate) fn update(&mut self, text: impl FnOnce() -> String) {
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

    pub(crate) fn clear(&mut self) {
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

/// `label: N/M items, R/s, ETA Ts` (without M and the ETA when the total is unknown).
pub(crate) fn counted(label: &str, done: u64, total: Option<u64>, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64().max(0.001);
    let rate = done as f64 / secs;
    match total {
        Some(t) if rate > 0.0 && t >= done => format!(
            "{label}: {done}/{t} items, {rate:.0}/s, ETA {:.0}s",
            (t - done) as f64 / rate
        ),
        Some(t) => format!("{label}: {done}/{t} items"),
        None => format!("{label}: {done} items, {rate:.0}/s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_show_rate_and_eta_when_the_total_is_known() {
        let start = Instant::now() - Duration::from_secs(2);
        let line = counted("restore t", 100, Some(300), start);
        assert!(
            line.starts_with("restore t: 100/300 items, 50/s, ETA 4s"),
            "{line}"
        );
        assert!(counted("scan", 10, None, start).starts_with("scan: 10 items, 5/s"));
    }
}
