//! Capacity pacing: keeps the consumed capacity a run reports near a target rate, as the
//! EMR/Glue connectors do with `dynamodb.throughput.read.percent`. Every response says
//! what it consumed; the next request waits until the average is back under the target.
//! Throttling halves the rate; each success raises it back toward the target.
//!
//! When a pacer is in use it is the retry layer for throttling (the SDK's retries are
//! off for those requests), so a throttle is seen and slows the whole run down.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

#[derive(Debug)]
struct State {
    target: f64,
    rate: f64,
    next: Instant,
    started: Instant,
    consumed: f64,
    throttles: u64,
    /// The cost of the last response: what each request reserves before it goes.
    last_cost: f64,
}

/// A shared rate limit in capacity units per second (every segment or writer shares it).
#[derive(Debug, Clone)]
pub struct Pacer(Arc<Mutex<State>>);

/// What a paced run consumed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paced {
    pub target: f64,
    pub consumed: f64,
    pub elapsed: Duration,
    pub throttles: u64,
    /// The rate it ended at (below the target after throttling).
    pub rate: f64,
}

impl Paced {
    pub fn average(&self) -> f64 {
        self.consumed / self.elapsed.as_secs_f64().max(0.001)
    }
}

/// Attempts of one request that keeps being throttled, in paced mode.
pub const MAX_THROTTLES: u32 = 12;

impl Pacer {
    pub fn new(units_per_sec: f64) -> Pacer {
        let now = Instant::now();
        Pacer(Arc::new(Mutex::new(State {
            target: units_per_sec,
            rate: units_per_sec,
            next: now,
            started: now,
            consumed: 0.0,
            throttles: 0,
            last_cost: 0.0,
        })))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until the next request may go, reserving what the last one cost, so that
    /// concurrent segments queue up instead of all going at once.
    pub async fn ready(&self) {
        let go = {
            let mut s = self.state();
            let go = s.next.max(Instant::now());
            s.next = go + Duration::from_secs_f64(s.last_cost / s.rate.max(0.001));
            go
        };
        tokio::time::sleep_until(go).await;
    }

    /// A response consumed `units`: whatever its reservation did not cover is paid off
    /// before the next request.
    pub fn consumed(&self, units: f64) {
        let mut s = self.state();
        let units = units.max(0.0);
        s.consumed += units;
        s.rate = (s.rate * 1.1).min(s.target);
        let extra = units - s.last_cost;
        let now = Instant::now();
        if extra > 0.0 {
            s.next = s.next.max(now) + Duration::from_secs_f64(extra / s.rate.max(0.001));
        } else {
            let refund = Duration::from_secs_f64(-extra / s.rate.max(0.001));
            s.next = s.next.checked_sub(refund).unwrap_or(now).max(now);
        }
        s.last_cost = units;
    }

    /// A request was throttled: halve the rate (not below 5% of the target) and return
    /// how long to back off before sending it again.
    pub fn throttled(&self, attempt: u32) -> Duration {
        let mut s = self.state();
        s.throttles += 1;
        s.rate = (s.rate / 2.0).max(s.target * 0.05);
        let backoff = Duration::from_millis(50u64.saturating_mul(1 << attempt.min(6)));
        s.next = s.next.max(Instant::now()) + backoff;
        backoff
    }

    pub fn report(&self) -> Paced {
        let s = self.state();
        Paced {
            target: s.target,
            consumed: s.consumed,
            elapsed: s.started.elapsed(),
            throttles: s.throttles,
            rate: s.rate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_average_stays_at_the_target_and_throttling_slows_it() {
        let p = Pacer::new(10.0);
        for _ in 0..20 {
            p.ready().await;
            p.consumed(5.0);
        }
        p.ready().await;
        let r = p.report();
        // 100 units at 10/s: 10 s (the first request is free, the last one paid for).
        assert!((r.average() - 10.0).abs() < 1.0, "{r:?}");
        p.throttled(0);
        p.throttled(1);
        assert!(p.report().rate <= 2.5 + 1e-9, "{:?}", p.report());
        for _ in 0..30 {
            p.consumed(0.1);
        }
        assert!(
            p.report().rate > 9.9,
            "success raises it back: {:?}",
            p.report()
        );
    }
}
