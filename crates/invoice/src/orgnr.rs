//! Swedish organisation numbers (organisationsnummer), for the employer and the provider named on
//! an invoice basis. Beside the personnummer validator ([`crate::pnr`]), whose Luhn digit it shares:
//! a sole trader has no number of its own and uses the owner's personnummer (or
//! samordningsnummer), which is then validated as one.
//!
//! The written forms: `NNNNNN-NNNN` and `NNNNNNNNNN`; with twelve digits a legal person's number
//! has `16` in front (`16NNNNNNNNNN`, `16NNNNNN-NNNN`) and a sole trader's is the personnummer's
//! twelve-digit form (`YYYYMMDDNNNN`). Spaces around the number are allowed.

use crate::pnr::{self, luhn, PnrError};
use rehabkollen::date::Date;
use rehabkollen::rules;
use rehabkollen::sources::{secondary, web};
use rehabkollen::text::t;

rules! {
    FMT_1 = "ORG-FMT-1" {
        text: t("Ett organisationsnummer har tio siffror och skrivs NNNNNN-NNNN; den sista siffran är en kontrollsiffra. Den tredje siffran är minst 2, så att numret inte kan förväxlas med ett personnummer. Med tolv siffror står 16 först.", "An organisation number has ten digits and is written NNNNNN-NNNN; the last digit is a check digit. The third digit is at least 2, so that the number cannot be mistaken for a personnummer. With twelve digits it starts with 16."),
        source: web("P6, P7", "4 §"),
    }
    CHK_1 = "ORG-CHK-1" {
        text: t(
            "Kontrollsiffran räknas som för personnummer (Luhn, modulus 10, vikterna 2, 1, 2 …) över de nio första siffrorna.",
            "The check digit is formed as for personnummer (Luhn, modulus 10, weights 2, 1, 2 …) over the first nine digits.",
        ),
        source: secondary("P7", "Kontrollsiffra"),
    }
    PNR_1 = "ORG-PNR-1" {
        text: t(
            "En enskild näringsidkare har inget eget organisationsnummer utan använder sitt personnummer, som då ska vara ett giltigt personnummer.",
            "A sole trader has no organisation number of its own and uses the owner's personnummer, which must then be a valid personnummer.",
        ),
        source: secondary("P7", "Personnummer"),
    }
}

/// A valid organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgNumber {
    /// A legal person's own number (the third digit at least 2).
    Legal,
    /// A sole trader's: the owner's personnummer or samordningsnummer.
    SoleTrader,
}

/// Why a number is not a valid organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgError {
    /// Not one of the written forms (ORG-FMT-1).
    Format,
    /// The check digit is wrong (ORG-CHK-1; for a sole trader, PNR-CHK-1).
    Check,
    /// Third digit 0 or 1: a personnummer, but not a valid one (ORG-PNR-1).
    Personnummer,
}

impl OrgError {
    pub fn rule(self) -> &'static rehabkollen::rule::Rule {
        match self {
            OrgError::Format => &FMT_1,
            OrgError::Check => &CHK_1,
            OrgError::Personnummer => &PNR_1,
        }
    }
}

/// Validates an organisation number; `today` decides the century of a sole trader's short form.
pub fn parse(s: &str, today: Date) -> Result<OrgNumber, OrgError> {
    let b = s.trim().as_bytes();
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    // The ten digits, and whether they came in a twelve-digit form (then with their first two).
    let (ten, century): ([u8; 10], Option<&[u8]>) = match b.len() {
        10 if digits(b) => (std::array::from_fn(|i| b[i]), None),
        // "+" only in a sole trader's personnummer (the owner is 100 or older), checked below.
        11 if digits(&b[..6]) && matches!(b[6], b'-' | b'+') && digits(&b[7..]) => {
            (std::array::from_fn(|i| if i < 6 { b[i] } else { b[i + 1] }), None)
        }
        12 if digits(b) => (std::array::from_fn(|i| b[i + 2]), Some(&b[..2])),
        13 if digits(&b[..8]) && b[8] == b'-' && digits(&b[9..]) => {
            (std::array::from_fn(|i| if i < 6 { b[i + 2] } else { b[i + 3] }), Some(&b[..2]))
        }
        _ => return Err(OrgError::Format),
    };
    if ten[2] >= b'2' {
        // A legal person: twelve digits only with 16 in front.
        if century.is_some_and(|c| c != b"16") || b.get(6) == Some(&b'+') {
            return Err(OrgError::Format);
        }
        let nine: [u8; 9] = std::array::from_fn(|i| ten[i] - b'0');
        return if luhn(&nine) == ten[9] - b'0' { Ok(OrgNumber::Legal) } else { Err(OrgError::Check) };
    }
    // A sole trader: the personnummer in any of its forms ("16" is no century of a living person).
    match pnr::parse(s, today) {
        Ok(_) => Ok(OrgNumber::SoleTrader),
        Err(PnrError::Check) => Err(OrgError::Check),
        Err(PnrError::Format) => Err(OrgError::Format),
        Err(_) => Err(OrgError::Personnummer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 22).unwrap()
    }

    #[test]
    fn real_numbers_in_every_written_form_are_valid() {
        // Stockholms stad, Saab AB, and the example the page gives.
        for ten in ["2120000142", "5560360793", "5566778899"] {
            let (a, b) = ten.split_at(6);
            for s in
                [ten.to_string(), format!("{a}-{b}"), format!("16{ten}"), format!("16{a}-{b}"), format!(" {a}-{b} ")]
            {
                assert_eq!(parse(&s, today()), Ok(OrgNumber::Legal), "{s}");
            }
        }
    }

    #[test]
    fn a_wrong_check_digit_is_caught() {
        // The review's example: 559123-4567 has the check digit 1, not 7.
        assert_eq!(luhn(&[5, 5, 9, 1, 2, 3, 4, 5, 6]), 1);
        for s in ["559123-4567", "5591234567", "16559123-4567", "556036-0794"] {
            assert_eq!(parse(s, today()), Err(OrgError::Check), "{s}");
        }
        assert_eq!(parse("559123-4561", today()), Ok(OrgNumber::Legal));
    }

    #[test]
    fn a_sole_traders_personnummer_is_a_valid_organisation_number() {
        for s in ["811218-9876", "8112189876", "198112189876", "19811218-9876", "701063-2391"] {
            assert_eq!(parse(s, today()), Ok(OrgNumber::SoleTrader), "{s}");
        }
        assert_eq!(parse("811218-9875", today()), Err(OrgError::Check));
        assert_eq!(parse("811318-9876", today()), Err(OrgError::Personnummer), "month 13 is no date");
        assert_eq!(parse("150916-0006", today()), Err(OrgError::Personnummer), "birth number 000");
    }

    #[test]
    fn other_forms_are_refused() {
        for s in [
            "",
            "556677-889",
            "556677-88999",
            "55667-78899",
            "556677 8899",
            "556677+8899",
            "SE556677889901",
            "19556677-8899",
            "20556677-8899",
            "556677–8899",
            "abcdef-ghij",
        ] {
            assert_eq!(parse(s, today()), Err(OrgError::Format), "{s}");
        }
    }
}
