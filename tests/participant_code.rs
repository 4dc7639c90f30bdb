//! Participant codes (model::participant_code) and the room they fill (model::room): a code must survive a round
//! trip exactly, every single mistyped symbol must be caught, and a code from another bank version must be named
//! as such rather than read as wrong answers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use egenvurdering_rus::model::answers::Answer;
use egenvurdering_rus::model::bank::{self, BANK_VERSION};
use egenvurdering_rus::model::participant_code::{code_len, decode, encode, grouped, CodeError, Service};
use egenvurdering_rus::model::room::{by_disagreement, split_by_service, tallies, CodeOutcome, Group, Room, Voter};
use proptest::prelude::*;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn answers_from(states: &[u8]) -> BTreeMap<&'static str, Answer> {
    bank::all_questions()
        .zip(states.iter().cycle())
        .filter(|(_, s)| **s > 0)
        .map(|(q, s)| (q.id, Answer::ALL[usize::from(*s) - 1]))
        .collect()
}

fn sample() -> (Option<Service>, BTreeMap<&'static str, Answer>) {
    (Some(Service::HealthCare), answers_from(&[1, 2, 3, 0, 4, 5, 2, 2, 0, 1, 3]))
}

#[test]
fn a_code_for_the_current_bank_is_short_and_uses_only_unambiguous_symbols() {
    let (s, a) = sample();
    let code = encode(s, |q| a.get(q).copied());
    assert_eq!(code.len(), code_len());
    assert!((20..=30).contains(&code.len()), "{} symbols for {} questions", code.len(), bank::all_questions().count());
    assert!(code.chars().all(|c| ALPHABET.contains(c)));
    assert!(!code.contains(['I', 'L', 'O', 'U']));
}

#[test]
fn round_trip_keeps_service_and_every_answer() {
    let (s, a) = sample();
    let d = decode(&encode(s, |q| a.get(q).copied())).expect("own code");
    assert_eq!(d.service, s);
    assert_eq!(d.answers, a);
}

#[test]
fn nothing_answered_and_everything_at_the_top_state_both_round_trip() {
    for states in [vec![0u8], vec![5u8]] {
        for s in [None, Some(Service::Other)] {
            let a = answers_from(&states);
            let d = decode(&encode(s, |q| a.get(q).copied())).unwrap();
            assert_eq!((d.service, d.answers), (s, a));
        }
    }
}

#[test]
fn typing_is_forgiving_about_case_spaces_dashes_and_look_alikes() {
    let (s, a) = sample();
    let code = encode(s, |q| a.get(q).copied());
    assert_eq!(decode(&grouped(&code).to_lowercase()).unwrap().answers, a);
    assert_eq!(decode(&code.replace('1', "l").replace('0', "O")).unwrap().answers, a);
    let dashed: String = code.chars().enumerate().flat_map(|(i, c)| if i % 4 == 3 { vec![c, '-'] } else { vec![c] }).collect();
    assert_eq!(decode(&dashed).unwrap().answers, a);
}

#[test]
fn every_single_corrupted_symbol_is_detected() {
    let (s, a) = sample();
    let code: Vec<char> = encode(s, |q| a.get(q).copied()).chars().collect();
    let mut tried = 0;
    for pos in 0..code.len() {
        for c in ALPHABET.chars().filter(|c| *c != code[pos]) {
            let mut bad = code.clone();
            bad[pos] = c;
            let bad: String = bad.into_iter().collect();
            assert!(decode(&bad).is_err(), "{bad} (symbol {pos} changed) was accepted");
            tried += 1;
        }
    }
    assert_eq!(tried, code.len() * 31);
}

#[test]
fn the_check_symbol_is_what_fails_when_a_payload_symbol_changes() {
    let (s, a) = sample();
    let mut code: Vec<char> = encode(s, |q| a.get(q).copied()).chars().collect();
    code[5] = if code[5] == 'A' { 'B' } else { 'A' };
    assert_eq!(decode(&code.into_iter().collect::<String>()), Err(CodeError::Check));
}

#[test]
fn a_symbol_outside_the_alphabet_is_named_with_its_position() {
    assert_eq!(decode("2AB!C"), Err(CodeError::BadSymbol { pos: 4, symbol: '!' }));
    assert_eq!(decode("2ABUC"), Err(CodeError::BadSymbol { pos: 4, symbol: 'U' }));
    assert_eq!(decode("  - "), Err(CodeError::Empty));
}

