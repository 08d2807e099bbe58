//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer), for the invoice checker. Written here rather than taken from the
//! `personnummer` crate, which pulls regex and chrono into the wasm; that crate is the oracle in
//! our tests instead.
//!
//! Personal data: a number is never logged or echoed in full; [`mask`] keeps the birth date only.

use crate::date::Date;
use crate::schemes::Rule;
use crate::sources::web;
use crate::text::t;

pub static FMT_1: Rule = Rule {
    id: "PNR-FMT-1",
    text: t("Personnummer skrivs ÅÅMMDD-NNNK, eller med tolv siffror ÅÅÅÅMMDDNNNK. Från det år personen fyller 100 är skiljetecknet \"+\". Datumet ska finnas.", "A personnummer is written YYMMDD-NNNC, or with twelve digits YYYYMMDDNNNC. From the year the person turns 100 the separator is \"+\". The date must exist."),
    source: web("P1", "Personnummer"),
};
pub static CHK_1: Rule = Rule {
    id: "PNR-CHK-1",
    text: t("Sista siffran är en kontrollsiffra (Luhn, modulus 10, vikterna 2, 1, 2 …) över de nio siffrorna ÅÅMMDDNNN.", "The last digit is a check digit (Luhn, modulus 10, weights 2, 1, 2 …) over the nine digits YYMMDDNNN."),
    source: web("P1", "Kontrollsiffran"),
};
pub static SAM_1: Rule = Rule {
    id: "PNR-SAM-1",
    text: t("Ett samordningsnummer har födelsedagen plus 60 (61–91) och samma kontrollsiffra.", "A samordningsnummer has the day of birth plus 60 (61–91) and the same check digit."),
    source: web("P2", "Samordningsnummer"),
};

pub static RULES: &[&Rule] = &[&FMT_1, &CHK_1, &SAM_1];

/// A valid number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pnr {
    pub birth: Date,
    pub samordning: bool,
}

/// Why a number is not valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PnrError {
    /// Not one of the written forms (PNR-FMT-1).
    Format,
    /// The date of birth does not exist (PNR-FMT-1).
    Date,
    /// A samordningsnummer (day 61–91) whose date of birth does not exist (PNR-SAM-1).
    SamordningDate,
    /// The check digit is wrong (PNR-CHK-1).
    Check,
}

impl PnrError {
    pub fn rule(self) -> &'static Rule {
        match self {
            PnrError::Format | PnrError::Date => &FMT_1,
            PnrError::SamordningDate => &SAM_1,
            PnrError::Check => &CHK_1,
        }
    }
}

/// The Luhn check digit over digits (weights 2, 1, 2, …; products above 9 have their digits summed).
pub fn luhn(digits: &[u8]) -> u8 {
    let sum: u32 = digits.iter().enumerate().map(|(i, d)| {
        let p = u32::from(*d) * if i % 2 == 0 { 2 } else { 1 };
        p / 10 + p % 10
    }).sum();
    ((10 - sum % 10) % 10) as u8
}

/// Validates a number on the day `today` (which decides the century of the short forms).
pub fn parse(s: &str, today: Date) -> Result<Pnr, PnrError> {
    let b = s.as_bytes();
    let all_digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    let (century, yymmdd, sep, tail) = match b.len() {
        11 if all_digits(&b[..6]) && matches!(b[6], b'-' | b'+') && all_digits(&b[7..]) => (None, &b[..6], b[6], &b[7..]),
        12 if all_digits(b) => (Some(&b[..2]), &b[2..8], b'-', &b[8..]),
        13 if all_digits(&b[..8]) && b[8] == b'-' && all_digits(&b[9..]) => (Some(&b[..2]), &b[2..8], b'-', &b[9..]),
        _ => return Err(PnrError::Format),
    };
    let num = |d: &[u8]| d.iter().fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0'));
    let (yy, mm, dd) = (num(&yymmdd[..2]) as i32, num(&yymmdd[2..4]) as u8, num(&yymmdd[4..6]) as u8);
    let samordning = (61..=91).contains(&dd);
    let day = if samordning { dd - 60 } else { dd };
    let year = match century {
        Some(c) => num(c) as i32 * 100 + yy,
        None => {
            // The latest year ending in YY whose date is not after today; "+" means 100 years earlier.
            let mut y = today.year() - (today.year() - yy).rem_euclid(100);
            let born = |y| Date::new(y, mm, day);
            if born(y).is_some_and(|d| d > today) || (born(y).is_none() && (mm, day) > (today.month(), today.day())) {
                y -= 100;
            }
            if sep == b'+' {
                y -= 100;
            }
            y
        }
    };
    let birth = Date::new(year, mm, day).ok_or(if samordning { PnrError::SamordningDate } else { PnrError::Date })?;
    let digits: Vec<u8> = yymmdd.iter().chain(&tail[..3]).map(|c| c - b'0').collect();
    if luhn(&digits) != tail[3] - b'0' {
        return Err(PnrError::Check);
    }
    Ok(Pnr { birth, samordning })
}

