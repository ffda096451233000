//! The serde mirror of a pattern file: what a security engineer writes. No logic here;
//! `compile.rs` turns it into the engine and reports every problem at once.

use serde::Deserialize;

/// One `patterns/*.toml` file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternFile {
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleSpec>,
    /// Settings of the person-name recognizer (one file carries them).
    pub person: Option<PersonSpec>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Unique, dotted: `card.pan`.
    pub id: String,
    /// A contract entity name: `PAYMENT_CARD`.
    pub entity: String,
    #[serde(default)]
    pub description: String,
    /// The value pattern. A named group `v` narrows the value inside the match
    /// (labels such as `password=` stay outside the span).
    pub regex: Option<String>,
    /// Field keys (JSON keys, `key=value`, `key: value`, XML tags, CSV headers) whose
    /// value is this entity. With `regex`, the value must also match it.
    #[serde(default)]
    pub keys: Vec<String>,
    /// A built-in recognizer this rule stands for (`person_anchor`, …); its examples
    /// are checked like any other rule's.
    pub recognizer: Option<String>,
    /// Literals (ASCII case-insensitive) one of which stands inside every match:
    /// the regex runs only near them, and not at all on text without any.
    /// `patterns check` refuses a must_match example whose match holds none.
    /// Empty: the rule runs everywhere (or near its numbers, see `min_digits`).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Where a keyword counts: `anywhere` (default), `word_start` (`rue` in `Rue de`,
    /// not in `true`), `word_end` (no letter follows: `weg` in `Amselweg 4`, not in
    /// `Norwegian`) or `word` (a whole word: `St` in `Baker St.`, not in `Stop`).
    #[serde(default)]
    pub keywords_at: KeywordsAt,
    pub validator: Option<String>,
    /// Base confidence, 0.0–1.0. A finding is reported at 0.5 or more.
    pub score: Option<f32>,
    /// Words that raise confidence when they stand within `context_window` bytes
    /// before the match (whole words, ASCII case-insensitive).
    #[serde(default)]
    pub context: Vec<String>,
    pub context_window: Option<usize>,
    pub context_boost: Option<f32>,
    /// Words that, within the window before the match, veto it (`fare basis`).
    #[serde(default)]
    pub deny_context: Vec<String>,
    /// Exact values that are never reported by this rule (allow list).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Characters that may not stand right before / after the match.
    #[serde(default)]
    pub not_preceded_by: String,
    #[serde(default)]
    pub not_followed_by: String,
    /// Characters that may not join the match to a letter or digit right after it
    /// (`:` of a time, `10:14`), where the same character before a space is only
    /// punctuation (`phone 07400 127643: car accident`).
    #[serde(default)]
    pub not_joined_by: String,
    #[serde(default)]
    pub case_insensitive: bool,
    /// Every match contains a number (digit groups joined by ` -./()+`) of at least
    /// this many digits: the regex then searches only around such numbers instead of
    /// the whole text. `patterns check` refuses a value that has no such number.
    #[serde(default)]
    pub min_digits: usize,
    /// How many bytes a match may reach beyond the number (`min_digits`) or keyword
    /// it contains: the regex searches that far around each. Default: the longest
    /// possible match, at most 128 bytes. `patterns check` refuses a must_match
    /// example whose match reaches farther.
    pub reach: Option<usize>,
    /// How many bytes a match may start before the first digit of its number or
    /// before its keyword; the search looks that far back (default: `reach`). Most
    /// matches begin at or just before their number (`+44 …`, `DE89 …`), so a small
    /// `lead` halves the text searched. `patterns check` refuses a must_match
    /// example that starts farther back.
    pub lead: Option<usize>,
    #[serde(default)]
    pub must_match: Vec<Example>,
    #[serde(default)]
    pub must_not_match: Vec<String>,
}

/// A text the rule must find, and exactly the value it must find in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeywordsAt {
    #[default]
    Anywhere,
    WordStart,
    WordEnd,
    Word,
}

impl KeywordsAt {
    /// Whether a keyword found at `start..end` of `text` counts.
    pub fn admits(self, text: &[u8], start: usize, end: usize) -> bool {
        let starts = || start == 0 || !text[start - 1].is_ascii_alphanumeric();
        match self {
            KeywordsAt::Anywhere => true,
            KeywordsAt::WordStart => starts(),
            // (a number may follow: `Hauptstraße5`)
            KeywordsAt::WordEnd => end == text.len() || !text[end].is_ascii_alphabetic(),
            KeywordsAt::Word => {
                starts() && (end == text.len() || !text[end].is_ascii_alphanumeric())
            }
        }
    }
}

/// Person-name recognizer settings: dictionaries and the words around names.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonSpec {
    /// Files under the pattern dir, one name per line (`#` comments).
    pub given_names: String,
    pub surnames: String,
    /// Names that are also ordinary lower-case words: weaker evidence alone.
    pub common_words: String,
    /// Cities and places: a run made only of these is not a person.
    pub places: String,
    /// Lower-case English words that are no names (`tuned`, `emergency`): a
    /// capitalised word in none of the lists is then more surely a name the
    /// dictionaries lack.
    #[serde(default)]
    pub english_words: Option<String>,
    /// Honorifics before a name (`Mr`, `Frau`): the next capitalised words are a name.
    pub titles: Vec<String>,
    /// Labels before a name (`traveler`, `passenger`, `billing name`).
    pub labels: Vec<String>,
    /// Greetings and sign-offs before a given name (`Dear`, `Hi`, `regards`).
    pub greetings: Vec<String>,
    /// Sign-offs that anchor a name only before a comma and a line end (`Best,\nTom`).
    #[serde(default)]
    pub signoffs: Vec<String>,
    /// Capitalised words that are never a name on their own (months, brands…).
    pub stop: Vec<String>,
    /// Words that make a capitalised run an organisation or a place (`Airlines`).
    pub org_words: Vec<String>,
    /// Lower-case name particles inside a name (`van`, `de`, `bin`).
    pub particles: Vec<String>,
    /// Company names that read like person names (`Morgan Stanley`).
    #[serde(default)]
    pub companies: Vec<String>,
    /// Airports called by the person they are named after (`Charles de Gaulle`): such a
    /// run after a word that leads to places (`to`, `from`, `at`, `via`) is the airport.
    #[serde(default)]
    pub airports: Vec<String>,
    /// Words that end place names (`Hills`, `Springs`): a run ending in one, with no
    /// title or label before it, is a place (`the Jackson Heights team`).
    #[serde(default)]
    pub place_words: Vec<String>,
    /// GDS titles glued to or after `SURNAME/GIVEN` (`MR`, `MRS`, `MSTR`).
    pub gds_titles: Vec<String>,
    /// One-word labels of a name field (`surname`, `Prénom`, `Nazwisko`): after one,
    /// the name is taken whatever else the word is (`Nom : Pastor`).
    #[serde(default)]
    pub name_fields: Vec<String>,
}
