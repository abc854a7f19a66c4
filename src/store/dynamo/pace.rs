//! Capacity pacing: keeps the consumed capacity of a run at or under a target rate, from
//! its first request on, as the EMR/Glue connectors do with
//! `dynamodb.throughput.read.percent`.
//!
//! The pace is paid in advance. A request first reserves what it is expected to cost and
//! goes only once that much time (cost / rate) has passed since the previous reservation,
//! so the run never gets ahead of the pace, however many segments or writers share it.
//! When the response says what the request really cost, the difference is paid (the next
//! request waits longer) or refunded.
//!
//! The expected cost of a request comes from its size: a write knows its items; a scan
//! page is limited (`Limit`) to the items that fit in one [`SLICE`] of the pace, at the
//! cost per item learned from earlier responses, else from the table's average item size
//! (DescribeTable), else a cautious default. Reservations never book more than
//! [`HORIZON`] ahead: a segment that would have to wait longer waits before reserving, so
//! many segments cannot fill the schedule on an estimate the first responses correct.
//!
//! Throttling halves the rate; each success raises it back toward the target. When a
//! pacer is in use it is the retry layer for throttling (the SDK's retries are off for
//! those requests), so a throttle is seen and slows the whole run down.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// The time one request's expected cost takes at the pace, to begin with: pages and
/// batches are sized to it, so the pace is kept at a fine grain from the first request.
/// When requests cannot keep up (each segment waits for its own answers, and answers
/// take time), the slice grows, up to [`MAX_SLICE`], so fewer, larger requests fill the
/// pace; when reservations queue up, it shrinks back.
pub(crate) const SLICE: Duration = Duration::from_millis(100);
const MAX_SLICE: Duration = Duration::from_secs(1);
/// How much unused pace a run may catch up on (see [`Pacer::reserve`]).
const CREDIT: Duration = Duration::from_millis(500);
/// How far ahead reservations may book the pace.
const HORIZON: Duration = Duration::from_secs(2);

#[derive(Debug)]
struct State {
    target: f64,
    rate: f64,
    /// When the last reservation is paid off: the next one is paid from here.
    next: Instant,
    started: Instant,
    consumed: f64,
    throttles: u64,
    /// What responses cost, and for how many items: the learned cost per item.
    learned_units: f64,
    learned_items: u64,
    /// The item size expected before any response (from the table's description).
    prior_bytes: Option<f64>,
    /// Whether the first request has reserved (the run's clock starts then).
    begun: bool,
    /// The current slice, in seconds (see [`SLICE`]).
    slice: f64,
    /// A request is out and nothing is known yet of what requests cost: the others wait
    /// for its answer rather than all booking the pace on a guess.
    probing: bool,
}

/// A shared rate limit in capacity units per second (every segment or writer shares it).
#[derive(Debug, Clone)]
pub(crate) struct Pacer(Arc<Mutex<State>>);

/// What a paced run consumed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Paced {
    pub(crate) target: f64,
    pub(crate) consumed: f64,
    pub(crate) elapsed: Duration,
    pub(crate) throttles: u64,
    /// The rate it ended at (below the target after throttling).
    pub(crate) rate: f64,
}

impl Paced {
    pub(crate) fn average(&self) -> f64 {
        self.consumed / self.elapsed.as_secs_f64().max(0.001)
    }
}

/// Units a request reserved before it went; settled with what it cost.
#[derive(Debug)]
#[must_use = "settle the reservation with what the request cost"]
pub(crate) struct Reservation {
    units: f64,
}

/// What a reservation does next: go at a time, or wait and look again.
enum Step {
    Go(Instant),
    Wait(Instant),
}

/// Attempts of one request that keeps being throttled, in paced mode.
pub(crate) const MAX_THROTTLES: u32 = 12;