/// All but the birth date hidden: `811218-9876` → `811218-****`, `198112189876` → `19811218****`.
/// Anything that is not a number of a known length is hidden whole.
pub fn mask(s: &str) -> String {
    let keep = match s.len() {
        11 if s.is_char_boundary(7) => 7,
        12 if s.is_ascii() => 8,
        13 if s.is_char_boundary(9) => 9,
        _ => 0,
    };
    let head: String = s.chars().take(keep).filter(|c| c.is_ascii_digit() || matches!(c, '-' | '+')).collect();
    if head.len() != keep || keep == 0 {
        return "****".into();
    }
    format!("{head}****")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_examples_of_rules_md_are_valid() {
        assert_eq!(parse("811218-9876", today()).unwrap().birth.to_string(), "1981-12-18");
        assert_eq!(parse("640823-3234", today()).unwrap().birth.to_string(), "1964-08-23");
        let sam = parse("701063-2391", today()).unwrap();
        assert!(sam.samordning);
        assert_eq!(sam.birth.to_string(), "1970-10-03");
    }

    #[test]
    fn every_written_form_is_accepted() {
        for s in ["811218-9876", "198112189876", "19811218-9876"] {
            assert_eq!(parse(s, today()).unwrap().birth.to_string(), "1981-12-18", "{s}");
        }
    }

    #[test]
    fn plus_means_a_hundred_years_earlier() {
        assert_eq!(parse("811218+9876", today()).unwrap().birth.to_string(), "1881-12-18");
    }

    #[test]
    fn the_century_is_the_latest_not_after_today() {
        // 2026-11-22: 26-11-22 is today (born today), 26-11-23 was 1926.
        let n = |yymmdd: &str| {
            let nine: Vec<u8> = format!("{yymmdd}123").bytes().map(|c| c - b'0').collect();
            format!("{yymmdd}-123{}", luhn(&nine))
        };
        assert_eq!(parse(&n("261122"), today()).unwrap().birth.year(), 2026);
        assert_eq!(parse(&n("261123"), today()).unwrap().birth.year(), 1926);
        assert_eq!(parse(&n("000101"), today()).unwrap().birth.year(), 2000);
    }

    #[test]
    fn february_29_needs_a_leap_year_of_the_right_century() {
        let n = |s: &str| {
            let nine: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).skip(if s.len() > 11 { 2 } else { 0 }).take(9).map(|c| c - b'0').collect();
            format!("{s}{}", luhn(&nine))
        };
        assert!(parse(&n("000229-123"), today()).is_ok(), "2000 is a leap year");
        assert_eq!(parse(&n("000229+123"), today()), Err(PnrError::Date), "1900 is not");
        assert_eq!(parse(&n("19000229-123"), today()), Err(PnrError::Date));
        assert!(parse(&n("20240229-123"), today()).is_ok());
        assert_eq!(parse(&n("20230229-123"), today()), Err(PnrError::Date));
        assert!(parse(&n("240289-123"), today()).is_ok(), "samordningsnummer on 29 February 2024");
        assert_eq!(parse(&n("230289-123"), today()), Err(PnrError::SamordningDate));
    }

    #[test]
    fn wrong_forms_are_format_errors() {
        for s in ["8112189876", "811218 9876", "811218-987", "811218-98765", "81121a-9876", "", "1981121898760", "811218–9876", "abcdef-ghij", "١٩٨١١٢١٨٩٨٧٦"] {
            assert_eq!(parse(s, today()), Err(PnrError::Format), "{s}");
        }
    }

    #[test]
    fn impossible_dates_and_wrong_check_digits_are_told_apart() {
        assert_eq!(parse("811318-9876", today()), Err(PnrError::Date));
        assert_eq!(parse("811232-9876", today()), Err(PnrError::Date));
        assert_eq!(parse("701092-2391", today()), Err(PnrError::Date), "day 92 is no samordningsnummer");
        assert_eq!(parse("811218-9875", today()), Err(PnrError::Check));
    }

    #[test]
    fn masking_keeps_only_the_birth_date() {
        assert_eq!(mask("811218-9876"), "811218-****");
        assert_eq!(mask("198112189876"), "19811218****");
        assert_eq!(mask("19811218-9876"), "19811218-****");
        assert_eq!(mask("Anna 811218-9876"), "****");
        assert_eq!(mask("åäöåäöåäöåä"), "****");
    }
}
