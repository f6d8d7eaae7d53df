//! Closed word lists: scale words, number words, units, currencies,
//! months, hedges' building blocks, irregular plurals and verbs.
//!
//! Every list is a `match` on a lowercase word. The compiler turns these
//! into length-and-bytes comparisons with no allocation and no
//! backtracking, which is what a per-token lookup in the hot loop needs;
//! aho-corasick would only pay off for searching raw text, and the
//! tokenizer has already cut the text into words.

use crate::Qualifier;

/// "million" is 1e6. `glued` words ("bn", "m", "k") only count right
/// after the digits ("3bn"); written words also count after a space.
pub fn scale(word: &str, glued: bool) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "bn" | "bln" => 1e9,
        "mn" | "mln" => 1e6,
        "tn" | "trn" => 1e12,
        "k" if glued => 1e3,
        _ => return None,
    })
}

/// Units, tens and the like as words: ("twenty", 20).
pub fn small_number(word: &str) -> Option<f64> {
    Some(match word {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub fn is_tens(word: &str) -> bool {
    matches!(
        word,
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
    )
}

/// Ordinal words and the fraction denominators they double as
/// ("third" is both 3rd and 1/3).
pub fn ordinal_word(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" | "thirds" => 3,
        "fourth" | "fourths" => 4,
        "fifth" | "fifths" => 5,
        "sixth" | "sixths" => 6,
        "seventh" | "sevenths" => 7,
        "eighth" | "eighths" => 8,
        "ninth" | "ninths" => 9,
        "tenth" | "tenths" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "hundredth" => 100,
        _ => return None,
    })
}

/// Ordinals of a scale, which double as fractions: "the millionth
/// visitor", "a millionth of a second", "three billionths".
pub fn scale_ordinal(word: &str) -> Option<f64> {
    Some(match word.strip_suffix('s').unwrap_or(word) {
        "hundredth" => 1e2,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Fractions Unicode writes as one character: "½", "2¾ hours".
pub fn vulgar_fraction(sign: &str) -> Option<f64> {
    Some(match sign {
        "½" => 1.0 / 2.0,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 1.0 / 4.0,
        "¾" => 3.0 / 4.0,
        "⅕" => 1.0 / 5.0,
        "⅖" => 2.0 / 5.0,
        "⅗" => 3.0 / 5.0,
        "⅘" => 4.0 / 5.0,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 1.0 / 8.0,
        "⅜" => 3.0 / 8.0,
        "⅝" => 5.0 / 8.0,
        "⅞" => 7.0 / 8.0,
        _ => return None,
    })
}

/// Currency signs written before the amount.
pub fn currency_sign(sign: &str) -> Option<&'static str> {
    Some(match sign {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₴" => "UAH",
        "₩" => "KRW",
        "₿" => "BTC",
        _ => return None,
    })
}

/// Currency signs that are written after the amount ("100元").
pub fn currency_after(sign: &str) -> Option<&'static str> {
    Some(match sign {
        "元" => "CNY",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₺" => "TRY",
        "₦" => "NGN",
        "₱" => "PHP",
        "₫" => "VND",
        _ => return None,
    })
}

/// The letters glued before "$": "US$", "HK$", "A$".
pub fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "us" => "USD",
        "hk" => "HKD",
        "a" | "au" => "AUD",
        "c" | "ca" => "CAD",
        "nz" => "NZD",
        "s" => "SGD",
        _ => return None,
    })
}

/// ISO codes written before the amount ("EUR 5", "Rs 300").
pub fn currency_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" | "rmb" => "CNY",
        "inr" | "rs" => "INR",
        "aud" => "AUD",
        "cad" => "CAD",
        "chf" => "CHF",
        "nok" => "NOK",
        "sek" => "SEK",
        "dkk" => "DKK",
        "nzd" => "NZD",
        "sgd" => "SGD",
        "zar" => "ZAR",
        "brl" => "BRL",
        "mxn" => "MXN",
        "krw" => "KRW",
        "pln" => "PLN",
        "hkd" => "HKD",
        "rub" => "RUB",
        "uah" => "UAH",
        "btc" => "BTC",
        _ => return None,
    })
}

