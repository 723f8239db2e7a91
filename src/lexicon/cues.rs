//! Cue words: tense of a clause, and ordering between events.

/// Words and phrases that put a clause in the future. Multi-word cues are matched as token
/// sequences; "is set to" also covers "are set to", "was set to" through the last two words.
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo", // "won't" is tokenised "wo" "n't"... and "won" alone is past, so only with n't
    "set to",
    "expected to",
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "due to",
    "scheduled to",
    "scheduled for",
    "slated to",
    "slated for",
    "going to",
    "intends to",
    "to be held",
    "upcoming",
    "next",
    "would",
    "is to",
    "are to",
    "set for",
    "planned for",
    // "the landing is targeted for April 25, with backup dates of April 26 and May 3"
    "targeted for",
    "forecast for",
    "expects to",
    "expect to",
    // "now hopes to open this weekend, a spokeswoman said": an aim is ahead of its clause
    "hopes to",
    "hope to",
    "hoping to",
    "aims to",
    "aim to",
    "aiming to",
    // "Forecasters expect highs in the low 80s on Friday"
    "expect",
    "expects",
    "predict",
    "predicts",
    "may",
    "might",
    "must",
    // "Residents should call by Wednesday", "Drivers need to renew by Friday": an obligation
    // is met ahead ("should have" is caught as a modal perfect)
    "should",
    "can",
    "need to",
    "needs to",
    "has to",
    "have to",
    "preparing for",
    "prepare for",
    // "traders in Tokyo were bracing for another rough session Tuesday morning"
    "bracing for",
    "brace for",
    "preparations for",
];

/// Whether a future cue is a modal of obligation or ability ("should", "need to", "can"): it
/// says what a time must or may bring more than that the time lies ahead ("Earnings for the
/// fourth quarter need to be strong"), and it is not the event of its clause ("so we can save
/// lives, Trump said on Sunday": the event is the saying).
pub fn is_mood_cue(cue: &str) -> bool {
    matches!(
        cue,
        "should" | "need to" | "needs to" | "has to" | "have to" | "can"
    )
}

/// Words right before a date that make it a deadline or a starting point: "extended until
/// Nov. 20", "payable Dec. 7", "effective Feb. 1". A past-tense verb in such a clause says when
/// the decision was taken, not where the date lies, so the date is not forced into the past.
pub const DEADLINE_CUES: &[&str] = &[
    "until",
    "till",
    "by",
    "effective",
    "payable",
    "due",
    "deadline",
    "expires",
    "expire",
    "record",
    "through",
];

/// Nouns after a date used as an adjective that make it a deadline or a plan, not an event
/// already past: "the Jan. 14 deadline", "a Jan. 14 return date", "the May 1 target".
pub const DEADLINE_NOUNS: &[&str] = &[
    "deadline",
    "deadlines",
    "date",
    "target",
    "expiration",
    "expiry",
    "cutoff",
    "due",
    "start",
    "opening",
    "launch",
    "debut",
    "kickoff",
    "premiere",
    // "crude oil for October delivery": the contract month to come
    "delivery",
    "contract",
    "contracts",
];

/// Events that are held on a day set in advance: after a possessive weekday in a future clause
/// they are still to come ("voters will choose in Tuesday's election"), where "will overturn
/// Tuesday's ruling" speaks of one that has passed.
pub const SCHEDULED_EVENTS: &[&str] = &[
    "election",
    "elections",
    "vote",
    "ballot",
    "primary",
    "runoff",
    "referendum",
    "game",
    "match",
    "final",
    "finale",
    "opener",
    "premiere",
    "race",
    "summit",
    "meeting",
    "debate",
    "hearing",
    "session",
    "talks",
    "ceremony",
    "launch",
    "opening",
    "deadline",
    "inauguration",
    "marathon",
    "tournament",
    "festival",
    "concert",
    "parade",
    "fight",
    "tie",
    "fixture",
    "semifinal",
    "semi-final",
    "showdown",
    "round",
    "stage",
    "show",
    "gala",
    "celebration",
    "service",
    "funeral",
    "vigil",
    "rally",
    "protest",
    "strike",
    "walkout",
    // "Saturday's event is free", "Sunday's fair opens at 10"
    "event",
    "fair",
    "reopening",
    "fundraiser",
    // "If Saturday's attempt fails, the next window opens Oct. 14": a launch or record attempt
    "attempt",
];