impl Pacer {
    pub(crate) fn new(units_per_sec: f64) -> Pacer {
        let now = Instant::now();
        Pacer(Arc::new(Mutex::new(State {
            target: units_per_sec,
            rate: units_per_sec,
            next: now,
            started: now,
            consumed: 0.0,
            throttles: 0,
            learned_units: 0.0,
            learned_items: 0,
            prior_bytes: None,
            slice: SLICE.as_secs_f64(),
            begun: false,
            probing: false,
        })))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The size of an item to expect until responses say what items cost (the table's
    /// average item size, from DescribeTable).
    pub(crate) fn expect_item_bytes(&self, bytes: f64) {
        if bytes.is_finite() && bytes > 0.0 {
            self.state().prior_bytes = Some(bytes);
        }
    }

    /// The cost of one item, where `unit` units buy `unit_bytes` bytes: learned from
    /// responses, else from the expected item size, else one unit (an item of
    /// `unit_bytes`, a cautious guess for the messages table).
    pub(crate) fn per_item(&self, unit: f64, unit_bytes: f64) -> f64 {
        let s = self.state();
        if s.learned_items > 0 && s.learned_units > 0.0 {
            s.learned_units / s.learned_items as f64
        } else {
            s.prior_bytes.map_or(unit, |b| b / unit_bytes * unit)
        }
    }

    /// What one request may cost: one slice of the current rate.
    pub(crate) fn budget(&self) -> f64 {
        let s = self.state();
        s.rate * s.slice
    }

    /// Until an answer has said what requests cost, one request goes alone: the others
    /// wait here for its answer, and then estimate from it. Call before estimating.
    pub(crate) async fn learned(&self) {
        loop {
            {
                let mut s = self.state();
                let known = s.learned_items > 0 || s.consumed > 0.0;
                if known || !s.probing {
                    s.probing = !known;
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits until a request expected to cost `units` may go, and reserves them.
    pub(crate) async fn reserve(&self, units: f64) -> Reservation {
        let units = units.max(0.0);
        loop {
            let step = {
                let mut s = self.state();
                let now = Instant::now();
                // The run starts with its first request: nothing before it is credit.
                if !s.begun {
                    s.begun = true;
                    s.started = now;
                    s.next = now;
                }
                {
                    if s.next < now {
                        // The pace went unused: requests are too small for the delay of
                        // their answers, or the caller paused. Up to CREDIT of the
                        // unused time may still be used (never more than the pace since
                        // the start), the rest is lost.
                        if s.consumed > 0.0 {
                            s.slice = (s.slice * 1.25).min(MAX_SLICE.as_secs_f64());
                        }
                        s.next = s.next.max(now - CREDIT);
                    } else if s.next > now + Duration::from_secs_f64(s.slice * 2.0) {
                        s.slice = (s.slice * 0.9).max(SLICE.as_secs_f64());
                    }
                    if s.next > now + HORIZON {
                        Step::Wait(s.next - HORIZON)
                    } else {
                        let pay = Duration::from_secs_f64(units / s.rate.max(0.001));
                        s.next += pay;
                        Step::Go(s.next)
                    }
                }
            };
            match step {
                Step::Go(at) => {
                    tokio::time::sleep_until(at).await;
                    return Reservation { units };
                }
                Step::Wait(until) => tokio::time::sleep_until(until).await,
            }
        }
    }

    /// The request behind `r` consumed `units` for `items` items (0 when it failed or
    /// was throttled): the difference from the reservation is paid or refunded.
    pub(crate) fn settle(&self, r: Reservation, units: f64, items: u64) {
        let mut s = self.state();
        s.probing = false;
        let units = units.max(0.0);
        s.consumed += units;
        if items > 0 {
            s.learned_units += units;
            s.learned_items += items;
        }
        let rate = s.rate.max(0.001);
        let extra = units - r.units;
        if extra > 0.0 {
            s.next += Duration::from_secs_f64(extra / rate);
        } else {
            let refund = Duration::from_secs_f64(-extra / rate);
            let now = Instant::now();
            s.next = s.next.checked_sub(refund).unwrap_or(now).max(now);
        }
    }

    /// A request whose cost is unknown (it failed without an answer): what it reserved
    /// stays paid.
    pub(crate) fn keep(&self, r: Reservation) {
        let _ = r.units;
        self.state().probing = false;
    }

    /// A successful response: the rate recovers toward the target after throttling.
    pub(crate) fn succeeded(&self) {
        let mut s = self.state();
        s.rate = (s.rate * 1.1).min(s.target);
    }

    /// A request was throttled: halve the rate (not below 5% of the target) and return
    /// how long to back off before sending it again.
    pub(crate) fn throttled(&self, attempt: u32) -> Duration {
        let mut s = self.state();
        s.throttles += 1;
        s.rate = (s.rate / 2.0).max(s.target * 0.05);
        let backoff = Duration::from_millis(50u64.saturating_mul(1 << attempt.min(6)));
        s.next = s.next.max(Instant::now()) + backoff;
        backoff
    }

    pub(crate) fn report(&self) -> Paced {
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

    /// Runs `requests` one-item requests from `workers` concurrent tasks, each really
    /// costing `actual` while reserving what the pacer expects an item to cost (`guess`
    /// before anything is known), and returns (time, units) of each response.
    async fn run(
        pacer: &Pacer,
        workers: usize,
        requests: usize,
        guess: f64,
        actual: f64,
    ) -> Vec<(f64, f64)> {
        let start = Instant::now();
        let log = Arc::new(Mutex::new(Vec::new()));
        let left = Arc::new(std::sync::atomic::AtomicUsize::new(requests));
        let mut tasks = Vec::new();
        for _ in 0..workers {
            let (p, log, left) = (pacer.clone(), log.clone(), left.clone());
            tasks.push(tokio::spawn(async move {
                while left
                    .fetch_update(
                        std::sync::atomic::Ordering::SeqCst,
                        std::sync::atomic::Ordering::SeqCst,
                        |n| n.checked_sub(1),
                    )
                    .is_ok()
                {
                    p.learned().await;
                    let r = p.reserve(p.per_item(guess, 1.0)).await;
                    // The request takes 50 ms to answer.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    p.settle(r, actual, 1);
                    p.succeeded();
                    log.lock()
                        .unwrap()
                        .push((start.elapsed().as_secs_f64(), actual));
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        let mut v = log.lock().unwrap().clone();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v
    }

    /// The most consumed in any window of `secs` starting at 0, per second.
    fn worst_prefix_rate(log: &[(f64, f64)], from: f64) -> f64 {
        let mut sum = 0.0;
        let mut worst: f64 = 0.0;
        for (t, u) in log {
            sum += u;
            if *t >= from {
                worst = worst.max(sum / t);
            }
        }
        worst
    }

    #[tokio::test(start_paused = true)]
    async fn many_workers_stay_at_the_pace_from_the_first_second() {
        let p = Pacer::new(10.0);
        // 32 workers, each request costing what it reserved: 200 units at 10/s.
        let log = run(&p, 32, 200, 1.0, 1.0).await;
        let first_second: f64 = log.iter().filter(|(t, _)| *t <= 1.0).map(|(_, u)| u).sum();
        assert!(first_second <= 10.0 * 1.15, "first second: {first_second}");
        assert!(worst_prefix_rate(&log, 1.0) <= 10.0 * 1.15, "{log:?}");
        let avg = p.report().average();
        assert!((avg - 10.0).abs() <= 1.5, "average {avg}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_response_costing_more_than_reserved_is_paid_for() {
        let p = Pacer::new(10.0);
        // The first request is expected to cost 1 but costs 4: the others wait for its
        // answer, then expect 4, and the pace holds.
        let log = run(&p, 8, 40, 1.0, 4.0).await;
        assert!(worst_prefix_rate(&log, 1.0) <= 10.0 * 1.15, "{log:?}");
        let avg = p.report().average();
        assert!(avg <= 11.5, "average {avg}");
    }

    #[tokio::test(start_paused = true)]
    async fn the_cost_per_item_is_learned_and_throttling_slows_the_pace() {
        let p = Pacer::new(10.0);
        assert_eq!(
            p.per_item(0.5, 4096.0),
            0.5,
            "one unit before anything is known"
        );
        p.expect_item_bytes(819.2);
        assert!(
            (p.per_item(0.5, 4096.0) - 0.1).abs() < 1e-9,
            "the table's average"
        );
        let r = p.reserve(1.0).await;
        p.settle(r, 2.0, 10);
        assert!(
            (p.per_item(0.5, 4096.0) - 0.2).abs() < 1e-9,
            "learned from a response"
        );
        assert!((p.budget() - 1.0).abs() < 1e-9);
        p.throttled(0);
        p.throttled(1);
        assert!(p.report().rate <= 2.5 + 1e-9, "{:?}", p.report());
        for _ in 0..30 {
            p.succeeded();
        }
        assert!(p.report().rate > 9.9, "recovers: {:?}", p.report());
    }
}