/// Finance tables write millions of a currency as its code with an M
/// before it: "30 MUSD", "MEUR 120", "48.5 MGBP". Only in capitals, so
/// a word like "mad" or "meur" in running text is not read as money.
pub fn million_code(raw: &str) -> Option<&'static str> {
    let code = raw.strip_prefix('M')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    currency_code(&code.to_ascii_lowercase())
}

/// Currency names written after the amount ("5 million euros").
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" => "INR",
        "ruble" | "rubles" | "rouble" | "roubles" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        "franc" | "francs" => "CHF",
        "peseta" | "pesetas" => "ESP",
        "guilder" | "guilders" => "NLG",
        "markka" => "FIM",
        "peso" | "pesos" => "MXN",
        "rand" => "ZAR",
        "lira" | "liras" => "TRY",
        "shekel" | "shekels" => "ILS",
        "naira" => "NGN",
        "baht" => "THB",
        "krona" | "kronor" => "SEK",
        "zloty" | "zlotys" | "złoty" | "złotys" => "PLN",
        "forint" | "forints" => "HUF",
        "koruna" | "korunas" => "CZK",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "dirham" | "dirhams" => "AED",
        "riyal" | "riyals" => "SAR",
        "reais" => "BRL",
        "bitcoin" | "bitcoins" => "BTC",
        "satoshi" | "satoshis" => "satoshi",
        "cent" | "cents" => "cent",
        "penny" | "pence" | "p" => "penny",
        _ => return None,
    })
}

/// Words before a currency name that say which dollar, franc or pound
/// it is: ("australian", "dollars") is AUD.
pub fn qualified_currency(adjective: &str, currency: &str) -> Option<&'static str> {
    let dollar = matches!(currency, "dollar" | "dollars");
    Some(match adjective {
        "us" | "american" if dollar => "USD",
        "australian" if dollar => "AUD",
        "canadian" if dollar => "CAD",
        "singapore" if dollar => "SGD",
        "zealand" if dollar => "NZD",
        "kong" if dollar => "HKD",
        "swiss" if matches!(currency, "franc" | "francs") => "CHF",
        "british" | "uk" if matches!(currency, "pound" | "pounds") => "GBP",
        "egyptian" if matches!(currency, "pound" | "pounds") => "EGP",
        "mexican" if matches!(currency, "peso" | "pesos") => "MXN",
        "philippine" if matches!(currency, "peso" | "pesos") => "PHP",
        "indian" if matches!(currency, "rupee" | "rupees") => "INR",
        "pakistani" if matches!(currency, "rupee" | "rupees") => "PKR",
        "dutch" if matches!(currency, "guilder" | "guilders") => "NLG",
        "finnish" if currency == "markka" => "FIM",
        _ => return None,
    })
}