/// Verbs that move a date: "extended to Nov. 20", "postponed to Monday". With "to" after
/// them, the date that follows is a deadline (see [`DEADLINE_CUES`]).
pub const MOVE_VERBS: &[&str] = &[
    "extended",
    "postponed",
    "delayed",
    "moved",
    "pushed",
    "deferred",
    "adjourned",
    "rescheduled",
    "changed",
    "advanced",
    "brought",
];

/// Irregular past forms (regular ones end in -ed).
pub const PAST_IRREGULAR: &[&str] = &[
    // a past participle, as "-ed" forms are ("The poll, taken on Wednesday, shows"; "will be
    // taken on Wednesday" is ahead, as "will be announced Monday" is). Not those that are
    // often adjectives: "written proposals", "a given day", "a stolen car"
    "taken",
    // (four-letter -ed forms, too short for the -ed rule: "died on Wednesday")
    "died",
    "tied",
    "lied",
    "said",
    "was",
    "were",
    "had",
    "did",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "told",
    "met",
    "began",
    "began",
    "held",
    "left",
    "saw",
    "won",
    "lost",
    "fell",
    "rose",
    "sold",
    "bought",
    "paid",
    "brought",
    "thought",
    "found",
    "got",
    "became",
    "ran",
    "put",
    "set",
    "led",
    "spoke",
    "wrote",
    "knew",
    "sent",
    "spent",
    "built",
    "struck",
    "hit",
    "cut",
    "shut",
    "quit",
    "fled",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "hung",
    "kept",
    "meant",
    "read",
    "sat",
    "stood",
    "taught",
    "threw",
    "understood",
    "woke",
    "wore",
    "ate",
    "drew",
    "forgot",
    "froze",
    "hid",
    "laid",
    "lay",
    "lit",
    "rode",
    "rang",
    "sang",
    "sank",
    "shot",
    "slid",
    "split",
    "spread",
    "stole",
    "stuck",
    "swept",
    "swore",
    "swam",
    "tore",
    "withdrew",
    "overthrew",
    "undertook",
    "forecast",
    "heard",
    "felt",
    "dealt",
    "sought",
    "fought",
    "caught",
    "bore",
    "arose",
    "bid",
    "beat",
    "bet",
    "oversaw",
    "underwent",
    "reported",
    "announced",
    "ago",
    // ("The economy shrank in the fourth quarter")
    "shrank",
    "sprang",
    "drank",
    "shook",
    "spun",
    "wept",
    "crept",
    "slept",
    "dug",
    "swung",
    "overcame",
    "forgave",
    "foresaw",
    "mistook",
    "rebuilt",
    "blew",
    "shone",
    "lent",
];

/// Auxiliaries that make the clause past whatever verb follows ("had been", "did not").
pub const PAST_AUXILIARIES: &[&str] = &["had", "did", "was", "were"];

/// Words ending in -ed that are not past-tense verbs (or not reliably).
pub const NOT_PAST_ED: &[&str] = &[
    // weather: "scattered showers", "isolated thunderstorms" are adjectives
    "scattered",
    "isolated",
    "red",
    "bed",
    "need",
    "feed",
    "seed",
    "speed",
    "breed",
    "indeed",
    "hundred",
    "shed",
    "bled",
    "united",
    "limited",
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "supposed",
    "so-called",
    "based",
    "related",
    "interested",
    "concerned",
    "alleged",
    "detailed",
    "advanced",
    "embed",
    "wed",
    "weed",
    "heed",
    "steed",
    "creed",
    "deed",
    "greed",
    "led",
    "fled",
    "aged",
    "naked",
    "sacred",
    "wicked",
    "ragged",
    "rugged",
    "beloved",
    "crooked",
    "armed",
    "biased",
    "talented",
    "skilled",
    "unexpected",
    "unprecedented",
    "undisclosed",
    "unidentified",
    "unnamed",
    "unspecified",
    "unrelated",
    "preferred",
    "red-handed",
    "ed",
];

