//! Ctrl-C. By default the process stops at once (even while a prompt blocks on stdin).
//! A command that can stop cleanly (finish its line, print its summary) takes over with
//! [`take_over`] and awaits [`interrupted`]; a second Ctrl-C still stops at once.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use tokio::sync::Notify;

/// How many guards are alive (they nest: a backup holds one around the scan's own).
static HANDLED: AtomicUsize = AtomicUsize::new(0);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static NOTIFY: Notify = Notify::const_new();

/// While the guard lives, Ctrl-C is delivered to [`interrupted`] instead of ending the
/// process.
pub(crate) struct Guard(());

pub(crate) fn take_over() -> Guard {
    HANDLED.fetch_add(1, Ordering::SeqCst);
    Guard(())
}

impl Drop for Guard {
    fn drop(&mut self) {
        HANDLED.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Called by the signal handler: `true` when a command takes care of it (the first
/// time); `false` means the process should end now.
pub(crate) fn deliver() -> bool {
    if HANDLED.load(Ordering::SeqCst) > 0 && !INTERRUPTED.swap(true, Ordering::SeqCst) {
        NOTIFY.notify_one();
        true
    } else {
        false
    }
}

/// Completes when Ctrl-C is pressed (at once if it already was).
pub(crate) async fn interrupted() {
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return;
        }
        NOTIFY.notified().await;
    }
}
