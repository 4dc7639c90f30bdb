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

/// A text in every language. A struct with one field per language makes a missing translation a compile error.
#[derive(Debug, PartialEq, Eq)]
pub struct L {
    pub nb: &'static str,
    pub nn: &'static str,
    pub en: &'static str,
}

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