/// How a measure is written, canonical unit and what a speed is per.
pub fn measure(word: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match word {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("km", None),
        "m" | "metre" | "metres" | "meter" | "meters" => ("m", None),
        "dm" | "decimetre" | "decimetres" | "decimeter" | "decimeters" => ("dm", None),
        "km2" => ("sq km", None),
        "m2" => ("sq m", None),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => ("cm", None),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => ("mm", None),
        "mile" | "miles" => ("mile", None),
        "ft" | "foot" | "feet" => ("ft", None),
        "inch" | "inches" => ("in", None),
        "yard" | "yards" => ("yd", None),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => ("kg", None),
        "g" | "gram" | "grams" | "gramme" | "grammes" => ("g", None),
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            ("µg", None)
        }
        "pound" | "pounds" => ("lb", None),
        "mg" | "milligram" | "milligrams" => ("mg", None),
        "lb" | "lbs" => ("lb", None),
        "oz" | "ounce" | "ounces" => ("oz", None),
        "tonne" | "tonnes" | "ton" | "tons" | "t" => ("t", None),
        "ha" | "hectare" | "hectares" => ("ha", None),
        "acre" | "acres" => ("acre", None),
        "l" | "litre" | "litres" | "liter" | "liters" => ("l", None),
        "hl" | "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" => ("hl", None),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => ("ml", None),
        "gallon" | "gallons" => ("gal", None),
        "tablespoon" | "tablespoons" | "tbsp" => ("tbsp", None),
        "teaspoon" | "teaspoons" | "tsp" => ("tsp", None),
        "rad" | "radian" | "radians" => ("rad", None),
        "mph" => ("mph", Some("hour")),
        "kph" | "kmh" | "kmph" => ("km/h", Some("hour")),
        "bpd" => ("barrel", Some("day")),
        "knot" | "knots" => ("knot", Some("hour")),
        "kw" | "kilowatt" | "kilowatts" => ("kW", None),
        "mw" | "megawatt" | "megawatts" => ("MW", None),
        "gw" | "gigawatt" | "gigawatts" => ("GW", None),
        "kwh" => ("kWh", None),
        "mwh" => ("MWh", None),
        "gwh" => ("GWh", None),
        "twh" => ("TWh", None),
        "bit" | "bits" => ("bit", None),
        "byte" | "bytes" => ("byte", None),
        "kb" | "kilobyte" | "kilobytes" => ("KB", None),
        "mb" | "megabyte" | "megabytes" => ("MB", None),
        "gb" | "gigabyte" | "gigabytes" => ("GB", None),
        "tb" | "terabyte" | "terabytes" => ("TB", None),
        "pb" | "petabyte" | "petabytes" => ("PB", None),
        "au" => ("AU", None),
        "w" | "watt" | "watts" => ("W", None),
        "hz" | "hertz" => ("Hz", None),
        "khz" | "kilohertz" => ("kHz", None),
        "mhz" | "megahertz" => ("MHz", None),
        "ghz" | "gigahertz" => ("GHz", None),
        "kbps" => ("kbps", None),
        "mbps" | "mbit/s" => ("Mbps", None),
        "tbps" => ("Tbps", None),
        "megabit" | "megabits" => ("Mbit", None),
        "gigabit" | "gigabits" => ("Gbit", None),
        "terabit" | "terabits" => ("Tbit", None),
        "gbps" | "gbit/s" => ("Gbps", None),
        "megapixel" | "megapixels" => ("megapixel", None),
        "mah" => ("mAh", None),
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => ("nm", None),
        "degree" | "degrees" | "deg" => ("degree", None),
        "celsius" | "celcius" | "centigrade" | "centigrate" => ("°C", None),
        "fahrenheit" | "farenheit" => ("°F", None),
        _ => return None,
    })
}

/// Units of time: canonical singular.
pub fn time_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Nouns that count places or stretches of time: "three regions", "two
/// sites", "four rounds". A later "Of those, 88 ..." is not a part of them.
pub fn is_place_or_time(lemma: &str) -> bool {
    time_unit(lemma).is_some()
        || matches!(
            lemma,
            "region"
                | "province"
                | "oblast"
                | "city"
                | "town"
                | "village"
                | "country"
                | "nation"
                | "state"
                | "district"
                | "county"
                | "area"
                | "territory"
                | "location"
                | "place"
                | "front"
                | "direction"
                | "border"
                | "settlement"
                | "community"
                | "municipality"
                | "neighborhood"
                | "neighbourhood"
                | "island"
                | "continent"
                | "street"
                | "morning"
                | "evening"
                | "time"
                | "season"
                | "round"
                | "wave"
        )
}

/// Words of a contest: a score ("won 3-1") or two shares set against each
/// other ("led 31.5% to 28.2%") stands near one.
pub fn is_contest_word(word: &str) -> bool {
    matches!(
        word,
        "won"
            | "win"
            | "beat"
            | "beats"
            | "defeated"
            | "victory"
            | "defeat"
            | "lost"
            | "draw"
            | "drew"
            | "scored"
            | "score"
            | "lead"
            | "leads"
            | "led"
            | "leading"
            | "trail"
            | "trails"
            | "trailed"
            | "trailing"
            | "ahead"
            | "poll"
            | "polls"
            | "match"
            | "game"
            | "final"
            | "vote"
            | "voted"
            | "ruling"
            | "ruled"
            | "goals"
            | "sets"
            | "innings"
    )
}

