//! The per-document time budget. Every stage is linear in its input, but a
//! batch over millions of crawled pages must not stall on one pathological
//! document, so the pipeline checks the clock between stages and inside the
//! loops that run per block or per sentence, and gives up on the document
//! with [`Error::TimeBudget`] once it is spent. The check is a clock read,
//! cheap enough for every sentence.

use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// When the current document's budget runs out.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    limit: Option<(Instant, Duration)>,
}

impl Deadline {
    /// A deadline `budget` from now; `None` never runs out.
    pub fn after(budget: Option<Duration>) -> Self {
        Deadline { limit: budget.map(|budget| (Instant::now() + budget, budget)) }
    }

    /// A deadline that never runs out.
    pub fn never() -> Self {
        Deadline { limit: None }
    }

    /// Fails with [`Error::TimeBudget`] naming `stage` once the budget is
    /// spent.
    pub fn check(&self, stage: &'static str) -> Result<()> {
        match self.limit {
            Some((at, budget)) if Instant::now() >= at => Err(Error::TimeBudget { budget, stage }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_budget_names_the_stage() {
        let deadline = Deadline::after(Some(Duration::ZERO));
        let error = deadline.check("quotes").unwrap_err();
        assert!(matches!(error, Error::TimeBudget { stage: "quotes", .. }), "{error:?}");
        assert!(error.to_string().contains("quotes"), "{error}");
    }

    #[test]
    fn no_budget_never_runs_out() {
        assert!(Deadline::never().check("blocks").is_ok());
        assert!(Deadline::after(Some(Duration::from_secs(3600))).check("blocks").is_ok());
    }
}
