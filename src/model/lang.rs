//! The three written languages and a text given in all of them.

use serde::{Deserialize, Serialize};

/// A UI language. Bokmål first: most municipalities write it; nynorsk and English are equal citizens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "nn")]
    Nn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// BCP 47 code, also used for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, shown in the switch whatever the current language is.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }
}

/// A text in every language. Written as `l! { nb: …, nn: …, en: … }`: the macro takes exactly the three languages,
/// so a missing translation is a compile error in every build.
///
/// A build for one language (cargo feature `lang-nb`, `lang-nn` or `lang-en`; scripts/lang_builds.py) keeps only
/// that language's text: the other two are checked by the compiler and dropped, so they never reach the wasm.
/// The app then shows one language, and switching reloads the page with the other build (docs/size.md).
#[cfg(not(any(feature = "lang-nb", feature = "lang-nn", feature = "lang-en")))]
#[derive(Debug, PartialEq, Eq)]
pub struct L {
    pub nb: &'static str,
    pub nn: &'static str,
    pub en: &'static str,
}

#[cfg(not(any(feature = "lang-nb", feature = "lang-nn", feature = "lang-en")))]
impl L {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::Nn => self.nn,
            Lang::En => self.en,
        }
    }

    pub fn all(&self) -> [&'static str; 3] {
        [self.nb, self.nn, self.en]
    }
}

/// The one language text of a single-language build.
#[cfg(any(feature = "lang-nb", feature = "lang-nn", feature = "lang-en"))]
#[derive(Debug, PartialEq, Eq)]
pub struct L {
    pub text: &'static str,
}

#[cfg(any(feature = "lang-nb", feature = "lang-nn", feature = "lang-en"))]
impl L {
    pub fn get(&self, _lang: Lang) -> &'static str {
        self.text
    }

    pub fn all(&self) -> [&'static str; 1] {
        [self.text]
    }
}

impl Lang {
    /// The language this build was made for; None for the build that holds all three (tests, the single file).
    pub const fn compiled() -> Option<Lang> {
        if cfg!(feature = "lang-nb") {
            Some(Lang::Nb)
        } else if cfg!(feature = "lang-nn") {
            Some(Lang::Nn)
        } else if cfg!(feature = "lang-en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}
