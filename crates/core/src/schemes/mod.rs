//! The four schemes, and the registry everything else iterates ([`SCHEMES`]). Each scheme's
//! module holds its rules (id, requirement in Swedish and English, source) next to the code
//! that applies them, its column of the measure catalogue (`cover`), its notes, its documents
//! checklist and its next step.

pub mod afa;
pub mod fk;
pub mod rg;
pub mod samordning;

use crate::catalogue::Cover;
use crate::choices::Kind;
use crate::id::SchemeId;
use crate::judge::{Ctx, Document, Parts, Rec, Rule, SchemeResult};
use crate::next_step::Step;
use crate::notes::Note;
use crate::tri::Tri;

/// One scheme, as the decision and the outcome use it.
pub struct Scheme {
    pub id: SchemeId,
    /// The conditions, each measure and the amount; `None` for Samordning, which has no measures.
    pub parts: Option<&'static Parts>,
    /// The scheme's own conditions.
    pub conditions: fn(&Ctx, &mut dyn Rec) -> Tri,
    /// The scheme judged with its reasons, notes, documents and next step.
    pub evaluate: fn(&Ctx) -> SchemeResult,
    pub rules: &'static [&'static Rule],
    /// The scheme's column of the measure catalogue, and the rule for a kind it does not list;
    /// `None` for Samordning.
    pub cover: Option<fn(Kind) -> Cover>,
    pub not_listed: Option<&'static Rule>,
    /// The rules that form the amount (what the amount reads, they read).
    pub amount_rules: &'static [&'static Rule],
    pub documents: &'static [Document],
    pub notes: &'static [&'static Note],
    pub steps: &'static [&'static Step],
}

pub static AFA: Scheme = Scheme {
    id: afa::ID,
    parts: Some(&afa::PARTS),
    conditions: afa::conditions,
    evaluate: afa::evaluate,
    rules: afa::RULES,
    cover: Some(afa::cover),
    not_listed: Some(&afa::NOT_LISTED),
    amount_rules: &[&afa::AMT_1, &afa::AMT_2, &afa::AMT_3],
    documents: afa::DOCUMENTS,
    notes: afa::NOTES,
    steps: afa::STEPS,
};
pub static FK: Scheme = Scheme {
    id: fk::ID,
    parts: Some(&fk::PARTS),
    conditions: fk::conditions,
    evaluate: fk::evaluate,
    rules: fk::RULES,
    cover: Some(fk::cover),
    not_listed: Some(&fk::NOT_LISTED),
    amount_rules: &[&fk::AMT_1, &fk::AMT_2, &fk::AMT_3],
    documents: fk::DOCUMENTS,
    notes: fk::NOTES,
    steps: fk::STEPS,
};
pub static RG: Scheme = Scheme {
    id: rg::ID,
    parts: Some(&rg::PARTS),
    conditions: rg::conditions,
    evaluate: rg::evaluate,
    rules: rg::RULES,
    cover: Some(rg::cover),
    not_listed: Some(&rg::NOT_LISTED),
    amount_rules: &[&rg::AMT_1],
    documents: rg::DOCUMENTS,
    notes: rg::NOTES,
    steps: rg::STEPS,
};
pub static SAMORDNING: Scheme = Scheme {
    id: samordning::ID,
    parts: None,
    conditions: samordning::conditions,
    evaluate: samordning::evaluate,
    rules: samordning::RULES,
    cover: None,
    not_listed: None,
    amount_rules: &[],
    documents: samordning::DOCUMENTS,
    notes: samordning::NOTES,
    steps: samordning::STEPS,
};

/// Every scheme, in the order of [`SchemeId::ALL`] (the order every outcome lists them).
pub static SCHEMES: [&Scheme; 4] = [&AFA, &FK, &RG, &SAMORDNING];

/// The scheme of an id.
pub fn scheme(id: SchemeId) -> &'static Scheme {
    SCHEMES[id.index()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_in_id_order() {
        for (s, id) in SCHEMES.iter().zip(SchemeId::ALL) {
            assert_eq!(s.id, id);
        }
    }
}