/// A valid code of another bank version: same layout, another version symbol, a correct check symbol.
fn code_of_version(v: u8) -> String {
    let (s, a) = sample();
    let code = encode(s, |q| a.get(q).copied());
    let values: Vec<u32> = code.chars().map(|c| ALPHABET.find(c).unwrap() as u32).collect();
    let mut body: Vec<u32> = values[..values.len() - 1].to_vec();
    body[0] = u32::from(v);
    // Luhn mod 32, as the app computes it.
    let mut factor = 2;
    let mut sum = 0;
    for x in body.iter().rev() {
        let add = factor * x;
        sum += add / 32 + add % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    body.push((32 - sum % 32) % 32);
    body.iter().map(|x| ALPHABET.as_bytes()[*x as usize] as char).collect()
}

#[test]
fn a_code_from_another_bank_version_is_named_as_such() {
    let other = (BANK_VERSION as u8 + 1) % 32;
    assert_eq!(decode(&code_of_version(other)), Err(CodeError::Version { found: u32::from(other), expected: BANK_VERSION }));
    assert!(decode(&code_of_version(BANK_VERSION as u8)).is_ok());
}

#[test]
fn a_shortened_or_lengthened_code_is_refused() {
    let (s, a) = sample();
    let code = encode(s, |q| a.get(q).copied());
    assert!(decode(&code[..code.len() - 1]).is_err());
    assert!(decode(&format!("{code}0")).is_err());
}

proptest! {
    #[test]
    fn any_answers_round_trip(states in proptest::collection::vec(0u8..6, 51..52), svc in 0usize..6) {
        let a = answers_from(&states);
        let s = (svc > 0).then(|| Service::ALL[svc - 1]);
        let d = decode(&encode(s, |q| a.get(q).copied())).unwrap();
        prop_assert_eq!(d.service, s);
        prop_assert_eq!(d.answers, a);
    }
}

#[test]
fn the_room_refuses_a_duplicate_and_a_bad_code_with_a_reason_and_keeps_the_good_ones() {
    let (s, a) = sample();
    let code = encode(s, |q| a.get(q).copied());
    let mut room = Room::default();
    assert_eq!(room.add_code(&code), &CodeOutcome::Added { n: 1, service: s, answered: a.len() });
    assert_eq!(room.add_code(&grouped(&code).to_lowercase()), &CodeOutcome::Duplicate { n: 1 });
    assert_eq!(room.add_code("2AB!C"), &CodeOutcome::Refused(CodeError::BadSymbol { pos: 4, symbol: '!' }));
    assert_eq!(room.codes.len(), 1);
}

#[test]
fn tallies_pool_codes_and_hands_and_sort_the_most_disagreement_first() {
    let q: Vec<_> = bank::all_questions().collect();
    let voters = vec![
        Voter { service: Some(Service::Nav), answers: [(q[0].id, Answer::Yes), (q[1].id, Answer::Yes)].into() },
        Voter { service: Some(Service::HealthCare), answers: [(q[0].id, Answer::Yes), (q[1].id, Answer::No)].into() },
    ];
    let mut room = Room::default();
    room.set_hands(q[1].id, [7, 9, 3, 1, 0]);
    let t = tallies(&voters, &room.hands);
    assert_eq!(t[0].counts, [2, 0, 0, 0, 0]);
    assert_eq!(t[0].disagreement(), 0);
    assert_eq!(t[1].counts, [8, 9, 4, 1, 0]);
    assert_eq!(t[1].answered(), 22);
    assert_eq!(t[2].unanswered, 2);
    let sorted = by_disagreement(t);
    assert_eq!(sorted[0].question.id, q[1].id);
    assert_eq!(sorted[0].majority(), Some(Answer::Partly));
    let split = split_by_service(q[1], &voters, &room.hands);
    let groups: Vec<Group> = split.iter().map(|(g, _)| *g).collect();
    assert_eq!(groups, vec![Group::Service(Service::Nav), Group::Service(Service::HealthCare), Group::Hands]);
    assert_eq!(split[1].1.counts, [0, 0, 1, 0, 0]);
    room.set_hands(q[1].id, [0; 5]);
    assert!(room.hands.is_empty());
}