/// Nouns for a person, after which ", 58," is an age ("the prime
/// minister, 58, was ...").
pub fn is_person_noun(word: &str) -> bool {
    matches!(
        word,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "father"
            | "mother"
            | "son"
            | "daughter"
            | "husband"
            | "wife"
            | "minister"
            | "president"
            | "mayor"
            | "governor"
            | "senator"
            | "chancellor"
            | "leader"
            | "chief"
            | "director"
            | "founder"
            | "owner"
            | "singer"
            | "actor"
            | "actress"
            | "player"
            | "coach"
            | "driver"
            | "pilot"
            | "victim"
            | "suspect"
            | "defendant"
            | "officer"
            | "soldier"
            | "teacher"
            | "doctor"
            | "nurse"
            | "student"
            | "farmer"
            | "resident"
            | "veteran"
            | "author"
            | "writer"
            | "artist"
            | "champion"
            | "captain"
            | "star"
            | "boss"
            | "judge"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "chef"
            | "pensioner"
            | "grandmother"
            | "grandfather"
            | "athlete"
            | "candidate"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "official"
            | "economist"
            | "architect"
            | "politician"
            | "diplomat"
            | "journalist"
            | "activist"
            | "lawyer"
            | "scientist"
            | "physician"
            | "surgeon"
            | "businessman"
            | "businesswoman"
            | "entrepreneur"
            | "executive"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "legislator"
            | "lawmaker"
            | "musician"
            | "composer"
            | "novelist"
            | "poet"
            | "director-general"
    ) || is_agent_noun(word)
}

/// "goalkeeper", "investor", "economist", "politician": nouns for someone
/// who does something, by their ending, less the common things that end
/// the same way.
fn is_agent_noun(word: &str) -> bool {
    let ends = ["er", "or", "ist", "ian"];
    word.len() >= 5
        && ends.iter().any(|end| word.ends_with(end))
        && !matches!(
            word,
            "number"
                | "order"
                | "quarter"
                | "chapter"
                | "letter"
                | "paper"
                | "center"
                | "border"
                | "water"
                | "winter"
                | "summer"
                | "matter"
                | "other"
                | "sector"
                | "factor"
                | "floor"
                | "error"
                | "tower"
                | "power"
                | "corner"
                | "register"
                | "meter"
                | "liter"
                | "after"
                | "never"
                | "however"
                | "either"
                | "neither"
                | "whether"
                | "rather"
                | "together"
                | "further"
                | "earlier"
                | "later"
                | "under"
                | "over"
                | "super"
                | "median"
                | "christian"
                | "october"
                | "november"
                | "december"
                | "september"
                | "computer"
                | "theater"
                | "disaster"
                | "character"
                | "semester"
                | "parameter"
                | "reactor"
                | "indicator"
                | "corridor"
                | "mirror"
                | "motor"
                | "tractor"
                | "vector"
                | "cancer"
                | "fever"
                | "river"
                | "dinner"
                | "monster"
                | "filter"
                | "cluster"
                | "barrier"
                | "layer"
                | "tier"
        )
}

