//! A participant's answers packed into a short code a trainer can type or scan, so a room can pool its answers
//! with nothing sent over a network. The code holds the bank version, the service the participant chose and one
//! of six states per question (unanswered or one of the five answers), nothing else: no name, no municipality.
//!
//! Layout: one version symbol, the payload (service and answers as one base-6 number written in base 32) and one
//! check symbol (Luhn mod 32, which catches every single changed symbol, and most swaps of neighbours). Symbols
//! are Crockford's base 32: no I, L, O or U, and those typed by mistake read as 1, 1, 0 so a misread is forgiven.

use std::collections::BTreeMap;

use super::answers::Answer;
use super::bank::{self, BANK_VERSION};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols per group when the code is shown; typing ignores the spaces.
pub const GROUP: usize = 5;

/// Where a participant works; the room view can split answers by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    Nav,
    HealthCare,
    Housing,
    Management,
    Other,
}

impl Service {
    pub const ALL: [Service; 5] = [Service::Nav, Service::HealthCare, Service::Housing, Service::Management, Service::Other];

    pub fn token(self) -> &'static str {
        match self {
            Service::Nav => "nav",
            Service::HealthCare => "health",
            Service::Housing => "housing",
            Service::Management => "management",
            Service::Other => "other",
        }
    }
}

/// What a code holds once read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub service: Option<Service>,
    pub answers: BTreeMap<&'static str, Answer>,
}

/// Why a typed or scanned code was refused; each names what the trainer can do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// A symbol that is not in the alphabet, 1-based among the symbols (spaces and dashes not counted).
    BadSymbol { pos: usize, symbol: char },
    /// The check symbol does not match: a symbol was mistyped or misread.
    Check,
    /// Made with another version of the questions than this app's.
    Version { found: u32, expected: u32 },
    Length { found: usize, expected: usize },
    /// Passes the check but does not describe answers (a made-up code).
    Range,
}

fn value_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    ALPHABET.iter().position(|a| *a as char == c).map(|p| p as u8)
}

/// Luhn mod N over symbol values, read from the right; `with_check` says whether the last value is the check.
fn luhn_sum(values: &[u8], with_check: bool) -> u32 {
    let mut factor = if with_check { 1 } else { 2 };
    let mut sum = 0u32;
    for &v in values.iter().rev() {
        let addend = factor * u32::from(v);
        sum += addend / 32 + addend % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    sum
}

fn check_value(values: &[u8]) -> u8 {
    ((32 - luhn_sum(values, false) % 32) % 32) as u8
}

/// Base-6 digits (most significant first) as base-32 digits (most significant first), at least `len` long.
fn to_base32(digits6: &[u8], len: usize) -> Vec<u8> {
    // Little-endian base-32 limbs.
    let mut n: Vec<u32> = vec![0];
    for &d in digits6 {
        let mut carry = u32::from(d);
        for limb in n.iter_mut() {
            let v = *limb * 6 + carry;
            *limb = v % 32;
            carry = v / 32;
        }
        while carry > 0 {
            n.push(carry % 32);
            carry /= 32;
        }
    }
    while n.len() < len {
        n.push(0);
    }
    n.iter().rev().map(|v| *v as u8).collect()
}

/// Base-32 digits (most significant first) as `count` base-6 digits (most significant first); None if the number
/// needs more digits than that.
fn to_base6(digits32: &[u8], count: usize) -> Option<Vec<u8>> {
    let mut n: Vec<u32> = digits32.iter().map(|d| u32::from(*d)).collect();
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let mut rem = 0u32;
        for limb in n.iter_mut() {
            let v = rem * 32 + *limb;
            *limb = v / 6;
            rem = v % 6;
        }
        out.push(rem as u8);
    }
    if n.iter().any(|v| *v != 0) {
        return None;
    }
    out.reverse();
    Some(out)
}

fn payload_len() -> usize {
    let all_max = vec![5u8; bank::all_questions().count() + 1];
    to_base32(&all_max, 0).len()
}

/// Symbols in a code of this app's bank, the check included.
pub fn code_len() -> usize {
    payload_len() + 2
}

fn state(a: Option<Answer>) -> u8 {
    a.and_then(|a| Answer::ALL.iter().position(|x| *x == a)).map_or(0, |p| p as u8 + 1)
}

/// Packs the answers to this app's bank (ids not in it are left out) and the service.
pub fn encode(service: Option<Service>, answer: impl Fn(&str) -> Option<Answer>) -> String {
    let mut digits = vec![service.and_then(|s| Service::ALL.iter().position(|x| *x == s)).map_or(0, |p| p as u8 + 1)];
    digits.extend(bank::all_questions().map(|q| state(answer(q.id))));
    let mut values = vec![(BANK_VERSION % 32) as u8];
    values.extend(to_base32(&digits, payload_len()));
    values.push(check_value(&values));
    values.iter().map(|v| ALPHABET[*v as usize] as char).collect()
}

/// The code in groups of five, for reading aloud and typing.
pub fn grouped(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    chars.chunks(GROUP).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// The symbols of a typed code, without spaces and dashes and in upper case: two codes are the same participant
/// when these are equal.
pub fn normalize(typed: &str) -> Result<Vec<u8>, CodeError> {
    let mut values = Vec::new();
    for c in typed.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        match value_of(c) {
            Some(v) => values.push(v),
            None => return Err(CodeError::BadSymbol { pos: values.len() + 1, symbol: c }),
        }
    }
    if values.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(values)
}

pub fn decode(typed: &str) -> Result<Decoded, CodeError> {
    let values = normalize(typed)?;
    if values.len() < 3 {
        return Err(CodeError::Length { found: values.len(), expected: code_len() });
    }
    if !luhn_sum(&values, true).is_multiple_of(32) {
        return Err(CodeError::Check);
    }
    let found = u32::from(values[0]);
    if found != BANK_VERSION % 32 {
        return Err(CodeError::Version { found, expected: BANK_VERSION });
    }
    if values.len() != code_len() {
        return Err(CodeError::Length { found: values.len(), expected: code_len() });
    }
    let questions: Vec<_> = bank::all_questions().collect();
    let digits = to_base6(&values[1..values.len() - 1], questions.len() + 1).ok_or(CodeError::Range)?;
    let service = match digits[0] {
        0 => None,
        s => Some(Service::ALL[usize::from(s) - 1]),
    };
    let answers = questions
        .iter()
        .zip(&digits[1..])
        .filter(|(_, d)| **d > 0)
        .map(|(q, d)| (q.id, Answer::ALL[usize::from(*d) - 1]))
        .collect();
    Ok(Decoded { service, answers })
}
