//! Dates as readers expect them: "1. desember 2026" in Norwegian, "1 December 2026" in English.

use super::lang::Lang;

const MONTHS_NO: [&str; 12] =
    ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Year, month and day of a real calendar date written YYYY-MM-DD (leap years included); None for anything else.
pub fn parse(s: &str) -> Option<(u16, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?.parse::<u16>().ok();
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (y >= 1 && (1..=days).contains(&d)).then_some((y, m as u8, d as u8))
}

/// The date written out in the language; the input unchanged when it is not a real date.
pub fn long(lang: Lang, s: &str) -> String {
    let Some((y, m, d)) = parse(s) else { return s.to_owned() };
    let i = usize::from(m - 1);
    match lang {
        Lang::Nb | Lang::Nn => format!("{d}. {} {y}", MONTHS_NO[i]),
        Lang::En => format!("{d} {} {y}", MONTHS_EN[i]),
    }
}