/// Month names as written (capitalised) with their number.
pub fn month(word: &str) -> Option<i8> {
    Some(match word {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sept" | "Sep" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    })
}

pub fn weekday(word: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday::*;
    Some(match word {
        "Monday" => Monday,
        "Tuesday" => Tuesday,
        "Wednesday" => Wednesday,
        "Thursday" => Thursday,
        "Friday" => Friday,
        "Saturday" => Saturday,
        "Sunday" => Sunday,
        _ => return None,
    })
}

/// Capitalised words after which a number names something: "Article 5".
pub fn identifier_head(word: &str) -> bool {
    matches!(
        word,
        "Article"
            | "Section"
            | "Row"
            | "No"
            | "Nos"
            | "Chapter"
            | "Flight"
            | "Route"
            | "Highway"
            | "Interstate"
            | "Room"
            | "Gate"
            | "Platform"
            | "Page"
            | "Vol"
            | "Volume"
            | "Resolution"
            | "Amendment"
            | "Title"
            | "Paragraph"
            | "Clause"
            | "Rule"
            | "Item"
            | "Bill"
            | "Line"
            | "Channel"
            | "Level"
            | "Grade"
            | "Apollo"
            | "Windows"
            | "iPhone"
            | "Unit"
            | "Ward"
            | "District"
            | "Pier"
            | "Terminal"
            | "Lot"
            | "Box"
            | "Suite"
            | "Apartment"
            | "Apt"
            | "ISBN"
            | "Exhibit"
            | "Figure"
            | "Table"
            | "Episode"
            | "Season"
            | "Act"
            | "Part"
            | "Stage"
            | "Category"
            | "Cat"
            | "Term"
            | "Tier"
            | "Version"
            | "Game"
            | "Week"
            | "Day"
    )
}

/// Hedges that end right before a figure, longest first, as lowercase
/// word sequences ("~" is matched as a symbol).
pub const HEDGES: &[(&[&str], Qualifier)] = &[
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (
        &["greater", "than", "or", "equal", "to"],
        Qualifier::AtLeast,
    ),
    (&["less", "or", "equal", "than"], Qualifier::AtMost),
    (&["lower", "or", "equal", "than"], Qualifier::AtMost),
    (&["more", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["as", "few", "as"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["upward", "of"], Qualifier::MoreThan),
    (&["the", "best", "part", "of"], Qualifier::Approximately),
    (&["getting", "on", "for"], Qualifier::Approximately),
    (&["in", "the", "region", "of"], Qualifier::Approximately),
    (&["on", "the", "order", "of"], Qualifier::Approximately),
    (
        &["in", "the", "neighbourhood", "of"],
        Qualifier::Approximately,
    ),
    (
        &["in", "the", "neighborhood", "of"],
        Qualifier::Approximately,
    ),
    (&["as", "little", "as"], Qualifier::AtLeast),
    (&["well", "over"], Qualifier::MoreThan),
    (&["well", "above"], Qualifier::MoreThan),
    (&["well", "under"], Qualifier::LessThan),
    (&["well", "below"], Qualifier::LessThan),
    // "north of $40 billion": traders' words for more and less than.
    (&["north", "of"], Qualifier::MoreThan),
    (&["south", "of"], Qualifier::LessThan),
    (&["just", "shy", "of"], Qualifier::LessThan),
    (&["short", "of"], Qualifier::LessThan),
    (&["shy", "of"], Qualifier::LessThan),
    (&["as", "high", "as"], Qualifier::AtMost),
    (&["as", "low", "as"], Qualifier::AtLeast),
    (&["maximum", "of"], Qualifier::AtMost),
    (&["minimum", "of"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "most"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["close", "to"], Qualifier::Approximately),
    (&["close", "on"], Qualifier::Approximately),
    (&["nigh", "on"], Qualifier::Approximately),
    (&["an", "estimated"], Qualifier::Approximately),
    (&["just", "over"], Qualifier::MoreThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["around"], Qualifier::Approximately),
    (&["about"], Qualifier::Approximately),
    (&["roughly"], Qualifier::Approximately),
    (&["approximately"], Qualifier::Approximately),
    (&["approx"], Qualifier::Approximately),
    (&["circa"], Qualifier::Approximately),
    (&["some"], Qualifier::Approximately),
    (&["nearly"], Qualifier::Approximately),
    (&["almost"], Qualifier::Approximately),
    (&["estimated"], Qualifier::Approximately),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["maximum"], Qualifier::AtMost),
    (&["minimum"], Qualifier::AtLeast),
];

/// Words that give a figure after them a direction of change.
pub fn change_word(word: &str) -> Option<crate::Direction> {
    use crate::Direction::{Down, Up};
    Some(match word {
        "up" | "rose" | "rise" | "rises" | "rising" | "risen" | "increased" | "increase"
        | "increases" | "increasing" | "gained" | "gain" | "gains" | "grew" | "grow" | "grown"
        | "grows" | "climbed" | "climb" | "climbs" | "jumped" | "jump" | "jumps" | "surged"
        | "surge" | "soared" | "added" | "higher" | "raised" | "boosted" | "widened"
        | "rallied" | "advanced" | "expanded" | "spiked" | "lifted" | "hiked" | "growing"
        | "climbing" | "jumping" | "surging" | "soar" | "soars" | "soaring" | "gaining"
        | "rebounded" | "recovered" | "firmed" | "strengthened" | "rocketed" | "skyrocketed"
        | "ballooned" | "swelled" | "accelerated" | "widening" | "extended" | "lengthened"
        | "raising" | "raises" | "boosting" | "boosts" | "hiking" | "hikes" => Up,
        "down" | "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop"
        | "drops" | "decreased" | "decrease" | "decreases" | "declined" | "decline"
        | "declines" | "slid" | "slipped" | "plunged" | "plummeted" | "tumbled" | "sank"
        | "lower" | "shed" | "cut" | "reduced" | "shrank" | "narrowed" | "eased" | "shrunk"
        | "shrink" | "shrinks" | "slumped" | "dipped" | "lowered" | "trimmed" | "shorten"
        | "shortened" | "shortens" | "lowering" | "lowers" | "reducing" | "reduces" | "cutting"
        | "cuts" | "lost" | "lose" | "loses" | "losing" | "dropping" | "declining"
        | "decreasing" | "tumble" | "tumbles" | "tumbling" | "sink" | "sinks" | "sinking"
        | "slide" | "slides" | "sliding" | "slip" | "slips" | "slipping" | "dip" | "dips"
        | "plunge" | "plunges" | "plunging" | "slump" | "slumps" | "contracted" | "weakened"
        | "retreated" | "slashed" | "dived" | "tanked" | "softened" | "shrinking" | "narrowing" => {
            Down
        }
        _ => return None,
    })
}

/// Function words that end a noun phrase or that a verb scan skips.
pub fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "into"
            | "onto"
            | "than"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "it"
            | "its"
            | "they"
            | "them"
            | "their"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "we"
            | "us"
            | "our"
            | "i"
            | "me"
            | "my"
            | "you"
            | "your"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "each"
            | "every"
            | "per"
            | "not"
            | "no"
            | "so"
            | "if"
            | "when"
            | "while"
            | "where"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "over"
            | "under"
            | "about"
            | "around"
            | "up"
            | "down"
            | "out"
            | "off"
            | "also"
            | "only"
            | "just"
            | "yet"
            | "still"
            | "including"
            | "according"
            | "between"
            | "among"
            | "against"
            | "through"
            | "across"
            | "within"
            | "without"
            | "like"
            | "more"
            | "less"
            | "most"
            | "least"
            | "other"
            | "such"
            | "all"
            | "both"
            | "some"
            | "any"
            | "many"
            | "much"
            | "few"
            | "several"
            | "last"
            | "next"
            | "ago"
            | "now"
            | "then"
            | "overnight"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "likely"
            | "probably"
    )
}

pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "did"
            | "do"
            | "does"
            | "reportedly"
            | "also"
            | "already"
            | "not"
    )
}

