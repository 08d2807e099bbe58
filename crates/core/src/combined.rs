//! Combining schemes (docs/RULES.md COMB-1, COMB-2; docs/API.md §2 `combined`): for each measure that AFA and FK may both
//! pay for, both ranges and what they can reach together. The same cost is never paid twice
//! over: AFA counts FK's grant as another payer's share (AFA-AMT-2), so together they reach at
//! most the whole cost. Neither scheme's own amount changes here (COMB-1).

use crate::answers::Answers;
use crate::date::Date;
use crate::id::SchemeId;
use crate::judge::{status_name, Amount, Ctx, Parts, SchemeResult};
use crate::rule::informs;
use crate::rules;
use crate::schemes::scheme;
use crate::sources::{secondary, Source};
use crate::text::t;
use crate::text::Text;
use crate::tri::Tri;
use serde::Serialize;

rules! {
    COMB_1 = "COMB-1" {
        text: t(
            "Samma kostnad får inte ersättas två gånger. Kan både AFA och Försäkringskassan ersätta en insats räknar AFA Försäkringskassans bidrag som en annan betalares del, så tillsammans blir det högst hela kostnaden. AFA avgör från fall till fall om arbetsgivarens återstående hälft ersätts. Uppgiften om andra betalare kommer från en sekundär källa.",
            "The same cost must not be paid twice. When both AFA and Försäkringskassan may pay for a measure, AFA counts Försäkringskassan's grant as another payer's share, so together they reach at most the whole cost. AFA decides case by case whether the employer's remaining half is paid. The part about other payers comes from a secondary source.",
        ),
        because: informs(t("samma kostnad inte ersätts två gånger: AFA och Försäkringskassan betalar tillsammans högst hela kostnaden", "the same cost is not paid twice: AFA and Försäkringskassan together pay at most the whole cost")),
        source: secondary("A10", "Andra betalare"),
    }
    COMB_2 = "COMB-2" {
        text: t(
            "Ansök i tid hos båda: Försäkringskassans sista dag (1 februari året efter insatsen) kommer oftast först. Varje stöds nästa steg visas med sin egen sista dag, den närmaste först. Uppgiften om Försäkringskassans sista dag kommer från en sekundär källa.",
            "Apply to both in time: Försäkringskassan's last day (1 February of the year after the measure) usually comes first. Each scheme's next step is shown with its own deadline, the soonest first. The part about Försäkringskassan's last day comes from a secondary source.",
        ),
        because: informs(t("Försäkringskassans sista dag oftast kommer först", "Försäkringskassan's last day usually comes first")),
        source: secondary("F4, A5", "Sista dag för ansökan"),
    }
}

/// One scheme's part in a combined measure.
#[derive(Serialize)]
pub struct Part {
    pub scheme: SchemeId,
    pub status: &'static str,
    /// This scheme's grant for this measure alone, under its own rules and caps.
    pub amount_ore: Amount,
    pub deadline: Option<Date>,
}

/// A measure AFA and FK may both pay for.
#[derive(Serialize)]
pub struct Combined {
    pub index: usize,
    /// The two schemes, the soonest deadline first (COMB-2).
    pub schemes: Vec<Part>,
    /// What the two can reach together: at most the whole cost (`null` while the cost is unknown).
    pub max_ore: Option<u64>,
    pub rules: [&'static str; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<[Source; 2]>,
}

/// The grant for one measure alone under a scheme.
fn alone(id: SchemeId, a: &Answers, date: Date, index: usize, status: Tri) -> Amount {
    let parts: &Parts = scheme(id).parts.expect("AFA and FK price measures");
    parts.amount(&Ctx::new(a, date), std::slice::from_ref(&a.measures[index]), &[status])
}

/// Every measure reimbursable or undetermined under both AFA and FK.
pub fn combined(a: &Answers, date: Date, results: &[SchemeResult]) -> Vec<Combined> {
    let find = |id: SchemeId| results.iter().find(|r| r.id == id);
    let (Some(afa_r), Some(fk_r)) = (find(SchemeId::Afa), find(SchemeId::Fk)) else { return Vec::new() };
    let mut out = Vec::new();
    for (index, (am, fm)) in afa_r.measures.iter().zip(&fk_r.measures).enumerate() {
        if am.status == Tri::No || fm.status == Tri::No {
            continue;
        }
        let mut schemes = vec![
            Part {
                scheme: SchemeId::Afa,
                status: status_name(am.status),
                amount_ore: alone(SchemeId::Afa, a, date, index, am.status),
                deadline: am.deadline,
            },
            Part {
                scheme: SchemeId::Fk,
                status: status_name(fm.status),
                amount_ore: alone(SchemeId::Fk, a, date, index, fm.status),
                deadline: fm.deadline,
            },
        ];
        // The soonest deadline first; a scheme without one (AGS: retroactive) last.
        schemes.sort_by_key(|p| (p.deadline.is_none(), p.deadline));
        let together = schemes[0].amount_ore.max.zip(schemes[1].amount_ore.max).map(|(x, y)| x.saturating_add(y));
        let max_ore = match (together, a.measures[index].cost_ore) {
            (Some(sum), Some(cost)) => Some(sum.min(cost)),
            (_, cost) => cost,
        };
        out.push(Combined { index, schemes, max_ore, rules: [COMB_1.id, COMB_2.id], text: None, sources: None });
    }
    out
}