/// Present-tense verbs that report: "says", "is", "are".
pub const PRESENT_CUES: &[&str] = &[
    "is",
    "are",
    "am",
    "says",
    "say",
    "tells",
    "remains",
    "continues",
    "has",
    "have",
];

/// Verbs of a timetable in the present: what they say is set to happen ("Early voting begins
/// Wednesday", "Polls open at 7 a.m. Tuesday", "The teams meet Friday"). The forms without -s
/// count only after a plural subject or a pronoun (see `tense::cue_at`).
pub const SCHEDULE_VERBS: &[&str] = &[
    "begins",
    "begin",
    // "was elected in May and takes office in January", "the rule takes effect in March"
    "takes",
    // "landed in London on Sunday night and joins the team on Tuesday"
    "joins",
    // "The parade steps off at 6 p.m. Friday"
    "steps",
    "starts",
    "start",
    "opens",
    "open",
    "reopens",
    "reopen",
    "closes",
    "close",
    "resumes",
    "resume",
    // "Lawmakers return to the Capitol on Monday", "Students return from spring break Monday"
    "returns",
    "return",
    "convenes",
    "convene",
    "meets",
    "meet",
    "ends",
    // "Wednesday's stage finishes at Pra-Loup", "the series moves to Sacramento on Tuesday"
    "finishes",
    "moves",
    "expires",
    "airs",
    "departs",
    "arrives",
    "kicks",
    "plays",
    "play",
    "include",
    "includes",
    "features",
    "hosts",
    "host",
    "faces",
    "face",
    "visits",
    "travels",
    "flies",
    "holds",
    "leaves",
    "heads",
    "goes",
    "falls",
    "testifies",
    "appears",
    "performs",
    "unveils",
    "launches",
    "publishes",
    "speaks",
    "delivers",
    "turns",
    "go",
    // "Friday marks 16 years since the explosion"
    "marks",
    // "the film premieres on public television in April", "the show returns in March"
    "premieres",
    "debuts",
    "returns",
    "concludes",
];

/// Verbs that, opening a sentence, make it an instruction, so the time in it is ahead: "Call the
/// county by Friday", "Expect delays Monday", "Ask me again on Monday".
pub const IMPERATIVE_VERBS: &[&str] = &[
    "call", "leave", "expect", "ask", "check", "allow", "bring", "avoid", "visit", "register",
    "vote", "apply", "submit", "contact", "remember", "join", "arrive", "return", "book",
    "reserve", "come", "stay", "park", "send", "attend", "pick", "sign", "tune", "plan", "head",
];

/// Participles that after "could be" tell what one was able to perceive, find or reach, which
/// is told of the past as often as of what is ahead: "the smoke could be seen for miles on
/// Tuesday", "the blasts could be heard across the city". After any other word "could be" is a
/// possibility ahead: "the bill could be submitted in May".
pub const PERCEIVED_PARTICIPLES: &[&str] = &[
    "seen",
    "heard",
    "felt",
    "smelled",
    "smelt",
    "found",
    "located",
    "spotted",
    "detected",
    "traced",
    "reached",
    "contacted",
    "identified",
    "confirmed",
    "verified",
    "made",
    "held",
    "caught",
    "shot",
    "hit",
    "put",
    "used",
    "considered",
    "described",
    "explained",
];

/// Past-tense reporting verbs; a clause reported with them is past.
pub const REPORTING_PAST: &[&str] = &["said", "told", "announced", "reported", "added", "stated"];