pub fn is_pronoun(word: &str) -> bool {
    matches!(
        word,
        "it" | "they"
            | "he"
            | "she"
            | "we"
            | "i"
            | "you"
            | "that"
            | "which"
            | "who"
            | "this"
            | "there"
            | "these"
            | "those"
    )
}

/// Verbs of saying, for "X said" and "said X".
pub fn is_saying(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "claimed"
            | "claims"
            | "stated"
            | "states"
            | "wrote"
            | "writes"
            | "added"
            | "confirmed"
            | "estimated"
            | "estimates"
            | "noted"
            | "posted"
    )
}

/// Past forms and participles that no suffix rule recovers.
pub fn irregular_verb(word: &str) -> Option<&'static str> {
    Some(match word {
        "lost" => "lose",
        "shot" => "shoot",
        "said" => "say",
        "told" => "tell",
        "struck" => "strike",
        "hit" => "hit",
        "hurt" => "hurt",
        "fell" | "fallen" => "fall",
        "rose" | "risen" => "rise",
        "grew" | "grown" => "grow",
        "brought" => "bring",
        "took" | "taken" => "take",
        "gave" | "given" => "give",
        "made" => "make",
        "sent" => "send",
        "sold" => "sell",
        "spent" => "spend",
        "won" => "win",
        "left" => "leave",
        "held" => "hold",
        "built" => "build",
        "caught" => "catch",
        "fought" => "fight",
        "found" => "find",
        "paid" => "pay",
        "thrown" | "threw" => "throw",
        "saw" | "seen" => "see",
        "shown" | "showed" => "show",
        "known" | "knew" => "know",
        "wrote" | "written" => "write",
        "drove" | "driven" => "drive",
        "chose" | "chosen" => "choose",
        "beat" | "beaten" => "beat",
        "began" | "begun" => "begin",
        "bought" => "buy",
        "cut" => "cut",
        "put" => "put",
        "quit" => "quit",
        "shut" => "shut",
        "spread" => "spread",
        "split" => "split",
        "broke" | "broken" => "break",
        "drew" | "drawn" => "draw",
        "flew" | "flown" => "fly",
        "swore" | "sworn" => "swear",
        "sought" => "seek",
        "taught" => "teach",
        "thought" => "think",
        "bore" | "borne" => "bear",
        "wore" | "worn" => "wear",
        "hid" | "hidden" => "hide",
        "rode" | "ridden" => "ride",
        "withdrew" | "withdrawn" => "withdraw",
        "overtook" | "overtaken" => "overtake",
        "undertook" | "undertaken" => "undertake",
        "set" => "set",
        "met" => "meet",
        "led" => "lead",
        "fled" => "flee",
        "bled" => "bleed",
        "fed" => "feed",
        "shed" => "shed",
        "slid" => "slide",
        "sank" | "sunk" => "sink",
        "shrank" | "shrunk" => "shrink",
        "kept" => "keep",
        "felt" => "feel",
        "got" | "gotten" => "get",
        "went" | "gone" => "go",
        "came" => "come",
        "became" => "become",
        "ran" => "run",
        "stood" => "stand",
        "spoke" | "spoken" => "speak",
        "stole" | "stolen" => "steal",
        "froze" | "frozen" => "freeze",
        "dying" | "died" => "die",
        "lying" | "lied" => "lie",
        "tying" | "tied" => "tie",
        "added" => "add",
        "adding" => "add",
        "eased" => "ease",
        "released" => "release",
        "increased" => "increase",
        "decreased" => "decrease",
        "caused" => "cause",
        "used" => "use",
        "focused" => "focus",
        "created" => "create",
        "is" | "are" | "was" | "were" | "been" | "being" => "be",
        "has" | "had" | "having" => "have",
        _ => return None,
    })
}

