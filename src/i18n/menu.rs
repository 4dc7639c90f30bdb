//! The header's menu button on a phone. Kept apart from i18n::shell, which another change owns; it belongs there.

use super::L;

pub const MENU: L = l! { nb: "Meny", nn: "Meny", en: "Menu" };