/// An ordering cue between two events of one sentence, or between a sentence and the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderCue {
    /// The cue words, lower case, as tokens.
    pub words: &'static [&'static str],
    /// What the cue says of the event it introduces (on its right) against the main clause:
    /// `Before` means the introduced event comes first ("following a meeting": the meeting is
    /// before the main event).
    pub introduced_is: CueRelation,
    /// The cue links to the previous sentence ("Before that, ...") rather than inside the sentence.
    pub links_previous_sentence: bool,
    /// Example: a sentence where the cue orders two events.
    pub example: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRelation {
    Before,
    After,
    Simultaneous,
}

pub const ORDER_CUES: &[OrderCue] = &[
    OrderCue {
        words: &["before", "that"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: true,
        example: "The minister spoke at noon. Before that, she had met the unions.",
    },
    OrderCue {
        words: &["prior", "to", "that"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: true,
        example: "The board voted. Prior to that, it had heard the auditors.",
    },
    OrderCue {
        words: &["after", "that"],
        introduced_is: CueRelation::After,
        links_previous_sentence: true,
        example: "The polls closed at eight. After that, the counting began.",
    },
    OrderCue {
        words: &["later", "in", "the", "day"],
        introduced_is: CueRelation::After,
        links_previous_sentence: true,
        example: "The envoy met the advisers. He was to join the talks later in the day.",
    },
    OrderCue {
        words: &["earlier", "in", "the", "day"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: true,
        example: "The envoy spoke to reporters. Earlier in the day, he had met the advisers.",
    },
    OrderCue {
        words: &["afterwards"],
        introduced_is: CueRelation::After,
        links_previous_sentence: true,
        example: "The court ruled. Afterwards, the families left.",
    },
    OrderCue {
        words: &["meanwhile"],
        introduced_is: CueRelation::Simultaneous,
        links_previous_sentence: true,
        example: "The talks went on. Meanwhile, the army withdrew.",
    },
    OrderCue {
        words: &["ahead", "of"],
        introduced_is: CueRelation::After,
        links_previous_sentence: false,
        example: "The mayor welcomed the envoy ahead of a working lunch.",
    },
    OrderCue {
        words: &["in", "advance", "of"],
        introduced_is: CueRelation::After,
        links_previous_sentence: false,
        example: "Troops gathered in advance of the vote.",
    },
    OrderCue {
        words: &["following"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: false,
        example: "He will travel to Rome, following a meeting in Oman.",
    },
    OrderCue {
        words: &["only", "after"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: false,
        example: "They learned of it only after the president made it public.",
    },
    OrderCue {
        words: &["after"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: false,
        example: "The market fell after the bank raised rates.",
    },
    OrderCue {
        words: &["before"],
        introduced_is: CueRelation::After,
        links_previous_sentence: false,
        example: "The senator resigned before the vote was held.",
    },
    OrderCue {
        words: &["prior", "to"],
        introduced_is: CueRelation::After,
        links_previous_sentence: false,
        example: "Prices rose prior to the announcement.",
    },
    OrderCue {
        words: &["since"],
        introduced_is: CueRelation::Before,
        links_previous_sentence: false,
        example: "Talks have stalled since the ceasefire collapsed.",
    },
    OrderCue {
        words: &["until"],
        introduced_is: CueRelation::After,
        links_previous_sentence: false,
        example: "The road stayed closed until the storm passed.",
    },
    OrderCue {
        words: &["when"],
        introduced_is: CueRelation::Simultaneous,
        links_previous_sentence: false,
        example: "The crowd cheered when the result was read.",
    },
    OrderCue {
        words: &["while"],
        introduced_is: CueRelation::Simultaneous,
        links_previous_sentence: false,
        example: "Prices fell while the talks went on.",
    },
];

/// Nouns after a bare month that make it the month some figures are for: "March figures",
/// "October retail sales", "the May jobs report". Such a month is already over.
pub const MONTH_DATA_NOUNS: &[&str] = &[
    "figures",
    "data",
    "sales",
    "numbers",
    "jobs",
    "payrolls",
    "retail",
    "inflation",
    "statistics",
    // "September durable goods orders", "March industrial output", "housing starts"
    "orders",
    "output",
    "production",
    "prices",
    "spending",
    "income",
    "exports",
    "imports",
    // "the March consumer price index"
    "index",
];