/// Words ending in -ed or -ing that are not verb forms.
pub fn is_false_verb(word: &str) -> bool {
    matches!(
        word,
        "hundred"
            | "red"
            | "bed"
            | "need"
            | "speed"
            | "seed"
            | "feed"
            | "united"
            | "during"
            | "according"
            | "including"
            | "following"
            | "morning"
            | "evening"
            | "building"
            | "thing"
            | "nothing"
            | "something"
            | "anything"
            | "everything"
            | "king"
            | "ring"
            | "spring"
            | "string"
            | "wing"
            | "ceiling"
            | "meeting"
            | "funding"
            | "spending"
            | "bombing"
            | "shooting"
            | "fighting"
            | "ongoing"
            | "beijing"
            | "wedding"
            | "hearing"
            | "briefing"
            | "ruling"
            | "sibling"
            | "darling"
            | "interesting"
            | "notwithstanding"
            | "concerning"
            | "regarding"
            | "pending"
            | "single"
            | "hatred"
            | "kindred"
            | "sacred"
            | "naked"
            | "wicked"
            | "shed"
            | "embed"
    )
}

/// Plural nouns that do not end in a regular -s, with their singular.
pub fn irregular_plural(word: &str) -> Option<&'static str> {
    Some(match word {
        "people" => "person",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "thieves" => "thief",
        "wolves" => "wolf",
        "halves" => "half",
        "leaves" => "leaf",
        "shelves" => "shelf",
        "crises" => "crisis",
        "analyses" => "analysis",
        "theses" => "thesis",
        "indices" => "index",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "police" => "police",
        "staff" => "staff",
        "personnel" => "personnel",
        "cattle" => "cattle",
        "sheep" => "sheep",
        "deer" => "deer",
        "fish" => "fish",
        "aircraft" => "aircraft",
        "series" => "series",
        "species" => "species",
        "troops" => "troop",
        "data" => "data",
        "media" => "media",
        "heroes" => "hero",
        "potatoes" => "potato",
        "tomatoes" => "tomato",
        "volcanoes" => "volcano",
        "casualties" => "casualty",
        "measles" => "measles",
        "mumps" => "mumps",
        "diabetes" => "diabetes",
        "rabies" => "rabies",
        "news" => "news",
        "headquarters" => "headquarters",
        "barracks" => "barracks",
        _ => return None,
    })
}

