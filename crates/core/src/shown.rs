//! What a scheme's result shows besides its decision (rules 2026.2): a measure's deadline only
//! when the scheme could pay for it but for that deadline, and a documents checklist only while
//! the scheme may apply. A passed deadline stays, so a page can say when it passed.

use crate::judge::{Document, MeasureResult, Reason, Rule};
use crate::tri::Tri;

/// Forgets the deadline of every measure the scheme does not pay for, unless a passed deadline
/// (one of `deadline_rules`) is the only thing that stops it.
pub fn deadlines(scheme_ok: Tri, measures: &mut [MeasureResult], deadline_rules: &[&Rule]) {
    let is_deadline = |r: &Reason| deadline_rules.iter().any(|d| std::ptr::eq(*d, r.rule));
    for m in measures.iter_mut().filter(|m| m.status == Tri::No) {
        let stopped_by_deadline = m.reasons.iter().any(|r| r.holds == Tri::No && is_deadline(r));
        let stopped_otherwise = m.reasons.iter().any(|r| r.holds == Tri::No && !is_deadline(r));
        if scheme_ok == Tri::No || !stopped_by_deadline || stopped_otherwise {
            m.deadline = None;
        }
    }
}

/// The checklist, or nothing when the scheme does not apply.
pub fn documents(verdict: Tri, list: &[Document], have: &[Option<bool>]) -> Vec<Document> {
    debug_assert_eq!(list.len(), have.len());
    if verdict == Tri::No {
        Vec::new()
    } else {
        list.iter().zip(have).map(|(d, have)| Document { have: *have, ..*d }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::judge::reason;
    use crate::schemes::fk;

    fn measure(reasons: Vec<Reason>, status: Tri) -> MeasureResult {
        MeasureResult { status, eligible_cost_ore: None, deadline: Date::parse("2026-02-01"), reasons }
    }

    #[test]
    fn a_passed_deadline_stays_shown_other_refusals_hide_it() {
        let mut ms = vec![
            measure(vec![reason(&fk::MEAS_1, Tri::Yes), reason(&fk::DL_1, Tri::No)], Tri::No),
            measure(vec![reason(&fk::EXCL_1, Tri::No), reason(&fk::DL_1, Tri::Yes)], Tri::No),
            measure(vec![reason(&fk::EXCL_1, Tri::No), reason(&fk::DL_1, Tri::No)], Tri::No),
            measure(vec![reason(&fk::MEAS_1, Tri::Yes), reason(&fk::DL_1, Tri::Yes)], Tri::Unknown),
        ];
        deadlines(Tri::Unknown, &mut ms, &[&fk::DL_1]);
        let shown: Vec<bool> = ms.iter().map(|m| m.deadline.is_some()).collect();
        assert_eq!(shown, [true, false, false, true]);
        deadlines(Tri::No, &mut ms, &[&fk::DL_1]);
        assert!(ms[0].deadline.is_none(), "no deadline where the scheme cannot apply");
    }
}
