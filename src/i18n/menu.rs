//! The header's menu button on a phone and the menu entries added after i18n::shell was settled. Kept apart from
//! i18n::shell, which another change owns; they belong there.

use super::L;

pub const MENU: L = l! { nb: "Meny", nn: "Meny", en: "Menu" };
pub const NAV_ACTIONS: L = l! { nb: "Tiltak", nn: "Tiltak", en: "Actions" };