/// Country adjectives, so that "Ukrainian officials" and "Ukraine" name
/// the same actor.
pub fn demonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "russian" => "russia",
        "ukrainian" => "ukraine",
        "american" => "united states",
        "british" => "united kingdom",
        "chinese" => "china",
        "french" => "france",
        "german" => "germany",
        "israeli" => "israel",
        "palestinian" => "palestine",
        "iranian" => "iran",
        "indian" => "india",
        "japanese" => "japan",
        "turkish" => "turkey",
        "polish" => "poland",
        "italian" => "italy",
        "spanish" => "spain",
        "canadian" => "canada",
        "australian" => "australia",
        "syrian" => "syria",
        "lebanese" => "lebanon",
        "egyptian" => "egypt",
        "mexican" => "mexico",
        "brazilian" => "brazil",
        "korean" => "korea",
        _ => return None,
    })
}

/// Every word that can open a figure without a number right after it:
/// weekdays, months, number and ordinal words, vague quantities,
/// multiples, "a"/"an"/"half".
const FIGURE_STARTS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "handful",
    "a",
    "an",
    "half",
    "quarter",
    "double",
    "twice",
    "twofold",
    "triple",
    "treble",
    "thrice",
    "threefold",
    "quadruple",
    "fourfold",
    "tenfold",
];

/// For each first letter, a bit per word length (up to 31) that some
/// figure-opening word has: rejects most words with two lookups.
static START_SHAPES: std::sync::LazyLock<[u32; 26]> = std::sync::LazyLock::new(|| {
    let mut shapes = [0u32; 26];
    for word in FIGURE_STARTS {
        let first = usize::from(word.as_bytes()[0] - b'a');
        shapes[first] |= 1 << word.len().min(31);
    }
    shapes
});

/// Whether a lowercase word could open a figure (a cheap, conservative
/// test: false means certainly not).
pub fn may_start_figure(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii_lowercase() || word.len() > 31 {
        return false;
    }
    START_SHAPES[usize::from(first - b'a')] & (1 << word.len()) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate must let through every word the lists below it know, or
    /// figures would silently vanish.
    #[test]
    fn every_figure_word_passes_the_gate() {
        let known = |w: &str| {
            small_number(w).is_some()
                || ordinal_word(w).is_some()
                || weekday(&capitalised(w)).is_some()
                || month(&capitalised(w)).is_some()
        };
        for word in FIGURE_STARTS
            .iter()
            .copied()
            .chain(["thirds", "ninety", "sept"])
        {
            if known(word) && !word.ends_with('s') {
                assert!(may_start_figure(word), "{word}");
            }
        }
        assert!(!may_start_figure("government"));
        assert!(
            !may_start_figure("Monday"),
            "the gate takes lowercase words"
        );
    }

    fn capitalised(word: &str) -> String {
        let mut out = word[..1].to_uppercase();
        out.push_str(&word[1..]);
        out
    }
}
