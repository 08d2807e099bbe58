//! A small civil date (proleptic Gregorian), enough for deadlines.

use std::fmt;

/// A calendar day. Construct with [`Date::new`] or [`Date::parse`]; both reject days that do not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1–12) of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, or `None` when that day does not exist (or the year is outside 1–9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok =
            (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// A fixed date the rules name (checked by the tests that use it), usable in constants.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The last day this calendar holds: a computed date past it is held there.
    pub const LAST: Date = Date { year: 9999, month: 12, day: 31 };

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        // Digits read as bytes (no slicing of the text: nothing here can panic).
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0, |n: u32, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `months` later; a day that does not exist there becomes the month's last day
    /// (31 August + 6 months = 28 or 29 February).
    /// A result past 9999-12-31 is held at that day (deadlines stay open, nothing overflows).
    pub fn add_months(self, months: u32) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        if total / 12 > 9999 {
            return Date::LAST;
        }
        let year = (total / 12) as i32;
        let month = (total % 12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    pub fn days_since_epoch(self) -> i64 {
        let y = self.year as i64 - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01 (inverse of [`Date::days_since_epoch`]).
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_that_exist_parse() {
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some(), "2000 is a leap year (divisible by 400)");
        assert!(Date::parse("1900-02-29").is_none(), "1900 is not (divisible by 100)");
        assert!(Date::parse("2026-04-31").is_none());
        assert!(Date::parse("2026-13-01").is_none());
        assert!(Date::parse("2026-00-10").is_none());
        assert!(Date::parse("2026-1-10").is_none());
        assert!(Date::parse("2026-01-1x").is_none());
        assert!(Date::parse("+026-01-10").is_none());
        assert!(Date::parse("20260110").is_none());
    }

    #[test]
    fn six_months_after_end_of_august_is_end_of_february() {
        let d = Date::parse("2025-08-31").unwrap();
        assert_eq!(d.add_months(6).to_string(), "2026-02-28");
        let d = Date::parse("2023-08-31").unwrap();
        assert_eq!(d.add_months(6).to_string(), "2024-02-29");
        let d = Date::parse("2026-02-10").unwrap();
        assert_eq!(d.add_months(6).to_string(), "2026-08-10");
        assert_eq!(Date::parse("2026-09-15").unwrap().add_months(6).to_string(), "2027-03-15");
        assert_eq!(Date::parse("9999-12-31").unwrap().add_months(6), Date::LAST);
        assert_eq!(Date::parse("9999-08-31").unwrap().add_months(6), Date::LAST);
        assert_eq!(Date::parse("9999-05-31").unwrap().add_months(6).to_string(), "9999-11-30");
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(Date::parse("2000-03-01").unwrap().days_since_epoch(), 11_017);
        for days in (-719_000..2_900_000).step_by(997) {
            let d = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(d.days_since_epoch(), days);
        }
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(Date::parse("2018-06-30").unwrap() < Date::parse("2018-07-01").unwrap());
        assert!(Date::parse("2015-12-31").unwrap() < Date::parse("2016-01-01").unwrap());
    }
}
