//! A denser way to keep text in browser storage. localStorage counts UTF-16 code units (Chromium: 5,242,880 per
//! origin, docs/storage.md), and plain JSON spends one unit per byte. Packing puts 15 bits of the UTF-8 bytes
//! into each unit, using only characters U+0800..U+87FF (no surrogates, no controls), so a packed workspace
//! needs 8/15 of the units. Used only when the plain JSON would not fit, so small workspaces stay readable.

/// Marks a packed value; JSON never starts with U+2063 (invisible separator).
pub const MARK: &str = "\u{2063}EVR15:";
const BASE: u32 = 0x0800;

/// How many UTF-16 units `bytes` of text take once packed, mark and length included.
pub fn packed_units(bytes: usize) -> usize {
    MARK.encode_utf16().count() + digits(bytes) + 1 + (bytes * 8).div_ceil(15)
}

fn digits(n: usize) -> usize {
    n.to_string().len()
}

pub fn pack(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(packed_units(bytes.len()) * 3);
    out.push_str(MARK);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push(&mut out, (acc >> bits) & 0x7FFF);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push(&mut out, (acc << (15 - bits)) & 0x7FFF);
    }
    out
}

fn push(out: &mut String, v: u32) {
    // BASE + v <= 0x87FF, below the surrogates, so this is always a char.
    if let Some(c) = char::from_u32(BASE + v) {
        out.push(c);
    }
}

pub fn is_packed(s: &str) -> bool {
    s.starts_with(MARK)
}

/// The text back; None when the value is not a whole packed text (cut short, changed, not UTF-8).
pub fn unpack(s: &str) -> Option<String> {
    let rest = s.strip_prefix(MARK)?;
    let (len, body) = rest.split_once(':')?;
    let len: usize = len.parse().ok()?;
    if body.chars().count() != (len.checked_mul(8)?).div_ceil(15) {
        return None;
    }
    let mut bytes = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.chars() {
        let v = (c as u32).checked_sub(BASE).filter(|v| *v <= 0x7FFF)?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 && bytes.len() < len {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bytes.len() != len {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// The first `max` bytes of a packed text (fewer if it is shorter), as lossy text: enough to read an envelope's
/// header without unpacking megabytes.
pub fn unpack_prefix(s: &str, max: usize) -> Option<String> {
    let rest = s.strip_prefix(MARK)?;
    let (len, body) = rest.split_once(':')?;
    let len: usize = len.parse().ok()?;
    let want = len.min(max);
    let mut bytes = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.chars() {
        if bytes.len() >= want {
            break;
        }
        let v = (c as u32).checked_sub(BASE).filter(|v| *v <= 0x7FFF)?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 && bytes.len() < want {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The length of the packed text in bytes, from its header.
pub fn packed_len(s: &str) -> Option<usize> {
    s.strip_prefix(MARK)?.split_once(':')?.0.parse().ok()
}
