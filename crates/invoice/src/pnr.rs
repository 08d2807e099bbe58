//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer), for the invoice checker. Written here rather than taken from the
//! `personnummer` crate, which pulls regex and chrono into the wasm; that crate is the oracle in
//! our tests instead.
//!
//! Personal data: a number is never logged or echoed in full. [`mask`] shows the birth date of a
//! VALID number only (anything else is not echoed at all); [`standard`] writes the full number for
//! the printed invoice basis and report (PNR-FMT-1), and nowhere else.

use rehabkollen::date::Date;
use rehabkollen::rule::Rule;
use rehabkollen::rules;
use rehabkollen::sources::web;
use rehabkollen::text::t;

rules! {
    FMT_1 = "PNR-FMT-1" {
        text: t("Personnummer skrivs ÅÅMMDD-NNNK, eller med tolv siffror ÅÅÅÅMMDDNNNK. Från det år personen fyller 100 är skiljetecknet \"+\". Tio siffror utan skiljetecken, tolv siffror med bindestreck och mellanslag runt numret går också bra. Datumet ska finnas.", "A personnummer is written YYMMDD-NNNC, or with twelve digits YYYYMMDDNNNC. From the year the person turns 100 the separator is \"+\". Ten digits without a separator, twelve digits with a dash and spaces around the number are also accepted. The date must exist."),
        source: web("P1", "Personnummer"),
    }
    FMT_2 = "PNR-FMT-2" {
        text: t("Födelsenumret (de tre siffrorna NNN) är 001–999; 000 delas aldrig ut. Alla skrivsätt av samma nummer bedöms lika.", "The birth number (the three digits NNN) is 001–999; 000 is never issued. Every written form of one number gets the same verdict."),
        source: web("P1", "Födelsenummer"),
    }
    CHK_1 = "PNR-CHK-1" {
        text: t(
            "Sista siffran är en kontrollsiffra (Luhn, modulus 10, vikterna 2, 1, 2 …) över de nio siffrorna ÅÅMMDDNNN.",
            "The last digit is a check digit (Luhn, modulus 10, weights 2, 1, 2 …) over the nine digits YYMMDDNNN.",
        ),
        source: web("P1", "Kontrollsiffran"),
    }
    SAM_1 = "PNR-SAM-1" {
        text: t(
            "Ett samordningsnummer har födelsedagen plus 60 (61–91) och samma kontrollsiffra.",
            "A samordningsnummer has the day of birth plus 60 (61–91) and the same check digit.",
        ),
        source: web("P2", "Samordningsnummer"),
    }
}

/// A valid number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pnr {
    pub birth: Date,
    pub samordning: bool,
    /// YYMMDD as written (a samordningsnummer keeps its day plus 60).
    yymmdd: [u8; 6],
    /// NNNC: the birth number and the check digit.
    tail: [u8; 4],
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
    /// The birth number is 000 (PNR-FMT-2).
    BirthNumber,
    /// The check digit is wrong (PNR-CHK-1).
    Check,
}

impl PnrError {
    pub fn rule(self) -> &'static Rule {
        match self {
            PnrError::Format | PnrError::Date => &FMT_1,
            PnrError::BirthNumber => &FMT_2,
            PnrError::SamordningDate => &SAM_1,
            PnrError::Check => &CHK_1,
        }
    }
}

/// The Luhn check digit over digits (weights 2, 1, 2, …; products above 9 have their digits summed).
pub fn luhn(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = u32::from(*d) * if i % 2 == 0 { 2 } else { 1 };
            p / 10 + p % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Validates a number on the day `today` (which decides the century of the short forms).
///
/// The written forms (PNR-FMT-1): `YYMMDD-NNNC`, `YYMMDD+NNNC` (100 years or older),
/// `YYMMDDNNNC` (read as under 100), `YYYYMMDDNNNC`, `YYYYMMDD-NNNC` (and a redundant `+`), each
/// with any surrounding spaces. Every form of one number gets the same verdict (PNR-FMT-2).
pub fn parse(s: &str, today: Date) -> Result<Pnr, PnrError> {
    let b = s.trim().as_bytes();
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    let sep = |c: u8| matches!(c, b'-' | b'+');
    let (century, yymmdd, plus, tail) = match b.len() {
        10 if digits(b) => (None, &b[..6], false, &b[6..]),
        11 if digits(&b[..6]) && sep(b[6]) && digits(&b[7..]) => (None, &b[..6], b[6] == b'+', &b[7..]),
        12 if digits(b) => (Some(&b[..2]), &b[2..8], false, &b[8..]),
        13 if digits(&b[..8]) && sep(b[8]) && digits(&b[9..]) => (Some(&b[..2]), &b[2..8], false, &b[9..]),
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
            if plus {
                y -= 100;
            }
            y
        }
    };
    let birth = Date::new(year, mm, day).ok_or(if samordning { PnrError::SamordningDate } else { PnrError::Date })?;
    if &tail[..3] == b"000" {
        return Err(PnrError::BirthNumber);
    }
    let nine: [u8; 9] = std::array::from_fn(|i| if i < 6 { yymmdd[i] - b'0' } else { tail[i - 6] - b'0' });
    if luhn(&nine) != tail[3] - b'0' {
        return Err(PnrError::Check);
    }
    Ok(Pnr { birth, samordning, yymmdd: std::array::from_fn(|i| yymmdd[i]), tail: std::array::from_fn(|i| tail[i]) })
}

impl Pnr {
    /// The separator of the standard form: "+" from the year the person turns 100 (PNR-FMT-1).
    fn separator(&self, today: Date) -> char {
        if today.year() - self.birth.year() >= 100 {
            '+'
        } else {
            '-'
        }
    }

    /// The standard form `YYMMDD-NNNC` (`+` from the year the person turns 100), for the printed
    /// invoice basis and report only.
    pub fn standard(&self, today: Date) -> String {
        let mut out = String::with_capacity(11);
        out.extend(self.yymmdd.iter().map(|&c| char::from(c)));
        out.push(self.separator(today));
        out.extend(self.tail.iter().map(|&c| char::from(c)));
        out
    }

    /// The birth date only: `YYMMDD-****`.
    pub fn masked(&self, today: Date) -> String {
        let mut out: String = self.yymmdd.iter().map(|&c| char::from(c)).collect();
        out.push(self.separator(today));
        out.push_str("****");
        out
    }
}

/// What may be shown of a number on screen: a valid number's birth date (`811218-****`, whatever
/// the written form), or nothing at all for anything that is not a valid number.
pub fn mask(s: &str, today: Date) -> Option<String> {
    parse(s, today).ok().map(|p| p.masked(today))
}

/// The full number in the standard form, for the printed documents; `None` when not valid.
pub fn standard(s: &str, today: Date) -> Option<String> {
    parse(s, today).ok().map(|p| p.standard(today))
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
        for s in [
            "811218-9876",
            "8112189876",
            "198112189876",
            "19811218-9876",
            "19811218+9876",
            "  811218-9876 ",
            "\t8112189876\n",
        ] {
            let p = parse(s, today()).unwrap();
            assert_eq!(p.birth.to_string(), "1981-12-18", "{s}");
            assert_eq!(p.standard(today()), "811218-9876", "{s}");
        }
    }

    #[test]
    fn every_written_form_of_one_number_gets_the_same_verdict() {
        // PNR-FMT-2: for each (valid or not) number, its five forms agree.
        for ten in ["8112189876", "8112189875", "1509160006", "1509160005", "8113189876", "7010632391", "0002291234"] {
            let (short, tail) = ten.split_at(6);
            let year = parse(&format!("{short}-{tail}"), today())
                .map(|p| p.birth.year())
                .unwrap_or(if short < "26" { 2000 } else { 1900 } + short[..2].parse::<i32>().unwrap());
            let century = year / 100;
            let forms = [
                ten.to_string(),
                format!("{short}-{tail}"),
                format!("{century}{ten}"),
                format!("{century}{short}-{tail}"),
                format!(" {short}-{tail} "),
            ];
            let verdicts: Vec<_> = forms.iter().map(|f| parse(f, today())).collect();
            assert!(verdicts.windows(2).all(|w| w[0] == w[1]), "{ten}: {verdicts:?}");
        }
    }

    #[test]
    fn birth_number_000_is_never_valid_whatever_the_check_digit() {
        // 150916-0006 has a correct Luhn digit; 000 is never issued (PNR-FMT-2).
        assert_eq!(luhn(&[1, 5, 0, 9, 1, 6, 0, 0, 0]), 6);
        for s in ["150916-0006", "1509160006", "201509160006", "20150916-0006"] {
            assert_eq!(parse(s, today()), Err(PnrError::BirthNumber), "{s}");
            assert_eq!(PnrError::BirthNumber.rule().id, "PNR-FMT-2");
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
            let nine: Vec<u8> = s
                .bytes()
                .filter(u8::is_ascii_digit)
                .skip(if s.len() > 11 { 2 } else { 0 })
                .take(9)
                .map(|c| c - b'0')
                .collect();
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
        for s in [
            "811218 9876",
            "81121898760",
            "811218+-9876",
            "1981-12-18-9876",
            "811218-987",
            "811218-98765",
            "81121a-9876",
            "",
            "1981121898760",
            "811218–9876",
            "abcdef-ghij",
            "١٩٨١١٢١٨٩٨٧٦",
        ] {
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
    fn masking_shows_a_valid_numbers_birth_date_and_nothing_of_anything_else() {
        for s in ["811218-9876", "8112189876", "198112189876", "19811218-9876", " 811218-9876 "] {
            assert_eq!(mask(s, today()).as_deref(), Some("811218-****"), "{s}");
        }
        assert_eq!(mask("811218+9876", today()).as_deref(), Some("811218+****"));
        // Typos of a real number are not echoed at all: not the date, never the last four.
        for s in ["811218-98761", "9876-811218", "811218-9875", "Anna 811218-9876", "åäöåäöåäöåä", "150916-0006", ""]
        {
            assert_eq!(mask(s, today()), None, "{s}");
            assert_eq!(standard(s, today()), None, "{s}");
        }
    }

    #[test]
    fn the_standard_form_has_a_plus_from_the_year_the_person_turns_100() {
        assert_eq!(
            standard(
                "19261231-1234".replace("1234", &format!("123{}", luhn(&[2, 6, 1, 2, 3, 1, 1, 2, 3]))).as_str(),
                today()
            )
            .unwrap(),
            format!("261231+123{}", luhn(&[2, 6, 1, 2, 3, 1, 1, 2, 3]))
        );
        assert_eq!(standard("18811218-9876", today()).as_deref(), Some("811218+9876"));
        assert_eq!(
            standard("701063-2391", today()).as_deref(),
            Some("701063-2391"),
            "a samordningsnummer keeps its day plus 60"
        );
    }
}
