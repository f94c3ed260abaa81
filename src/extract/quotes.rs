//! Quotes and the officials who said them.
//!
//! A quote is anchored on a speech verb from the language data. Persian
//! puts the verb at the end of the clause and the speaker at its start
//! (`دکتر علی ابرازه … افزود: …`); Vietnamese puts the speaker right before
//! the verb, often with the role in apposition (`Trần Kiêm Hảo, Giám đốc Sở
//! Y tế, cho biết …`). A colon after the verb opens direct speech, kept
//! whole across the following sentences until the next attribution;
//! otherwise the clause the verb reports is indirect speech. Speakers go
//! through the document's [`Register`], which turns pronouns, short names
//! and role-only mentions into one named person.
//!
//! Only body paragraphs are read, so related-news teasers and other chrome
//! never give quotes.

use rustc_hash::FxHashSet as HashSet;
use serde::Serialize;

use super::people::{self, Mention, Register};
use crate::budget::Deadline;
use crate::error::Result;
use crate::lang::{Language, LanguageData, Lexicon};
use crate::text::{self, Token};

/// One quote of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Quote {
    pub speaker: Speaker,
    /// The statement, as the source prints it.
    pub text: String,
    pub kind: QuoteKind,
    /// The speech verb or phrase that attributes it (`گفت`, `cho biết`),
    /// or the colon or quotation mark that opens speech no verb attributes.
    pub cue: Option<String>,
    /// Index of the body paragraph it is in.
    pub paragraph: usize,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Speaker {
    /// The person's full name, pronouns and short forms resolved; `null`
    /// for an organisation or an unnamed official.
    pub name: Option<String>,
    /// Honorific or academic title.
    pub title: Option<String>,
    /// Office or organisation.
    pub role: Option<String>,
}

/// Direct speech (quoted or after a colon) or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// A person named in the article with a role or title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Official {
    pub name: String,
    pub roles: Vec<String>,
    /// How many of the record's quotes are theirs.
    pub quotes: usize,
}

/// Reported speech shorter than this (in words) is a fragment, not a
/// statement worth a quote.
const INDIRECT_MIN_WORDS: usize = 4;

/// Longest phrase after `với` read as the addressee (`PV`, `phóng viên Báo
/// Dân trí`) or an opening adverbial (`với giá bán hiện nay`) before the
/// comma that closes it, the report after that comma.
const ADDRESSEE_MAX_TOKENS: usize = 6;

/// Longest phrase naming where or how something was said between a
/// speech verb and its `rằng` (`trên mạng xã hội Truth Social`).
const MEDIUM_PHRASE_MAX_TOKENS: usize = 8;

/// Longest description of a post between a speech verb's medium and the
/// colon before the quotation it gives (`trên trang cá nhân những hình
/// ảnh rạng rỡ khi đi xem show kèm dòng trạng thái đầy cảm xúc:`, 18):
/// the colon and the opening mark say where what was written starts.
const POST_DESCRIPTION_MAX_TOKENS: usize = 24;

/// Direct speech shorter than this is a scare quote or a label.
const DIRECT_MIN_WORDS: usize = 3;

/// Longest sentence analysed for attributions, in tokens. Real sentences
/// stay well under 150 tokens; longer runs are lists or dumps.
const SENTENCE_MAX_TOKENS: usize = 400;

/// Longest sentence tokenized at all, in bytes: SENTENCE_MAX_TOKENS words
/// of the longest kind run to about 16 KB, and a run-on dump of megabytes
/// would take 64 bytes a token to be turned away.
const SENTENCE_MAX_BYTES: usize = 32 * 1024;

/// A quote found before speakers are final.
struct Pending {
    person: usize,
    text: String,
    kind: QuoteKind,
    cue: String,
    paragraph: usize,
}

/// How many words open a page that has no headline stand for it: a title
/// and a caption run into the first sentence.
const PAGE_OPENING_WORDS: usize = 12;

/// Extracts quotes and officials from the body paragraphs.
/// `continues_previous[p]` says paragraph `p` is the next sentence of the
/// same source line as paragraph `p - 1` (a flattened page cut into
/// sentences), so direct speech may run on into it.
pub fn extract(
    paragraphs: &[String],
    continues_previous: &[bool],
    headline: Option<&str>,
    captions: &[String],
    language: Language,
    data: &LanguageData,
    deadline: &Deadline,
) -> Result<(Vec<Quote>, Vec<Official>)> {
    // a Persian page flattened onto one line runs its title into its first
    // sentence: with no headline, the opening words stand for it, and the
    // rest of the page is the article
    let flattened_opening: Option<(&str, Vec<String>)> = paragraphs
        .first()
        .filter(|_| headline.is_none() && language == Language::Persian)
        .filter(|_| continues_previous.get(1).copied().unwrap_or(false))
        .map(|first| {
            let end = first
                .split_whitespace()
                .nth(PAGE_OPENING_WORDS)
                .map_or(first.len(), |word| word.as_ptr() as usize - first.as_ptr() as usize);
            let rest = [&[first[end..].to_owned()], &paragraphs[1..]].concat();
            (&first[..end], rest)
        });
    let mut register = Register::new(data);
    // the person a headline quotes by their full name and office (`Bộ
    // trưởng Đào Ngọc Dung: “…”`), whom the article may go on to call
    // `ông` or `Bộ trưởng Dung` before naming them again
    // (read once: the lead's speaker may be named by it too, see
    // `speaker_named_by_headline`)
    let label = headline.and_then(|h| headline_label(h, language, data));
    if let Some((label, _)) = &label
        && let Some(name) =
            label.name.as_ref().filter(|name| name.contains(' ') && (label.title.is_some() || label.role.is_some()))
    {
        register.name_protagonist(name.clone());
    }
    // a Persian portrait's subject, whom nothing else can tell from a noun
    match (headline, &flattened_opening) {
        (Some(headline), _) if language == Language::Persian => register.read_article(headline, paragraphs, data),
        (None, Some((opening, rest))) => register.read_article(opening, rest, data),
        _ => {}
    }
    let mut pending: Vec<Pending> = Vec::new();
    // the quote that following sentences may continue
    let mut open_direct: Option<usize> = None;
    // the quote of the line's last attribution: a quotation standing alone
    // after it is its speaker's too (`X cho biết …. “…”`)
    let mut last_attributed: Option<usize> = None;
    // the quotation the sentence before was, standing alone: its speaker
    // may be named after it (`“…”. Ông X nói như vậy.`)
    let mut previous_quotation: Option<PreviousQuotation> = None;
    // a quotation running over paragraphs: opened and not closed in the
    // paragraphs so far, and the quotes pending before it opened
    let mut open_across: Option<OpenQuotation> = None;
    // the quote whose attribution closed the paragraph before with a colon
    let mut speech_to_follow: Option<SpeechToFollow> = None;
    let plain_questions = asks_plainly_throughout(paragraphs, data.abbreviations);
    let plain_answers = answers_plainly_throughout(paragraphs, data.abbreviations);
    // the source lines a speech given after a colon has gone on over, and
    // its going on over the line being read
    let mut speech_lines = 0;
    let mut tentative: Option<TentativeSpeech> = None;
    // who answers an interview's questions: whoever answered the first
    // one, and for the first, whom the article was about before it was
    // asked (read as the question's line is reached, if it is a question).
    // A question may name a third person (`…, như Thủ tướng X đánh giá,
    // …?`), who is not the one asked
    let mut interviewee: Option<usize> = None;
    let mut asked: Option<usize> = None;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let asked_before = asked.take();
        // a line `dashed_answer` or `labelled_answer` may take for a
        // question (its marks are looked at only when it asks: most lines
        // do not)
        let marked = || {
            plain_questions
                || paragraph.trim_start().starts_with(|c| text::DASHES.contains(&c) || is_interview_bullet(c))
                || after_label(paragraph, &data.question_labels).is_some()
        };
        if text::is_question(paragraph.trim_end()) && marked() {
            asked = register
                .refer(&Mention { pronoun: true, ..Mention::default() }, false)
                .or_else(|| register.only_named_person());
        }
        if !continues_previous.get(p).copied().unwrap_or(false) {
            // a line that did not go on with the speech ends it: a later
            // line in the first person is someone else's, or the
            // writer's quoting of another (`… ما هر سه روز بازی داشتیم` after
            // the agency's line and a subheading) … unless the line gave
            // the speech to a speaker of its own, whose it is now
            let settled = tentative.as_ref().map(|speech| speech.quote);
            if settle(tentative.take(), &mut pending, &mut register) == Settled::TakenBack && open_direct == settled {
                open_direct = None;
            }
            // a speech given after a colon with no quotation marks goes on
            // over the next lines that speak in the first person (`X گفت:
            // … / … من بعید می‌دانم …`): an expert's commentary runs so. The
            // first person is looked for in the line's tokens as it is read
            // … and a quotation opened after its attribution and left open
            // (`X chia sẻ: “… / … ”.`) goes on, in any person, over the
            // lines up to the one closing it
            let unclosed = |quote: usize| opens_unclosed(&pending[quote].text);
            open_direct = open_direct.filter(|&quote| {
                speech_lines += 1;
                speech_lines < QUOTATION_MAX_PARAGRAPHS && {
                    // the whole line: a flattened page gives its sentences
                    let line_end = (p + 1..paragraphs.len())
                        .find(|&k| !continues_previous.get(k).copied().unwrap_or(false))
                        .unwrap_or(paragraphs.len());
                    // the line, in whichever of its sentences, closes the
                    // quotation before it opens another
                    let line = &paragraphs[p..line_end];
                    // an interviewer's next question ends the answer
                    !asks_only(paragraph, data.abbreviations)
                        && (!line.iter().any(|sentence| holds_quotation(sentence))
                            || unclosed(quote) && closing_before_opening(&line.join(" ")).is_some())
                }
            });
            tentative = open_direct.filter(|&quote| !unclosed(quote)).map(|quote| TentativeSpeech {
                quote,
                text_len: pending[quote].text.len(),
                first_person: false,
                own_subject: None,
            });
            // a line that is one quotation, right after a line that ended
            // with its last quote, in direct speech, goes on with it (`ông X
            // nói: "…". / "…".`): writers give one speaker's quotation a
            // line at a time. A line ending with its attribution (`"…". Ông
            // X nói như vậy.`) has closed the speech. So does a line ending
            // with what someone said in indirect speech (`HLV X chia sẻ
            // rằng …. / "…"`): the quotation gives their words. The
            // quotation is a sentence, ending with its stop: a quoted line
            // without one is a subheading (`"Dịp để nhìn nhận lại giá trị
            // Việt Nam"`), which names no speaker
            let ended_quoting = p > 0 && paragraphs[p - 1].trim_end().trim_end_matches('.').ends_with(text::is_closer);
            let ended_reporting =
                |quote: usize| p > 0 && paragraphs[p - 1].trim_end().ends_with(pending[quote].text.trim_end());
            last_attributed = last_attributed.filter(|&quote| {
                let reported = match pending[quote].kind {
                    QuoteKind::Direct => ended_quoting,
                    QuoteKind::Indirect => ended_reporting(quote),
                };
                reported && is_closed_quotation(paragraph.trim()) && ends_with_stop(paragraph)
            });
        }
        if let Some(mut speech) = speech_to_follow.take() {
            // an interview's next question ends the answer before it, and
            // the speaker's next answer follows it
            if speech.interview && interview_question(paragraph, data.abbreviations) {
                let quote =
                    Pending { text: String::new(), paragraph: p + 1, cue: speech.quote.cue.clone(), ..speech.quote };
                if let Some(answer) = speech.answer_read() {
                    pending.push(answer);
                    last_attributed = Some(pending.len() - 1);
                }
                speech_to_follow = Some(SpeechToFollow { quote, paragraphs: 0, interview: true });
                continue;
            }
            if let Some(part) = speech.part_in(paragraph, language, data) {
                if part.text.is_empty() {
                    // a transcript's topic line, which the answer goes on past
                    if speech.quote.text.is_empty() {
                        speech.quote.paragraph = p + 1;
                    }
                    speech_to_follow = Some(speech);
                    continue;
                }
                if !speech.quote.text.is_empty() {
                    speech.quote.text.push(' ');
                }
                speech.quote.text.push_str(part.text);
                speech.paragraphs += 1;
                if part.closed || speech.paragraphs == QUOTATION_MAX_PARAGRAPHS {
                    if text::has_words(&speech.quote.text, DIRECT_MIN_WORDS) {
                        pending.push(speech.quote);
                        last_attributed = Some(pending.len() - 1);
                    }
                } else {
                    speech_to_follow = Some(speech);
                }
                continue;
            }
            // an answer under a label ends before the paragraph that is no
            // part of it
            pending.extend(speech.answer_read());
        }
        // a quotation opened in the paragraph before goes on here, up to
        // where this paragraph closes it
        let open_before = open_across.take().filter(|open| open.last_paragraph + 1 == p);
        let closes_open_at = open_before.as_ref().and_then(|_| closing_before_opening(paragraph));
        open_across = match open_before {
            // kept for the attribution after the closing mark
            Some(open) if closes_open_at.is_some() => Some(open),
            // a paragraph of the quotation's with no mark at all
            Some(open) if open.paragraphs < QUOTATION_MAX_PARAGRAPHS && !paragraph.contains(QUOTATION_MARKS) => {
                Some(OpenQuotation {
                    text: format!("{} {}", open.text, paragraph.trim()),
                    last_paragraph: p,
                    paragraphs: open.paragraphs + 1,
                    ..open
                })
            }
            _ => opens_unclosed(paragraph).then(|| OpenQuotation {
                text: paragraph.trim().to_owned(),
                paragraph: p,
                last_paragraph: p,
                paragraphs: 1,
                pending_before: pending.len(),
            }),
        };
        // an interview printed as dashed lines: the line after a dashed
        // question is the answer of the person the article is about
        if p > 0
            && let Some((dash, answer)) =
                dashed_answer(&paragraphs[p - 1], paragraph, plain_questions, plain_answers, data.abbreviations)
                    .or_else(|| labelled_answer(&paragraphs[p - 1], paragraph, data))
            && text::has_words(answer, DIRECT_MIN_WORDS)
            // an answer whose label names its speaker (`• Giám đốc Sở Y tế
            // X: …`) is read as any labelled answer is
            && interview_label(paragraph, &data.tokenize(paragraph), language, data).is_none()
            && let Some(person) = interviewee.or(asked_before).map(|person| register.resolve(person))
        {
            interviewee = Some(person);
            let (text, cue) = (answer.to_owned(), dash.to_owned());
            pending.push(Pending { person, text, kind: QuoteKind::Direct, cue, paragraph: p });
            // the answer goes on as a speech after a colon does: over the
            // next lines in the first person, up to the next question
            open_direct = Some(pending.len() - 1);
            speech_lines = 0;
            last_attributed = Some(pending.len() - 1);
            previous_quotation = None;
            continue;
        }
        let sentence_spans =
            with_questions_joined(paragraph, text::sentences(paragraph, data.abbreviations), language, data);
        // a bullet opening a line (`🔹مدیرکل … گفت: …`, `• Ông X cho biết …`)
        // is layout: the sentence, and its subject, start after it
        let sentence_spans = sentence_spans.into_iter().map(|(s, e)| (s + text::bullet_len(&paragraph[s..e]), e));
        for (n, (s, e)) in sentence_spans.filter(|(s, e)| s < e).enumerate() {
            deadline.check("quotes")?;
            register.next_sentence();
            let quotation_before = previous_quotation.take();
            // the person the sentence before, in the same paragraph, was
            // about: a quotation standing alone after it, with no one else
            // named, is theirs (`HLV X vẫn giữ sự lạc quan. “…”`)
            let same_paragraph = n > 0 || continues_previous.get(p).copied().unwrap_or(false);
            let subject_before = register.subject_of_sentence_before().filter(|_| same_paragraph);
            // the sentence closing a quotation opened paragraphs before is
            // read with its opening mark, as the attribution of a quotation
            // (`… trên sân”, HLV X tâm sự.`, `… اجرا می‌شود»، سخنگوی دولت گفت.`)
            let closing = closes_open_at.filter(|&c| open_across.is_some() && (s..e).contains(&c));
            let reopened = closing.map(|c| {
                let mark = paragraph[c..].chars().next().and_then(text::opening_mark).unwrap_or('“');
                format!("{mark}{}", &paragraph[s..e])
            });
            let sentence = reopened.as_deref().unwrap_or(&paragraph[s..e]);
            if sentence.len() > SENTENCE_MAX_BYTES {
                // a dump, as a run-on of too many tokens is below, turned
                // away before it is tokenized (nor read for the first
                // person of a speech going on: a dump speaks in none)
                open_direct = None;
                continue;
            }
            let tokens = data.tokenize(sentence);
            if let Some(speech) = &mut tentative
                && !speech.first_person
            {
                speech.first_person = speaks_in_first_person(&tokens, data);
            }
            if tokens.len() > SENTENCE_MAX_TOKENS {
                // a run-on without punctuation (a table, a dump): no
                // attribution to find, and analysing it would cost
                // quadratic time
                open_direct = None;
                continue;
            }
            // a line giving a speech of its own after a verb and a colon,
            // whoever speaks it (`یک مقام آگاه … گفت: …`, an informed
            // official said), is no line of the speech going on from a
            // colon before: that speech ends here, whatever person this one
            // speaks in
            if tentative.as_ref().is_some_and(|speech| Some(speech.quote) == open_direct)
                && gives_speech_after_colon(&tokens, language, data)
            {
                tentative = None;
                open_direct = None;
            }
            register_speaking_subject(sentence, &tokens, language, data, &mut register);
            register_mentions(sentence, &tokens, language, data, &mut register);
            // `ما با مردی صحبت کردیم که …` (we spoke with a man who …), told
            // outside any quotation: a pronoun after it may mean him, and
            // so may a quotation standing alone
            if open_direct.is_none()
                // (the lexicon's bit rules out most sentences at once)
                && data.indefinite_persons.may_match_in(&tokens)
                && (0..tokens.len()).any(|k| data.indefinite_persons.match_at(&tokens, k).is_some())
                && !sentence.contains(QUOTATION_MARKS)
            {
                register.forget_subjects();
                last_attributed = None;
            }
            if let Some(before) = quotation_before
                && let Some((person, cue)) = said_so(sentence, &tokens, language, data, &mut register)
            {
                match before {
                    PreviousQuotation::Quoted(q) => {
                        pending[q].person = person;
                        pending[q].cue = cue;
                    }
                    PreviousQuotation::Unattributed { text, paragraph } => {
                        pending.push(Pending { person, text, kind: QuoteKind::Direct, cue, paragraph });
                    }
                }
                open_direct = None;
                last_attributed = Some(pending.len() - 1);
                continue;
            }
            // (a quotation may stand alone after the agency reporting it:
            // `به گزارش ایسنا، «…»`)
            let quotation = quotation_after_reporting_phrase(sentence, &tokens, data).unwrap_or(sentence);
            let stands_alone = || is_closed_quotation(quotation) && text::has_words(quotation, DIRECT_MIN_WORDS);
            match attribution(sentence, &tokens, language, data, &mut register) {
                // the attribution after the mark closing a quotation opened
                // paragraphs before (`“… \n … ”, HLV X tâm sự.`): the quote is
                // all of it, and what was read inside it is no quote
                Some(found)
                    if let Some(close) = closing
                        && let Some(open) = open_across.take() =>
                {
                    pending.truncate(open.pending_before);
                    // with its closing mark, which the output takes off with
                    // the opening one
                    let mark_end = close + paragraph[close..].chars().next().map_or(0, char::len_utf8);
                    let text = format!("{} {}", open.text, paragraph[..mark_end].trim());
                    let quote = Pending { text, kind: QuoteKind::Direct, paragraph: open.paragraph, ..found.quote };
                    pending.push(quote);
                    last_attributed = Some(pending.len() - 1);
                    open_direct = None;
                }
                // `X cho biết:` closing the paragraph: the next one is the
                // speech; the attribution ending a sentence inside one is
                // no attribution of anything
                Some(found) if found.quote.text.is_empty() => {
                    if let Some(preamble) = found.preamble {
                        pending.push(Pending { paragraph: p, ..preamble });
                    }
                    speech_to_follow = paragraph[e..].trim().is_empty().then(|| SpeechToFollow {
                        quote: Pending { paragraph: p + 1, ..found.quote },
                        paragraphs: 0,
                        interview: is_plain_interview(&paragraphs[p + 1..], data.abbreviations),
                    });
                    open_direct = None;
                }
                // an interviewer's question (`NV: Ông nghĩ gì về thông cáo
                // …, cho biết họ …?`) reports what it asks about, not what
                // anyone said
                Some(found) if found.kind == QuoteKind::Indirect && text::is_question(sentence) => open_direct = None,
                Some(found) => {
                    let direct = found.kind == QuoteKind::Direct && found.continues;
                    if let Some(preamble) = found.preamble {
                        pending.push(Pending { paragraph: p, ..preamble });
                    }
                    pending.push(Pending { paragraph: p, ..found.quote });
                    last_attributed = Some(pending.len() - 1);
                    open_direct = direct.then(|| pending.len() - 1);
                    speech_lines = 0;
                    if let Some(follow_up) = found.follow_up {
                        pending.push(Pending { paragraph: p, ..follow_up });
                    }
                }
                // a line announcing an interview printed plain below it
                // (`گفت‌وگوی همشهری با X را بخوانید.`, `Ông X đã có cuộc trao
                // đổi với phóng viên.`): its answers are its guest's words
                None if let Some(person) =
                    interview_announced(sentence, &tokens, &paragraphs[p + 1..], language, data, &mut register) =>
                {
                    // each answer's cue is its question's mark, as a dashed
                    // question's dash is
                    let mark = paragraphs[p + 1].chars().find(|&c| matches!(c, '?' | '؟')).map(String::from);
                    let quote = Pending {
                        person,
                        text: String::new(),
                        kind: QuoteKind::Direct,
                        cue: mark.unwrap_or_default(),
                        paragraph: p + 1,
                    };
                    speech_to_follow = Some(SpeechToFollow { quote, paragraphs: 0, interview: true });
                    open_direct = None;
                }
                None => {
                    if let Some(q) = open_direct {
                        if let Some(speech) = tentative.as_mut().filter(|speech| speech.quote == q) {
                            speech.own_subject = register.subject_of_this_sentence().or(speech.own_subject);
                        }
                        register.set_subject(pending[q].person);
                        let quote = &mut pending[q];
                        quote.text.push(' ');
                        quote.text.push_str(sentence);
                        // the mark closing the quotation ends it
                        if closing_before_opening(sentence).is_some() {
                            open_direct = None;
                        }
                    } else if let Some(q) = last_attributed
                        && stands_alone()
                    {
                        let quote = Pending {
                            person: pending[q].person,
                            text: quotation.trim().to_owned(),
                            kind: QuoteKind::Direct,
                            cue: pending[q].cue.clone(),
                            paragraph: p,
                        };
                        pending.push(quote);
                        previous_quotation = Some(PreviousQuotation::Quoted(pending.len() - 1));
                    } else if let Some(person) = subject_before
                        && stands_alone()
                    {
                        // the mark is the cue, as a colon is; a speaker named
                        // right after (`… Ông Y nói như vậy.`) still takes it
                        let mark = quotation.trim_start().chars().next().map(String::from).unwrap_or_default();
                        let text = quotation.trim().to_owned();
                        pending.push(Pending { person, text, kind: QuoteKind::Direct, cue: mark, paragraph: p });
                        previous_quotation = Some(PreviousQuotation::Quoted(pending.len() - 1));
                    } else if stands_alone() {
                        previous_quotation =
                            Some(PreviousQuotation::Unattributed { text: quotation.trim().to_owned(), paragraph: p });
                    }
                }
            }
            register.forgo_pending_role_beside_other_office(sentence, &tokens, data);
        }
    }
    // an answer under a label may run to the end of the article
    pending.extend(speech_to_follow.and_then(SpeechToFollow::answer_read));
    settle(tentative, &mut pending, &mut register);
    same_speaker_repeated(&pending, &mut register);
    let headline_speaker = label.as_ref().map(|(mention, _)| mention.clone());
    let headline_label_name = headline_speaker.as_ref().and_then(|mention| mention.name.clone());
    speaker_named_by_headline(label, &pending, &mut register, data);
    // an interview opening with a quotation of its own, under a headline
    // quoting someone by name (`Tướng X: …` over `"Tôi nghĩ …"`): the lead
    // is the headline's speaker's words
    if let Some(named) = headline_speaker
        && !pending.iter().any(|q| q.paragraph == 0)
        && let Some(lead) = paragraphs.first().map(|lead| lead.trim())
        && is_closed_quotation(lead)
        && text::has_words(lead, DIRECT_MIN_WORDS)
        && let Some(person) = register.refer(&Mention { bare: false, ..named }, false)
    {
        let mark = lead.chars().next().map(String::from).unwrap_or_default();
        let quote = Pending { person, text: lead.to_owned(), kind: QuoteKind::Direct, cue: mark, paragraph: 0 };
        pending.insert(0, quote);
    }
    register.resolve_provisional();
    if let Some(label_name) = headline_label_name.as_deref() {
        register.confirm_provisional_by_headline_label(label_name);
    }
    let naming_lines: Vec<&str> = headline.into_iter().chain(captions.iter().map(String::as_str)).collect();
    register.complete_provisional_from_naming_lines(&naming_lines, language, data);
    if let Some(headline) = headline {
        name_bare_titles_by_headline(headline, &pending, &mut register, language, data);
    }
    let speakers: Vec<usize> = pending.iter().map(|q| q.person).collect();
    register.complete_short_names(&speakers, paragraphs, data);
    let mut quotes = Vec::with_capacity(pending.len());
    for q in pending {
        let index = register.resolve(q.person);
        let person = &register.persons[index];
        // reported speech is attributed to a person a reader can identify:
        // by name, or by an office specific enough to have one holder
        // (`Người phát ngôn Bộ Ngoại giao`); a bare title left unresolved
        // (`chuyên gia cho rằng`, `experts believe`) names no one
        if person.provisional && !people::is_identified_by_short_name(person, data)
            || person.name.is_none() && person.roles.first().is_none_or(|role| is_bare_title(role, data))
        {
            continue;
        }
        register.count_quote(index);
        let person = &register.persons[index];
        quotes.push(Quote {
            speaker: Speaker {
                name: person.name.as_deref().map(people::in_title_case_if_capitals),
                title: person.title.as_deref().map(people::in_title_case_if_capitals),
                role: person.roles.first().cloned(),
            },
            // (the editor's sign-off after the article's last sentence,
            // `… نیست./ج`, is the page's, not the speaker's)
            text: without_quotation_marks(crate::boilerplate::without_sign_off(&q.text).unwrap_or(&q.text)).to_owned(),
            kind: q.kind,
            cue: Some(q.cue),
            paragraph: q.paragraph,
        });
    }
    let officials = register
        .persons
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            register.resolve(*i) == *i
                && !(p.provisional && p.quotes == 0)
                && p.name.is_some()
                // (a suspect's or a defendant's standing in a case is no
                // office: `đối tượng Triệu Quân Sự` is listed if quoted)
                && (!p.roles.is_empty() || p.title.is_some() && register.may_hold(p.title.as_deref()) || p.quotes > 0)
        })
        .filter_map(|(_, p)| {
            let name = people::in_title_case_if_capitals(p.name.as_deref()?);
            Some(Official { name, roles: p.roles.clone(), quotes: p.quotes })
        })
        .collect();
    Ok((quotes, officials))
}

/// Whether a sentence's tokens hold a first-person pronoun (`من`, `tôi`),
/// or end a sentence with a verb in the first person (`… عذرخواهم.`).
fn speaks_in_first_person(tokens: &[Token], data: &LanguageData) -> bool {
    let ends_sentence = |k: usize| tokens.get(k).is_none_or(|t| t.folded.chars().all(text::is_sentence_end));
    data.first_person.may_match_in(tokens) && (0..tokens.len()).any(|k| data.first_person.match_at(tokens, k).is_some())
        || data.first_person_verbs.may_match_in(tokens)
            && (0..tokens.len())
                .any(|k| data.first_person_verbs.match_at(tokens, k).is_some_and(|n| ends_sentence(k + n)))
}

/// Fewest words of a quote that, given again word for word, names one
/// speaker: a short phrase may be said by two people.
const REPEATED_QUOTE_MIN_WORDS: usize = 6;

/// A lead quotes an office (`معاون امنیتی وزیر کشور گفت: …`) and the body
/// gives the same words to the person holding it, named with the office
/// as the body words it (`X معاون امنیتی انتظامی وزارت کشور … بیان کرد:
/// …`): the words said twice make the two one person.
fn same_speaker_repeated(pending: &[Pending], register: &mut Register) {
    // (most articles name every speaker: nothing to look for then)
    if pending.iter().all(|q| !register.is_unnamed(q.person)) {
        return;
    }
    let folded: Vec<String> = pending.iter().map(|q| text::fold(without_quotation_marks(&q.text))).collect();
    let texts: Vec<Vec<&str>> = folded.iter().map(|f| text::words(f).collect()).collect();
    for (a, first) in texts.iter().enumerate() {
        if first.len() < REPEATED_QUOTE_MIN_WORDS {
            continue;
        }
        for (b, second) in texts.iter().enumerate().skip(a + 1) {
            let (short, long) = if first.len() <= second.len() { (first, second) } else { (second, first) };
            if short.len() >= REPEATED_QUOTE_MIN_WORDS && long.windows(short.len()).any(|w| w == short.as_slice()) {
                register.name_unnamed(pending[a].person, pending[b].person);
                register.name_unnamed(pending[b].person, pending[a].person);
            }
        }
    }
}

/// Longest speaker label before a headline's colon, in tokens: a family
/// name (`پزشکیان:`) or a full name with its office (`Bộ trưởng Bộ Y tế
/// Nguyễn Thanh Long:`, eight).
const HEADLINE_SPEAKER_MAX_TOKENS: usize = 8;

/// Fewest words (stopwords aside) a headline's quotation shares with what
/// the lead's speaker said: headlines cut and reword the lead's quotation
/// but keep some of its words.
const HEADLINE_SHARED_WORDS_MIN: usize = 2;

/// A headline quoting a person by name (`پزشکیان: هیچ وزیری را … انتخاب
/// نکردم`) over a lead quoting an office alone (`رئیس جمهور …: … انتخاب
/// نکردیم`): the office's holder is the person the headline names, when
/// the headline's quotation shares words with what the office said.
fn speaker_named_by_headline(
    label: Option<(Mention, &str)>,
    pending: &[Pending],
    register: &mut Register,
    data: &LanguageData,
) {
    // the lead's speaker: the first quoted, and known by an office alone
    let Some(speaker) = pending.first().map(|q| register.resolve(q.person)).filter(|&p| register.is_unnamed(p)) else {
        return;
    };
    let Some((named, said)) = label else { return };
    // the label speaks: a name no list knows is taken (`پزشکیان`)
    let named = Mention { bare: false, ..named };
    let said = text::fold(said);
    let headline_words: HashSet<&str> = text::words(&said).filter(|w| !data.stopwords.contains(w)).collect();
    let spoken: Vec<String> =
        pending.iter().filter(|q| register.resolve(q.person) == speaker).map(|q| text::fold(&q.text)).collect();
    let shared: HashSet<&str> =
        spoken.iter().flat_map(|s| text::words(s)).filter(|w| headline_words.contains(w)).collect();
    // or the label gives the very office the speaker is known by
    // (`Thủ tướng Nguyễn Xuân Phúc: …` over `…, Thủ tướng khẳng định`)
    let same_office = named.role.as_deref().is_some_and(|role| register.is_known_as(speaker, role));
    if (shared.len() >= HEADLINE_SHARED_WORDS_MIN || same_office)
        && let Some(person) = register.refer(&named, false)
    {
        register.name_unnamed(speaker, person);
    }
}

/// A speaker known by an office alone (`Bộ trưởng cũng khẳng định, …`)
/// under a headline that names one holder of that office (`Bộ trưởng Mai
/// Tiến Dũng nói gì về …?`): the holder the article is about. A bare title
/// would otherwise name no one (see [`is_bare_title`]).
fn name_bare_titles_by_headline(
    headline: &str,
    pending: &[Pending],
    register: &mut Register,
    language: Language,
    data: &LanguageData,
) {
    // (most articles name every speaker: the headline is not read then)
    let unnamed: Vec<usize> =
        pending.iter().map(|q| register.resolve(q.person)).filter(|&p| register.is_unnamed(p)).collect();
    if unnamed.is_empty() {
        return;
    }
    let tokens = data.tokenize(headline);
    let mut holders = (0..tokens.len()).filter(|&k| data.titles.match_at(&tokens, k).is_some()).filter_map(|k| {
        let (mention, _) = people::parse(headline, &tokens, k, tokens.len(), language, data)?;
        mention.name.is_some().then_some(mention)
    });
    // (one holder only: two named offices leave the title open)
    let (Some(holder), None) = (holders.next(), holders.next()) else { return };
    let Some(office) = holder.role.as_deref().map(text::fold) else { return };
    for speaker in unnamed {
        // the holder's office is the speaker's, maybe with its body after it
        let holds_office =
            register.persons[speaker].roles.first().is_some_and(|role| office.starts_with(&*text::fold(role)));
        if holds_office && let Some(named) = register.refer(&holder, false) {
            register.name_unnamed(speaker, named);
        }
    }
}

/// The person a headline's label before its colon names (`پزشکیان: …`,
/// `Bộ trưởng Bộ Y tế Nguyễn Thanh Long: …`), and what the headline has
/// them say.
fn headline_label<'h>(headline: &'h str, language: Language, data: &LanguageData) -> Option<(Mention, &'h str)> {
    let (label, said) = headline.split_once(':')?;
    let tokens = data.tokenize(label);
    if tokens.is_empty() || tokens.len() > HEADLINE_SPEAKER_MAX_TOKENS || !tokens.iter().all(|t| t.is_word) {
        return None;
    }
    let (mention, used) = people::parse(label, &tokens, 0, tokens.len(), language, data)?;
    (used == tokens.len() && mention.name.is_some() && !mention.pronoun).then_some((mention, said))
}

/// Whether a sentence holds a speech verb right before the colon opening
/// its speech (`گفت:`, `cho biết:`).
fn gives_speech_after_colon(tokens: &[Token], language: Language, data: &LanguageData) -> bool {
    (data.speech_verbs.may_match_in(tokens) || data.weak_speech_verbs.may_match_in(tokens))
        && (0..tokens.len()).any(|i| verb_at(tokens, i, language, data).is_some_and(|verb| verb.before_colon))
}

/// A speech given after a colon going on over the line being read (see
/// [`extract`]): what it held before the line, and whether the line spoke
/// in the first person.
struct TentativeSpeech {
    quote: usize,
    text_len: usize,
    first_person: bool,
    /// The subject the line named itself (`مریم حسینی، عضو …، در این نشست
    /// حضور داشت.`), which the speech going on over it took the place of.
    own_subject: Option<usize>,
}

/// At a line's end: a speech went on over it only if it spoke in the first
/// person; else what the line added to it is taken back, and the subject
/// the line named is again the one a pronoun after it means.
fn settle(speech: Option<TentativeSpeech>, pending: &mut [Pending], register: &mut Register) -> Settled {
    match speech {
        Some(speech) if !speech.first_person => {
            pending[speech.quote].text.truncate(speech.text_len);
            if let Some(subject) = speech.own_subject {
                register.set_subject(subject);
            }
            Settled::TakenBack
        }
        _ => Settled::Kept,
    }
}

/// What [`settle`] did with the line a speech may have gone on over.
#[derive(Debug, PartialEq)]
enum Settled {
    /// The speech went on over it, or there was none.
    Kept,
    /// It did not: what the line added is taken back.
    TakenBack,
}

/// Whether a role is a title of the lexicon and nothing more (`chuyên gia`,
/// `Bộ trưởng`, not `Bộ trưởng Bộ Y tế`).
fn is_bare_title(role: &str, data: &LanguageData) -> bool {
    let tokens = data.tokenize(role);
    let folded: Vec<&str> = tokens.iter().map(|t| &*t.folded).collect();
    data.titles.contains(&folded.join(" "))
}

/// Longest quotation read over paragraphs, in paragraphs: long interview
/// answers run to three or four; an opening mark never closed must not
/// swallow the rest of a page.
const QUOTATION_MAX_PARAGRAPHS: usize = 4;

/// The marks that open or close a quotation.
const QUOTATION_MARKS: [char; 5] = ['“', '”', '«', '»', '"'];

/// A quotation opened in a paragraph and not closed in it, which later
/// paragraphs go on with until one closes it.
struct OpenQuotation {
    /// The paragraphs' text so far.
    text: String,
    /// The paragraph it opened in, and the last one read into it.
    paragraph: usize,
    last_paragraph: usize,
    paragraphs: usize,
    /// How many quotes were pending before it opened: those found inside
    /// it are the quotation's words, not quotes.
    pending_before: usize,
}

/// Direct speech announced by an attribution that closes its paragraph
/// with a colon (`Luật sư X nhận xét:`, `وی افزود:`): the paragraphs after
/// it are the speech, a quotation up to its closing mark or one paragraph
/// of unmarked speech.
struct SpeechToFollow {
    /// The quote, its text read so far.
    quote: Pending,
    /// How many paragraphs have been read into it.
    paragraphs: usize,
    /// The colon opens an interview printed plain, questions and answers
    /// in turn (see [`is_plain_interview`]): each answer is the speaker's,
    /// every question the interviewer's.
    interview: bool,
}

/// A paragraph's part of the speech that follows a colon.
struct SpeechPart<'a> {
    text: &'a str,
    /// The speech ends with this paragraph.
    closed: bool,
}

impl SpeechToFollow {
    /// What of `paragraph` is the speech: all of it when it is the whole
    /// quotation (`“…”`), the part of one running on (an opening mark with
    /// no closing one, or after it a paragraph with no opening mark), or
    /// unmarked speech that reports nobody else's, which ends with the
    /// paragraph but for an answer under a label (see [`Self::is_labelled`]);
    /// else nothing, and the paragraph is read as any other.
    fn part_in<'a>(&self, paragraph: &'a str, language: Language, data: &LanguageData) -> Option<SpeechPart<'a>> {
        let text = paragraph.trim();
        let labelled = self.is_labelled();
        if self.paragraphs > 0 && !labelled {
            // inside a quotation opened paragraphs before: it goes on until
            // a paragraph ends with a closing mark
            let closed = text.trim_end_matches(AFTER_QUOTATION).ends_with(['”', '»', '"']);
            return (!text.contains(['“', '«'])).then_some(SpeechPart { text, closed });
        }
        if self.paragraphs == 0 && text.starts_with(QUOTATION_MARKS) {
            // the whole quotation, or the first paragraph of one; with
            // something after its closing mark it is read as any other
            return if is_closed_quotation(text) {
                Some(SpeechPart { text, closed: true })
            } else {
                opens_unclosed(text).then_some(SpeechPart { text, closed: false })
            };
        }
        // an interviewer's question under its label is no speech, nor is
        // the next label; the answer goes on to them
        if labelled && (text::is_question(text) || text.ends_with(':')) {
            return None;
        }
        // a topic line a transcript sets off with a bullet and no stop (`*
        // این پیروزی برای بازیکنان است …`) is the editor's: the answer goes
        // on after it, without it
        if labelled && text.starts_with(is_interview_bullet) && !text::ends_with_stop(text) {
            return Some(SpeechPart { text: "", closed: false });
        }
        // unmarked speech: one paragraph, unless it reports someone
        let (start, end) = *text::sentences(text, data.abbreviations).first()?;
        let tokens = data.tokenize(&text[start..end]);
        let reports = speech_verb(&text[start..end], &tokens, language, data).is_some();
        // (a quotation in it is its own, but in an answer under a label,
        // which the label's speaker gives whole)
        // (a dash or a bullet opening the line sets the speech off, as a
        // dialogue's line: `- Báo cáo với Quốc hội …`)
        (!reports && (labelled || !text.contains(QUOTATION_MARKS)))
            .then_some(SpeechPart { text: &text[text::bullet_len(text)..], closed: !labelled })
    }

    /// Whether the speech is an answer under its speaker's label (`Nhà
    /// báo X:`), which goes on over paragraphs as an interview's answers do.
    fn is_labelled(&self) -> bool {
        self.quote.cue == LABEL_CUE || self.interview
    }

    /// The answer under a label as read so far, when a paragraph or more
    /// of it was (see [`Self::is_labelled`]): the quote to keep where the
    /// answer ends.
    fn answer_read(self) -> Option<Pending> {
        (self.is_labelled() && self.paragraphs > 0 && text::has_words(&self.quote.text, DIRECT_MIN_WORDS))
            .then_some(self.quote)
    }
}

/// Whether a paragraph opens with a quotation mark that nothing in it
/// closes (`“Tôi tin tưởng … chưa may mắn.`): the quotation goes on in the
/// next paragraph.
fn opens_unclosed(paragraph: &str) -> bool {
    let trimmed = paragraph.trim_start();
    let Some(first) = trimmed.chars().next() else { return false };
    let Some(closes) = text::closing_marks(first) else { return false };
    !trimmed[first.len_utf8()..].contains(closes) && !trimmed[first.len_utf8()..].contains(first)
}

/// Where a paragraph closes a quotation it did not open: the byte offset of
/// a closing mark that comes before any opening one (`… trên sân”, HLV X
/// tâm sự.`), or that comes after a quotation opened and closed inside the
/// one left open (`… با ذکر «شنیده‌ها» پرهیز می‌کند.»`). A straight mark
/// closes when no other follows it.
fn closing_before_opening(paragraph: &str) -> Option<usize> {
    let mut nested = 0usize;
    for (at, mark) in paragraph.char_indices().filter(|(_, c)| QUOTATION_MARKS.contains(c)) {
        match mark {
            '"' if nested == 0 => return (!paragraph[at + 1..].contains('"')).then_some(at),
            '"' => {}
            '”' | '»' if nested == 0 => return Some(at),
            '”' | '»' => nested -= 1,
            _ => nested += 1,
        }
    }
    None
}

/// A quotation standing alone as a sentence, which the next sentence may
/// attribute (see [`said_so`]).
enum PreviousQuotation {
    /// Given to the speaker of the attribution before it, as its index
    /// among the pending quotes.
    Quoted(usize),
    /// Given to no one yet.
    Unattributed { text: String, paragraph: usize },
}

/// `Ông X nói như vậy.`, `این را X گفت.`, `Đó là chia sẻ của ông X.`: a
/// sentence that says who said the quotation before it, as (the speaker,
/// the verb or the noun of speech).
fn said_so(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<(usize, String)> {
    // `Đó là ý kiến của Bộ trưởng X.`, that is the minister's view
    if language == Language::Vietnamese
        && let Some(copula_end) = copula_after_demonstrative(tokens, data)
        && let Some(found) = speech_of_person(sentence, tokens, copula_end, data, register)
    {
        return Some(found);
    }
    let (verb, verb_len) = speech_verb(sentence, tokens, language, data)?;
    let subject =
        subject(sentence, tokens, verb, language, data).map(|s| ending_known_name(sentence, tokens, s, register))?;
    let after = verb + verb_len;
    let refers_back = match language {
        // the verb and `như vậy` with nothing after them but a scene
        Language::Vietnamese => says_so_at(tokens, after, data),
        // `این را` or `این جملات را` (these sentences) before the subject,
        // or after it and nothing after the verb
        Language::Persian => {
            let object_before = quotation_object_before(tokens, subject.start, data).is_some();
            let object_after = (subject.end..verb).any(|k| quotation_object_at(tokens, k, data).is_some());
            // (an object after the subject may point on to a report after
            // the verb, `X این را گفت که …`; one put before it points back,
            // whatever follows: `…، سخنانی که …`, a remark on the words)
            object_before || object_after && tokens[after..].iter().all(|t| !t.is_word)
        }
        _ => false,
    };
    if !refers_back || subject.mention.name.is_none() && !subject.mention.pronoun && subject.mention.role.is_none() {
        return None;
    }
    let person = register.refer(&subject.mention, true)?;
    let cue = text::collapse_whitespace(&sentence[tokens[verb].start..tokens[after - 1].end]);
    Some((person, cue))
}

/// The end of the copula opening a Vietnamese sentence after a
/// demonstrative and maybe adverbs (`Đó là …`, `Đây cũng là …`), as the
/// clause after a quotation's comma opens (see [`DEMONSTRATIVE_MAX_WORDS`]).
fn copula_after_demonstrative(tokens: &[Token], data: &LanguageData) -> Option<usize> {
    let adverbs = tokens.iter().skip(DEMONSTRATIVE_MAX_WORDS).take_while(|t| data.adverbs.contains(&t.folded)).count();
    let copula = DEMONSTRATIVE_MAX_WORDS + adverbs;
    data.copulas.match_at(tokens, copula).map(|n| copula + n)
}

struct Attribution {
    /// An empty text when the sentence ends with the colon that opens
    /// direct speech: the speech is the next paragraph.
    quote: Pending,
    /// A report by the same speaker before the verb (Persian `با بیان
    /// اینکه …، افزود: …`), quoted before `quote`.
    preamble: Option<Pending>,
    /// A second report by the same speaker after the verb, quoted after
    /// `quote`.
    follow_up: Option<Pending>,
    kind: QuoteKind,
    /// Direct speech after a colon runs on into the next sentences.
    continues: bool,
}

/// Finds the attributed statement of one sentence, if it has one.
fn attribution(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    attribution_named(sentence, tokens, language, data, register).or_else(|| match language {
        // `Theo Hùng, …`: a Vietnamese name alone as the source, only where
        // nothing else attributes the sentence (`Theo VnExpress, ông An cho
        // biết …` is ông An's; the outlet is no person's name)
        Language::Vietnamese => according_to(sentence, tokens, language, data, register, BARE_SOURCE),
        Language::Persian => preamble_without_speech_verb(sentence, tokens, data, register),
        _ => None,
    })
}

/// A Persian speaker's preamble in a sentence whose verb is no verb of
/// speech (`X با تأکید بر اینکه «…» خواستار پرهیز از دشمنی شد`, X, stressing
/// that «…», called for an end to enmity): what the preamble says is the
/// speaker's all the same, a quotation directly, a clause up to its comma
/// as a report.
fn preamble_without_speech_verb(
    sentence: &str,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let that = that_clause(tokens, 1, tokens.len())?;
    let (intro, clause_start) = preamble_intro(tokens, 0, that, data)?;
    let subject = persian_subject(sentence, tokens, intro, data)?;
    let (text, kind) = match text::closing_token(tokens, clause_start, tokens.len()) {
        Some(close) => (&sentence[tokens[clause_start].end..tokens[close].start], QuoteKind::Direct),
        None => {
            let comma = (clause_start..tokens.len()).find(|&j| text::is_comma(&tokens[j].folded))?;
            let start = tokens.get(clause_start).filter(|_| clause_start < comma)?.start;
            (&sentence[start..tokens[comma].start], QuoteKind::Indirect)
        }
    };
    let text = text.trim();
    let min_words = if kind == QuoteKind::Direct { DIRECT_MIN_WORDS } else { INDIRECT_MIN_WORDS };
    if !text::has_words(text, min_words) {
        return None;
    }
    let person = register.refer(&subject.mention, true)?;
    let cue = text::collapse_whitespace(&sentence[tokens[intro].start..tokens[clause_start - 1].end]);
    Some(Attribution {
        quote: Pending { person, text: text.to_owned(), kind, cue, paragraph: 0 },
        preamble: None,
        follow_up: None,
        kind,
        continues: false,
    })
}

/// Whether [`according_to`] takes a Vietnamese name alone as the source.
const BARE_SOURCE: bool = true;

/// [`attribution`], with a source or a speaker that a honorific, a title,
/// a role or the register confirms is a person.
fn attribution_named(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    if let Some(found) = according_to(sentence, tokens, language, data, register, !BARE_SOURCE) {
        return Some(found);
    }
    if language == Language::Vietnamese
        && let Some(found) = according_to_at_end(sentence, tokens, data, register)
    {
        return Some(found);
    }
    if let Some(found) = interview_answer(sentence, tokens, language, data, register) {
        return Some(found);
    }
    if let Some(found) = quoted_by_outlet(sentence, tokens, language, data, register) {
        return Some(found);
    }
    if language == Language::Vietnamese
        && let Some(found) = quotation_named_as_speech(sentence, tokens, data, register)
    {
        return Some(found);
    }
    if let Some(found) = quotation_after_colon(sentence, tokens, language, data, register) {
        return Some(found);
    }
    if language == Language::Persian
        && let Some(found) = transcript_announced(sentence, tokens, data, register)
    {
        return Some(found);
    }
    // a verb whose subject names no one (`có ý kiến cho rằng …`, some
    // say) leaves the sentence to a speaker's verb after it in a clause of
    // its own (`…, Bộ trưởng X khẳng định rằng …`); after its colon (`این
    // مسئول افزود: …` with no one known to stand for) the rest is what it
    // says, verbs and all, but for a source it cites (see `cites_source`)
    // … and a Vietnamese sentence opening with a quotation and a comma
    // after it has its speaker's verb after the comma: a verb inside the
    // quotation is the speaker's word (`“Đề nghị Bộ trưởng cho biết …”,
    // đại biểu X chất vấn.`)
    // … unless the quotation follows a colon a speech verb stands before
    // (`Ông X đáp: "…" - ông X vặn lại, …`): that verb gives it
    let after_quotation = (language == Language::Vietnamese)
        .then(|| quotation_tag(tokens))
        .flatten()
        .filter(|&(opening, _, _)| {
            opening == 0 || speech_verb_from(sentence, tokens, 0, language, data).is_none_or(|(verb, _)| verb > opening)
        })
        .map_or(0, |(_, close, _)| close + 1);
    let mut from = after_quotation;
    // the colon of a second source the reporting phrase cites (`به گزارش
    // X؛ فارس نوشت: …`, X reports; Fars wrote) opens that source's text,
    // whose speakers speak in it as in any other
    let mut after_cited_source = None;
    let (verb, verb_len, mut subject) = loop {
        let Some((verb, verb_len)) = speech_verb_from(sentence, tokens, from, language, data) else {
            return (from == after_quotation && language == Language::Vietnamese)
                .then(|| quotation_tagged(sentence, tokens, data, register))
                .flatten();
        };
        if after_cited_source.is_none()
            && language == Language::Persian
            && cites_source(sentence, tokens, verb, language, data, register)
        {
            from = verb + verb_len + 1;
            after_cited_source = Some(from);
            continue;
        }
        match subject(sentence, tokens, verb, language, data).map(|s| ending_known_name(sentence, tokens, s, register))
        {
            Some(subject)
                if from == after_quotation
                    || after_cited_source == Some(from)
                    || subject.start > 0 && tokens[subject.start - 1].folded == "," =>
            {
                break (verb, verb_len, subject);
            }
            Some(_) => return None,
            None if tokens.get(verb + verb_len).is_none_or(|t| t.folded != ":") => from = verb + verb_len,
            // `(“…”,) ông X nhận định và đưa ra cảnh báo: “…”`: the verb
            // before the colon is a second predicate, whose subject is the
            // first one's
            None if language == Language::Vietnamese => {
                break (verb, verb_len, coordinated_subject(sentence, tokens, (from, verb), data)?);
            }
            None => return None,
        }
    };
    // `این جملات را X بیان کرد، …` opening the sentence: what the subject
    // said is the quotation before it the object stands for (see
    // `said_so`), nothing after the verb
    if language == Language::Persian
        && quotation_object_before(tokens, subject.start, data).is_some_and(|k| tokens[..k].iter().all(|t| !t.is_word))
    {
        return None;
    }
    let cue = text::collapse_whitespace(&sentence[tokens[verb].start..tokens[verb + verb_len - 1].end]);
    let mut after_verb = verb + verb_len;
    // `trao đổi với X` is a conversation, `nói với X rằng …` a report, and
    // `nói về X` names what was spoken about: after an addressee or a topic
    // what follows is a report after `rằng` or a colon, or after a comma
    // closing a short phrase (`chia sẻ với PV, …`, `cho biết với giá bán
    // hiện nay, …`) when a clause follows; after a person (`trao đổi với GS
    // X, phu nhân …`) the comma opens an apposition, and after a topic
    // (`chia sẻ về công tác chữa cháy, cứu nạn cứu hộ …`) the list of
    // topics goes on, unless the topic points back to what the article
    // told (`cho biết về vấn đề này, …`). A verb that ends in `rằng` has
    // opened its report already (`cho rằng với …, cần …`)
    let mut report_may_follow = true;
    let verb_opens_report = tokens[after_verb - 1].folded == "rằng";
    if language == Language::Vietnamese
        && !verb_opens_report
        && data.verb_prepositions.match_at(tokens, after_verb).is_some()
    {
        let comma = (after_verb + 1..tokens.len().min(after_verb + 1 + ADDRESSEE_MAX_TOKENS))
            .find(|&k| tokens[k].folded == ",")
            .filter(|&k| {
                let clause = &tokens[k + 1..];
                let person = |i: usize| data.honorifics.match_at(tokens, i).or(data.titles.match_at(tokens, i));
                clause.iter().filter(|t| t.is_word).count() >= INDIRECT_MIN_WORDS
                    && (tokens[after_verb].folded != "về" || data.demonstratives.match_ending_at(tokens, k).is_some())
                    && person(after_verb + 1).is_none()
                    && person(k + 1).is_none()
                    && tokens[after_verb + 1..k].iter().all(|t| t.is_word)
            });
        match (after_verb..tokens.len()).find(|&k| matches!(&*tokens[k].folded, "rằng" | ":")).or(comma) {
            Some(k) => after_verb = k,
            None => report_may_follow = false,
        }
    }
    // `cảnh báo các cầu thủ rằng …`: the report follows the person spoken
    // to and `rằng`
    if language == Language::Vietnamese
        && report_may_follow
        && !verb_opens_report
        && let Some(complementiser) = addressee_before_complementiser(tokens, after_verb, data)
    {
        after_verb = complementiser;
    }
    // `phát biểu tại hội nghị`, spoke at the conference: the scene, not
    // what was said, which follows a comma, a colon or `rằng` if anything;
    // with no scene, what follows the act at once is its purpose or object
    // (`phát biểu giải trình, làm rõ …`, spoke to explain; `trả lời báo chí
    // rằng …`), and what was said follows a colon or `rằng`
    if language == Language::Vietnamese && report_may_follow && data.speaking_acts.match_at(tokens, verb).is_some() {
        let scene = data.scene_prepositions.match_at(tokens, after_verb).is_some();
        let opens_report = |k: usize| matches!(&*tokens[k].folded, "rằng" | ":") || scene && tokens[k].folded == ",";
        if scene || tokens.get(after_verb).is_some_and(|t| t.is_word && t.folded != "rằng") {
            // the `rằng` of another speech verb in the act's object is that
            // verb's (`trả lời câu hỏi về thông tin trên báo chí nói rằng
            // …`, answered a question about what the press said)
            let other_verb = |k: usize| (after_verb..k).any(|j| data.speech_verbs.match_at(tokens, j).is_some());
            match (after_verb..tokens.len()).find(|&k| opens_report(k)) {
                Some(k) if !other_verb(k) => after_verb = k,
                _ => report_may_follow = false,
            }
        }
    }
    // `viết trên mạng xã hội Truth Social rằng …`, `cho biết qua cuộc gọi
    // điện thoại tối qua rằng …`: where or how it was said, right after the
    // verb, is no part of what was said, which follows `rằng`, however many
    // words it takes (see `addressee_before_complementiser` for a few)
    // … and so for a quotation after a colon (`chia sẻ trên trang cá nhân
    // những hình ảnh … kèm dòng trạng thái đầy cảm xúc: “…”`, posted on her
    // page pictures … with a status: "…"), which says what was written
    // however the post is described
    let opens_quotation =
        |k: usize| tokens[k].folded == ":" && tokens.get(k + 1).is_some_and(|t| text::is_opening_mark(&t.folded));
    if language == Language::Vietnamese
        && report_may_follow
        && !verb_opens_report
        && [&data.scene_prepositions, &data.medium_prepositions]
            .iter()
            .any(|prepositions| prepositions.match_at(tokens, after_verb).is_some())
        && let Some(complementiser) = (after_verb + 1..tokens.len().min(after_verb + 1 + MEDIUM_PHRASE_MAX_TOKENS))
            .find(|&k| tokens[k].folded == "rằng")
            .or_else(|| {
                (after_verb + 1..tokens.len().min(after_verb + 1 + POST_DESCRIPTION_MAX_TOKENS))
                    .find(|&k| opens_quotation(k))
            })
        && (after_verb..complementiser).all(|k| tokens[k].is_word && data.speech_verbs.match_at(tokens, k).is_none())
    {
        after_verb = complementiser;
    }
    // `… خبر داد و افزود: …`: the colon of a second verb still opens speech
    // (`nói một câu duy nhất: “…”`: after a short object, see `speech_colon`)
    let colon = (after_verb..tokens.len().min(after_verb + 4))
        .find(|&k| tokens[k].folded == ":")
        .filter(|&k| {
            tokens[after_verb..k].iter().all(|t| t.folded == "و" || data.speech_verbs.contains(&t.folded) || !t.is_word)
                || data.speech_verbs.match_at(tokens, after_verb + 1).is_some_and(|n| after_verb + 1 + n == k)
        })
        .or_else(|| speech_colon(tokens, after_verb, language, data))
        .map(|colon| said_again_after_colon(tokens, colon, language, data).unwrap_or(colon));
    if subject.mention.bare || subject.mention.name.is_none() {
        shorten_to_known_person(sentence, tokens, &mut subject, register, data);
    }
    let person = match register.refer(&subject.mention, true) {
        Some(person) => person,
        // one word no list knows giving a speech after a colon (`بهادری‌جهرمی
        // گفت: …` in the lead): the family name of someone the article may
        // name in full later, and the speech theirs if it does
        // … or with no colon where the word opens the sentence right before
        // its verb (`قانع گفت هیچ گروهی …`): further in, a bare word may be
        // anything a speech goes on to tell of
        None if colon.is_some() || language == Language::Persian && verb == 1 => {
            register.provisional_speaker(&subject.mention)?
        }
        // Vietnamese calls a suspect or a player by the given name alone
        // (`"…", Hùng nói`) after giving the full name once without a
        // title (`do Trần Văn Hùng cầm đầu`), which the register never
        // met: the speech is theirs if the article gave exactly one such
        // name (see `Register::complete_short_names`), else no one's
        None => {
            let span = subject.start..subject.end;
            provisional_bare_speaker(&subject.mention, span, language, tokens, data, register)?
        }
    };
    if let Some(name) = &subject.mention.name {
        register.adopt_full_name(person, name);
    }
    let rest_from = |k: usize| tokens.get(k).map_or(sentence.len(), |t| t.start);
    let mut follow_up = None;
    // `از … خبر داد و گفت …`: the first verb's clause and its cue, when the
    // second verb's report is the quote
    let mut announced: Option<(String, String)> = None;
    // a Persian report after its verb (`گفت که …`), which leaves the clause
    // before the verb to a preamble (`X با بیان اینکه …، گفت که …`)
    let mut report_after_verb = false;
    // the quotation the tag after it gave, when the tag goes on to a colon
    // and a second quotation (`"…", ông X cho biết và cảnh báo: "…"`)
    let mut tagged_before = None;
    // whether a Vietnamese report follows `rằng` (`cho rằng …`, `nói rằng
    // …`): a clause, which may run on to a colon and a quotation (see below)
    let mut report_after_complementiser = false;
    let (text, kind, continues) = if let Some(colon) = colon {
        if language == Language::Vietnamese
            && let Some(quoted) = leading_quotation(sentence, tokens, subject.start, data)
                .filter(|quoted| text::has_words(quoted, DIRECT_MIN_WORDS))
        {
            let first_verb = (subject.end..verb).find_map(|k| verb_at(tokens, k, language, data).map(|v| (k, v.len)));
            let first_cue = first_verb.map_or_else(
                || cue.clone(),
                |(k, len)| text::collapse_whitespace(&sentence[tokens[k].start..tokens[k + len - 1].end]),
            );
            tagged_before = Some(Pending {
                person,
                text: quoted.to_owned(),
                kind: QuoteKind::Direct,
                cue: first_cue,
                paragraph: 0,
            });
        }
        // a quotation after the colon with a tag set off after it (`… đáp:
        // "…" - ông X vặn lại, …`) is what was said; the tag is not
        let tagged = (language == Language::Vietnamese)
            .then(|| quotation_close_from(tokens, colon + 1))
            .flatten()
            .filter(|&closing| tag_separator(tokens, closing).is_some());
        let text = match tagged {
            Some(closing) => without_tag_comma(&sentence[tokens[colon + 1].end..tokens[closing].start]),
            None => sentence[rest_from(colon + 1)..].trim(),
        };
        // speech in quotation marks ends at the closing mark; unmarked
        // speech runs on into the next sentences
        (text, QuoteKind::Direct, !is_closed_quotation(text))
    } else if let Some(quoted) = leading_quotation(sentence, tokens, subject.start, data)
        .filter(|_| !is_marked_name_before_report(sentence, tokens, subject.start, after_verb, data))
    {
        // what follows the verb may be a second report: `"…", chị Vân
        // nêu, đồng thời cho hay …`
        if language == Language::Vietnamese {
            follow_up = vietnamese_follow_up(sentence, tokens, verb, after_verb, data).map(|(text, cue)| Pending {
                person,
                text,
                kind: QuoteKind::Indirect,
                cue,
                paragraph: 0,
            });
        }
        (quoted, QuoteKind::Direct, false)
    } else if let Some(quoted) = following_quotation(sentence, tokens, after_verb) {
        (quoted, QuoteKind::Direct, false)
    } else {
        let text = match language {
            Language::Persian => {
                // the report follows the verb (`اعلام کرد (که) وسعت آتش سوزی
                // …`) when a clause stands there; else it is the verb-final
                // clause between subject and verb (`… را اقدامی اساسی دانست`)
                // … unless the verb is followed by `و` and a second clause
                // (`… را اقدامی اساسی دانست و از … قدردانی کرد`)
                let from = after_verb + usize::from(tokens.get(after_verb).is_some_and(|t| t.folded == "که"));
                let narration = narration_after_report(tokens, from, person, register, data);
                let after = sentence[rest_from(from)..narration.map_or(sentence.len(), |k| tokens[k].start)].trim();
                let coordinated = tokens.get(after_verb).is_some_and(|t| matches!(&*t.folded, "و" | "اما" | "ولی"));
                // `از … خبر داد و گفت این افزایش …`: the first verb announces
                // what the second one reports (`… خبر داد اما تأکید کرد که
                // …`, but stressed that …, too)
                let second = coordinated
                    .then(|| verb_at(tokens, after_verb + 1, language, data))
                    .flatten()
                    .map(|second| (after_verb + 1, after_verb + 1 + second.len))
                    .filter(|&(_, end)| {
                        tokens
                            .get(end)
                            .is_none_or(|t| t.is_word || text::is_comma(&t.folded) || text::is_opening_mark(&t.folded))
                    });
                let second_report = second.map(|(start, end)| {
                    let from = end + usize::from(tokens.get(end).is_some_and(|t| t.folded == "که"));
                    (start, end, sentence[rest_from(from)..].trim())
                });
                // an object before the verb (`این دیدار را تکذیب کردند`, `X را
                // … عنوان کرد که …`) makes the verb-final clause the report; a
                // `که` after it then opens a relative clause. The object
                // must be in the verb's own clause, not in a relative one
                let mut clause = &tokens[subject.end..verb];
                if let Some(relative) = clause.iter().rposition(|t| t.folded == "که") {
                    // a relative clause (`X که خودش را … می‌داند، …`) ends at
                    // the comma after it
                    let rest = &clause[relative..];
                    clause = rest.iter().position(|t| text::is_comma(&t.folded)).map_or(&[][..], |c| &rest[c + 1..]);
                }
                // `X را … متهم کرد و مدعی شد که …`: an object of an earlier
                // verb the clause is joined to is not this verb's; so with a
                // speech verb's participle sharing the auxiliary (`X را …
                // دانسته و گفته است که …`), and with a speech verb that is
                // a compound's light verb (`حمله را تبریک گفت و مدعی شد که
                // …`, congratulated … and claimed that …)
                let ends_verb = |word: &str| {
                    data.light_verbs.contains(word)
                        || data.speech_verbs.contains(word)
                        || word.strip_suffix('ه').is_some_and(|stem| data.speech_verbs.contains(stem))
                };
                if let Some(joined) = clause.iter().rposition(|t| t.folded == "و")
                    && joined > 0
                    && ends_verb(&clause[joined - 1].folded)
                {
                    clause = &clause[joined + 1..];
                }
                // … nor is one before a comma and a connective opening the
                // verb's clause (`جزئیات را بیان نکرد، اما گفت …`, gave no
                // details but said …)
                if let Some(comma) = (1..clause.len())
                    .rev()
                    .find(|&k| text::is_comma(&clause[k - 1].folded) && data.connectives.match_at(clause, k).is_some())
                {
                    clause = &clause[comma..];
                }
                let object_before = clause.iter().any(|t| t.folded == "را");
                if text::has_words(after, INDIRECT_MIN_WORDS) && !coordinated && !object_before {
                    // a promise is reported with its verb, and whom it was
                    // made to (`به بن سلمان وعده داد که …`), past the
                    // connectives after the subject (`نیز`, also; `در
                    // مقابل`, in return)
                    if data.promise_verbs.match_at(tokens, verb).is_some() {
                        let mut from = subject.end;
                        while let Some(n) = data.connectives.match_at(tokens, from) {
                            from += n;
                        }
                        sentence[rest_from(from)..].trim()
                    } else {
                        report_after_verb = true;
                        after
                    }
                } else if let Some((start, end, report)) =
                    second_report.filter(|(_, _, report)| text::has_words(report, INDIRECT_MIN_WORDS))
                {
                    let second_cue = text::collapse_whitespace(&sentence[tokens[start].start..tokens[end - 1].end]);
                    let first = verb_final_clause(sentence, tokens, subject.end, verb, after_verb, data);
                    announced = Some((second_cue, first.to_owned()));
                    report
                } else if data.forward_speech_verbs.match_at(tokens, verb).is_some() {
                    // `… به حمایت از … ادامه داد`: what went on, not a report
                    return None;
                } else {
                    let clause = verb_final_clause(sentence, tokens, subject.end, verb, verb, data);
                    if !text::has_words(clause, INDIRECT_MIN_WORDS) {
                        return None;
                    }
                    // `اظهاراتی را به زبان عربی عنوان کرد` (made remarks in
                    // Arabic): the object names the speech without giving it,
                    // maybe as the head of its phrase (`آخرین جزئیات زلزله
                    // را تشریح کرد`, explained the latest details of the quake)
                    let object = (subject.end + 1..verb).rev().find(|&k| tokens[k].folded == "را");
                    if object.is_some_and(|k| (subject.end..k).any(|j| data.speech_nouns.contains(&tokens[j].folded))) {
                        return None;
                    }
                    verb_final_clause(sentence, tokens, subject.end, verb, after_verb, data)
                }
            }
            _ => {
                // `… đã chủ trì cuộc họp báo, thông tin và giải đáp …` (chaired
                // the briefing, informed and answered …): a verb joined to
                // another predicate by a conjunction reports nothing; joined
                // to another speech verb (`cho biết và khẳng định rằng …`) it
                // reports what follows that one
                let mut k = after_verb;
                if let Some(n) = data.predicate_coordinators.match_at(tokens, after_verb) {
                    k += n + data.speech_verbs.match_at(tokens, after_verb + n)?;
                } else if let Some(second) = speech_verb_after_object(tokens, after_verb, data) {
                    k = second;
                }
                while tokens.get(k).is_some_and(|t| matches!(&*t.folded, "," | "rằng" | "là")) {
                    k += 1;
                }
                // `ông khẳng định như vậy khi trao đổi …`: said so, the words
                // standing before, in the sentences before or before the
                // speaker (`Cần tiếp tục … - Tổng Bí thư X phát biểu như vậy
                // về …`)
                if says_so_at(tokens, k, data) {
                    report_before_speaker(sentence, tokens, subject.start, data)?
                } else if !report_may_follow {
                    return None;
                } else {
                    let after = sentence[rest_from(k)..].trim();
                    // `Thành phố sẽ tăng cường kiểm tra …, ông X cho biết.`: with
                    // nothing after the verb, the report is the clause before
                    // the speaker
                    if text::word_count(after) == 0
                        && let Some(before) = report_before_speaker(sentence, tokens, subject.start, data)
                    {
                        before
                    } else {
                        report_after_complementiser =
                            k > 0 && &sentence[tokens[k - 1].start..tokens[k - 1].end] == "rằng";
                        after
                    }
                }
            }
        };
        // the comma or semicolon that set the subject off (`سخنگوی وزارت
        // خارجه؛ ادعای … را تکذیب کرد`, a lead written like a headline)
        let text = text.trim_start_matches(['،', ',', '؛', ';', ' ']);
        let quoted = is_wrapped_in_quotes(text);
        // a quotation opened after the verb and left open (`HLV X cho biết
        // "hôm nay …`) is direct speech going on over the next lines
        let unclosed = opens_unclosed(text);
        (text, if quoted || unclosed { QuoteKind::Direct } else { QuoteKind::Indirect }, unclosed)
    };
    // a Vietnamese report `rằng` opens that runs on to a colon and a
    // quotation ending the sentence (`ông X cho rằng công tác … cần được
    // đẩy mạnh: "Chúng tôi sẽ …"`): the report is the clause before the
    // colon, and the quotation what was said, direct. A verb's object
    // before a colon is no clause (`nói những điều đã thống nhất: "…"`),
    // and a quotation holding the colon stays one. (Only a quotation's tag
    // has a follow-up: see above)
    // (`rằng` first: the colon is looked for in every report otherwise)
    let (text, follow_up) = match report_after_complementiser.then(|| report_then_quotation(text)).flatten() {
        Some((report, quotation)) => {
            let quotation =
                Pending { person, text: quotation.to_owned(), kind: QuoteKind::Direct, cue: cue.clone(), paragraph: 0 };
            (report, Some(quotation))
        }
        None => (text, follow_up),
    };
    let min_words = if kind == QuoteKind::Direct { DIRECT_MIN_WORDS } else { INDIRECT_MIN_WORDS };
    // `X cho biết:` with nothing after the colon: the speech follows in the
    // next paragraph (see `SpeechToFollow`)
    let speech_follows = colon.is_some() && text.is_empty();
    if !speech_follows && !text::has_words(text, min_words) {
        return None;
    }
    let (cue, preamble) = match announced {
        Some((second_cue, first)) => {
            let long_enough = text::has_words(&first, INDIRECT_MIN_WORDS);
            let first =
                long_enough.then_some(Pending { person, text: first, kind: QuoteKind::Indirect, cue, paragraph: 0 });
            (second_cue, first)
        }
        None => (cue, None),
    };
    let preamble = match language {
        _ if preamble.is_some() => preamble,
        _ if tagged_before.is_some() => tagged_before,
        // (before an indirect report only a clause `اینکه` opens is one:
        // a judgement joined by `و` may be a compound's, `این اقدام را
        // تبریک گفت و مدعی شد که …`, congratulated and claimed that …)
        Language::Persian if kind == QuoteKind::Direct || colon.is_some() || report_after_verb => {
            let judgement = !report_after_verb;
            persian_preamble(sentence, tokens, subject.end, (verb, after_verb), colon.is_some(), judgement, data)
                .map(|(text, cue)| Pending { person, text, kind: QuoteKind::Indirect, cue, paragraph: 0 })
        }
        _ => None,
    };
    Some(Attribution {
        quote: Pending { person, text: text.to_owned(), kind, cue, paragraph: 0 },
        preamble,
        follow_up,
        kind,
        continues,
    })
}

/// The comma (or other mark) at or after token `from` that opens a clause
/// of the writer's own inside a report: one naming what the speaker said
/// by a speech noun and the speaker's name (`… اعلام کرد، مردم همه چیز خود
/// را به بورس بسپارند، چند روز پس از این اظهارنظر روحانی، روند نزولی بورس
/// آغاز شد`). No speaker calls their own words `اظهارنظر روحانی`; the
/// report ends at that mark.
fn narration_after_report(
    tokens: &[Token],
    from: usize,
    person: usize,
    register: &Register,
    data: &LanguageData,
) -> Option<usize> {
    (from..tokens.len()).filter(|&k| !tokens[k].is_word).find(|&mark| {
        let clause = tokens[mark + 1..].iter().take_while(|t| t.is_word).count();
        (mark + 1..mark + 1 + clause)
            .any(|k| data.speech_nouns.match_at(tokens, k).is_some_and(|n| register.is_named_at(person, tokens, k + n)))
    })
}

/// The Persian verb-final clause between the subject and the verb at
/// `verb`, up to `end` (the verb's end to take it in, `verb` to leave it
/// out). The verb is kept in a report: in `به تصمیم … به شدت اعتراض کرد`
/// or `… را جبری تاریخی عنوان کرد` it carries the meaning. A particle
/// after the subject (`X هم …`, `X نیز …`) goes with the subject.
/// Most words of the object a Vietnamese speech verb takes before a
/// second one joined to it (`xác nhận thông tin nhiều người tử vong trong
/// vụ cháy và cho biết, …`): a noun phrase; a longer run is a report.
const JOINED_OBJECT_MAX_WORDS: usize = 10;

/// Where the report starts when a Vietnamese speech verb's short object
/// (`xác nhận thông tin trên`, confirmed the news) is followed by a second
/// speech verb joined to it (`và cho biết, …`, and said): after that verb.
/// The object is words only, and reports nothing (`rằng`); a speech
/// verb in it is a noun (`thông tin`, information, also to inform).
fn speech_verb_after_object(tokens: &[Token], after_verb: usize, data: &LanguageData) -> Option<usize> {
    let object_end = after_verb
        + tokens[after_verb..]
            .iter()
            .take(JOINED_OBJECT_MAX_WORDS + 1)
            .position(|t| !t.is_word || t.folded == "rằng" || data.predicate_coordinators.contains(&t.folded))?;
    let joiner = data.predicate_coordinators.match_at(tokens, object_end)?;
    let verb = data.speech_verbs.match_at(tokens, object_end + joiner)?;
    Some(object_end + joiner + verb)
}

fn verb_final_clause<'s>(
    sentence: &'s str,
    tokens: &[Token],
    subject_end: usize,
    verb: usize,
    end: usize,
    data: &LanguageData,
) -> &'s str {
    let mut clause_start = subject_end;
    // a relative clause on the subject says who the speaker is (`X، وزیر …
    // که سال‌هاست ساکن انگلستان است علی مطهری را … دانست`, who has lived in
    // England for years): the report starts after its verb
    if tokens.get(clause_start).is_some_and(|t| t.folded == "که")
        && let Some(relative_verb) =
            (clause_start + 1..verb).find(|&k| people::is_persian_verb(&tokens[k].folded, data))
    {
        clause_start = relative_verb + 1;
    }
    while clause_start < verb
        && (matches!(&*tokens[clause_start].folded, "هم" | "نیز") || text::is_comma(&tokens[clause_start].folded))
    {
        clause_start += 1;
    }
    let from = tokens.get(clause_start).map_or(sentence.len(), |t| t.start);
    let to = if end > verb { tokens[end - 1].end } else { tokens[verb].start };
    sentence.get(from..to).map_or("", str::trim)
}

/// The answer in `line` when it and the line before it are an interview's
/// dashed question and answer (`- Thưa Bộ trưởng, khi nào …?` then `-
/// Chúng tôi đã trình …`), as (its dash, its text). A question marked with
/// a bullet (`* آیا مجلس … رأی اعتماد می‌دهد؟`) is answered by the plain
/// line after it, whose cue is then the bullet. Where the page prints its
/// questions plain (in bold, which a crawl loses) and only the answers
/// dashed, `plain_questions` says so (see [`asks_plainly_throughout`]);
/// where it dashes its questions and prints the answers plain,
/// `plain_answers` does (see [`answers_plainly_throughout`]), and the
/// question's dash is the answer's cue, as a bullet is.
fn dashed_answer<'a>(
    before: &'a str,
    line: &'a str,
    plain_questions: bool,
    plain_answers: bool,
    abbreviations: &[&str],
) -> Option<(&'a str, &'a str)> {
    let line = line.trim_start();
    // an answer may be marked as its question is (`• …?` then `• …`)
    let answer = line.trim_start_matches(text::DASHES).trim_start_matches(is_interview_bullet);
    let dash = &line[..line.len() - answer.len()];
    let before = before.trim_start();
    let bullet = Some(before.trim_start_matches(is_interview_bullet))
        .filter(|rest| rest.len() < before.len())
        .map(|rest| &before[..before.len() - rest.len()]);
    let question_dash = &before[..before.len() - before.trim_start_matches(text::DASHES).len()];
    let cue = match bullet {
        Some(bullet) if dash.is_empty() => bullet,
        None if dash.is_empty() && plain_answers => question_dash,
        _ => dash,
    };
    let marked = before.starts_with(text::DASHES) || bullet.is_some() || plain_questions;
    // a question set off by a bullet may go on past its question mark with
    // the interviewer's aside (`■ صنایع چطور؟ سال گذشته … گلایه داشتند.`);
    // a dash, which opens answers too, marks a question only at its end
    let asks = text::is_question(before) || bullet.is_some() && asks_only(before, abbreviations);
    (marked && asks && !cue.is_empty() && !asks_only(line, abbreviations)).then(|| (cue, answer.trim_start()))
}

/// The answer in `line` when it and the line before it are an interview's
/// question and answer under labels that name no one (`س: …؟` then `ج:
/// …`, `Hỏi: …` then `Đáp: …`), or a labelled question (`PV: …?`) and its
/// answer printed plain, as (the colon, its cue as it is a named label's,
/// and the answer's text).
fn labelled_answer<'a>(before: &str, line: &'a str, data: &LanguageData) -> Option<(&'a str, &'a str)> {
    let question = after_label(before, &data.question_labels)?;
    let answer = match after_label(line, &data.answer_labels) {
        Some(answer) => answer,
        // (a line under a label of its own, a question's or a name's
        // (`Oanh: …`), is read as such)
        None if interview_question(question, data.abbreviations)
            && !interview_question(line, data.abbreviations)
            && line.trim_start().find(':').is_none_or(|colon| colon > GENERIC_LABEL_MAX_BYTES) =>
        {
            line.trim_start()
        }
        None => return None,
    };
    Some((LABEL_CUE, answer))
}

/// Bytes before the colon that a label of [`LanguageData::question_labels`]
/// or [`LanguageData::answer_labels`] may take: the longest is two words
/// (`phóng viên`). A line with a colon as near its start opens with a
/// label of some kind (a bare name's: `Oanh: …`).
const GENERIC_LABEL_MAX_BYTES: usize = 24;

/// The text after the label from `labels` that opens `line` with a colon
/// (`Hỏi: …`).
fn after_label<'a>(line: &'a str, labels: &Lexicon) -> Option<&'a str> {
    let line = line.trim_start();
    // (most lines have no colon so near their start: they cost no folding)
    let colon = line.find(':').filter(|&colon| colon <= GENERIC_LABEL_MAX_BYTES)?;
    labels.starts_label(&text::fold(&line[..=colon])).then(|| line[colon + 1..].trim_start())
}

/// Whether a sentence holds a quotation: marks around a phrase of
/// [`DIRECT_MIN_WORDS`] words or more, or a mark left unpaired. Marks
/// around a word or two (`“bảo bối” vạn năng`) are scare quotes, which a
/// speaker's own sentence may hold.
fn holds_quotation(sentence: &str) -> bool {
    if !sentence.contains(QUOTATION_MARKS) {
        return false;
    }
    let quoted = text::quoted_ranges(sentence);
    let marks = sentence.chars().filter(|c| QUOTATION_MARKS.contains(c)).count();
    marks != 2 * quoted.len() || quoted.iter().any(|&(s, e)| text::has_words(&sentence[s..e], DIRECT_MIN_WORDS))
}

/// Whether a line only asks: it opens with a question. An answer may end
/// with a question of its speaker's own after saying something (`- Nhân
/// các ngày lễ lớn, … lễ lạt. Vậy bài học … là gì?`); a question line
/// seldom opens with a statement right after another question.
fn asks_only(line: &str, abbreviations: &[&str]) -> bool {
    // (a line without a question mark is cut into no sentences)
    line.contains(['?', '؟'])
        && text::sentences(line, abbreviations)
            .first()
            .is_some_and(|&(start, end)| text::is_question(&line[start..end]))
}

/// Whether the paragraphs open with an interview printed plain: a
/// question, its answer, and so on, [`PLAIN_QUESTIONS_MIN`] times. Under
/// a line that gives the speech after a colon (`X … به خبرنگاران پاسخ
/// داد:`, answered the reporters), such paragraphs are the interviewer's
/// questions and the speaker's answers; one question there may be the
/// speech itself.
fn is_plain_interview(paragraphs: &[String], abbreviations: &[&str]) -> bool {
    // an answer may take paragraphs, as many as a quotation may (and a
    // flattened page gives each of its sentences as one)
    let mut questions = 0;
    let mut answer_lines = 0;
    for line in paragraphs {
        if interview_question(line, abbreviations) {
            // questions in a row ask no one
            if questions > 0 && answer_lines == 0 {
                return false;
            }
            questions += 1;
            answer_lines = 0;
        } else {
            if questions == 0 || answer_lines == QUOTATION_MAX_PARAGRAPHS {
                return false;
            }
            if questions == PLAIN_QUESTIONS_MIN {
                return true;
            }
            answer_lines += 1;
        }
    }
    false
}

/// Whether a line of an interview printed plain is the interviewer's
/// question: it opens with one (see [`asks_only`]), or ends with one after
/// what the interviewer puts first (`فساد در ادارات رخنه کرده است. چه
/// شد که …؟`, corruption has got into the offices; how did …?).
fn interview_question(line: &str, abbreviations: &[&str]) -> bool {
    asks_only(line, abbreviations) || text::is_question(line)
}

/// How many plain questions answered by a dashed line make an interview:
/// one may be the writer's own question opening a dashed list (`Vậy cần
/// làm gì?` then `- Thứ nhất, …`); a page that does it again is asking
/// someone.
const PLAIN_QUESTIONS_MIN: usize = 2;

/// Whether the paragraphs hold [`PLAIN_QUESTIONS_MIN`] questions or more,
/// none marked, each answered by a dashed line.
fn asks_plainly_throughout(paragraphs: &[String], abbreviations: &[&str]) -> bool {
    dashed_on_one_side_throughout(paragraphs, abbreviations, false)
}

/// Whether the paragraphs hold [`PLAIN_QUESTIONS_MIN`] dashed questions or
/// more, each answered by a plain line: the layout mirroring
/// [`asks_plainly_throughout`]'s (`- Bộ trưởng có hài lòng …?` then `Phải
/// khẳng định, …`). Once, a dashed question is as likely a list's item
/// followed by the writer's own text.
fn answers_plainly_throughout(paragraphs: &[String], abbreviations: &[&str]) -> bool {
    dashed_on_one_side_throughout(paragraphs, abbreviations, true)
}

/// Whether [`PLAIN_QUESTIONS_MIN`] questions or more are each followed by
/// an answer, the dash marking only the questions (`questions_dashed`) or
/// only the answers.
fn dashed_on_one_side_throughout(paragraphs: &[String], abbreviations: &[&str], questions_dashed: bool) -> bool {
    let answered = |pair: &[String]| {
        let (question, answer) = (pair[0].trim_start(), pair[1].trim_start());
        text::is_question(question)
            && question.starts_with(text::DASHES) == questions_dashed
            && answer.starts_with(text::DASHES) != questions_dashed
            && !asks_only(answer, abbreviations)
    };
    paragraphs.windows(2).filter(|pair| answered(pair)).count() >= PLAIN_QUESTIONS_MIN
}

/// Whether a character is a mark an interview's questions may open with,
/// besides a dash: an asterisk, a bullet, or a geometric shape (`■`, `▪`,
/// `●`, `◆`, `►`; U+25A0–U+25FF), which sites print for a list's bullet
/// too. Pictographs (`🔹`) are left out: some sites open every paragraph
/// with one, where a question's mark tells nothing.
fn is_interview_bullet(c: char) -> bool {
    matches!(c, '*' | '•' | '\u{25A0}'..='\u{25FF}')
}

/// The sentences of a paragraph, a question joined to the sentence after it
/// when that one opens with a speech verb and a colon: `میلر در پاسخ به
/// سوال دیگری مبنی بر اینکه آیا … بوده است؟ گفت: …` (asked whether …, he
/// said: …) is one sentence whose subject opens the question.
fn with_questions_joined(
    paragraph: &str,
    sentences: Vec<(usize, usize)>,
    language: Language,
    data: &LanguageData,
) -> Vec<(usize, usize)> {
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(sentences.len());
    for (start, end) in sentences {
        let after_question = joined.last().is_some_and(|&(s, e)| paragraph[s..e].ends_with(['؟', '?']));
        let opens_with_speech = || {
            let tokens = data.tokenize(&paragraph[start..end]);
            verb_at(&tokens, 0, language, data).is_some_and(|verb| verb.before_colon)
        };
        match joined.last_mut() {
            Some(last) if after_question && opens_with_speech() => last.1 = end,
            _ => joined.push((start, end)),
        }
    }
    joined
}

/// A second report after a quotation's verb, as (text, cue): `…, chị Vân
/// nêu, đồng thời cho hay REPORT` (`đồng thời`: at the same time), or the
/// verb's own when `và` joins it to a predicate before it (`“…”, Thủ tướng
/// đặt vấn đề và cho rằng, REPORT`: raised the question and held that) or
/// `rằng` opens it (`“…”, Thủ tướng cho rằng, REPORT`: the quotation a
/// saying he cited, the report what he held).
fn vietnamese_follow_up(
    sentence: &str,
    tokens: &[Token],
    verb: usize,
    after_verb: usize,
    data: &LanguageData,
) -> Option<(String, String)> {
    let opens_report =
        tokens[after_verb - 1].folded == "rằng" || tokens.get(after_verb).is_some_and(|t| t.folded == "rằng");
    let verb = if verb > 0 && tokens[verb - 1].folded == "và" || opens_report {
        verb
    } else if tokens.get(after_verb).is_some_and(|t| t.folded == "và") {
        // `"…", ông X nói và cho biết thêm …` (said, and added that …)
        after_verb + 1
    } else {
        let also = (after_verb..tokens.len().saturating_sub(1))
            .find(|&k| tokens[k].folded == "đồng" && tokens[k + 1].folded == "thời")?;
        also + 2 + usize::from(tokens.get(also + 2).is_some_and(|t| t.folded == ","))
    };
    // (with `thêm`, further, after the verb)
    let length = verb_at(tokens, verb, Language::Vietnamese, data)?.len;
    let mut from = verb + length;
    while tokens.get(from).is_some_and(|t| matches!(&*t.folded, "," | "rằng" | "là")) {
        from += 1;
    }
    let text = sentence[tokens.get(from)?.start..].trim();
    let cue = &sentence[tokens[verb].start..tokens[verb + length - 1].end];
    text::has_words(text, INDIRECT_MIN_WORDS).then(|| (text.to_owned(), cue.to_owned()))
}

/// A provisional person (see [`Register::provisional_speaker`]) for a
/// Vietnamese mention at `span` that is a bare name that may be a
/// person's: capitalised words and nothing else, where no honorific, title
/// or role says they name a person, so only a full name the article gives
/// can (`Hùng` for `Trần Văn Hùng`). A country or a place speaks for its
/// government (`"…", Nga tuyên bố`, Russia declared) even where a woman is
/// named `Nga` too.
fn provisional_bare_speaker(
    mention: &Mention,
    span: std::ops::Range<usize>,
    language: Language,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<usize> {
    let words = span.len();
    let personal = language == Language::Vietnamese
        && mention.bare
        && !people::is_place_span(tokens, span.start, span.start + words, data);
    if personal { register.provisional_speaker(mention) } else { None }
}

/// A subject that is not known may have run on into the clause after it,
/// as nothing marks where a Persian name or role ends: `موسوی لاری اجرای
/// طرح … را … دانست` is the known `… موسوی لاری`, and `رییس سازمان پدافند
/// غیرعامل استفاده از …` the known head of that organisation. The longest
/// start of it that names a person met before (by the end of their name,
/// or the start of their role) is the subject, and the clause starts after
/// it.
fn shorten_to_known_person(
    sentence: &str,
    tokens: &[Token],
    subject: &mut Subject,
    register: &Register,
    data: &LanguageData,
) {
    let mention = &subject.mention;
    let shorter = match (&mention.name, &mention.role) {
        (Some(name), _) if !register.knows(name) => {
            longest_known_start(sentence, tokens, subject, |s| register.knows(s), |_| true)
        }
        // an office written short or with the home country (`سخنگوی وزارت
        // خارجه کشورمان` for `سخنگوی وزارت امور خارجه ایران`) is whole
        // … and the start kept must name an office: a title alone
        // (`سخنگوی`), or a title and a body's noun (`سخنگوی وزارت`), is the
        // start of many (`سخنگوی دولت` is not `سخنگوی سازمان غذا و دارو`),
        // and a country or a place right after it goes on with the office
        // it names (`وزیر امور خارجه فرانسه`)
        (None, Some(role))
            if mention.title.is_none() && !register.knows_role_start(role) && !register.knows_office(role) =>
        {
            let names_office = |length: usize| {
                let end = subject.start + length;
                length >= 2
                    && data.body_nouns.match_ending_at(tokens, end).is_none()
                    && !people::opens_place(tokens, end, data)
            };
            longest_known_start(
                sentence,
                tokens,
                subject,
                |s| register.knows_role_start(s),
                |s| register.knows_office(s),
            )
            .filter(|&(_, length)| names_office(length))
        }
        _ => None,
    };
    let Some((text, length)) = shorter else { return };
    if subject.mention.name.is_some() {
        subject.mention.name = Some(text);
    } else {
        subject.mention.role = Some(text);
    }
    subject.end = subject.start + length;
}

/// The longest run of words opening the subject, shorter than all of it,
/// that `known` accepts, with its length in tokens. Before a capital it
/// must be `whole` too: a known office goes on with its holder's name, but
/// the start of one goes on with another body (`Tổng Giám đốc Tập đoàn Dầu
/// khí …` after `Tổng Giám đốc Tập đoàn Điện lực …` is another office).
/// Persian has no capitals, and nothing stops a cut there.
fn longest_known_start(
    sentence: &str,
    tokens: &[Token],
    subject: &Subject,
    known: impl Fn(&str) -> bool,
    whole: impl Fn(&str) -> bool,
) -> Option<(String, usize)> {
    (1..subject.end - subject.start)
        .rev()
        .find_map(|length| {
            let run = &tokens[subject.start..subject.start + length];
            let text = &sentence[run[0].start..run[length - 1].end];
            (run.iter().all(|t| t.is_word) && known(text)).then(|| (text.to_owned(), length))
        })
        .filter(|(text, length)| !tokens[subject.start + length].capitalised || whole(text))
}

/// Most tokens between `با` and `اینکه` in a preamble (`با بیان اینکه`,
/// `با اشاره به اینکه`, `با تاکید بر این که`).
const PREAMBLE_INTRO_MAX_TOKENS: usize = 4;

/// The first `اینکه` (or `این که`, that) from token `from` to `to`, which
/// opens the clause a Persian preamble reports.
fn that_clause(tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| {
        tokens[k].folded == "اینکه" || tokens[k].folded == "این" && tokens.get(k + 1).is_some_and(|t| t.folded == "که")
    })
}

/// Where the preamble whose `اینکه` stands at token `that` opens, no
/// further back than `floor`, and where its clause starts: `با` and a noun
/// of speech, what is stated, stressed or pointed out (`با بیان اینکه`,
/// `با اشاره به این که`), not what is given or granted (`با توجه به
/// اینکه`, `با وجود اینکه`, given that, although).
fn preamble_intro(tokens: &[Token], floor: usize, that: usize, data: &LanguageData) -> Option<(usize, usize)> {
    let intro =
        (floor.max(that.saturating_sub(PREAMBLE_INTRO_MAX_TOKENS))..that).find(|&j| tokens[j].folded == "با")?;
    (intro + 1..that).any(|j| data.preamble_nouns.contains(&tokens[j].folded)).then(|| {
        let clause_start = that + if tokens[that].folded == "این" { 2 } else { 1 };
        (intro, clause_start)
    })
}

/// Persian reported speech standing before the verb of a quotation, as
/// (text, cue): `X با بیان اینکه REPORT، افزود: …` (the clause after
/// `اینکه` up to the last comma before the verb), or, when the colon belongs
/// to a second verb, `X REPORT را … دانست و افزود: …` (the clause before
/// the first verb); the second only when `judgement` is set.
fn persian_preamble(
    sentence: &str,
    tokens: &[Token],
    subject_end: usize,
    (verb, after_verb): (usize, usize),
    second_verb_colon: bool,
    judgement: bool,
    data: &LanguageData,
) -> Option<(String, String)> {
    let (from, to, cue) = match that_clause(tokens, subject_end, verb) {
        Some(k) => {
            let (intro, clause_start) = preamble_intro(tokens, subject_end, k, data)?;
            let clause_end = (clause_start..verb)
                .rev()
                .find(|&j| text::is_comma(&tokens[j].folded) || text::is_semicolon(&tokens[j].folded))
                .unwrap_or(verb);
            let cue = &sentence[tokens[intro].start..tokens[clause_start - 1].end];
            (clause_start, clause_end, text::collapse_whitespace(cue))
        }
        // `X REPORT را … دانست و افزود: …`, the colon after the verb found
        // or after a second one
        None if !judgement => return None,
        None => {
            let (first, first_end) = if second_verb_colon && tokens.get(after_verb).is_some_and(|t| t.folded == "و") {
                (verb, after_verb)
            } else {
                let and = verb.checked_sub(1).filter(|&k| tokens[k].folded == "و")?;
                let length = data.speech_verbs.match_ending_at(tokens, and)?;
                (and - length, and)
            };
            // only a judgement on an object (`را … دانست`, `را … خواند`)
            // is a report of its own; `از … خبر داد و افزود:` announces
            // what the quotation says
            if !tokens[subject_end..first].iter().any(|t| t.folded == "را") {
                return None;
            }
            let cue = &sentence[tokens[first].start..tokens[first_end - 1].end];
            // the clause with its verb, as for a verb-final report
            let clause = sentence[tokens.get(subject_end)?.start..tokens[first].start].trim_matches(['،', ',', ' ']);
            if !text::has_words(clause, INDIRECT_MIN_WORDS) {
                return None;
            }
            (subject_end, first_end, text::collapse_whitespace(cue))
        }
    };
    if from >= to {
        return None;
    }
    let report = sentence[tokens[from].start..tokens[to - 1].end].trim_matches(['،', ',', ' ']);
    text::has_words(report, INDIRECT_MIN_WORDS).then(|| (report.to_owned(), cue))
}

/// Most words of a name the article gave before standing alone after
/// `به گفته` (a family name, or a given and a family name of two words
/// each): longer runs are the name and the report's first words.
const KNOWN_SOURCE_MAX_WORDS: usize = 4;

/// `به گفته X، …` / `Theo ông X, …`: reported speech with the source first.
fn according_to(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
    bare_source: bool,
) -> Option<Attribution> {
    let (cue_len, cue) = match language {
        Language::Persian => {
            // anywhere: after a clause joined by `و`, or after a heading run
            // into the sentence (`کمبود امکانات به گفته مدیرکل …، …`); `به
            // قول` (in the words of) is the same (`به قول آنتونی لین، منتقد
            // آمریکایی، …`), and so is `به روایت` (as told by)
            if !data.according_to_cues.may_match_in(tokens) {
                return None;
            }
            let (k, n) = (0..tokens.len()).find_map(|k| Some((k, data.according_to_cues.match_at(tokens, k)?)))?;
            (k + n, tokens[k..k + n].iter().map(|t| &*t.folded).collect::<Vec<_>>().join(" "))
        }
        Language::Vietnamese => {
            let mut k = subject_start(tokens, data);
            // `Cũng theo ông X, …`: also according to X
            if tokens.get(k).is_some_and(|t| t.folded == "cũng") {
                k += 1;
            }
            let mut source = tokens.get(k).filter(|t| t.folded == "theo").map(|_| k + 1)?;
            // `Theo lời ông X`, `Theo đánh giá của bà Y`: what the source said
            if let Some(n) = data.speech_nouns.match_at(tokens, source) {
                source += n + usize::from(tokens.get(source + n).is_some_and(|t| t.folded == "của"));
            }
            (source, "theo".to_owned())
        }
        _ => return None,
    };
    let is_comma = |k: usize| tokens.get(k).is_some_and(|t| text::is_comma(&t.folded));
    // `به گفته وی این روزها …`: a pronoun is the whole source, and the
    // report may follow it without a comma, or a quotation (`به قول خودش
    // «…»`, in his own words)
    let opens_report =
        |t: &Token| t.is_word && t.folded != "که" || t.folded.chars().next().and_then(text::closing_marks).is_some();
    let pronoun = (language == Language::Persian)
        .then(|| data.pronouns.match_at(tokens, cue_len))
        .flatten()
        .filter(|&n| tokens.get(cue_len + n).is_some_and(opens_report))
        .and_then(|n| people::parse(sentence, tokens, cue_len, cue_len + n, language, data))
        .filter(|(mention, used)| mention.pronoun && tokens.get(cue_len + used).is_some_and(opens_report));
    // where the source stands, when it is no pronoun
    let mut source_span = None;
    // … and where it ends: at a comma, or at a quotation it runs straight
    // into (`به گفته سخنگوی دولت «…»`, `Theo ông X, Giám đốc Sở Y tế “…”`)
    let ends_source = |k: usize| is_comma(k) || tokens.get(k).is_some_and(|t| text::is_opening_mark(&t.folded));
    let named_source = || -> Option<(Mention, usize, std::ops::Range<usize>)> {
        let comma = (cue_len..tokens.len()).find(|&k| ends_source(k))?;
        let mut from = if is_comma(cue_len) { cue_len + 1 } else { cue_len };
        // degrees set off by commas before the office and the name
        // (`Theo Tiến sỹ, Phó Giám đốc … X, …`) open the source, which
        // goes on past them; a pronoun is the whole source (`Theo ông,
        // …`, according to him)
        let titles_alone_until = |from: usize| {
            let mut k = from;
            while let Some(n) = data.honorifics.match_at(tokens, k) {
                k += n;
            }
            let pronoun = data.pronouns.match_at(tokens, from).is_some_and(|n| from + n == k);
            (is_comma(k) && !pronoun).then_some(k + 1)
        };
        while let Some(next) = titles_alone_until(from) {
            from = next;
        }
        // the source with its role in apposition, set off by commas
        // (`Theo ông X, chuyên gia giao thông, …`) or by dashes, whatever
        // commas the role holds (`Theo bà X - Giám đốc Khối Y, Công ty Z -
        // …`), else the source up to the first comma. (A dash right after
        // the name opens a role, which a comma may close: `Theo ông X -
        // chủ thương hiệu Y, …`)
        let closes_dashed_role = |end: usize| {
            let is_dash = |t: &Token| text::is_dash(&t.folded);
            tokens.get(end).is_some_and(is_dash) && tokens[from..end].iter().any(is_dash)
        };
        let (mention, used, comma) = match people::parse(sentence, tokens, from, tokens.len(), language, data)
            .filter(|(_, used)| ends_source(from + used) || closes_dashed_role(from + used))
        {
            Some((mention, used)) => (mention, used, from + used),
            None => {
                let comma = if from > cue_len { (from..tokens.len()).find(|&k| is_comma(k))? } else { comma };
                let (mention, used) = people::parse_with(sentence, tokens, from, comma, language, data, true)
                    // `Theo Hùng, …`: a Vietnamese name alone
                    .or_else(|| {
                        (bare_source && language == Language::Vietnamese)
                            .then(|| bare_vietnamese_name(sentence, tokens, from, comma, data))
                            .flatten()
                            .map(|subject| (subject.mention, comma - from))
                    })?;
                (mention, used, comma)
            }
        };
        // a name, a pronoun, or a role (`به گفته مدیرکل محیط زیست استان، …`)
        if from + used != comma || mention.name.is_none() && !mention.pronoun && mention.role.is_none() {
            return None;
        }
        // an office alone, then its holder named in apposition up to the
        // next comma (`Theo Phó thủ tướng, Bộ trưởng … Nguyễn Thiện Nhân,
        // …`, `Theo Bộ trưởng, ông X, …`), or another of its offices: the
        // report starts after them. (A name there after a name is a second
        // source; the first is kept.)
        if mention.name.is_none()
            && let Some((mut holder, used)) = people::parse(sentence, tokens, comma + 1, tokens.len(), language, data)
                .filter(|(_, used)| is_comma(comma + 1 + used))
        {
            match (&holder.role, mention.role) {
                (None, office) => holder.role = office,
                (Some(_), Some(office)) => holder.extra_roles.insert(0, office),
                (Some(_), None) => {}
            }
            let end = comma + 1 + used;
            return Some((holder, end + 1, from..end));
        }
        let report_from = if ends_source(comma) && !is_comma(comma) { comma } else { comma + 1 };
        Some((mention, report_from, from..comma))
    };
    // a Persian family name the article gave before, alone after the cue
    // with no comma (`به گفته لاریجانی کمیسیون …`), maybe after an
    // honorific (`به گفته آقای تکور اکنون …`): nothing marks where a bare
    // name ends, so the first words naming someone met are the source
    let known_source = || -> Option<(Mention, usize, std::ops::Range<usize>)> {
        if language != Language::Persian {
            return None;
        }
        let first = cue_len + data.honorifics.match_at(tokens, cue_len).unwrap_or(0);
        (1..=KNOWN_SOURCE_MAX_WORDS).find_map(|n| {
            let end = first + n;
            let words = tokens.get(first..end)?;
            let next = tokens.get(end)?;
            let name = text::collapse_whitespace(&sentence[words[0].start..words[n - 1].end]);
            (opens_report(next) && register.knows(&name)).then(|| {
                let mention = Mention { name: Some(name), bare: true, ..Mention::default() };
                (mention, end, cue_len..end)
            })
        })
    };
    // an office or a name with no comma after it, up to the word opening
    // the report's clause (`به گفته معاون وزیر نفت اگر دولت …`, according
    // to the deputy minister, if the government …): the parse ends there.
    // (`که` after it opens a relative clause: `به گفته او که در جلسه حاضر
    // بود، …`, according to him, who was at the meeting)
    let source_before_clause = || -> Option<(Mention, usize, std::ops::Range<usize>)> {
        if language != Language::Persian {
            return None;
        }
        let (mention, used) = people::parse(sentence, tokens, cue_len, tokens.len(), language, data)?;
        let end = cue_len + used;
        let opens_clause = data.subordinators.match_at(tokens, end).is_some() && tokens[end].folded != "که";
        // … or a name of a few words, which ended before a word no name has
        // (`به گفته عبدالحکیم حکیمی دو کودک …`, two children; `به گفته آقای
        // حکیمی …`): a phrase run on to a name's longest may hold the
        // report's first words, and so may an office, which names no one
        // here (`به گفته مدیر این شرکت با آمدن …` leaves the firm speaking)
        let name_ended = mention.name.is_some() && (2..people::NAME_MAX_WORDS).contains(&used);
        (!mention.bare && (opens_clause || name_ended)).then_some((mention, end, cue_len..end))
    };
    let (mention, report_from) = match pronoun {
        Some((mention, used)) => (mention, cue_len + used),
        None => {
            let (mention, report_from, span) = named_source().or_else(known_source).or_else(source_before_clause)?;
            source_span = Some(span);
            (mention, report_from)
        }
    };
    // the source becomes the subject a following `او می‌گوید` means
    let person = match register.refer(&mention, true) {
        Some(person) => person,
        // (a Vietnamese name alone is the full name the article gave, as
        // a speaker's is: see `attribution`)
        None => provisional_bare_speaker(&mention, source_span?, language, tokens, data, register)?,
    };
    let text = sentence[tokens.get(report_from)?.start..].trim();
    let kind = if is_closed_quotation(text) { QuoteKind::Direct } else { QuoteKind::Indirect };
    text::has_words(text, INDIRECT_MIN_WORDS).then(|| Attribution {
        preamble: None,
        follow_up: None,
        quote: Pending { person, text: text.to_owned(), kind, cue: cue.to_owned(), paragraph: 0 },
        kind,
        continues: false,
    })
}

/// `گفت‌وگوی ما با پرویز صادقی را بخوانید.` (read our interview with …):
/// a sentence ending with a cue of reading, or telling of a speaking act
/// (`Ông X đã có cuộc trao đổi với phóng viên`), over an interview printed
/// plain (see [`is_plain_interview`]), announces the answers of the person
/// it names last (the interviewer may be named before: `گفت‌وگوی X با Y`),
/// or, naming no one, of the person the article is about; a speaking act
/// announces its subject's. Unlike [`transcript_announced`] it needs no
/// colon, and after a cue of reading no subject: the questions and answers
/// below tell what it announces. (An explainer asking and answering its
/// own questions announces them with neither.)
fn interview_announced(
    sentence: &str,
    tokens: &[Token],
    following: &[String],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<usize> {
    let end = tokens.len() - usize::from(tokens.last().is_some_and(|t| !t.is_word));
    // a speaking act announces the guest who is the sentence's subject
    // (`Ông X … đã có cuộc trao đổi với phóng viên`); one with no person
    // doing it is a noun (`Câu trả lời nằm ở …`, the answer lies in …)
    let acting_subject = || {
        let acts = data.speaking_acts.may_match_in(tokens)
            && (0..end).any(|k| data.speaking_acts.match_at(tokens, k).is_some());
        acts.then(|| register.subject_of_this_sentence()).flatten()
    };
    let guest = match data.transcript_cues.match_ending_at(tokens, end) {
        Some(_) => None,
        None => Some(acting_subject()?),
    };
    // questions set off by a dash, a bullet or a label are read where
    // their answers are (see `dashed_answer`, `labelled_answer`)
    let first_question = following.first()?.trim_start();
    if first_question.starts_with(|c| text::DASHES.contains(&c) || is_interview_bullet(c))
        || after_label(first_question, &data.question_labels).is_some()
        || !is_plain_interview(following, data.abbreviations)
    {
        return None;
    }
    if guest.is_some() {
        return guest;
    }
    let named = (0..end)
        .rev()
        .filter(|&k| language == Language::Persian && people::opens_persian_name(tokens, k, data))
        .find_map(|k| {
            let (mention, _) = people::parse(sentence, tokens, k, end, language, data)?;
            mention.name.is_some().then_some(mention)
        });
    // the guest is whom the article goes on about
    register.refer(&named.unwrap_or(Mention { pronoun: true, ..Mention::default() }), true)
}

/// `X … پاسخگوی پرسش‌های خبرنگاران بود که در ادامه مشروح این صحبت‌ها را
/// می‌خوانید:` (whose words you read below): a sentence naming a person,
/// ending with a cue of reading and a colon, announces their words in the
/// next paragraphs, read as an answer under a label is (see
/// [`SpeechToFollow::is_labelled`]).
fn transcript_announced(
    sentence: &str,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let colon = tokens.len().checked_sub(1).filter(|&k| tokens[k].folded == ":")?;
    data.transcript_cues.match_ending_at(tokens, colon)?;
    let subject = persian_subject_from(sentence, tokens, 0, colon, data)?;
    let person = register.refer(&subject.mention, true)?;
    let quote =
        Pending { person, text: String::new(), kind: QuoteKind::Direct, cue: LABEL_CUE.to_owned(), paragraph: 0 };
    Some(Attribution { preamble: None, follow_up: None, quote, kind: QuoteKind::Direct, continues: false })
}

/// `Tiến sỹ Tonnesson: Đây là …`: an interview transcript's speaker label,
/// an honorific and a name, then the answer; or an office as the label.
fn interview_answer(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let (mention, colon) = interview_label(sentence, tokens, language, data)
        .or_else(|| known_name_label(sentence, tokens, language, data, register))?;
    let person = register.refer(&mention, true)?;
    // a label standing alone (`Nhà báo Công Phiên:`) puts the answer in
    // the next paragraph, as `X cho biết:` closing one does
    let Some(after_colon) = tokens.get(colon + 1) else {
        let quote =
            Pending { person, text: String::new(), kind: QuoteKind::Direct, cue: LABEL_CUE.to_owned(), paragraph: 0 };
        return Some(Attribution { preamble: None, follow_up: None, quote, kind: QuoteKind::Direct, continues: false });
    };
    // transcripts may set the answer off with a dash too (`Ông X: - Nhìn
    // chung, …`)
    let text = sentence[after_colon.start..].trim_start_matches(text::DASHES).trim();
    text::has_words(text, DIRECT_MIN_WORDS).then(|| Attribution {
        preamble: None,
        follow_up: None,
        quote: Pending {
            person,
            text: text.to_owned(),
            kind: QuoteKind::Direct,
            cue: LABEL_CUE.to_owned(),
            paragraph: 0,
        },
        kind: QuoteKind::Direct,
        continues: !is_closed_quotation(text),
    })
}

/// A label that is the name of someone the article has named already,
/// alone before the colon opening a line (`عیاری: خوشحالم که …` after
/// `کیانوش عیاری کارگردان سینما … گفت`), as an interview gives the answers
/// of its guest: the person, and the colon. A bare name that nobody bears
/// yet may be a headline's subject (`بقائی: …`), and is left to
/// [`interview_label`].
fn known_name_label(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &Register,
) -> Option<(Mention, usize)> {
    let colon = tokens.iter().take(INTERVIEW_LABEL_MAX_TOKENS + 1).position(|t| t.folded == ":")?;
    let mention = match people::parse(sentence, tokens, 0, colon, language, data) {
        Some((mention, used)) if used == colon => mention,
        Some(_) => return None,
        // a given name alone (`Kiên: …` after `thủ môn Trần Trung Kiên`),
        // which no honorific or family name opens: whatever stands before
        // the colon, if it is a name the register knows
        None => {
            let name = text::collapse_whitespace(&sentence[..tokens[colon].start]);
            Mention { name: Some(name), bare: true, ..Mention::default() }
        }
    };
    register.knows(mention.name.as_deref()?).then_some((mention, colon))
}

/// The cue of an answer given under its speaker's label: the colon.
const LABEL_CUE: &str = ":";

/// The speaker label opening an interview's answer (see
/// [`interview_answer`]): the person it names, and the colon after it.
fn interview_label(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
) -> Option<(Mention, usize)> {
    // a transcript may mark each answer with a bullet (`* HLV X: …`)
    let label = usize::from(tokens.first().is_some_and(|t| {
        let mut chars = t.folded.chars();
        chars.next().is_some_and(is_interview_bullet) && chars.next().is_none()
    }));
    let colon =
        tokens.iter().take(label + OFFICE_LABEL_MAX_TOKENS + AFFILIATION_MAX_TOKENS).position(|t| t.folded == ":")?;
    // and name the speaker's side in brackets (`HLV X (U.23 Brunei): …`)
    let label_end = match colon.checked_sub(1).filter(|&k| k > label && tokens[k].folded == ")") {
        Some(close) => (label..close).rfind(|&k| tokens[k].folded == "(")?,
        None => colon,
    };
    if label_end - label > OFFICE_LABEL_MAX_TOKENS {
        return None;
    }
    let mention = match people::parse(sentence, tokens, label, label_end, language, data) {
        // a name with an honorific (`Ông Võ Tuấn Nhân: …`) or an office
        // (`Bộ trưởng Mai Tiến Dũng: …`, which runs longer); alone on its
        // line, a bare name (`مسعود پزشکیان:`), which nothing after the
        // colon makes a headline or a clause (one no list knows names a
        // speaker only if the article names them in full, as the register
        // tells)
        Some((mention, used))
            if label + used == label_end
                && mention.name.is_some()
                && ((mention.title.is_some() || colon + 1 == tokens.len())
                    && label_end - label <= INTERVIEW_LABEL_MAX_TOKENS
                    || mention.role.is_some()) =>
        {
            mention
        }
        // `رئیس کمیته علمی ستاد مقابله با کرونا: …`, `Bộ trưởng Y tế: …`: an
        // office as the label, the way leads attribute a statement; the
        // holder may be named in the next sentence. A name in it makes it
        // a clause (`HLV X lại tỏ ra tiếc nuối: …`; see
        // quotation_after_colon)
        parsed
            if parsed.as_ref().is_none_or(|(mention, _)| mention.name.is_none())
                && label == 0
                && label_end == colon
                && data.titles.match_at(tokens, 0).is_some()
                && tokens[..colon].iter().all(|t| t.is_word)
                && (0..colon).all(|k| verb_at(tokens, k, language, data).is_none()) =>
        {
            // the scene of the statement after the office (`رئیس جمهور در
            // حاشیه …:`, `Thủ tướng bên lề …:`) is no part of it; a one-word
            // preposition may join an office to its place (`Tổng lãnh sự
            // Việt Nam tại Houston`), a phrase only sets the scene
            let scene = (1..colon)
                .find(|&k| data.scene_prepositions.match_at(tokens, k).is_some_and(|n| n >= SCENE_PHRASE_MIN_TOKENS));
            let role_end = scene.map_or(tokens[colon].start, |k| tokens[k - 1].end);
            Mention { role: Some(text::collapse_whitespace(&sentence[..role_end])), ..Mention::default() }
        }
        _ => return None,
    };
    Some((mention, colon))
}

/// Fewest tokens of a scene phrase that ends an office label: see
/// [`LanguageData::scene_prepositions`].
const SCENE_PHRASE_MIN_TOKENS: usize = 2;

/// Most words of the predicate between a person and the colon opening
/// their quotation where no speech verb stands (`lại tỏ ra tiếc nuối`). A
/// Persian predicate ends with its verb, after the adverbials (`در واکنش
/// به این خبر به شدت برآشفت`), and runs longer.
const COLON_PREDICATE_MAX_WORDS: usize = 6;
const COLON_PREDICATE_MAX_WORDS_PERSIAN: usize = 10;

/// [`COLON_PREDICATE_MAX_WORDS`] for a Vietnamese predicate that names the
/// speech (`dành cho đối thủ Nepal những lời khen ngợi: "…"`, gave the
/// Nepal side words of praise): one syllable a token, the words of praise
/// and whom they were for, an office and its body, run to sixteen (`cũng
/// đã dành những lời có cánh cho vị HLV trưởng của ĐT Indonesia`).
const COLON_SPEECH_PREDICATE_MAX_WORDS: usize = 16;

/// `Bên kia chiến tuyến, HLV X lại tỏ ra tiếc nuối: "…"`: a person named
/// (or a pronoun) opening the clause, a short predicate that is no speech
/// verb, then a colon and a quotation: the quotation is theirs, the colon
/// its cue.
fn quotation_after_colon(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let colon = tokens.iter().position(|t| t.folded == ":")?;
    if !tokens.get(colon + 1).is_some_and(|t| text::is_opening_mark(&t.folded)) {
        return None;
    }
    // the subject opens the clause, or follows the phrase setting the
    // scene before a comma
    let clause_start = subject_start(tokens, data);
    // (with no predicate the person is a label: see interview_answer; with
    // a speech verb in it, the verb is the cue)
    let fits = |start: usize, mention: &Mention, used: usize| {
        // (the comma closing an apposition opens the predicate: `Chị X,
        // tiểu thương chợ Y, lắc đầu: “…”`)
        let used = used + usize::from(mention.role.is_some() && text::is_comma(&tokens[start + used].folded));
        let predicate = &tokens[start + used..colon];
        let speech_named = language == Language::Vietnamese && names_speech(predicate, data);
        let most_words = match language {
            Language::Persian => COLON_PREDICATE_MAX_WORDS_PERSIAN,
            _ if speech_named => COLON_SPEECH_PREDICATE_MAX_WORDS,
            _ => COLON_PREDICATE_MAX_WORDS,
        };
        // (the words of the speech may be set in quotation marks: `dành
        // những “lời có cánh” cho …`, gave "winged words")
        let quotation_mark = |t: &Token| text::is_opening_mark(&t.folded) || matches!(&*t.folded, "”" | "»");
        // (a bare name is left to the register, which knows whether the
        // article named the person before: `گیرمو … می‌دید: "…"` after
        // `گیرمو دل تورو`)
        (mention.name.is_some() || mention.pronoun)
            && !predicate.is_empty()
            && predicate.iter().filter(|t| t.is_word).count() <= most_words
            && predicate.iter().all(|t| t.is_word || speech_named && quotation_mark(t))
            && (start + used..colon).all(|k| verb_at(tokens, k, language, data).is_none())
    };
    let (mention, _) = (clause_start..colon)
        .filter(|&k| k == clause_start || text::is_comma(&tokens[k - 1].folded))
        .find_map(|start| {
            // the parser takes a pronoun standing alone only, where one
            // opens the predicate here (`ông không giấu nổi niềm vui: “…”`)
            let parsed = people::parse(sentence, tokens, start, colon, language, data).or_else(|| {
                let n = data.pronouns.match_at(tokens, start)?;
                Some((Mention { pronoun: true, ..Mention::default() }, n))
            });
            // … and reads a description with no name (`nhà cầm quân người
            // Hàn Quốc tỏ ra tiếc nuối`, the Korean coach looked sorry) on
            // into the predicate: read as a subject (as the descriptions a
            // tag gives are), it ends where the predicate starts, and means
            // someone named before, whom the register tells
            let described = || {
                (start + 1..colon).find_map(|from| {
                    people::parse_with(sentence, tokens, start, from, language, data, true)
                        .filter(|(_, used)| start + used == from)
                })
            };
            let fits_here = |(mention, used): &(Mention, usize)| fits(start, mention, *used);
            parsed
                .filter(fits_here)
                .or_else(|| (language == Language::Vietnamese).then(described).flatten().filter(fits_here))
                .map(|(mention, _)| (mention, start))
        })?;
    let text = sentence[tokens[colon + 1].start..].trim();
    // the quotation is all that follows the colon, or runs on past the
    // sentence: quoted names in a list (`có hai con: “Minh” và “Lan”`)
    // are none
    if !text::has_words(text, DIRECT_MIN_WORDS) || !(is_closed_quotation(text) || opens_unclosed(text)) {
        return None;
    }
    let person = register.refer(&mention, true)?;
    Some(Attribution {
        preamble: None,
        follow_up: None,
        quote: Pending { person, text: text.to_owned(), kind: QuoteKind::Direct, cue: ":".to_owned(), paragraph: 0 },
        kind: QuoteKind::Direct,
        continues: !is_closed_quotation(text),
    })
}

/// An interview label is short: an honorific and a name of up to four words.
const INTERVIEW_LABEL_MAX_TOKENS: usize = 7;

/// An office as a label runs longer: `رئیس کمیته علمی ستاد مقابله با کرونا`,
/// and in Vietnamese, where each syllable is a token, an office and a name
/// take up to fifteen (`Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn
/// Lê Văn Thanh`, thirteen).
const OFFICE_LABEL_MAX_TOKENS: usize = 15;

/// The speech verb of the sentence, as (token index, token count): the
/// first one before a colon, else the first one outside an aside, else the
/// first one.
fn speech_verb(sentence: &str, tokens: &[Token], language: Language, data: &LanguageData) -> Option<(usize, usize)> {
    speech_verb_from(sentence, tokens, 0, language, data)
}

/// [`speech_verb`] among the verbs at or after token `from`.
fn speech_verb_from(
    sentence: &str,
    tokens: &[Token],
    from: usize,
    language: Language,
    data: &LanguageData,
) -> Option<(usize, usize)> {
    // most sentences hold no speech verb: they are turned away before
    // their asides are worked out
    if !data.speech_verbs.may_match_in(tokens) && !data.weak_speech_verbs.may_match_in(tokens) {
        return None;
    }
    let mut first = None;
    // a verb inside an aside describes the speaker (`Ông X - chuyên gia
    // phân tích thị trường - nhận định, …`): taken only when no verb stands
    // outside one (the asides are worked out when a verb is found: most
    // sentences have none)
    let mut aside_flags: Option<Vec<bool>> = None;
    let mut first_in_aside = None;
    // a verb's form closing the phrase that sets the scene, a comma and
    // then a person (`Kết thúc … lĩnh vực thông tin và truyền thông, Chủ
    // tịch QH X cho biết`: information, the field): that person's verb
    // comes later. A verb whose own subject stands right before it is
    // theirs (`“…”, chị X nêu, đồng thời …`)
    let closes_scene = |i: usize, len: usize| {
        let comma = (i + len..tokens.len().min(i + len + SCENE_AFTER_VERB_MAX_WORDS + 1))
            .find(|&k| !tokens[k].is_word)
            .filter(|&k| text::is_comma(&tokens[k].folded));
        comma.is_some_and(|comma| people::opens_mention(tokens, comma + 1, data))
            && !(i.saturating_sub(SUBJECT_BEFORE_VERB_TOKENS)..i).any(|k| {
                data.titles.match_at(tokens, k).is_some()
                    || data.honorifics.match_at(tokens, k).is_some()
                    || tokens[k].capitalised
            })
    };
    let mut closing_scene = None;
    for i in from..tokens.len() {
        let Some(verb) = verb_at(tokens, i, language, data) else { continue };
        let in_aside = aside_flags.get_or_insert_with(|| asides(sentence, tokens, language, data))[i];
        if in_aside {
            first_in_aside.get_or_insert((i, verb.len));
        } else if verb.before_colon {
            return Some((i, verb.len));
        } else if closes_scene(i, verb.len) {
            closing_scene.get_or_insert((i, verb.len));
        } else {
            first.get_or_insert((i, verb.len));
        }
    }
    first.or(closing_scene).or(first_in_aside)
}

/// Most words of the circumstances a writer tells after a speech verb's
/// colon before saying the verb again (`گفت: صبح روز دوشنبه در نشست خود با
/// خبرنگاران گفت: …`, said: on Monday morning at his meeting with
/// reporters said: …).
const SAID_AGAIN_MAX_WORDS: usize = 10;

/// The colon after the speech verb said again in the words right after
/// the colon at `colon`: a writer's slip, leaving the circumstances of the
/// speech between two `said:`; the speech follows the second colon. The
/// words are the speech's circumstances only when they name no one (no
/// title, honorific or given name): `X گفت: رئیس‌جمهور گفت: …` quotes the
/// president through X.
fn said_again_after_colon(tokens: &[Token], colon: usize, language: Language, data: &LanguageData) -> Option<usize> {
    let circumstance = |k: usize| tokens[k].is_word && !people::opens_mention(tokens, k, data);
    (colon + 2..tokens.len().min(colon + 2 + SAID_AGAIN_MAX_WORDS))
        .take_while(|&k| circumstance(k - 1))
        .find_map(|k| verb_at(tokens, k, language, data).filter(|verb| verb.before_colon).map(|verb| k + verb.len))
        .filter(|&second| tokens.get(second).is_some_and(|t| t.folded == ":"))
}

/// How far before a verb its subject's honorific, title or capitalised
/// name may stand (`chị Thanh Vân nêu`).
const SUBJECT_BEFORE_VERB_TOKENS: usize = 4;

/// Most words after a verb's form that closes a scene before its comma
/// (`lĩnh vực thông tin và truyền thông,`).
const SCENE_AFTER_VERB_MAX_WORDS: usize = 4;

/// Most words of what a person does after the quotation they are tagged
/// with (`“…”, HLV X mở đầu phần họp báo.`, opened the press conference).
const TAG_PREDICATE_MAX_WORDS: usize = 5;

/// [`TAG_PREDICATE_MAX_WORDS`] for a predicate naming the speech: a
/// clause about speaking, however it goes on.
const TAG_SPEECH_PREDICATE_MAX_WORDS: usize = 10;

/// The subject of the speech verb at `verb` that has none of its own in
/// a Vietnamese sentence: the subject of the first speech verb from token
/// `from` when a conjunction joins its predicate to this one (`ông X nhận
/// định và đưa ra cảnh báo: …`, assessed and gave a warning).
fn coordinated_subject(
    sentence: &str,
    tokens: &[Token],
    (from, verb): (usize, usize),
    data: &LanguageData,
) -> Option<Subject> {
    let (first, first_len) =
        (from..verb).find_map(|k| verb_at(tokens, k, Language::Vietnamese, data).map(|v| (k, v.len)))?;
    let joined = (first + first_len..verb).any(|k| data.predicate_coordinators.match_at(tokens, k).is_some());
    if !joined {
        return None;
    }
    vietnamese_subject(sentence, tokens, first, data)
}

/// Vietnamese: a sentence that is a quotation, a comma or a dash, a person
/// and a short predicate with no speech verb (`“…”, HLV Kim Sang-sik mở
/// đầu phần họp báo.`, `“…” - ông bức xúc.`): the writer tags the
/// quotation with its speaker, whatever they are said to do.
fn quotation_tagged(
    sentence: &str,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let (opening, closing, start) = quotation_tag(tokens)?;
    let end = tokens.iter().rposition(|t| t.is_word)? + 1;
    if tokens[end..].iter().any(|t| t.folded != ".") {
        return None;
    }
    // (longer where it names the speech: `dành lời khen cho các học trò`,
    // gave his players praise; an event, `sau buổi gặp mặt`, names none)
    let short_predicate = |from: usize| {
        from < end
            && (end - from <= TAG_PREDICATE_MAX_WORDS
                || end - from <= TAG_SPEECH_PREDICATE_MAX_WORDS && names_speech(&tokens[from..end], data))
            && tokens[from..end].iter().all(|t| t.is_word)
    };
    // a bracketed aside after the person describes them (`đại biểu X
    // (Quảng Ninh) chất vấn.`): the predicate follows it
    let past_aside = |k: usize| match tokens.get(k) {
        Some(t) if t.folded == "(" => (k + 1..end).find(|&j| tokens[j].folded == ")").map_or(k, |close| close + 1),
        _ => k,
    };
    // the person, as far as a mention reads; or a description that ends
    // where the predicate starts (`nhà cầm quân người Hàn Quốc tiếp tục`,
    // the Korean coach went on), which names the person spoken of before,
    // or a name that does (`Bộ trưởng Dung mở đầu câu chuyện`: a given
    // name alone after the title ends the phrase only where the predicate
    // is cut off it)
    let (mention, used) = people::parse_with(sentence, tokens, start, end, Language::Vietnamese, data, true)
        .map(|(mention, used)| (mention, past_aside(start + used) - start))
        .filter(|&(_, used)| short_predicate(start + used))
        .or_else(|| {
            // the longest name first (`ông Spicer vặn lại`: not the pronoun
            // `ông` before a predicate `Spicer vặn lại`), then the shortest
            // description or pronoun
            let froms = end.saturating_sub(TAG_PREDICATE_MAX_WORDS).max(start + 1)..end;
            let ending_at = |from: usize| {
                people::parse_with(sentence, tokens, start, from, Language::Vietnamese, data, true)
                    .filter(|(_, used)| start + used == from)
            };
            froms
                .clone()
                .rev()
                .find_map(|from| ending_at(from).filter(|(mention, _)| mention.name.is_some()))
                .or_else(|| froms.clone().find_map(|from| ending_at(from).filter(|(mention, _)| mention.pronoun)))
        })?;
    let predicate = start + used..end;
    // (a bare name counts only if the article named the person before:
    // the register tells)
    if !short_predicate(predicate.start) {
        return None;
    }
    let text = without_tag_comma(&sentence[tokens[opening].end..tokens[closing].start]);
    if !text::has_words(text, DIRECT_MIN_WORDS) {
        return None;
    }
    let person = register.refer(&mention, true)?;
    // the cue is the predicate's speech verb where it opens with one
    // (`đánh giá tại cuộc họp ngày 29/7`: `đánh giá`), as a verb before
    // the quotation is; else what the person is said to do. (A tag with a
    // strong speech verb is read as an attribution before it gets here.)
    let cue_end =
        data.weak_speech_verbs.match_at(tokens, predicate.start).map_or(predicate.end, |n| predicate.start + n);
    let cue = text::collapse_whitespace(&sentence[tokens[predicate.start].start..tokens[cue_end - 1].end]);
    let quote = Pending { person, text: text.to_owned(), kind: QuoteKind::Direct, cue, paragraph: 0 };
    Some(Attribution { quote, preamble: None, follow_up: None, kind: QuoteKind::Direct, continues: false })
}

/// Whether a predicate names the speech it goes with: a noun of speech in
/// it (`dành lời khen …`, gave praise; `những lời khen ngợi`).
fn names_speech(predicate: &[Token], data: &LanguageData) -> bool {
    (0..predicate.len()).any(|k| data.speech_nouns.match_at(predicate, k).is_some())
}

/// Where the tag after the quotation a sentence opens with starts, past the
/// comma or the dash (or both) that set it off: the opening and closing
/// tokens and the tag's first (`“…”, bà Lan cười.`, `“…” - ông bức xúc.`).
fn quotation_tag(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    let (opening, closing) = tagged_quotation_marks(tokens)?;
    Some((opening, closing, tag_separator(tokens, closing)? + 1))
}

/// The tokens opening and closing the quotation a sentence opens with
/// (`“…”`, `"…"`), or that opens right after a colon closing a scene set
/// before it with no speech verb (`Trải lòng về một năm qua, người đứng đầu
/// ngành …: “…” - Bộ trưởng X mở đầu câu chuyện.`): the colon introduces
/// the quotation as its opening the sentence would, and the tag after it
/// names the speaker.
fn tagged_quotation_marks(tokens: &[Token]) -> Option<(usize, usize)> {
    let opening = match quotation_close_from(tokens, 0) {
        Some(closing) => return Some((0, closing)),
        None => tokens.iter().position(|t| t.folded == ":")? + 1,
    };
    Some((opening, quotation_close_from(tokens, opening)?))
}

/// The last token of what sets a tag off the quotation closing at
/// `closing`: a comma, a dash, or a comma and a dash (`“…”, – bà X`).
fn tag_separator(tokens: &[Token], closing: usize) -> Option<usize> {
    let dash_at = |k: usize| tokens.get(k).is_some_and(|t| text::is_dash(&t.folded));
    match tokens.get(closing + 1)?.folded.as_ref() {
        "," if dash_at(closing + 2) => Some(closing + 2),
        "," => Some(closing + 1),
        _ if dash_at(closing + 1) => Some(closing + 1),
        // the comma set inside the closing mark (`“…,” ông X nói.`), as
        // pages that follow English usage print it
        _ if closing > 0 && tokens[closing - 1].folded == "," => Some(closing),
        _ => None,
    }
}

/// The token closing the Vietnamese quotation (`“…”`, `"…"`) that opens
/// at token `opening`: a sentence's first, or the one after a colon.
fn quotation_close_from(tokens: &[Token], opening: usize) -> Option<usize> {
    if !matches!(&*tokens.get(opening)?.folded, "“" | "\"") {
        return None;
    }
    pair_closing(tokens, opening, tokens.len())
}

/// The token closing the quotation that the mark at `open` (`“`, `«` or
/// `"`) opens, before `to`, in the same style: a quotation inside it
/// opened by the same curly mark (`“… in “đường lưỡi bò”. Đây là …”`)
/// closes first. A straight mark may be closed by a curly one too (`"…”,
/// ông X nhận định`), as writers mix them, unless a curly quotation
/// inside it is open. A curly mark no curly one closes may be closed by a
/// straight one (`“…", ông X cho biết`): the last, when the straight marks
/// after it are odd in number, the others pairing up around a word quoted
/// inside (`“… "vùng xanh" …"`).
fn pair_closing(tokens: &[Token], open: usize, to: usize) -> Option<usize> {
    let mark = &*tokens.get(open)?.folded;
    let (close, nested_open) = match mark {
        "“" => ("”", "“"),
        "«" => ("»", "«"),
        "\"" => ("\"", "“"),
        _ => return None,
    };
    let to = to.min(tokens.len());
    let mut nested = 0usize;
    let curly = (open + 1..to).find(|&k| {
        let token = &*tokens[k].folded;
        let closes = token == close || mark == "\"" && token == "”";
        if token == nested_open {
            nested += 1;
        } else if closes && nested > 0 {
            nested -= 1;
        } else if closes {
            return true;
        }
        false
    });
    if curly.is_some() || mark != "“" {
        return curly;
    }
    let (count, last) =
        (open + 1..to).filter(|&k| tokens[k].folded == "\"").fold((0usize, None), |(count, _), k| (count + 1, Some(k)));
    last.filter(|_| count % 2 == 1)
}

/// A speech verb found at a token.
struct VerbAt {
    /// Its length in tokens.
    len: usize,
    /// Right before a colon: direct speech follows, whatever verb came
    /// earlier (a caption run into the sentence may start with one).
    before_colon: bool,
}

/// Whether the word at `i` follows a noun's marker (`những phát biểu`,
/// statements; `به گفته`, according to) or `của` (of: `sự trao đổi của
/// thông tin`, the exchange of information, whose object it is): a noun,
/// no verb. (`lời nói`, words, is a noun; in `dẫn lời nói`, quotes … as
/// saying, `lời` belongs to the verb before it.) A marker closing the
/// manner the verb is said in is that word's syllable (`lịch sự nói`,
/// said politely, holds `sự`). Kept out of `verb_at`, which runs on every
/// word, as only a speech verb's word is looked at.
#[inline(never)]
fn after_noun_marker(tokens: &[Token], i: usize, data: &LanguageData) -> bool {
    let closes_manner = |n: usize| i > n && data.speech_manners.match_at(tokens, i - n - 1) == Some(n + 1);
    data.noun_markers
        .match_ending_at(tokens, i)
        .is_some_and(|n| (i < n + 1 || !is_quoting_at(tokens, i - n - 1)) && !closes_manner(n))
        || data.affiliation_markers.match_ending_at(tokens, i).is_some()
}

/// The speech verb starting at token `i`, if one does in this use.
fn verb_at(tokens: &[Token], i: usize, language: Language, data: &LanguageData) -> Option<VerbAt> {
    let verb = speech_verb_form_at(tokens, i, language, data)?;
    // `được cho biết`, was told: said to the subject, not by it. Looked up
    // only where a verb stands: this runs on every word
    let passive = i > 0 && data.passive_markers.contains(&tokens[i - 1].folded);
    // `có thể chia sẻ`, could tell, `sẽ trao đổi`, will discuss: asked
    // for, possible or to come, not said … with an adverb or `cùng`
    // between (`sẽ cùng trao đổi`, will discuss together); `شاید بتوان
    // گفت که …`, one might say that …: an infinitive, said by no one
    let modal = data.modal_markers.match_ending_at(tokens, i).is_some()
        || i > 1
            && (data.adverbs.contains(&tokens[i - 1].folded) || data.comitatives.contains(&tokens[i - 1].folded))
            && data.modal_markers.match_ending_at(tokens, i - 1).is_some();
    // `không thừa nhận`, did not admit: what was not said, unless a colon
    // gives the words after all
    let negated = !verb.before_colon && data.negators.match_ending_at(tokens, i).is_some();
    (!passive && !modal && !negated).then_some(verb)
}

/// [`verb_at`] before the passive is ruled out: a speech verb in a use
/// that reports.
fn speech_verb_form_at(tokens: &[Token], i: usize, language: Language, data: &LanguageData) -> Option<VerbAt> {
    let token = tokens.get(i)?;
    if !token.is_word {
        return None;
    }
    // Vietnamese capitalises a word inside a sentence only in a name: `Bộ
    // Thông tin và Truyền thông` (the Ministry of Information) holds no
    // verb `thông tin` (informed), nor `Hội đồng Tư vấn` one `tư vấn`
    if language == Language::Vietnamese && token.capitalised && i > 0 {
        return None;
    }
    // a Persian verb after its durative prefix written apart (`می دانست`,
    // knew; `نمی گفت`, did not say) is the continuous form, a speech verb
    // only where the lexicon lists it whole (`می گفت`), matched from the
    // prefix: as with the prefix joined (`می‌دانست`)
    if language == Language::Persian && i > 0 && matches!(&*tokens[i - 1].folded, "می" | "نمی") {
        return None;
    }
    // `khai mạc` (opened) is no `khai` (testified), nor is `triển khai`
    // (deployed), nor `thăm hỏi` (visited and consoled) `hỏi` (asked)
    let in_compound = |n: usize| {
        data.verb_compounds.match_at(tokens, i).is_some_and(|m| m > n)
            || data.verb_compounds.match_ending_at(tokens, i + n).is_some_and(|m| m > n)
    };
    if let Some(n) = data.speech_verbs.match_at(tokens, i) {
        if in_compound(n) {
            return None;
        }
        let next = tokens.get(i + n);
        // `گفت وگو`, `گفت و گو` is a conversation, not a verb
        // `Thông tin từ Đại tá X cho biết` (the information from Colonel
        // X says): a noun, whose source a person after `từ` is
        let from_person = || next.is_some_and(|t| t.folded == "từ") && people::opens_mention(tokens, i + n + 1, data);
        // `bác bỏ ý kiến cho rằng …` (rejected the view that …): the verb
        // gives the view's content, which the subject may well deny
        let view_content = || data.view_nouns.match_ending_at(tokens, i).is_some();
        let noun_use = after_noun_marker(tokens, i, data)
            || language == Language::Vietnamese && (from_person() || view_content())
            || language == Language::Persian
                && next.is_some_and(|t| {
                    t.folded.starts_with("وگو")
                        || t.folded.starts_with("گو")
                        || t.folded == "و" && tokens.get(i + n + 1).is_some_and(|t| t.folded.starts_with("گو"))
                });
        // `thông tin thêm`, `chia sẻ thêm`: `thêm` (further) goes with any
        // Vietnamese speech verb
        let further = language == Language::Vietnamese && next.is_some_and(|t| t.folded == "thêm");
        let (n, next) = if further { (n + 1, tokens.get(i + n + 1)) } else { (n, next) };
        // a Persian participle's auxiliary written apart (`پیش بینی کرده
        // اند که …`, have predicted that) is the verb's last word
        let auxiliary = next.is_some_and(|t| data.perfect_auxiliaries.contains(&t.folded));
        let (len, next) = if auxiliary { (n + 1, tokens.get(i + n + 1)) } else { (n, next) };
        // `درباره … با خبرنگاران سخن گفت` (spoke about …), `به سؤالات
        // خبرنگاران پاسخ داد` (answered the reporters' questions): the act
        // of speaking, whose words come after a colon, in quotation marks or
        // in a clause opened by `که`
        let speaking_act = language == Language::Persian
            && data.speaking_acts.match_ending_at(tokens, i + n).is_some_and(|m| m >= n)
            && !next.is_some_and(|t| matches!(&*t.folded, ":" | "«" | "\"" | "“" | "که"));
        return (!noun_use && !speaking_act)
            .then(|| VerbAt { len, before_colon: speech_colon(tokens, i + len, language, data).is_some() });
    }
    let verb_len = data.weak_speech_verbs.match_at(tokens, i).filter(|&n| !in_compound(n))?;
    // a noun of speech as the object names what the report gives (`nêu
    // nhận định, …`, stated the view that …; `bày tỏ quan điểm: …`): the
    // report opens after it, as after the verb alone
    let n = verb_len + data.speech_nouns.match_at(tokens, i + verb_len).unwrap_or(0);
    let next = tokens.get(i + n).map(|t| &*t.folded);
    // a short object may stand before the colon of a quotation (`bày tỏ sự
    // phấn khích: “…”`, expressed her excitement); after the verb or its
    // noun of speech a colon opens the words whatever follows
    let before_colon = speech_colon(tokens, i + verb_len, language, data).is_some() || next == Some(":");
    // a verb after the comma is the next of verbs in a row (`quán triệt,
    // triển khai các văn bản`, conveyed and carried out the documents), no
    // report of what was said
    let verbs_in_a_row = || {
        let k = i + n + 1;
        [&data.speech_verbs, &data.weak_speech_verbs, &data.verb_compounds]
            .iter()
            .any(|verbs| verbs.match_at(tokens, k).is_some())
    };
    let opens_report = before_colon
        || next == Some(",") && !verbs_in_a_row()
        || matches!(next, Some("rằng" | "là"))
        || addressee_before_complementiser(tokens, i + n, data).is_some();
    (opens_report && !after_noun_marker(tokens, i, data)).then_some(VerbAt { len: n, before_colon })
}

/// Most words between a Vietnamese speech verb and the colon opening its
/// quotation, naming the speech or its hearer (`nói một câu duy nhất:
/// “…”`, `nhắn nhủ các em: “…”`): more, and the colon belongs to a clause
/// of its own.
const SPEECH_OBJECT_MAX_WORDS: usize = 4;

/// [`SPEECH_OBJECT_MAX_WORDS`] for an object that a noun of speech opens
/// (`nói lời chúc mừng mở đầu buổi họp báo: “…”`, gave the greeting that
/// opened the press conference): it names the speech the quotation gives,
/// however it goes on.
const SPEECH_NOUN_OBJECT_MAX_WORDS: usize = 8;

/// [`SPEECH_OBJECT_MAX_WORDS`] for an object before a colon that closes
/// the sentence, the speech standing under it: the hearer with an office
/// and a name (`cho Bộ trưởng Bộ Công thương Trần Tuấn Anh`, 9 words).
const HEARER_OBJECT_MAX_WORDS: usize = 12;

/// The colon opening direct speech after a speech verb ending at
/// `after_verb`: right after it, or in Vietnamese after a short object
/// (see [`SPEECH_OBJECT_MAX_WORDS`]) when a quotation opens after the
/// colon or the colon closes the sentence, the speech standing under it
/// (`đặt câu hỏi cho Bộ trưởng Trần Tuấn Anh:`, asked the minister). No
/// other speech verb stands in the object: the verb nearest the colon is
/// the one the quotation gives.
fn speech_colon(tokens: &[Token], after_verb: usize, language: Language, data: &LanguageData) -> Option<usize> {
    if tokens.get(after_verb)?.folded == ":" {
        return Some(after_verb);
    }
    if language != Language::Vietnamese {
        return None;
    }
    let object_word = |k: usize| tokens[k].is_word && data.speech_verbs.match_at(tokens, k).is_none();
    // the last colon of a sentence that only names the speaker, the hearer
    // and the speech introduces what stands under it, however many words
    // the hearer's office takes
    let closes_sentence = tokens.last().is_some_and(|t| t.folded == ":");
    let most_words = if closes_sentence {
        HEARER_OBJECT_MAX_WORDS
    } else if data.speech_nouns.match_at(tokens, after_verb).is_some() {
        SPEECH_NOUN_OBJECT_MAX_WORDS
    } else {
        SPEECH_OBJECT_MAX_WORDS
    };
    let words = (after_verb..tokens.len().min(after_verb + most_words)).take_while(|&k| object_word(k)).count();
    let colon = after_verb + words;
    let speech_after = |t: &Token| text::is_opening_mark(&t.folded);
    (words > 0 && tokens.get(colon).is_some_and(|t| t.folded == ":") && tokens.get(colon + 1).is_none_or(speech_after))
        .then_some(colon)
}

/// Most words of the person spoken to between a Vietnamese speech verb and
/// the `rằng` (that) opening its report: `mọi người`, `các cầu thủ`,
/// `phóng viên Báo Dân trí`.
const ADDRESSEE_MAX_WORDS: usize = 4;

/// The `rằng` that opens a report after the person spoken to (`nhắc nhở
/// mọi người rằng …`, reminded everyone that …; `cảnh báo các cầu thủ
/// rằng …`), the words from `from` to it being that person: no
/// punctuation and no verb of speech or thought among them (`kêu gọi
/// người dân đừng tin rằng …` is no report of what was believed).
fn addressee_before_complementiser(tokens: &[Token], from: usize, data: &LanguageData) -> Option<usize> {
    let is_addressee_word = |k: usize| {
        tokens[k].is_word
            && tokens[k].folded != "rằng"
            && data.speech_verbs.match_at(tokens, k).is_none()
            && data.weak_speech_verbs.match_at(tokens, k).is_none()
    };
    let words = (from..tokens.len().min(from + ADDRESSEE_MAX_WORDS)).take_while(|&k| is_addressee_word(k)).count();
    let complementiser = from + words;
    (words > 0 && tokens.get(complementiser).is_some_and(|t| t.folded == "rằng")).then_some(complementiser)
}

/// Which tokens stand in an aside: inside a quotation, between brackets,
/// between a pair of free-standing dashes, in a role set off by commas after a name
/// (`Ông Kyle Rodda, chuyên gia phân tích thị trường, nhận định`), in a
/// Persian relative clause closed by a comma (`مصطفی قانعی که در یک برنامه
/// تلویزیونی سخن می‌گفت، تاکید کرد …`), or in a Vietnamese phrase that
/// opens the sentence with a verb and sets the scene before a comma (`Phát
/// biểu tại hội nghị, Thủ tướng … nhấn mạnh …`).
fn asides(sentence: &str, tokens: &[Token], language: Language, data: &LanguageData) -> Vec<bool> {
    /// What opened the aside being read, and so what closes it.
    enum Aside {
        Bracket,
        Dash,
        Comma,
    }
    let mut inside = vec![false; tokens.len()];
    let mut open: Option<(usize, Aside)> = None;
    for (k, token) in tokens.iter().enumerate() {
        let folded = &*token.folded;
        let closes = match open {
            Some((_, Aside::Bracket)) => folded == ")",
            Some((_, Aside::Dash)) => text::is_dash(folded),
            Some((_, Aside::Comma)) => text::is_comma(folded),
            None => false,
        };
        // a role set off by commas closes before the verb that opens direct
        // speech (`ông X, Phó Chủ tịch Hội Y cho biết: … báo chí, truyền
        // thông …`): a colon ends the comma's reach, marking nothing
        if matches!(open, Some((_, Aside::Comma))) && folded == ":" {
            open = None;
            continue;
        }
        if let Some((start, _)) = open.as_ref().filter(|_| closes) {
            for flag in &mut inside[start + 1..k] {
                *flag = true;
            }
            open = None;
        } else if open.is_none() {
            // a comma opens an aside only before a role after a name
            let after_name = || k > 0 && tokens[k - 1].capitalised;
            // a dash between two words in lower case joins a compound
            // (`kinh tế - xã hội`, socio-economic), opening nothing; one
            // opening an aside follows a name or leads to a role
            let lower_case = |j: usize| {
                tokens.get(j).is_some_and(|t| t.is_word && sentence[t.start..].starts_with(char::is_lowercase))
            };
            let joins_compound = || k > 0 && lower_case(k - 1) && lower_case(k + 1);
            open = match folded {
                "(" => Some((k, Aside::Bracket)),
                _ if text::is_dash(folded) && !joins_compound() => Some((k, Aside::Dash)),
                _ if text::is_comma(folded) && after_name() && data.titles.match_at(tokens, k + 1).is_some() => {
                    Some((k, Aside::Comma))
                }
                "که" if language == Language::Persian => Some((k, Aside::Comma)),
                _ => None,
            };
        }
    }
    // a verb inside a quotation is the quoted speaker's words (`“… tôi nên
    // trả lời. …”, ông Lưu Ngũ trả lời`), not the attribution
    for (from, to) in text::quoted_ranges(sentence) {
        for (flag, token) in inside.iter_mut().zip(tokens) {
            *flag |= token.start >= from && token.end <= to;
        }
    }
    if language == Language::Vietnamese {
        let mut start = subject_start(tokens, data);
        // a short phrase of time or place may come first (`Sáng 22-3, phát
        // biểu kết luận hội nghị, Thủ tướng … nhấn mạnh …`); one naming a
        // person is the subject's. The verb may open a subordinate clause
        // (`Sau khi phân tích tình hình, Thủ tướng nêu rõ …`)
        let names_person = |k: usize| data.honorifics.match_at(tokens, k).or(data.titles.match_at(tokens, k)).is_some();
        for _ in 0..2 {
            let Some(comma) = (start..tokens.len()).find(|&k| tokens[k].folded == ",") else { break };
            let verb_start = start + data.subordinators.match_at(tokens, start).unwrap_or(0);
            if verb_at(tokens, verb_start, language, data).is_some() {
                for flag in &mut inside[start..comma] {
                    *flag = true;
                }
                break;
            }
            if comma - start > OPENER_MAX_TOKENS || (start..comma).any(names_person) {
                break;
            }
            start = comma + 1;
        }
        // the act of speaking and its scene set off by commas (`Bà X, phát
        // biểu tại hội nghị, cho biết …`) describe the speaker before the
        // verb that reports
        for k in 1..tokens.len() {
            if tokens[k - 1].folded == ","
                && let Some(n) = data.speaking_acts.match_at(tokens, k)
                && data.scene_prepositions.match_at(tokens, k + n).is_some()
                && let Some(comma) = (k + n..tokens.len()).find(|&j| tokens[j].folded == ",")
            {
                for flag in &mut inside[k..comma] {
                    *flag = true;
                }
            }
        }
    }
    inside
}

struct Subject {
    mention: Mention,
    /// Token range of the subject phrase.
    start: usize,
    end: usize,
}

/// The speaker of the verb at `verb`.
fn subject(sentence: &str, tokens: &[Token], verb: usize, language: Language, data: &LanguageData) -> Option<Subject> {
    match language {
        Language::Persian => persian_subject(sentence, tokens, verb, data).map(|mut subject| {
            // (read only for an office alone: most subjects are named)
            let mention = &subject.mention;
            let office_alone = mention.role.as_deref().filter(|_| mention.name.is_none() && !mention.pronoun);
            // … and so does an office after a demonstrative (`این استاد
            // دانشگاه تصریح کرد`, this university professor stressed): the
            // person the text is about, if none holds that office
            subject.mention.describes_known_person = office_alone.is_some_and(|role| {
                data.speech_continuations.match_at(tokens, subject.end).is_some_and(|n| subject.end + n <= verb)
                    || data.seats.starts(&text::fold(role))
                    || data.demonstratives.contains(&tokens[subject.start].folded)
            });
            subject.mention.speaks_for_many = speaks_for_many(tokens, verb, data);
            subject
        }),
        Language::Vietnamese => vietnamese_subject(sentence, tokens, verb, data),
        _ => None,
    }
}

/// The subject with its name cut back to the name of someone the article
/// met, when the name ran on into the words after it: no capitals close a
/// Persian name, and its phrase may take in the nouns of the verb's object
/// (`مسعود ستایشی صدور حکم اعدام … را تکذیب کرد`, Masoud Setayeshi denied
/// the issuing of a death sentence). A first name and a surname at least
/// are kept. Only a name that closes the phrase runs on: a role after it
/// (`علی رضایی نژاد، نماینده مجلس،`) opened with a title that ended it.
fn ending_known_name(sentence: &str, tokens: &[Token], mut subject: Subject, register: &Register) -> Subject {
    let Some(name) = subject.mention.name.as_deref() else { return subject };
    let words: Vec<&str> = name.split_whitespace().collect();
    // (most names are two words, which nothing cuts: a quick way out)
    if words.len() <= KNOWN_NAME_MIN_WORDS {
        return subject;
    }
    let Some(name_start) = subject.end.checked_sub(words.len()).filter(|&k| k >= subject.start) else {
        return subject;
    };
    // (the name's words are the phrase's last tokens: checked, as the
    // end is moved by their count)
    if text::collapse_whitespace(&sentence[tokens[name_start].start..tokens[subject.end - 1].end]) != name {
        return subject;
    }
    if let Some(n) = (KNOWN_NAME_MIN_WORDS..words.len()).rev().find(|&n| register.knows(&words[..n].join(" "))) {
        subject.mention.name = Some(words[..n].join(" "));
        subject.end = name_start + n;
    }
    subject
}

/// Fewest words of a name a run-on name is cut back to (see
/// [`ending_known_name`]): a given name and a surname, as a surname alone
/// may open someone else's longer name.
const KNOWN_NAME_MIN_WORDS: usize = 2;

/// Longest adverbial phrase before a comma that opens a sentence ahead of
/// its subject (`پیش از این،`, `در همین حال،`, `Sáng 22-3,`), in tokens.
const OPENER_MAX_TOKENS: usize = 5;

/// Words of the name, given and family, that a Persian subject after a
/// scene phrase with no comma has when no office follows it (see
/// [`persian_subject`]).
const SCENE_SUBJECT_NAME_WORDS: usize = 2;

/// Most tokens between such a subject and its verb: a preposition and its
/// noun saying how the words were given (`علی مطهری در تذکری گفت`, in a
/// point of order). A longer run holds a subject of its own (`در مراسم
/// یادبود علی رضایی در تهران یکی از دوستانش گفت`, one of his friends).
const SCENE_SUBJECT_TAIL_MAX_TOKENS: usize = 2;

/// Longest such phrase when a preposition or an adverb opens it (`در پی
/// ادعای بمب‌گذاری در سفارت ایران در آنکارا،`): a prepositional phrase is
/// never the subject, so the comma after it is looked for further.
const PREPOSITIONAL_OPENER_MAX_TOKENS: usize = 16;

/// Persian: the noun phrase that opens the clause holding the verb, after
/// an agency prefix (`برنا - گروه استانها:`), a reporting phrase (`به
/// گزارش …،`) and connectives (`همچنین`).
fn persian_subject(sentence: &str, tokens: &[Token], verb: usize, data: &LanguageData) -> Option<Subject> {
    // (a semicolon inside the dateline, `باشگاه خبرنگاران جوان؛ مینا
    // عظیمی - …`, closes the agency's name, no clause)
    let dateline_end = after_dateline(tokens, verb, data);
    // (the clause opens after a quotation's closing mark: a guillemet, or
    // the curly mark of a page that sets quotations in those; a short one
    // after `با` closes the name of the person met, `در نشست با «نورمحمد
    // متوکل»، سرپرست …`, whose office after it is no subject; the opening
    // mark is looked for no further back than a name runs)
    let names_company = |close: usize| {
        name_in_marks_opening(tokens, close)
            .is_some_and(|open| data.comitatives.match_ending_at(tokens, open).is_some())
    };
    let clause_start = (dateline_end..verb)
        .rev()
        .find(|&k| match &*tokens[k].folded {
            ":" | "؛" | ";" => true,
            "»" | "”" => !names_company(k),
            _ => false,
        })
        .map_or(dateline_end, |k| k + 1);
    // a dash after a closing guillemet (or a colon) sets the speaker's
    // tag off the quotation (`«…» - وزیر کشور گفت.`), as a comma does
    let clause_start = match tokens.get(clause_start) {
        Some(dash) if text::is_dash(&dash.folded) => clause_start + 1,
        _ => clause_start,
    };
    let found = persian_subject_from(sentence, tokens, clause_start, verb, data);
    // a `»` (or `”`) may close a title inside the subject (`حسین اشمیری
    // تهیه‌کننده فیلم «…» گفته است`), and a `؛` the clause a speaker's
    // preamble runs to (`X با بیان اینکه …؛ گفت: …`, the subject dropped
    // after it as Persian drops a repeated one): then the subject opens
    // the sentence
    if clause_start > 0
        && matches!(&*tokens[clause_start - 1].folded, "»" | "”" | "؛" | ";")
        && found.as_ref().is_none_or(|s| s.mention.bare)
        // a bare name in quotation marks (`« ذبیح الله مجاهد » در گفتگوی …
        // تکذیب کرد`) is left to the register, which knows it if the
        // article named the person before; a scare-quoted phrase it does not
        && let Some(subject) = persian_subject_from(sentence, tokens, dateline_end, verb, data)
            .filter(|s| !s.mention.bare || found.is_none() && text::is_opening_mark(&tokens[0].folded))
    {
        return Some(subject);
    }
    // an adverbial phrase set off by a comma opens the sentence (`پیش از
    // این، X … تاکید کرده بود`, `در همین حال، …`): the subject follows it
    // (a phrase opening with a preposition, `در پی ادعای … در آنکارا،`,
    // is no subject however long it runs)
    let opener_max = if tokens.get(clause_start).is_some_and(|t| data.phrase_stops.contains(&t.folded)) {
        PREPOSITIONAL_OPENER_MAX_TOKENS
    } else {
        OPENER_MAX_TOKENS
    };
    // (a bare name opening the clause, `در همین راستا، ترامپ گفت`, is
    // kept for last: the register knows whether the article named them)
    let mut bare_after_opener = None;
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && let Some(comma) =
            (clause_start..verb.min(clause_start + opener_max)).find(|&k| text::is_comma(&tokens[k].folded))
        && let Some(subject) = persian_subject_from(sentence, tokens, comma + 1, verb, data)
    {
        if !subject.mention.bare {
            return Some(subject);
        }
        // (where `اما` or `ولی`, but, follows the comma, the clause before
        // it goes on, no opener: `با بیان این که …، اما ارز مفت نمی‌دهیم
        // گفت`, stating that …, but …, he said)
        if !tokens.get(comma + 1).is_some_and(|t| matches!(&*t.folded, "اما" | "ولی")) {
            bare_after_opener = Some(subject);
        }
    }
    // a subheading run into the sentence ahead of its subject, a pronoun
    // right before the verb (`تاکید بر عدالت در دسترسی به خدمات درمانی وی
    // تصریح کرد: …`), which reads as a bare name: the pronoun, unless a
    // preposition governs it (`به وی گفت`, told him)
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && let Some(n) = data.pronouns.match_ending_at(tokens, verb)
        && verb - n > clause_start
        && !data.phrase_stops.contains(&tokens[verb - n - 1].folded)
        && let Some((mention, _)) = people::parse(sentence, tokens, verb - n, verb, Language::Persian, data)
        && mention.pronoun
    {
        return Some(Subject { mention, start: verb - n, end: verb });
    }
    // no subject before direct speech, only adverbs: Persian drops the
    // subject the sentences before gave (`می‌گفت: «…»`, `سپس گفت: «…»`),
    // which a pronoun would name
    let comma = (clause_start..verb.min(clause_start + OPENER_MAX_TOKENS)).find(|&k| text::is_comma(&tokens[k].folded));
    // (only adverbs may stand there: a phrase with a noun, `با اشاره به
    // سخنان وزیر خارجه گفت`, may hide the subject or the object)
    let dropped = |start: usize| (start..verb).all(|k| data.phrase_stops.contains(&tokens[k].folded));
    let gives_direct_speech =
        tokens.get(verb + data.speech_verbs.match_at(tokens, verb).unwrap_or(1)).is_some_and(|t| t.folded == ":");
    if found.is_none()
        && gives_direct_speech
        && (dropped(clause_start) || comma.is_some_and(|comma| dropped(comma + 1)))
    {
        return Some(Subject { mention: Mention { pronoun: true, ..Mention::default() }, start: verb, end: verb });
    }
    // … and so does one who speaks to someone, the person spoken to put
    // first with `به` (`موقع ساخت فیلم تیغ، به وزلی اسنایپز، بازیگر …،
    // گفت: «…»`, told Wesley Snipes): the name after `به` is no subject,
    // and no other phrase stands before it but an opener set off by a
    // comma. (`به گزارش …`, `به نقل از …` credit a source, whose subject
    // follows: see `after_reporting_phrase`.)
    let addressed_from = |start: usize| {
        tokens.get(start).is_some_and(|t| t.folded == "به") && data.reporting_cues.match_at(tokens, start).is_none()
    };
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && gives_direct_speech
        && (addressed_from(clause_start) || comma.is_some_and(|comma| addressed_from(comma + 1)))
    {
        return Some(Subject { mention: Mention { pronoun: true, ..Mention::default() }, start: verb, end: verb });
    }
    // an opener longer than those limits, a relative clause in it (`در
    // آیین رونمایی از این تمبر که وزرای اقتصاد و نفت … حضور داشتند، رئیس کل
    // بانک مرکزی گفت: …`), names no one: the subject after its last comma
    // does
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && let Some(comma) = (clause_start..verb).rev().find(|&k| text::is_comma(&tokens[k].folded))
        && let Some(subject) = persian_subject_from(sentence, tokens, comma + 1, verb, data).filter(|s| !s.mention.bare)
    {
        return Some(subject);
    }
    // a scene phrase with no comma after it (`در جلسه امروز شورای عالی
    // اقتصاد محسن رضایی گفت`): the full name a given name opens, running
    // up to the verb, is the subject … unless the phrase joins company to
    // it (`در دیدار با وزیر نیرو علی محرابیان تاکید کرد`, meeting the
    // minister, someone named before stressed): the person met. The
    // company of a reporter (`در گفت‌وگو با خبرنگار ایسنا علی رضایی گفت`,
    // talking to ISNA's reporter) is the interview's: the name after it
    // speaks. A longer name without an office may have run on into a noun
    // (`در مراسم تشییع محمد احمدی پسرش گفت`, at M. A.'s funeral his son
    // said)
    let meets_person = |j: usize| {
        data.comitatives
            .match_at(tokens, j)
            .is_some_and(|n| tokens.get(j + n).is_none_or(|t| !data.outlet_kinds.contains(&t.folded)))
    };
    // An office standing there (`در این نشست استاندار مازندران گفت`, at
    // this meeting the governor said) is the subject as well: its holder
    // may be named before it with a given name no lexicon has, and the
    // office still says who speaks. Neither is where a preposition governs
    // it (`در پاسخ به وزیر کشور گفت`, `در پاسخ به علی لاریجانی گفت`,
    // replying to the minister, to Larijani)
    let opens_subject = |k: usize| {
        (people::opens_persian_name(tokens, k, data) || data.titles.match_at(tokens, k).is_some())
            && !data.prepositions.contains(&tokens[k - 1].folded)
    };
    // (the subject may stand before a short phrase saying how the words
    // were given, `… علی مطهری در تذکری گفت`, not where: `… علی رضایی در
    // تهران گفت`, at the memorial of A. R. in Tehran, someone said)
    let says_how = |end: usize| {
        verb - end <= SCENE_SUBJECT_TAIL_MAX_TOKENS
            && data.prepositions.contains(&tokens[end].folded)
            && !people::opens_place(tokens, end + 1, data)
    };
    // (after the agency's reporting phrase, `به گزارش ایسنا، در جلسه …`)
    let scene_start = after_reporting_phrase(tokens, clause_start, verb, data);
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && opens_scene(tokens, scene_start, data)
        && !tokens[scene_start..verb].iter().any(|t| text::is_comma(&t.folded))
        && let Some(subject) = (scene_start + 1..verb).filter(|&k| opens_subject(k)).find_map(|k| {
            persian_subject_from(sentence, tokens, k, verb, data).filter(|s| {
                // (with no name, the phrase is an office)
                (s.end == verb || says_how(s.end))
                    && s.mention.name.as_deref().is_none_or(|name| {
                        let words = name.split_whitespace().count();
                        words == SCENE_SUBJECT_NAME_WORDS || words > 1 && s.mention.role.is_some()
                    })
                    && !(scene_start..k).any(meets_person)
            })
        })
    {
        return Some(subject);
    }
    // a site's name and section labels in quotation marks run into the
    // sentence (`یزدفردا"سرویس اجتماعی"خبرهای پلیسی" فرمانده … خبر داد`):
    // the subject starts after one of them, the nearest that gives one
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && let Some(subject) = (clause_start..verb)
            .rev()
            .filter(|&k| tokens[k].folded == "\"")
            .find_map(|k| persian_subject_from(sentence, tokens, k + 1, verb, data).filter(|s| !s.mention.bare))
    {
        return Some(subject);
    }
    // a flattened page glues a caption or a subheading that ends with its
    // verb to the sentence after it, with no stop between (`… سیاهی
    // لشگرها انتقام می‌گیرند دل تورو زمانی گفته بود: …`): the subject
    // starts after that verb
    if found.as_ref().is_none_or(|s| s.mention.bare)
        && bare_after_opener.is_none()
        && let Some(clause_end) =
            (clause_start..verb).rev().find_map(|k| data.imperfective_verb_end(sentence, tokens, k))
        && let Some(subject) = persian_subject_from(sentence, tokens, clause_end, verb, data)
    {
        return Some(subject);
    }
    // a phrase no subject can stand in before the speech verb: a preamble
    // (`با اشاره به نرخ تورم گفت: …`, referring to inflation, said) or one
    // holding a clause of its own (`با بیان این که هیچ مشکلی … نداریم گفت:
    // …`, stating that …, said), or the scene of the speech with what it
    // answers (`در ادامه افزود که …`, `در پاسخ به سوالی افزود: …`): the
    // subject was dropped, as after adverbs alone. Not with a plural verb
    // (`در ادامه مردم محلی گفتند`, the locals said), nor where a word of
    // the phrase opens a name or an office: the subject the parse missed,
    // or the person spoken of (`با اشاره به سخنان وزیر خارجه گفت`)
    if found.is_none()
        && bare_after_opener.is_none()
        && !speaks_for_many(tokens, verb, data)
        && opens_subjectless_phrase(tokens, after_reporting_phrase(tokens, clause_start, verb, data), verb, data)
        && !(clause_start + 1..verb)
            .any(|k| people::opens_persian_name(tokens, k, data) || data.titles.match_at(tokens, k).is_some())
    {
        return Some(Subject { mention: Mention { pronoun: true, ..Mention::default() }, start: verb, end: verb });
    }
    bare_after_opener.filter(|_| found.as_ref().is_none_or(|s| s.mention.bare)).or(found)
}

/// Whether the Persian speech verb at `verb` is plural (`گفتند`, they
/// said), its last word ending with the plural ending.
fn speaks_for_many(tokens: &[Token], verb: usize, data: &LanguageData) -> bool {
    let n = data.speech_verbs.match_at(tokens, verb).unwrap_or(1);
    tokens.get(verb + n - 1).is_some_and(|last| last.folded.ends_with("ند"))
}

/// Whether the Persian phrase from `start` to the speech verb at `verb`
/// is one no subject stands in (see [`persian_subject`]): after
/// connectives (`همچنین`), a speaker's preamble (`با اشاره به …`, see
/// [`LanguageData::preamble_nouns`]) or another preposition opening a
/// clause of its own (`با توجه به اینکه …`), or a scene phrase alone or
/// with what it answers (`در ادامه`, `در پاسخ به …`).
fn opens_subjectless_phrase(tokens: &[Token], start: usize, verb: usize, data: &LanguageData) -> bool {
    let Some(opener) = (start..verb)
        .find(|&k| !data.phrase_stops.contains(&tokens[k].folded) || data.prepositions.contains(&tokens[k].folded))
    else {
        return false;
    };
    let preamble_noun_at = |k: usize| data.preamble_nouns.contains(&tokens[k].folded);
    // (a word that opens a phrase without governing a noun, `ضمن تاکید بر
    // …`, was passed over with the connectives)
    let preamble = preamble_noun_at(opener)
        || opener + 1 < verb && opens_preamble(tokens, opener, data)
        || data.prepositions.contains(&tokens[opener].folded)
            && (opener + 1..verb).any(|k| data.subordinators.contains(&tokens[k].folded));
    let answers = data
        .scene_prepositions
        .match_at(tokens, opener)
        .is_some_and(|n| opener + n == verb || tokens[opener + n].folded == "به");
    preamble || answers
}

/// Whether a Persian speaker's preamble opens at `k`: a preposition and a
/// noun of saying (`با اشاره به …`, `با بیان اینکه …`; see
/// [`LanguageData::preamble_nouns`]).
fn opens_preamble(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    data.prepositions.contains(&tokens[k].folded)
        && tokens.get(k + 1).is_some_and(|t| data.preamble_nouns.contains(&t.folded))
}

/// Whether a Persian scene phrase opens at `k` (see
/// [`LanguageData::scene_prepositions`]), also with a demonstrative
/// between its preposition and its noun (`در این نشست`, at this meeting,
/// as `در نشست`).
fn opens_scene(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    if data.scene_prepositions.match_at(tokens, k).is_some() {
        return true;
    }
    // (the lexicon's phrases are a preposition and a noun: the phrase
    // without the demonstrative is looked up)
    tokens.get(k + 1).is_some_and(|t| data.demonstratives.contains(&t.folded))
        && tokens.get(k + 2).is_some_and(|noun| {
            let phrase = [tokens[k].clone(), noun.clone()];
            data.scene_prepositions.match_at(&phrase, 0) == Some(phrase.len())
        })
}

/// The quotation a sentence gives after the reporting phrase opening it
/// (Persian `به گزارش ایسنا، «…»`, `به گزارش «X» به نقل از Y؛ «…»`),
/// running to its end: the agency only passes it on, and who said it is
/// told around it.
fn quotation_after_reporting_phrase<'s>(sentence: &'s str, tokens: &[Token], data: &LanguageData) -> Option<&'s str> {
    let cue = data.reporting_cues.match_at(tokens, 0)?;
    (cue..tokens.len())
        .filter(|&k| text::is_opening_mark(&tokens[k].folded))
        .map(|k| &sentence[tokens[k].start..])
        .find(|quotation| is_closed_quotation(quotation))
}

/// Where a Persian clause goes on after the reporting phrase opening it
/// at `start` (`به گزارش ایسنا،`, `به نقل از …`, `بر اساس …`), searched
/// up to `end`; `start` when none opens it.
fn after_reporting_phrase(tokens: &[Token], start: usize, end: usize, data: &LanguageData) -> usize {
    let Some(cue) = data.reporting_cues.match_at(tokens, start) else {
        return start;
    };
    // the source ends at a comma, or at the quotation mark closing its
    // name (`به گزارش "ورزش سه" کارلوس کیروش … گفت`), or, where the
    // comma was left out, before the given name, title or honorific that
    // opens the subject (`به گزارش خبرنگار ورزشی باشگاه خبرنگاران علیرضا
    // منصوریان سرمربی … گفت`), past the cue and a word of the source at
    // least
    let opening = Some(start + cue).filter(|&k| k < end && !tokens[k].is_word);
    if let Some(close) = opening.and_then(|open| text::closing_token(tokens, open, end)) {
        return close + 1;
    }
    let comma = (start..end).find(|&k| text::is_comma(&tokens[k].folded));
    // the preamble of a speaker the sentence leaves out ends the source
    // too, before any comma, which may be the preamble's own (`به گزارش
    // ایسنا با اشاره به … گفت`, referring to …, he said; `… با بیان این که
    // …، اما … گفت`)
    (start + cue + 1..comma.unwrap_or(end))
        .find(|&k| opens_preamble(tokens, k, data))
        .or(comma.map(|k| k + 1))
        .or_else(|| {
            // … or the pronoun standing for one (`به گزارش ایلنا وی ادامه داد`)
            (start + cue + 1..end)
                .find(|&k| people::opens_mention(tokens, k, data) || data.pronouns.match_at(tokens, k).is_some())
        })
        .unwrap_or(start)
}

/// Most words of the name of a source cited before a colon (`روزنامه
/// همشهری`, `خبرگزاری فارس`).
const CITED_SOURCE_MAX_WORDS: usize = 3;

/// Whether the verb at `verb` is that of a source cited before a colon,
/// whose text after it is read with its own speakers. The source is a few
/// words naming no one (no given name, title or honorific), standing
/// either
/// - right after the comma or semicolon of the sentence's reporting phrase
///   (`به گزارش مدارا؛ فارس نوشت: …`, Madara reports; Fars wrote: …;
///   `به گزارش ایسنا، علی رضایی نوشت: …` quotes a person), or
/// - at the sentence's start, when it is no pronoun and no person met
///   before (`مصلحی نوشت: …` is a person writing), and the text it cites
///   names a person, or a person met before, and a verb of speech and its
///   colon (`فارس نوشت: حیدر مصلحی وزیر اطلاعات … گفت: …`).
fn cites_source(
    sentence: &str,
    tokens: &[Token],
    verb: usize,
    language: Language,
    data: &LanguageData,
    register: &Register,
) -> bool {
    let colon = verb + data.speech_verbs.match_at(tokens, verb).unwrap_or(1);
    // the source's words run back from the verb to the punctuation before it
    let source_start = (0..verb).rev().find(|&k| !tokens[k].is_word).map_or(0, |k| k + 1);
    // (a source's name opens with no preposition: `درباره شایعات اخیر
    // گفت:` is what someone said about the rumours)
    // … nor with a pronoun, demonstratives included, which means the
    // person the article is about (`به گزارش ایرنا، وی افزود: …`, `این مقام
    // انتظامی افزود: …`)
    // (a demonstrative before a document's noun cites the document: `این
    // گزارش افزود: …`, the report added)
    let document = verb == source_start + 2
        && data.demonstratives.contains(&tokens[source_start].folded)
        && data.event_nouns.contains(&tokens[source_start + 1].folded);
    let cited = tokens.get(colon).is_some_and(|t| t.folded == ":")
        && (1..=CITED_SOURCE_MAX_WORDS).contains(&(verb - source_start))
        && !data.phrase_stops.contains(&tokens[source_start].folded)
        && data.pronouns.match_at(tokens, source_start).is_none()
        && !(source_start..verb).any(|k| people::opens_mention(tokens, k, data));
    if !cited {
        return false;
    }
    if document {
        return true;
    }
    match source_start.checked_sub(1) {
        Some(close) => {
            let phrase_start = (0..close).rev().find(|&k| !tokens[k].is_word).map_or(0, |k| k + 1);
            (text::is_comma(&tokens[close].folded) || text::is_semicolon(&tokens[close].folded))
                && data.reporting_cues.match_at(tokens, phrase_start).is_some()
        }
        None => {
            if (0..verb).any(|k| data.pronouns.match_at(tokens, k).is_some())
                || register.knows(&sentence[tokens[0].start..tokens[verb - 1].end])
            {
                return false;
            }
            let Some(second_verb) = (colon + 2..tokens.len())
                .find(|&k| verb_at(tokens, k, language, data).is_some_and(|found| found.before_colon))
            else {
                return false;
            };
            // the person the cited text names may be one met before, by
            // the family name alone (`ایسنا در خبری نوشت: ظفرقندی اظهار
            // کرد: …`, ISNA wrote in a report: Zafarghandi stated: …)
            let names_known_person = || {
                tokens[colon + 1..second_verb].iter().all(|t| t.is_word)
                    && register.knows(&sentence[tokens[colon + 1].start..tokens[second_verb - 1].end])
            };
            (colon + 1..tokens.len()).any(|k| people::opens_mention(tokens, k, data)) || names_known_person()
        }
    }
}

/// [`persian_subject`] from a given clause start.
fn persian_subject_from(
    sentence: &str,
    tokens: &[Token],
    mut start: usize,
    verb: usize,
    data: &LanguageData,
) -> Option<Subject> {
    if start == 0 {
        start = after_dateline(tokens, verb, data);
    }
    let phrase_start = start;
    start = after_reporting_phrase(tokens, start, verb, data);
    loop {
        if let Some(n) = data.connectives.match_at(tokens, start).filter(|&n| start + n < verb) {
            start += n;
        } else if start < verb && text::is_comma(&tokens[start].folded) {
            start += 1;
        } else {
            break;
        }
    }
    // a source passing on someone's words (`روزنامه جمهوری اسلامی به نقل
    // از X نماینده مجلس نوشت: …`, the paper wrote, quoting X): who speaks
    // stands after the cue, the source's words naming no one before it
    if let Some((cue, n)) = (start + 1..verb).find_map(|k| data.quoting_cues.match_at(tokens, k).map(|n| (k, n)))
        && (start..cue).all(|k| !people::opens_mention(tokens, k, data) && data.pronouns.match_at(tokens, k).is_none())
    {
        start = cue + n;
    }
    // `«…»؛ این را X گفت` (this is what X said), `این جملات را X بیان
    // کرد`: the object that stands for the quotation comes before the
    // subject
    if let Some(n) = quotation_object_at(tokens, start, data).filter(|&n| start + n < verb) {
        start += n;
    }
    // the person a clause opens at `from`, its phrase running to the verb
    let subject_at = |from: usize| {
        people::parse(sentence, tokens, from, verb, Language::Persian, data).map(|(mention, used)| Subject {
            mention,
            start: from,
            end: from + used,
        })
    };
    // `صبح امروز علی لاریجانی … گفت`, `روز سه‌شنبه ۱۸ مهر وزیر کشور گفت`:
    // Persian sets the time before the subject with no comma
    let after_time = persian_time_end(tokens, start, verb, data).and_then(|after_time| {
        people::parse(sentence, tokens, after_time, verb, Language::Persian, data)
            .filter(|(mention, _)| !mention.bare)
            .map(|parsed| (after_time, parsed))
    });
    let opening = match after_time {
        Some((after_time, parsed)) => {
            start = after_time;
            Some(parsed)
        }
        None => people::parse(sentence, tokens, start, verb, Language::Persian, data),
    };
    if opening.as_ref().is_none_or(|(mention, _)| mention.bare) {
        // `البته واکنش به این فیلم … نمانده و علی شمخانی، دبیر … دانست`: the
        // sentence opens with a clause of its own; the speaker is the
        // person who opens the last clause joined by `و`, or by `که` after
        // its verb (`خبرنگاران … انتقاد کردند که محمد باقر نوبخت در پاسخ
        // گفت: …`, reporters complained, whereupon Nobakht said)
        let used = opening.as_ref().map_or(0, |(_, used)| *used);
        let joins_clause = |k: usize| match &*tokens[k].folded {
            // (not the `و` of an office's two nouns: `از استعفای وزیر آموزش
            // و پرورش، وزیر فرهنگ … خبر دادند` joins no clause)
            // (nor that of an outlet's name, its kind and a word before
            // it: `در گفتگو با خبرگزاری صدا و سیما، …`, talking to the
            // state broadcaster's agency)
            "و" => {
                let of_outlet = k >= 2 && data.outlet_kinds.contains(&tokens[k - 2].folded);
                !of_outlet && !people::joins_office_nouns_at(tokens, k, verb, data)
            }
            "که" => k > 0 && people::is_persian_verb(&tokens[k - 1].folded, data),
            _ => false,
        };
        let joined = (start + used..verb)
            .rev()
            .filter(|&k| joins_clause(k))
            .find_map(|k| subject_at(k + 1).filter(|s| !s.mention.bare && s.mention.name.is_some()));
        if joined.is_some() {
            return joined;
        }
        // `افزایش قیمت بنزین در دستور کار نیست سخنگوی دولت گفت: …`: a
        // heading that ends in its own verb, run into the lead on a
        // flattened page; the speaker is the office right after that verb
        let after_heading = (start + 1..verb)
            .filter(|&k| {
                data.titles.match_at(tokens, k).is_some() && people::is_persian_verb(&tokens[k - 1].folded, data)
            })
            .find_map(|k| subject_at(k).filter(|s| s.end == verb && !s.mention.bare));
        if after_heading.is_some() {
            return after_heading;
        }
    }
    let Some((mention, used)) = opening else {
        return speaker_citing_source(sentence, tokens, phrase_start, start, verb, data);
    };
    // `X … در این نشست حاضر نشد لذا مربی این تیم … گفت` (X did not attend,
    // so the team's coach said): a clause ended by its verb and a
    // connective or `و` opens another, whose subject is the speaker
    let later_clause = (start + used + 1..verb)
        .rev()
        .filter(|&k| people::is_persian_verb(&tokens[k - 1].folded, data))
        .find_map(|k| {
            let opener = if tokens[k].folded == "و" { 1 } else { data.connectives.match_at(tokens, k)? };
            subject_at(k + opener).filter(|s| !s.mention.bare)
        });
    if later_clause.is_some() {
        return later_clause;
    }
    // a name the object marker follows (`"علی مطهری" را بهترین گزینه
    // دانست`, deemed Motahari the best choice) is the verb's object; a
    // role may have run on into the object (`رییس سازمان … مولفه‌های قدرت
    // را … برشمرد`) and still open the subject
    let after = start + used;
    let closer =
        tokens.get(after).is_some_and(|t| t.folded.chars().count() == 1 && t.folded.starts_with(text::is_closer));
    let after = if closer { after + 1 } else { after };
    if mention.role.is_none() && tokens.get(after).is_some_and(|t| t.folded == "را") {
        return None;
    }
    // an office with no name that `و` joins to another (`وزیر فرهنگ … و
    // وزیر ورزش`) is one person's two offices before a singular verb, and
    // else one of a list of offices: the verb's object (`از استعفای … خبر
    // دادند`, reported the resignations of …) or several people
    if mention.name.is_none()
        && tokens.get(after).is_some_and(|t| t.folded == "و")
        && data.titles.match_at(tokens, after + 1).is_some()
    {
        let first_role = mention.role.as_deref()?;
        return second_office_of_one_person(sentence, tokens, start, first_role, after + 1, verb, data);
    }
    Some(name_after_office(sentence, tokens, Subject { mention, start, end: start + used }, verb, data))
}

/// The subject with the name that follows its office after a comma and
/// runs up to the verb (`مدیرعامل شرکت بازرگانی دولتی ایران، سید سعید راد
/// گفت`, the chief executive, Saeed Rad, said): the office's holder.
fn name_after_office(
    sentence: &str,
    tokens: &[Token],
    mut subject: Subject,
    verb: usize,
    data: &LanguageData,
) -> Subject {
    if subject.mention.name.is_some() {
        return subject;
    }
    let comma = subject.end;
    if !tokens.get(comma).is_some_and(|t| text::is_comma(&t.folded)) {
        return subject;
    }
    let holder = people::parse(sentence, tokens, comma + 1, verb, Language::Persian, data)
        .filter(|(holder, used)| comma + 1 + used == verb && holder.name.is_some() && !holder.bare);
    if let Some((holder, _)) = holder {
        subject.mention = Mention { role: subject.mention.role.take(), ..holder };
        subject.end = verb;
    }
    subject
}

/// The subject `ROLE و ROLE` of a singular verb: one person holding both
/// offices (`معاون وزیر جهاد کشاورزی و مدیرعامل شرکت بازرگانی دولتی ایران
/// خاطرنشان کرد`, the deputy minister and chief executive stressed), the
/// second office opening at `second`. With a plural verb (`… خبر دادند`)
/// the offices are several people, or the object of the report: no one
/// speaker.
fn second_office_of_one_person(
    sentence: &str,
    tokens: &[Token],
    start: usize,
    first_role: &str,
    second: usize,
    verb: usize,
    data: &LanguageData,
) -> Option<Subject> {
    if is_persian_plural_verb(tokens, verb, data) {
        return None;
    }
    let (mut other, used) = people::parse(sentence, tokens, second, verb, Language::Persian, data)?;
    let second_role = other.role.as_deref()?;
    // the holder named after both offices (`… مدیرعامل شرکت … سید سعید راد
    // گفت`) is the person
    other.role = Some(format!("{first_role} و {second_role}"));
    Some(name_after_office(sentence, tokens, Subject { mention: other, start, end: second + used }, verb, data))
}

/// Whether the Persian speech verb at `verb` is plural: its last word,
/// or the perfect's auxiliary after it, ends in `ند` (`گفتند`, `خبر
/// دادند`, `گفته اند`, `می‌گویند`). The present singular of a verb whose
/// stem ends in `ن` ends so too: `می‌کند` (does) is the one among speech
/// verbs (its plural `می‌کنند` ends in `نند`).
fn is_persian_plural_verb(tokens: &[Token], verb: usize, data: &LanguageData) -> bool {
    let len = data.speech_verbs.match_at(tokens, verb).unwrap_or(1);
    let last = verb + len - 1;
    let last = if tokens.get(last + 1).is_some_and(|t| data.perfect_auxiliaries.contains(&t.folded)) {
        last + 1
    } else {
        last
    };
    tokens.get(last).is_some_and(|t| {
        let word = &*t.folded;
        word.ends_with("ند") && !word.ends_with("کند")
    })
}

/// Where a time opening a Persian sentence at `start` ends (`صبح امروز`,
/// `روز گذشته`, `عصر روز سه‌شنبه ۱۸ مهر`): a run of time words,
/// weekdays, numbers and months' names. `None`
/// when no time word opens the sentence, or the run reaches the verb.
fn persian_time_end(tokens: &[Token], start: usize, verb: usize, data: &LanguageData) -> Option<usize> {
    let is_number = |k: usize| tokens[k].folded.chars().all(|c| text::digit_value(c).is_some());
    let is_month = |k: usize| {
        Language::Persian.date_names().is_some_and(|names| names.months.iter().any(|(m, ..)| *m == tokens[k].folded))
    };
    let time_at = |k: usize| {
        if data.time_words.contains(&tokens[k].folded) { Some(1) } else { data.weekdays.match_at(tokens, k) }
    };
    let mut k = start + time_at(start)?;
    while k < verb {
        if let Some(n) = time_at(k) {
            k += n;
        } else if is_number(k) || is_month(k) {
            k += 1;
        } else {
            return Some(k);
        }
    }
    None
}

/// Persian: the person who closes a reporting phrase, just before its
/// comma, when no subject follows the comma (`به نقل از پایگاه
/// اطلاع‌رسانی دولت الیاس حضرتی، درباره … گفت: …`, quoting the
/// government's site, Elias Hazrati said about …): the writer put the
/// speaker inside the phrase and dropped the subject after it. The
/// phrase opens at `phrase_start`; `clause_start` follows its comma.
fn speaker_citing_source(
    sentence: &str,
    tokens: &[Token],
    phrase_start: usize,
    clause_start: usize,
    verb: usize,
    data: &LanguageData,
) -> Option<Subject> {
    let comma = clause_start.checked_sub(1).filter(|&k| k > phrase_start && text::is_comma(&tokens[k].folded))?;
    let cue = data.reporting_cues.match_at(tokens, phrase_start)?;
    // past the cue and a word of the source, a named person whose phrase
    // runs to the comma (an office alone may own the source: `روابط
    // عمومی دفتر وزیر نیرو`, the minister's office); someone named in
    // the clause after it may be its subject
    // (one standing after a noun is in its genitive, or a preposition's
    // object: `توافق میان رئیس‌جمهور و مجلس`, an agreement between the
    // president and parliament)
    let may_be_subject = |k: usize| {
        people::opens_mention(tokens, k, data)
            && (text::is_comma(&tokens[k - 1].folded) || data.phrase_stops.contains(&tokens[k - 1].folded))
    };
    if (clause_start..verb).any(may_be_subject) {
        return None;
    }
    (phrase_start + cue + 1..comma).filter(|&k| people::opens_mention(tokens, k, data)).find_map(|k| {
        let (mention, used) = people::parse(sentence, tokens, k, comma, Language::Persian, data)?;
        (k + used == comma && mention.name.is_some() && !mention.bare).then_some(Subject {
            mention,
            start: k,
            end: comma,
        })
    })
}

/// Longest part of an agency's dateline, in words (`تهران`, `ایرنا`,
/// `خبرگزاری مهر`, `باشگاه خبرنگاران جوان`).
const DATELINE_PART_MAX_WORDS: usize = 3;

/// Where a sentence starts after an agency's dateline, one or two short
/// parts each closed by a dash (`تهران- ایرنا- رئیس … خبر داد`, `ایسنا -
/// …`, `باشگاه خبرنگاران جوان - …`, `تهران (پانا) - …`, `پیام ویژه - فارس
/// / …`) or by a slash after a name (`ایسنا/ سرمربی … می‌گوید …`); 0
/// without one.
/// A part that opens with a title or an honorific is the subject set off
/// by a dash (`وزیر امور خارجه - که …`), no dateline.
fn after_dateline(tokens: &[Token], verb: usize, data: &LanguageData) -> usize {
    let mut start = 0;
    // nor is a name before its role set off by dashes (`عباسعلی ابراهیمی
    // –مدیرکل فرهنگ و ارشاد اسلامی- … افزود`): the part opens with a given
    // (or family) name that opens no place, and a title follows the dash
    let names_person_before_role = |start: usize, dash: usize| {
        data.name_anchors.match_at(tokens, start).is_some()
            && !people::opens_place(tokens, start, data)
            && data.titles.match_at(tokens, dash + 1).is_some()
    };
    // after an agency closed by a semicolon the part is its reporter's
    // name, whatever follows the dash
    let mut after_agency = false;
    for _ in 0..2 {
        // the outlet may stand in brackets after the city
        let mut words = 0;
        // the source may be closed by a slash, after the site's name too
        // (`پیام ویژه - فارس / …`); after a number a slash writes a date.
        // A Persian agency is closed by a semicolon before its reporter's
        // name and dash (`باشگاه خبرنگاران جوان؛ مینا عظیمی - …`)
        let closes = |k: usize| {
            text::is_dash(&tokens[k].folded)
                || text::is_semicolon(&tokens[k].folded)
                || tokens[k].folded == "/" && !tokens[k - 1].folded.starts_with(|c: char| c.is_ascii_digit())
        };
        let dash = (start..verb)
            .find(|&k| {
                words += usize::from(tokens[k].is_word);
                words > DATELINE_PART_MAX_WORDS || !tokens[k].is_word && !matches!(&*tokens[k].folded, "(" | ")")
            })
            .filter(|&k| k > start && closes(k))
            .filter(|&k| {
                data.titles.match_at(tokens, start).is_none()
                    && data.honorifics.match_at(tokens, start).is_none()
                    && (after_agency || !names_person_before_role(start, k))
            });
        match dash {
            Some(k) => {
                after_agency = text::is_semicolon(&tokens[k].folded);
                start = k + 1;
            }
            None => break,
        }
    }
    start
}

/// Longest `của` phrase naming the body a speaker belongs to (`của tuyển
/// U22 Việt Nam`, `của Bộ Y tế`), in tokens.
const AFFILIATION_MAX_TOKENS: usize = 8;

/// Vietnamese: the phrase right before the verb, tried from the nearest
/// comma outwards; a phrase that names a person wins over a bare role, so
/// `Trần Kiêm Hảo, Giám đốc Sở Y tế, cho biết` keeps the name.
fn vietnamese_subject(sentence: &str, tokens: &[Token], verb: usize, data: &LanguageData) -> Option<Subject> {
    // marks inside brackets are the aside's (`Luật sư X (bảo vệ cho Minh
    // "Bu") cho rằng …`, a nickname in quotation marks): they close no
    // clause the subject would stand after; nor do the marks closing a
    // name, a few words all capitalised (`Giám đốc Công ty “Sao Mai” cho
    // biết`, a firm's)
    let closes_name = |close: usize| {
        name_in_marks_opening(tokens, close).is_some_and(|open| (open + 1..close).all(|k| tokens[k].capitalised))
    };
    let mut brackets_open = 0_usize;
    let mut clause_start = (0..verb)
        .rev()
        .find(|&k| {
            match &*tokens[k].folded {
                ")" => brackets_open += 1,
                "(" => brackets_open = brackets_open.saturating_sub(1),
                _ => {}
            }
            brackets_open == 0
                && match &*tokens[k].folded {
                    ":" | ";" | "\"" => true,
                    "”" => !closes_name(k),
                    _ => false,
                }
        })
        .map_or_else(|| after_dateline(tokens, verb, data), |k| k + 1);
    // a dash may set the speaker off the quotation (`“…” - bà X nói`), or
    // a comma (`"…", anh X, anh trai của Y, nói`): the subject, and the
    // appositions its comma opens, start after it
    if clause_start > 0
        && clause_start < verb
        && (text::is_dash(&tokens[clause_start].folded) || tokens[clause_start].folded == ",")
    {
        clause_start += 1;
    }
    // the subject stands after the connectives opening the clause, also
    // without their comma (`Tuy nhiên ông cũng cho rằng …`; after a comma
    // the subject is looked for anyway)
    while let Some(n) = data.connectives.match_at(tokens, clause_start).filter(|&n| clause_start + n < verb) {
        clause_start += n;
    }
    // `X được báo chí dẫn lời nói …` (X is quoted by the press as
    // saying): the speaker is the subject before the passive
    let verb = quoted_by_passive(tokens, clause_start, verb).unwrap_or(verb);
    // the comma before the verb, or the dash closing an apposition (not
    // the dash the clause opened after: `: - nhận định …` has no subject)
    let end = if verb > clause_start && (tokens[verb - 1].folded == "," || text::is_dash(&tokens[verb - 1].folded)) {
        verb - 1
    } else {
        verb
    };
    // a bracketed aside right before the verb describes the subject (`Chị
    // Nguyễn Thị Lan (45 tuổi, ở quận 3) cho biết`): the subject ends before
    // it; in an apposition closed by a comma it is part of the role (`…, chủ
    // shop Hoa Yêu Thương (TP.HCM), cho biết`)
    let end = match (end == verb)
        .then(|| verb.checked_sub(1))
        .flatten()
        .filter(|&k| k > clause_start && tokens[k].folded == ")")
    {
        Some(close) => (clause_start..close).rev().find(|&k| tokens[k].folded == "(").unwrap_or(end),
        None => end,
    };
    let whole = vietnamese_subject_ending_at(sentence, tokens, clause_start, end, data);
    if whole.as_ref().is_some_and(|s| s.mention.name.is_some() || s.mention.pronoun) {
        return whole;
    }
    // `Bộ trưởng X cũng cho biết`, `Ngoại trưởng Mỹ X hôm 5/3 tuyên bố`:
    // adverbs and a time between the subject and its verb. Read with them,
    // a short name no list knows (`Bộ trưởng Dũng cũng nói`) reads as a
    // role running on to the verb; the subject without them comes first
    let before = preverbal_modifiers_start(tokens, clause_start, end, data);
    let found = (before < end)
        .then(|| vietnamese_subject_ending_at(sentence, tokens, clause_start, before, data))
        .flatten()
        .or(whole);
    if found.as_ref().is_some_and(|s| s.mention.name.is_some() || s.mention.pronoun) {
        return found;
    }
    subject_before_predicate(sentence, tokens, clause_start, before, data).or(found)
}

/// The subject of a predicate that stands before the speech verb: after
/// a subject whose appositions a comma closes (`Luật sư X, từng công tác
/// tại Sở Y, nêu nhận xét`, `Ông X, Chánh văn phòng Sở Y, từ chối trả lời
/// …`), joined to the verb by a conjunction (see
/// [`LanguageData::predicate_coordinators`]): `ông X từ chối trả lời mọi
/// câu hỏi và chỉ nói: “…”`, or a short relative clause without its
/// pronoun (`Luật sư X bào chữa cho bị cáo Y cho rằng`, see
/// [`RELATIVE_PREDICATE_MAX_WORDS`]). `end` is where the verb's adverbs
/// start. The subject is a person named or referred to at the clause's
/// start or after a comma (an opening phrase, `Tuy nhiên trong gần 1 giờ
/// đồng hồ, ông X …`), and the predicate opens with a word in lower case
/// after the comma, or, before a conjunction or as a short relative
/// clause, right after a capitalised word (`ông Tùy từ chối`). The longest
/// such subject is taken, appositions and all.
fn subject_before_predicate(
    sentence: &str,
    tokens: &[Token],
    clause_start: usize,
    end: usize,
    data: &LanguageData,
) -> Option<Subject> {
    let conjunction = data.predicate_coordinators.match_ending_at(tokens, end);
    let predicate_end = end - conjunction.unwrap_or(0);
    let lower = |k: usize| tokens[k].is_word && !tokens[k].capitalised;
    let capitalised = |k: usize| tokens[k].capitalised;
    // … or an adverb opening it right after a capitalised word (`HLV
    // Miura đã từ chối trả lời`, coach Miura refused to answer)
    let adverb_after_name = |k: usize| lower(k) && capitalised(k - 1) && data.adverbs.match_at(tokens, k).is_some();
    // … or, with no conjunction, a short predicate that says who the
    // speaker is (`Luật sư X bào chữa cho bị cáo Y cho rằng …`,
    // lawyer X, defending Y, argued …)
    // (a conjunction after the name joins a second subject: `Ông X và bà Y
    // cùng nói`)
    let reduced_relative = |k: usize| {
        predicate_end - k <= RELATIVE_PREDICATE_MAX_WORDS
            && data.predicate_coordinators.match_at(tokens, k).is_none()
            && data.comitatives.match_at(tokens, k).is_none()
    };
    // where the subject may end, and whether a relative clause alone says
    // so: it follows a full name, as a word in lower case after a
    // capitalised one may also go on with a body's name (`Bí thư Thành ủy
    // Hà Nội`, `Người phát ngôn Bộ Ngoại giao`), which is no person's
    let subject_end = |k: usize| {
        if tokens[k].folded == "," && lower(k + 1)
            || lower(k) && capitalised(k - 1) && conjunction.is_some()
            || adverb_after_name(k)
        {
            Some((k, false))
        } else if lower(k) && reduced_relative(k) {
            // (the name may have an aside in brackets: `ĐBQH X (Hòa Bình)
            // là người đầu tiên đặt câu hỏi …`)
            let bracketed_after_name = || {
                let open = (clause_start + 1..k - 1).rev().find(|&j| tokens[j].folded == "(")?;
                (tokens[k - 1].folded == ")").then_some(open)
            };
            let name_end = if capitalised(k - 1) { Some(k) } else { bracketed_after_name() };
            name_end.map(|end| (end, true))
        } else {
            None
        }
    };
    let full_name = |mention: &Mention| {
        mention.name.as_deref().is_some_and(|name| text::has_words(name, RELATIVE_SUBJECT_MIN_NAME_WORDS))
    };
    let starts = (clause_start..predicate_end).filter(|&k| k == clause_start || tokens[k - 1].folded == ",");
    starts.into_iter().find_map(|start| {
        // (an aside's brackets may open before a later start, which then
        // has no name before them to read)
        let ends = (start + 1..predicate_end).rev().filter_map(subject_end).filter(|&(end, _)| end > start);
        ends.into_iter().find_map(|(subject_end, before_relative)| {
            let (mention, used) =
                people::parse_with(sentence, tokens, start, subject_end, Language::Vietnamese, data, true)?;
            let person = if before_relative { full_name(&mention) } else { mention.name.is_some() || mention.pronoun };
            (start + used == subject_end && person).then_some(Subject { mention, start, end: subject_end })
        })
    })
}

/// Most words of a predicate standing between a Vietnamese speaker and
/// the speech verb with no conjunction or comma, a relative clause without
/// its pronoun (`bào chữa cho bị cáo Trần Hải Sơn`, 7): a longer run is a
/// clause of its own (`yêu cầu lãnh đạo các huyện, thành, thị chỉ đạo`),
/// whose verb reports nothing.
const RELATIVE_PREDICATE_MAX_WORDS: usize = 8;

/// Fewest words of the name before a relative clause without its pronoun
/// (see [`RELATIVE_PREDICATE_MAX_WORDS`]): a family name, a middle name and
/// a given name, as most Vietnamese names are written in full. Two
/// capitalised words may be a body's name a family name opens (`Đoàn
/// Thanh niên`, the Youth Union), whose lower-case word is no predicate.
const RELATIVE_SUBJECT_MIN_NAME_WORDS: usize = 3;

/// Where the adverbs and the time phrase that may stand between a
/// Vietnamese subject and its verb begin, reading back from `end`: adverbs
/// (`cũng`, `đã`, `vừa`) and ways of speaking (`xúc động`, `mỉm cười`),
/// a day (`hôm qua`, `sáng nay`), a date or a weekday after a word
/// opening a time (`hôm 5/3`, `chiều 30/6`, `hôm thứ Năm`); `end` without
/// any.
fn preverbal_modifiers_start(tokens: &[Token], floor: usize, end: usize, data: &LanguageData) -> usize {
    let lower_word = |k: usize| tokens[k].is_word && !tokens[k].capitalised;
    let opens_time = |k: usize| lower_word(k) && data.time_openers.contains(&tokens[k].folded);
    let mut k = end;
    loop {
        let modifier = [&data.adverbs, &data.speech_manners].into_iter().find_map(|lexicon| {
            lexicon.match_ending_at(tokens, k).filter(|&n| k >= floor + 1 + n && lower_word(k - 1))
        });
        if let Some(n) = modifier {
            k -= n;
        } else if let Some(n) = data.relative_day_phrases.match_ending_at(tokens, k).filter(|&n| k >= floor + 1 + n) {
            k -= n;
        } else if k > floor + 2
            && opens_time(k - 2)
            && tokens[k - 1].is_word
            && tokens[k - 1].folded.starts_with(|c: char| c.is_ascii_digit())
        {
            // `hôm 5/3`, `ngày 30-6`
            k -= 2;
        } else if let Some(n) = data.weekdays.match_ending_at(tokens, k).filter(|&n| k >= floor + 1 + n) {
            // `hôm thứ Năm`, `sáng thứ 2`, `Chủ nhật`
            k -= n;
            if k > floor + 1 && opens_time(k - 1) {
                k -= 1;
            }
        } else {
            return k;
        }
    }
}

/// [`vietnamese_subject`] once the clause and the subject's end are found.
fn vietnamese_subject_ending_at(
    sentence: &str,
    tokens: &[Token],
    clause_start: usize,
    end: usize,
    data: &LanguageData,
) -> Option<Subject> {
    let mut role_only = None;
    // a name after an honorific with its appositions filling the clause
    // comes first: `Ông X, Bộ trưởng Công Thương, cho biết` is X, whatever
    // the office's words look like (a list of offices and holders, `Phó
    // Thủ tướng X, Bộ trưởng Bộ Y tế Y cho biết`, is read from its end)
    // `Hãng tin AP dẫn lời ông X nói rằng …` (AP quotes X as saying): the
    // speaker follows the outlet's `dẫn lời`
    // … and so does the source of `tin từ` (news from: `Thông tin từ Đại tá
    // X cho biết`, `Nguồn tin từ ông Y cho hay`)
    let after_quoting = |k: usize| {
        k >= 2 && (is_quoting_at(tokens, k - 2) || tokens[k - 2].folded == "tin" && tokens[k - 1].folded == "từ")
    };
    // … and so does a dash setting the speaker off the report before it
    // (`Tình trạng thiếu điện sẽ kéo dài … - ông X, Tổng Giám đốc EVN cho
    // biết`)
    let starts = (clause_start..end).rev().filter(|&k| {
        k == clause_start || tokens[k - 1].folded == "," || text::is_dash(&tokens[k - 1].folded) || after_quoting(k)
    });
    // … and so does a foreign name no list knows, opening the clause with
    // no honorific, before an office set off by a comma (`Adrian Day, Chủ
    // tịch Adrian Day Asset Management, nhận định`), whose body may bear
    // the name again
    // (cheap checks first: this runs for every attribution)
    let first_comma = tokens[clause_start..end].iter().position(|t| t.folded == ",").map(|n| clause_start + n);
    let honorific = data.honorifics.match_at(tokens, clause_start).is_some();
    let name_before_office = || {
        tokens.get(clause_start).is_some_and(|t| t.capitalised)
            && data.titles.match_at(tokens, clause_start).is_none()
            && first_comma.is_some_and(|comma| data.titles.match_at(tokens, comma + 1).is_some())
    };
    let apposed = first_comma.is_some() && (honorific || name_before_office());
    let whole = apposed
        .then(|| people::parse_with(sentence, tokens, clause_start, end, Language::Vietnamese, data, true))
        .flatten()
        .filter(|(mention, used)| {
            clause_start + used == end
                && mention.name.is_some()
                && (mention.title.is_some() || !honorific && mention.role.is_some())
                && !mention.bare
        })
        .map(|_| clause_start);
    for start in whole.into_iter().chain(starts) {
        let Some((mention, used)) = people::parse_with(sentence, tokens, start, end, Language::Vietnamese, data, true)
        else {
            continue;
        };
        // `HLV Nguyễn Văn Nam của tuyển U22 Việt Nam cho biết`: the body a
        // named person belongs to, after `của` (of) or `bên phía` (on the
        // side of), is no clause
        let affiliation = mention.name.is_some()
            && data.affiliation_markers.match_at(tokens, start + used).is_some()
            && end - (start + used) <= AFFILIATION_MAX_TOKENS
            && tokens[start + used..end].iter().all(|t| t.is_word);
        if start + used != end && !affiliation {
            continue;
        }
        let mut mention = mention;
        let start = with_concurrent_offices(sentence, tokens, clause_start, start, &mut mention, data);
        if mention.name.is_some() || mention.pronoun {
            return Some(Subject { mention, start, end });
        }
        role_only.get_or_insert(Subject { mention, start, end });
    }
    // `Bộ trưởng Thương mại Úc, Simon Crean, nói`: a role, then the name
    // in apposition (names outside the family-name list included)
    let name_start = (clause_start..end).rev().find(|&k| k == clause_start || tokens[k - 1].folded == ",")?;
    let role_start =
        (clause_start..name_start.saturating_sub(1)).rev().find(|&k| k == clause_start || tokens[k - 1].folded == ",");
    let capitalised = |k: usize| tokens[k].capitalised;
    let name_words = end - name_start;
    // (a body set off after the office, `Phó Vụ trưởng Vụ Giáo dục mầm
    // non, Bộ GD&ĐT, cho biết`, is capitalised too, but holds an acronym)
    let is_name = (2..=4).contains(&name_words)
        && (name_start..end).all(|k| tokens[k].is_word && capitalised(k))
        && !people::reads_as_body_name(sentence, tokens, name_start, end);
    if let Some(role_start) = role_start.filter(|_| is_name && name_start > 0 && tokens[name_start - 1].folded == ",")
        && data.titles.match_at(tokens, role_start).is_some()
    {
        let text = |a: usize, b: usize| text::collapse_whitespace(&sentence[tokens[a].start..tokens[b - 1].end]);
        // a place set off the same way is where the office is (`lãnh đạo
        // Công an quận Thanh Xuân, TP.Hà Nội, cho biết`): no one is named
        let mention = if people::names_place(tokens, name_start, end, data) {
            Mention { role: Some(text(role_start, end)), ..Mention::default() }
        } else {
            Mention {
                name: Some(text(name_start, end)),
                role: Some(text(role_start, name_start - 1)),
                ..Mention::default()
            }
        };
        return Some(Subject { mention, start: role_start, end });
    }
    // `Hiệp định toàn diện Bộ trưởng Thương mại Úc nói thêm …`: a heading
    // run into the sentence before its subject, which starts at a title
    // written with a capital
    role_only
        .or_else(|| {
            // (a title inside the apposition of the person opening the
            // clause, after the comma closing their mention, is not where
            // it starts: `Đội trưởng X, người dự họp báo cùng HLV Kim, chia
            // sẻ` is X's) (parsed once, and only for a clause with such a
            // title: most have none)
            let opening_person_end = std::cell::OnceCell::new();
            let opening_person_end = || {
                *opening_person_end.get_or_init(|| {
                    people::parse_with(sentence, tokens, clause_start, end, Language::Vietnamese, data, false)
                        .filter(|(_, used)| tokens.get(clause_start + used).is_some_and(|t| t.folded == ","))
                        .map(|(_, used)| clause_start + used)
                })
            };
            (clause_start + 1..end)
                .filter(|&k| {
                    capitalised(k)
                        && data.titles.match_at(tokens, k).is_some()
                        && opening_person_end().is_none_or(|e| k < e)
                })
                .find_map(|start| {
                    let (mention, used) =
                        people::parse_with(sentence, tokens, start, end, Language::Vietnamese, data, true)?;
                    (start + used == end).then_some(Subject { mention, start, end })
                })
        })
        // `"…", Conte nói`: a name alone, without honorific or title, is
        // bare: it names only someone the article named before
        .or_else(|| bare_vietnamese_name(sentence, tokens, name_start, end, data))
}

/// `tokens[start..end]` as a Vietnamese name alone (`Conte`, `Văn Hậu`):
/// one to [`people::NAME_MAX_WORDS`] capitalised words and nothing else.
/// No honorific or title says it is a person's, so the mention is bare.
/// A function word opening it is no name's, capitalised as it opens the
/// sentence (`Theo thông tin từ UBND tỉnh, …`, according to the
/// province's information: `thông tin` is a verb of speech too). Later
/// in a name, a word of address is a given name (`Tuấn Anh`).
fn bare_vietnamese_name(
    sentence: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    data: &LanguageData,
) -> Option<Subject> {
    let bare_name = (1..=people::NAME_MAX_WORDS).contains(&end.saturating_sub(start))
        && (start..end).all(|k| tokens[k].is_word && tokens[k].capitalised)
        && !data.stopwords.contains(&tokens[start].folded);
    bare_name.then(|| {
        let name = text::collapse_whitespace(&sentence[tokens[start].start..tokens[end - 1].end]);
        let mention = Mention { name: Some(name), bare: true, ..Mention::default() };
        Subject { mention, start, end }
    })
}

/// Where a Vietnamese mention starts when its office comes after another
/// one and a comma (`Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến
/// Dũng`, `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội …`): the person
/// holds both, and the role takes in every office before it that opens
/// with a title, back to `floor` at most. `start` is where the mention's
/// own office opens. A person named with no office after an office and a
/// comma (`Giám đốc Công an tỉnh X, Thiếu tướng Y`, `Trưởng đoàn kiểm
/// tra, ông Z`) holds that office, as a name set off after it does; the
/// office must fill its part of the clause (`Chủ tịch UBND tỉnh đã chỉ
/// đạo, ông Z …` is another clause's subject).
fn with_concurrent_offices(
    sentence: &str,
    tokens: &[Token],
    floor: usize,
    mut start: usize,
    mention: &mut Mention,
    data: &LanguageData,
) -> usize {
    if mention.role.is_some() && data.titles.match_at(tokens, start).is_none() {
        return start;
    }
    while start > floor + 1 && tokens[start - 1].folded == "," {
        // (a comma in brackets lists the fields of the parent body's name,
        // `(Bộ Văn hóa, Thể thao và Du lịch)`: the clause's comma is outside)
        let mut brackets_closed = 0usize;
        let Some(previous) = (floor..start - 1).rev().find(|&k| {
            match &*tokens[k].folded {
                ")" => brackets_closed += 1,
                "(" => brackets_closed = brackets_closed.saturating_sub(1),
                _ => {}
            }
            k == floor || brackets_closed == 0 && tokens[k - 1].folded == ","
        }) else {
            break;
        };
        // an office with its own holder (`Phó Thủ tướng X, Bộ trưởng Bộ Y
        // tế Y`) is another person's; brackets may set its parent body off
        // (`Cục trưởng Cục … (Bộ Xây dựng), ông X`), and a dash or a comma
        // inside them join its fields, which the parse reads (a comma
        // outside brackets ended the office above)
        let joins_office = |k: usize| matches!(&*tokens[k].folded, "(" | ")" | ",") || text::is_dash(&tokens[k].folded);
        let is_office = data.titles.match_at(tokens, previous).is_some()
            && (previous..start - 1)
                .all(|k| (tokens[k].is_word || joins_office(k)) && data.honorifics.match_at(tokens, k).is_none())
            && people::parse(sentence, tokens, previous, start - 1, Language::Vietnamese, data)
                .is_some_and(|(office, used)| office.name.is_none() && previous + used == start - 1);
        if !is_office {
            break;
        }
        let offices = &sentence[tokens[previous].start..tokens[start - 2].end];
        mention.role = Some(match mention.role.take() {
            Some(role) => format!("{offices}, {role}"),
            None => offices.to_owned(),
        });
        start = previous;
    }
    start
}

/// Longest source between `được` and `dẫn lời`, in tokens (`được hãng
/// tin Reuters dẫn lời`).
const QUOTED_BY_MAX_TOKENS: usize = 6;

/// `“…”, Reuters dẫn lời ông X.` (Reuters quotes X): the quotation opening
/// the sentence is the words of the person the outlet quotes, named to the
/// sentence's end.
fn quoted_by_outlet(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    if language != Language::Vietnamese {
        return None;
    }
    let quoting = (0..tokens.len()).find(|&k| is_quoting_at(tokens, k))?;
    let quoted = leading_quotation(sentence, tokens, quoting, data)?;
    let end = tokens.iter().rposition(|t| t.is_word)? + 1;
    let (mention, used) = people::parse_with(sentence, tokens, quoting + 2, end, language, data, true)?;
    if quoting + 2 + used != end || mention.name.is_none() && !mention.pronoun {
        return None;
    }
    let person = register.refer(&mention, true)?;
    text::has_words(quoted, DIRECT_MIN_WORDS).then(|| Attribution {
        preamble: None,
        follow_up: None,
        quote: Pending {
            person,
            text: quoted.to_owned(),
            kind: QuoteKind::Direct,
            cue: "dẫn lời".to_owned(),
            paragraph: 0,
        },
        kind: QuoteKind::Direct,
        continues: false,
    })
}

/// Most words between the comma after a quotation and the copula naming
/// it: a demonstrative (`đó là`, `đây là`).
const DEMONSTRATIVE_MAX_WORDS: usize = 1;

/// Most words between the dash after a quotation and the speech noun that
/// names it (`– đó là phát biểu`, `- Là một trong những nội dung quan
/// trọng trong phát biểu`).
const SPEECH_NOUN_MAX_DISTANCE: usize = 10;

/// `“…” – đó là phát biểu chỉ đạo của đồng chí X …`: a quotation opening
/// the sentence, then a dash and a phrase that calls it the speech (the
/// words, the view …) `của` (of) a person, who said it. A comma does as
/// the dash when a copula follows it, maybe after a demonstrative (`“…”,
/// đó là lời khẳng định của bà X`): a comma alone may open any clause.
fn quotation_named_as_speech(
    sentence: &str,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    // the separator after a quotation closing at `close`, if it names it
    let separator_after = |close: usize| {
        tag_separator(tokens, close).filter(|&separator| {
            text::is_dash(&tokens[separator].folded)
                || (separator + 1..=separator + 1 + DEMONSTRATIVE_MAX_WORDS)
                    .any(|k| data.copulas.match_at(tokens, k).is_some())
        })
    };
    // the mark closing the quotation is the one the separator follows: one
    // quoted inside it may close first (`"… tinh thần “7 dám” …" - Là …`)
    let (close, dash) = text::closing_tokens(tokens, 0).find_map(|k| separator_after(k).map(|s| (k, s)))?;
    let (person, cue) = speech_of_person(sentence, tokens, dash + 1, data, register)?;
    let quoted = sentence[tokens[0].end..tokens[close].start].trim();
    text::has_words(quoted, DIRECT_MIN_WORDS).then(|| Attribution {
        preamble: None,
        follow_up: None,
        quote: Pending { person, text: quoted.to_owned(), kind: QuoteKind::Direct, cue, paragraph: 0 },
        kind: QuoteKind::Direct,
        continues: false,
    })
}

/// Vietnamese: a phrase from token `from` that calls something the speech
/// (the words, the view …) `của` (of) a named person, as (the person, the
/// noun of speech): `đó là phát biểu chỉ đạo của đồng chí X tại …`.
fn speech_of_person(
    sentence: &str,
    tokens: &[Token],
    from: usize,
    data: &LanguageData,
    register: &mut Register,
) -> Option<(usize, String)> {
    let (noun, noun_len) = (from..tokens.len().min(from + SPEECH_NOUN_MAX_DISTANCE))
        .find_map(|k| data.speech_nouns.match_at(tokens, k).map(|n| (k, n)))?;
    let of = (noun + 1..tokens.len().min(noun + 1 + SPEECH_NOUN_MAX_DISTANCE))
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].folded == "của")?;
    let end = (of + 1..tokens.len()).find(|&k| !tokens[k].is_word || tokens[k].folded == "tại").unwrap_or(tokens.len());
    let (mention, _) = people::parse_with(sentence, tokens, of + 1, end, Language::Vietnamese, data, false)?;
    mention.name.as_ref()?;
    let person = register.refer(&mention, true)?;
    Some((person, sentence[tokens[noun].start..tokens[noun + noun_len - 1].end].to_owned()))
}

/// Whether `dẫn lời` (quotes, as an outlet quotes someone) starts at token
/// `k`.
fn is_quoting_at(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.folded == "dẫn") && tokens.get(k + 1).is_some_and(|t| t.folded == "lời")
}

/// Whether a word standing for what was said before (`như vậy`, `thông tin
/// này`) starts at token `k` with nothing after it but punctuation, a
/// scene or a topic or hearer: `ông khẳng định như vậy (khi …)`, said so;
/// `phát biểu như vậy về quyết tâm …`, said so about.
fn says_so_at(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    data.proforms.match_at(tokens, k).is_some_and(|n| {
        tokens.get(k + n).is_none_or(|t| {
            !t.is_word
                || data.scene_prepositions.match_at(tokens, k + n).is_some()
                || data.verb_prepositions.match_at(tokens, k + n).is_some()
        })
    })
}

/// The mark opening the quotation the mark at `close` closes, if it holds
/// no more words than a name in quotation marks (see
/// [`people::QUOTED_NAME_MAX_WORDS`]): a person's, a firm's.
fn name_in_marks_opening(tokens: &[Token], close: usize) -> Option<usize> {
    (close.saturating_sub(people::QUOTED_NAME_MAX_WORDS + 1)..close)
        .rev()
        .find(|&k| text::is_opening_mark(&tokens[k].folded))
}

/// The Persian object standing for the quotation before it, if one
/// starts at token `k`, as its length in tokens: `این را` (this), or a
/// demonstrative with the noun of what was said (`این جمله را`, this
/// sentence; `این سخنان را`, these words).
fn quotation_object_at(tokens: &[Token], k: usize, data: &LanguageData) -> Option<usize> {
    if !tokens.get(k).is_some_and(|t| data.demonstratives.contains(&t.folded)) {
        return None;
    }
    let marks_object = |j: usize| tokens.get(j).is_some_and(|t| t.folded == "را");
    if marks_object(k + 1) { Some(2) } else { marks_object(k + 2).then_some(3) }
}

/// Where the Persian object standing for a quotation (see
/// [`quotation_object_at`]) starts, if it ends right before the subject
/// starting at token `subject`.
fn quotation_object_before(tokens: &[Token], subject: usize, data: &LanguageData) -> Option<usize> {
    (2..=3).filter_map(|n| subject.checked_sub(n)).find(|&k| quotation_object_at(tokens, k, data) == Some(subject - k))
}

/// Where the subject of `X được [source] dẫn lời [verb]` ends: at `được`,
/// when `dẫn lời` stands right before the verb.
fn quoted_by_passive(tokens: &[Token], clause_start: usize, verb: usize) -> Option<usize> {
    let quoted = verb.checked_sub(2).filter(|&k| k >= clause_start)?;
    if !is_quoting_at(tokens, quoted) {
        return None;
    }
    (quoted.saturating_sub(QUOTED_BY_MAX_TOKENS).max(clause_start)..quoted).rev().find(|&k| tokens[k].folded == "được")
}

/// `Giá xăng có thể tiếp tục giảm …, theo ông X, Phó Vụ trưởng …`: the
/// source named at the end of a Vietnamese sentence, a person with their
/// appositions and nothing after them; the report is the clause before.
fn according_to_at_end(
    sentence: &str,
    tokens: &[Token],
    data: &LanguageData,
    register: &mut Register,
) -> Option<Attribution> {
    let theo = (1..tokens.len()).rev().find(|&k| tokens[k].folded == "theo" && tokens[k - 1].folded == ",")?;
    let end = tokens.iter().rposition(|t| t.is_word)? + 1;
    let (mention, used) = people::parse_with(sentence, tokens, theo + 1, end, Language::Vietnamese, data, true)?;
    if theo + 1 + used != end || mention.name.is_none() {
        return None;
    }
    let report = report_before_speaker(sentence, tokens, theo, data)?;
    let person = register.refer(&mention, true)?;
    let quote =
        Pending { person, text: report.to_owned(), kind: QuoteKind::Indirect, cue: "theo".to_owned(), paragraph: 0 };
    Some(Attribution { preamble: None, follow_up: None, quote, kind: QuoteKind::Indirect, continues: false })
}

/// The report before a Vietnamese speaker who ends the sentence (`Thành
/// phố sẽ tăng cường kiểm tra …, ông X cho biết.`, `…, theo ông X.`):
/// the clause before the comma or the dash that sets the speaker off. A phrase that
/// sets the scene, the time or the act of speaking there (`Tại hội nghị
/// sáng nay, ông X cho biết.`) reports nothing.
fn report_before_speaker<'a>(
    sentence: &'a str,
    tokens: &[Token],
    speaker_start: usize,
    data: &LanguageData,
) -> Option<&'a str> {
    let comma =
        speaker_start.checked_sub(1).filter(|&k| tokens[k].folded == "," || text::is_dash(&tokens[k].folded))?;
    // … and so does the act of speaking the words were said in (`Trao đổi
    // với PV sáng nay, ông X xác nhận thông tin trên`, talking to the
    // reporter, X confirmed it)
    let opens_scene = |k: usize| {
        data.scene_prepositions.match_at(tokens, k).is_some()
            || data.time_openers.match_at(tokens, k).is_some()
            || data.relative_day_phrases.match_at(tokens, k).is_some()
            || data.speaking_acts.match_at(tokens, k).is_some()
    };
    let start = after_dateline(tokens, comma, data);
    if start >= comma || opens_scene(start) {
        return None;
    }
    let report = sentence[tokens[start].start..tokens[comma].start].trim();
    text::has_words(report, INDIRECT_MIN_WORDS).then_some(report)
}

/// `“…”, ông X cho biết.`: the quotation that opens the sentence before its
/// speaker, after an agency's dateline (`TTO - “…”, ông X nói.`).
fn leading_quotation<'a>(
    sentence: &'a str,
    tokens: &[Token],
    subject_start: usize,
    data: &LanguageData,
) -> Option<&'a str> {
    let open = after_dateline(tokens, subject_start, data);
    let open = after_glued_heading(tokens, open, subject_start).unwrap_or(open);
    let first = tokens.get(open)?;
    let end = pair_closing(tokens, open, subject_start)?;
    Some(without_tag_comma(&sentence[first.end..tokens[end].start]))
}

/// Most words of a subheading a flattened page runs into the paragraph
/// under it: a heading is a short phrase, and the opening mark is looked
/// for no further.
const GLUED_HEADING_MAX_WORDS: usize = 12;

/// The opening mark of the quotation a tag attributes after a subheading
/// that a flattened page ran into the paragraph (`Đề thi được bảo mật
/// tuyệt đối “Đề thi … quy chế thi. Đề thi …” - Thứ trưởng X cho biết`):
/// words only before the mark, no more than a heading has, and a
/// quotation holding a sentence's stop that closes at the tag's
/// separator. Words that go on into the quotation (`gọi đó là “thảm
/// họa” - bà X nói`) give no sentence.
fn after_glued_heading(tokens: &[Token], start: usize, subject_start: usize) -> Option<usize> {
    // (a mark that opens the sentence is found as well: the same quotation)
    let open = (start..subject_start).take(GLUED_HEADING_MAX_WORDS + 1).find(|&k| !tokens[k].is_word)?;
    let close = pair_closing(tokens, open, subject_start)?;
    let holds_sentence = (open + 1..close).any(|k| matches!(&*tokens[k].folded, "." | "!" | "?"));
    (holds_sentence && tag_separator(tokens, close).is_some()).then_some(open)
}

/// A quotation's text without the comma that sets the tag after it off,
/// printed inside the closing mark (`“…,” ông X nói`): it is no part of
/// what was said.
fn without_tag_comma(quoted: &str) -> &str {
    quoted.trim().trim_end_matches([',', '،']).trim_end()
}

/// Whether the quotation closing right before the subject, nothing
/// between them, is a name or a term in quotation marks that the subject
/// opens with, as the report the verb goes on to (`« ذبیح الله مجاهد
/// »سخنگوی طالبان تصریح کرد بزودی …`) shows: the quotation an attribution
/// follows is the whole report (`«…»، سخنگوی دولت گفت.`). So is a name
/// in quotation marks right before its office (`«سید سلمان سامانی»
/// سخنگوی وزارت کشور، … را کذب محض خواند`), with no report after the verb.
fn is_marked_name_before_report(
    sentence: &str,
    tokens: &[Token],
    subject_start: usize,
    after_verb: usize,
    data: &LanguageData,
) -> bool {
    let closes_at_subject = subject_start > 0 && matches!(&*tokens[subject_start - 1].folded, "»" | "”" | "\"");
    // a comma or a stop inside the closing mark ends a speech (`“…,” ông X
    // nói`), never a name or a term
    let speech_closed = subject_start > 1 && {
        let last = &*tokens[subject_start - 2].folded;
        text::is_comma(last) || last.chars().next().is_some_and(text::is_sentence_end)
    };
    if !closes_at_subject || speech_closed {
        return false;
    }
    // a second verb after `و`, `và` (and) reports something else
    let report_follows = tokens.get(after_verb).is_some_and(|t| t.is_word && !matches!(&*t.folded, "و" | "và"))
        && text::has_words(&sentence[tokens[after_verb].start..], INDIRECT_MIN_WORDS);
    let quoted_words = tokens[..subject_start - 1].iter().rev().take_while(|t| t.is_word).count();
    let opened = (subject_start - 1)
        .checked_sub(quoted_words + 1)
        .is_some_and(|open| text::is_opening_mark(&tokens[open].folded));
    let name_before_office = opened
        && (1..=people::NAME_MAX_WORDS).contains(&quoted_words)
        && data.titles.match_at(tokens, subject_start).is_some();
    report_follows || name_before_office
}

/// A report and the quotation it runs on to after a colon, the quotation
/// closing the text (`công tác … cần được đẩy mạnh: "Chúng tôi sẽ …".`),
/// each long enough to stand alone.
fn report_then_quotation(text: &str) -> Option<(&str, &str)> {
    let (colon, _) = text.match_indices(':').find(|&(at, _)| {
        let rest = text[at + 1..].trim_start();
        rest.starts_with(|c: char| text::is_opening_mark(c.encode_utf8(&mut [0; 4]))) && is_closed_quotation(rest)
    })?;
    let (report, quotation) = (text[..colon].trim_end(), text[colon + 1..].trim());
    (text::has_words(report, INDIRECT_MIN_WORDS) && text::has_words(quotation, DIRECT_MIN_WORDS))
        .then_some((report, quotation))
}

/// `او می‌گوید "…"`, `ông nói “…”`: a quotation right after the verb.
fn following_quotation<'a>(sentence: &'a str, tokens: &[Token], after_verb: usize) -> Option<&'a str> {
    let open = tokens.get(after_verb)?;
    let end = pair_closing(tokens, after_verb, tokens.len())?;
    let quoted = sentence[open.end..tokens[end].start].trim();
    // a name or a term in quotation marks that the report goes on after
    // (`گفت «دونالد ترامپ»، رئیس جمهور آمریکا … مخالف است`) is part of it
    let goes_on = tokens[end + 1..].iter().any(|t| t.is_word);
    (!goes_on || text::has_words(quoted, DIRECT_MIN_WORDS)).then_some(quoted)
}

/// What may follow the mark closing a quotation that ends its paragraph:
/// a full stop, spaces, and the `./.` with which Vietnamese papers end an
/// article.
const AFTER_QUOTATION: [char; 3] = ['.', ' ', '/'];

/// Whether a quotation ends with a sentence's stop, inside its closing
/// mark or after it (`“…”.`, `"….”`, `“…!”`), before the slash a crawler
/// may leave at a line's end.
fn ends_with_stop(quotation: &str) -> bool {
    text::ends_with_stop(quotation.trim_end().trim_end_matches(['/', ' ']))
}

/// Whether the text is one quotation, its first mark opening it and the
/// mark that closes that one ending it: `“…”`, `«…»`, `"…"`, or mixed as
/// writers mix them (`"…”`); not `"A" và "B"`. Curly quotes and
/// guillemets open and close with different marks, so a quotation inside
/// one may use them too (`“Năm 2017 là năm “Đền ơn đáp nghĩa”, …”`), or
/// straight quotes in pairs (`“… "chìa khóa" …”`).
fn is_closed_quotation(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches(AFTER_QUOTATION);
    let mut chars = trimmed.chars();
    let Some(first) = chars.next() else { return false };
    let Some(closes) = text::closing_marks(first) else { return false };
    // straight quotes open and close alike: the first that closes ends it
    if first == '"' {
        let mut rest = trimmed.char_indices().skip(1);
        return rest.find(|(_, c)| closes.contains(c)).is_some_and(|(at, c)| at + c.len_utf8() == trimmed.len());
    }
    let Some(last) = chars.next_back().filter(|c| closes.contains(c)) else { return false };
    let inside = chars.as_str();
    let closing = closes[0];
    // the marks inside nest and never close the outer one before the end;
    // a straight quote closing it (`“…"`) leaves none inside
    let mut depth = 0usize;
    for c in inside.chars() {
        if c == first {
            depth += 1;
        } else if c == closing {
            let Some(outer) = depth.checked_sub(1) else { return false };
            depth = outer;
        }
    }
    let straight = inside.matches('"').count();
    depth == 0 && if last == '"' { straight == 0 } else { straight.is_multiple_of(2) }
}

/// The words of a text that is one quotation ([`is_closed_quotation`]),
/// without its marks (`X nói: “…”.`), as a quotation found before or after
/// its verb is given: a quote's text is the speech, not its punctuation.
/// A quotation opened and never closed, as speech running over paragraphs
/// is printed (the mark opens each paragraph, or only the first), loses
/// its opening mark too.
fn without_quotation_marks(text: &str) -> &str {
    if !is_closed_quotation(text) {
        let trimmed = text.trim_start();
        let mut chars = trimmed.chars();
        return match chars.next().and_then(text::closing_marks) {
            Some(closes) if !chars.as_str().contains(closes) => chars.as_str().trim_start(),
            _ => text,
        };
    }
    let mut chars = text.trim().trim_end_matches(AFTER_QUOTATION).chars();
    chars.next();
    chars.next_back();
    chars.as_str().trim()
}

/// Whether a report is one quotation in curly quotes or guillemets, and so
/// direct speech.
fn is_wrapped_in_quotes(text: &str) -> bool {
    let trimmed = text.trim_end_matches(AFTER_QUOTATION);
    let wrapped =
        (trimmed.starts_with('“') && trimmed.ends_with('”')) || (trimmed.starts_with('«') && trimmed.ends_with('»'));
    // one quotation, not a quoted name and a quoted word at the end
    // (`«دونالد ترامپ»، … «مخالف» است.»`)
    wrapped && is_closed_quotation(trimmed)
}

/// Where a sentence's subject may start: after an agency's dateline, a
/// Persian reporting phrase, and the connectives and commas that open it
/// (`TTO - Ông …`, `به گزارش ایسنا، …`, `Tuy nhiên, theo ông, …`).
fn subject_start(tokens: &[Token], data: &LanguageData) -> usize {
    subject_start_after(tokens, after_dateline(tokens, tokens.len(), data), data)
}

/// [`subject_start`], the sentence's dateline known to end at `dateline_end`.
fn subject_start_after(tokens: &[Token], dateline_end: usize, data: &LanguageData) -> usize {
    let mut k = after_reporting_phrase(tokens, dateline_end, tokens.len(), data);
    loop {
        if tokens.get(k).is_some_and(|t| text::is_comma(&t.folded)) {
            k += 1;
        } else if let Some(n) = data.connectives.match_at(tokens, k) {
            k += n;
        } else {
            return k;
        }
    }
}

/// Registers the person a sentence opens with when it reports a speaking
/// act and quotes nothing (`سیدعباس صالحی به شایعاتی … پاسخ داد.`,
/// answered the rumours) as its subject: a pronoun or a bare office in the
/// next sentence (`معاون فرهنگی وزارت ارشاد … تصریح کرد: …`) means them.
/// [`register_mentions`] registers only names with a title or a role; this
/// one may have neither, but must be sure (see [`people::Mention::bare`]).
fn register_speaking_subject(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) {
    // (the lexicon's bit rules out most sentences at once)
    if !data.speaking_acts.may_match_in(tokens) {
        return;
    }
    let end = tokens.iter().rposition(|t| t.is_word).map_or(0, |k| k + 1);
    let Some(verb) = data.speaking_acts.match_ending_at(tokens, end).map(|n| end - n) else { return };
    let start = subject_start_after(tokens, after_dateline(tokens, verb, data), data);
    // (a bare name the register does not know is refused there)
    if let Some((mention, _)) = people::parse(sentence, tokens, start, verb, language, data)
        && mention.name.is_some()
    {
        register.refer(&mention, true);
    }
}

/// Registers the people a sentence names in lists and appositions
/// (`محمدرضا ظفرقندی رئیس سازمان …، قاسم جانبابایی معاون …`), so officials
/// without quotes are listed and later short forms resolve. The sentence's
/// opening phrase is its subject, which pronouns in later sentences refer to.
fn register_mentions(
    sentence: &str,
    tokens: &[Token],
    language: Language,
    data: &LanguageData,
    register: &mut Register,
) {
    // only a mention with a title or a role is registered
    if !people::may_name_official(tokens, language, data) {
        return;
    }
    // the sentence's subject stands after its connectives: `Còn bộ trưởng
    // X ngỏ ý …` makes X the one a pronoun in the next sentence means
    let dateline_end = after_dateline(tokens, tokens.len(), data);
    let mut subject_start = subject_start_after(tokens, dateline_end, data);
    // Vietnamese may set the scene in a phrase before a comma first (`Chia
    // sẻ sau trận đấu, HLV X …`, `Tại Hà Nội, ông X …`): when no person
    // opens the sentence, the one after that comma is its subject
    if language == Language::Vietnamese
        && let Some(comma) = (subject_start..tokens.len()).find(|&k| tokens[k].folded == ",")
        && (subject_start..comma).all(|k| data.honorifics.match_at(tokens, k).is_none())
        // (parsed only where a title or a capital past the first word may
        // name someone: this runs for every sentence)
        && !((subject_start..comma).any(|k| {
            data.titles.match_at(tokens, k).is_some()
                || k > subject_start && tokens[k].capitalised
        }) && people::parse(sentence, tokens, subject_start, comma, language, data).is_some())
    {
        subject_start = comma + 1;
    }
    // a Persian heading is a noun phrase whose head may read as a one-word
    // name before a role (`واکنش دبیر شورای عالی امنیت ملی`, the reaction
    // of the secretary …): there a one-word name counts only if known
    let heading = language == Language::Persian && !sentence.trim_end().ends_with(text::is_sentence_end);
    // Vietnamese writes an office held in capitals (`Cùng dự có Phó Thủ
    // tướng Trần Hồng Hà`): one opens a mention wherever it stands
    let capitalised_office = |k: usize| {
        language == Language::Vietnamese && tokens[k].capitalised && data.titles.match_at(tokens, k).is_some()
    };
    // (after `یکی از`, one of, stands a plural, no name: `یکی از نواب
    // ریاست مجلس`, one of the speaker's deputies, names no `نواب`)
    let boundary = |k: usize| {
        k == 0
            || k == subject_start
            || matches!(&*tokens[k - 1].folded, "،" | "," | ";" | "؛" | ":" | "و" | "và" | "(" | "از" | "همچنین")
                && data.partitive_heads.match_ending_at(tokens, k).is_none()
            || capitalised_office(k)
    };
    // a Persian given name opens a full name with its office wherever it
    // stands (`با حضور محسن پاک‌نژاد وزیر نفت`); elsewhere than at a
    // boundary only a name of two words or more with a role counts
    let given_name = |k: usize| language == Language::Persian && people::opens_persian_name(tokens, k, data);
    let full_name = |mention: &Mention| mention.name.as_deref().is_some_and(|n| n.split_whitespace().nth(1).is_some());
    let named_office = |mention: &Mention| mention.role.is_some() && full_name(mention);
    // Vietnamese introduces a person by an honorific and the full name,
    // opened by a family name, wherever they stand (`… được xác định là
    // anh Nguyễn Xuân Hưng`), to call them by its last word after (`Anh
    // Hưng cho hay …`). In capitals after a capitalised word the honorific
    // is a word of a body's name (`Đoàn Luật sư Hà Nội`), where a rank
    // opens the capitals itself (`có Thượng tướng Lê Văn Minh`); without a
    // family name after it, it is a noun (`các em Việt Nam, Lào …`, the
    // children of) … or an honorific and the given name alone, with what
    // they are set off after it (`gian hàng của bà Hương, tiểu thương chợ
    // X`, the stall of Mrs Hương, a trader at market X), as ordinary people
    // are introduced: no place (`các em Việt Nam, Lào …`)
    let honorific_before_name = |k: usize| {
        let capitalised = |j: usize| tokens[j].capitalised;
        language == Language::Vietnamese
            && (!capitalised(k) || k > 0 && tokens[k - 1].is_word && !capitalised(k - 1))
            && data.honorifics.match_at(tokens, k).is_some_and(|n| {
                data.name_anchors.match_at(tokens, k + n).is_some()
                    || tokens.get(k + n).is_some_and(|t| t.capitalised) && !people::opens_place(tokens, k + n, data)
            })
    };
    let introduced = |mention: &Mention| mention.title.is_some() && (full_name(mention) || mention.role.is_some());
    // so does an office written in lower case before a full name (`vụ liên
    // quan cựu đại biểu Quốc hội Châu Thị Thu Nga`, `với đại sứ Hoa Kỳ Marc
    // Knapper`), which later sentences call by an honorific and the last
    // word (`bà Nga khai …`); with an honorific before the name the office
    // is another person's (`tư cách đại biểu của bà X`, the seat of Mrs X),
    // and after a predicative it is what someone is or becomes (`được bầu
    // làm chủ tịch`). A title's first syllable may close a body's noun
    // (`cơ quan chức năng`, the authorities, holds `quan chức`, official):
    // the words read as that noun, and no office opens there. Nor does a
    // title that closes a rank (`Thượng tướng`, colonel general, holds
    // `tướng`, general): the rank is the honorific before the name
    let lowercase_office = |k: usize| {
        language == Language::Vietnamese
            && data.titles.match_at(tokens, k).is_some()
            && !tokens[k].capitalised
            && data.predicatives.match_ending_at(tokens, k).is_none()
            && [&data.body_nouns, &data.honorifics]
                .iter()
                .all(|lexicon| lexicon.match_ending_at(tokens, k + 1).is_none_or(|n| n < 2))
    };
    let honorific_in = |mention: &Mention| {
        mention.title.is_some()
            || mention.role.as_deref().is_some_and(|role| {
                let tokens = data.tokenize(role);
                (0..tokens.len()).any(|k| data.honorifics.match_at(&tokens, k).is_some())
            })
    };
    // where the last mention of a named person ended
    let mut named_mention_end: Option<usize> = None;
    // a dateline names its agency and reporter (`باشگاه خبرنگاران جوان؛
    // مینا عظیمی - رئیس …`), none of the article's people
    let mut k = dateline_end;
    while k < tokens.len() {
        // a name in guillemets is a name wherever it stands: `با «محمد بن
        // سلمان» ولیعهد سعودی دیدار کرد`; so in the straight or curly marks
        // of a page without guillemets (`از جمله "فیصل بن فرحان" وزیر …`;
        // a straight mark that closes a quotation instead is read the same,
        // and a name with its office after it is a name there too)
        let guillemet =
            tokens[k].folded == "«" || language == Language::Persian && text::is_opening_mark(&tokens[k].folded);
        let at_boundary = boundary(k);
        // looked up only where nothing else opens a mention
        let honorific = !guillemet && !at_boundary && tokens[k].is_word && honorific_before_name(k);
        let office = !guillemet && !at_boundary && !honorific && tokens[k].is_word && lowercase_office(k);
        if !guillemet && (!(at_boundary || given_name(k) || honorific || office) || !tokens[k].is_word) {
            k += 1;
            continue;
        }
        match people::parse(sentence, tokens, k, tokens.len(), language, data) {
            // the source a Persian reporting phrase cites, read on into the
            // subject after its comma (`به نقل از ایرنا، مدیرکل … گفت`,
            // quoting IRNA, the director general said): an outlet, no name
            // of that office. (Before a Vietnamese subject stands a scene,
            // and a name before its comma may be the subject's: `Mark
            // Lindqvist, Chủ tịch …, nhận định`)
            Some((_, used)) if language == Language::Persian && k < subject_start && k + used > subject_start => k += 1,
            Some((mut mention, used))
                if mention.name.is_some()
                    && (mention.role.is_some() || mention.title.is_some())
                    && (at_boundary
                        || guillemet
                        || !office && named_office(&mention)
                        || honorific && introduced(&mention)
                        || office && named_office(&mention) && !honorific_in(&mention)) =>
            {
                if language == Language::Vietnamese {
                    let floor = after_dateline(tokens, k, data);
                    with_concurrent_offices(sentence, tokens, floor, k, &mut mention, data);
                }
                // so may a noun that `و` joins to an office before it, whose
                // genitive the office after it is (`معاون توسعه مدیریت و منابع
                // وزیر فرهنگ`, the minister's deputy for management and
                // resources); after a person named with their office `و`
                // joins the next person (`صالحی رئیس سازمان انرژی اتمی و ظریف
                // وزیر امور خارجه`)
                let after_and = language == Language::Persian
                    && k > 0
                    && tokens[k - 1].folded == "و"
                    && named_mention_end != Some(k - 1);
                let unsure = (heading || after_and)
                    && mention.title.is_none()
                    && mention.name.as_deref().is_some_and(|n| !n.contains(' ') && !register.knows(n));
                // … and a noun a deputy's office runs on through is no
                // name at all (`معاون رفاه و امور اقتصادی وزیر رفاه`)
                let inside_office =
                    after_and && people::joins_deputy_office_nouns_at(tokens, k - 1, tokens.len(), data);
                // `حضرت فاطمه (س)`: a holy figure, named with a salutation
                let holy = tokens.get(k + used).is_some_and(|t| t.folded == "(")
                    && data
                        .salutations
                        .match_at(tokens, k + used + 1)
                        .is_some_and(|n| tokens.get(k + used + 1 + n).is_some_and(|t| t.folded == ")"));
                if !unsure && !holy && !inside_office {
                    register.refer(&mention, k == subject_start);
                }
                // `các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Mai Văn
                // Chính`: a plural office is held by each name listed after it
                if k > 0
                    && data.plural_markers.contains(&tokens[k - 1].folded)
                    && let Some(role) = &mention.role
                {
                    for name in listed_names(sentence, tokens, k + used, data) {
                        let holder = Mention { name: Some(name), role: Some(role.clone()), ..Mention::default() };
                        register.refer(&holder, false);
                    }
                }
                k += used.max(1);
                named_mention_end = Some(k);
            }
            // an office, then its holder's name set off by commas (`…, đại
            // sứ Hoa Kỳ tại Hà Nội, Marc Knapper, đã …`): the holder, whom a
            // later `Đại sứ Knapper` means. The office opens the clause or
            // follows a comma; a name right before that comma makes it the
            // name's apposition (`Nguyễn Văn Tuân, Tổng Giám đốc, Tô Ngọc
            // Thanh, …`, a list)
            Some((mention, used))
                if language == Language::Vietnamese
                    && mention.name.is_none()
                    && (k == subject_start
                        || k > 0 && tokens[k - 1].folded == "," && !people::name_ends_at(tokens, k - 1, data)) =>
            {
                match (&mention.role, people::apposed_vietnamese_name(sentence, tokens, k + used, data)) {
                    (Some(role), Some((name, end))) => {
                        let holder = Mention { name: Some(name), role: Some(role.clone()), ..Mention::default() };
                        register.refer(&holder, k == subject_start);
                        k = end;
                    }
                    _ => k += 1,
                }
            }
            _ => k += 1,
        }
    }
}

/// The Vietnamese full names listed from token `from` on, each after a
/// comma or `và` (`, Lê Thành Long, Nguyễn Chí Dũng và Mai Văn Chính`):
/// capitalised words opened by a family name (not a place's, `Hà Nội`),
/// up to the first item that is none.
fn listed_names(sentence: &str, tokens: &[Token], from: usize, data: &LanguageData) -> Vec<String> {
    let mut names = Vec::new();
    let mut k = from;
    while tokens.get(k).is_some_and(|t| matches!(&*t.folded, "," | "và"))
        && data.name_anchors.match_at(tokens, k + 1).is_some()
        && !people::opens_place(tokens, k + 1, data)
    {
        let end = (k + 1..tokens.len()).find(|&j| !tokens[j].is_word || !tokens[j].capitalised).unwrap_or(tokens.len());
        if !(2..=people::NAME_MAX_WORDS).contains(&(end - k - 1)) {
            break;
        }
        names.push(sentence[tokens[k + 1].start..tokens[end - 1].end].to_owned());
        k = end;
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(paragraphs: &[&str], language: Language) -> (Vec<Quote>, Vec<Official>) {
        let data = language.data().unwrap_or_else(|| unreachable!());
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| (*p).to_owned()).collect();
        extract(&paragraphs, &[], None, &[], language, data, &Deadline::never()).unwrap()
    }

    /// [`run`] under a headline.
    fn run_under(headline: &str, paragraphs: &[&str], language: Language) -> Vec<Quote> {
        let data = language.data().unwrap_or_else(|| unreachable!());
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| (*p).to_owned()).collect();
        extract(&paragraphs, &[], Some(headline), &[], language, data, &Deadline::never()).unwrap().0
    }

    /// Each quote's speaker's name under a headline.
    fn speakers_under(headline: &str, paragraphs: &[&str], language: Language) -> Vec<Option<String>> {
        run_under(headline, paragraphs, language).into_iter().map(|q| q.speaker.name).collect()
    }

    fn speakers(quotes: &[Quote]) -> Vec<Option<&str>> {
        quotes.iter().map(|q| q.speaker.name.as_deref()).collect()
    }

    /// Each quote's speaker's role.
    fn speaker_roles(quotes: &[Quote]) -> Vec<Option<&str>> {
        quotes.iter().map(|q| q.speaker.role.as_deref()).collect()
    }

    #[test]
    fn a_persian_preamble_is_a_report_whatever_the_verb_after_it() {
        let (quotes, _) = run(
            &[
                "اسدالله بادامچیان، رئیس شورای مرکزی حزب موتلفه، در گفت‌وگو با ایلنا با تأکید بر اینکه «نه اصلاح‌طلبان می‌توانند اصولگرایان را کنار بگذارند و نه برعکس» خواستار پرهیز از دشمنی میان جریان‌های سیاسی شد.",
                "وی با بیان اینکه طرح جدید از هفته آینده اجرا می‌شود، از نیروگاه شهید رجایی بازدید کرد.",
                // what is given is no report
                "علی رضایی با توجه به اینکه مصرف برق زیاد است، از نیروگاه بازدید کرد.",
            ],
            Language::Persian,
        );
        let found: Vec<(Option<&str>, &str, QuoteKind)> =
            quotes.iter().map(|q| (q.speaker.name.as_deref(), q.text.as_str(), q.kind)).collect();
        assert_eq!(
            found,
            [
                (
                    Some("اسدالله بادامچیان"),
                    "نه اصلاح‌طلبان می‌توانند اصولگرایان را کنار بگذارند و نه برعکس",
                    QuoteKind::Direct
                ),
                (Some("اسدالله بادامچیان"), "طرح جدید از هفته آینده اجرا می‌شود", QuoteKind::Indirect),
            ]
        );
    }

    #[test]
    fn each_name_listed_after_a_plural_office_holds_it() {
        let (_, officials) = run(
            &[
                "Dự phiên họp có các Phó Thủ tướng Chính phủ Trần Hồng Hà, Lê Thành Long, Nguyễn Chí Dũng và Mai Văn Chính; lãnh đạo các bộ, ngành.",
                // a place after the comma ends the list, and an office held
                // alone shares it with no one
                "Cùng dự có các Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên, Hà Nội và các tỉnh lân cận.",
                "Dự hội nghị có Bộ trưởng Bộ Tài chính Hồ Đức Phớc, Nguyễn Văn Thắng và nhiều đại biểu.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            officials_with_roles(&officials),
            [
                ("Trần Hồng Hà", vec!["Phó Thủ tướng Chính phủ"]),
                ("Lê Thành Long", vec!["Phó Thủ tướng Chính phủ"]),
                ("Nguyễn Chí Dũng", vec!["Phó Thủ tướng Chính phủ"]),
                ("Mai Văn Chính", vec!["Phó Thủ tướng Chính phủ"]),
                ("Đỗ Xuân Tuyên", vec!["Thứ trưởng Bộ Y tế"]),
                ("Hồ Đức Phớc", vec!["Bộ trưởng Bộ Tài chính"]),
            ]
        );
    }

    #[test]
    fn a_suspect_is_no_official_unless_quoted() {
        let (_, officials) = run(
            &[
                "Ông Hoàng Văn Toàn, Trưởng Công an huyện Hà Trung, cho biết đối tượng Triệu Quân Sự đã bị bắt giữ.",
                "Công an huyện bắt quả tang đối tượng Lê Trung Nghĩa đang tàng trữ trái phép chất ma túy.",
                "Tại tòa, bị cáo Nguyễn Văn Long khai nhận đã nhận 2 tỷ đồng từ doanh nghiệp để bỏ qua sai phạm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), ["Hoàng Văn Toàn", "Nguyễn Văn Long"]);
    }

    #[test]
    fn the_city_an_agency_reports_from_is_no_speaker() {
        let (quotes, officials) = run(
            &[
                "به گزارش خبرگزاری فارس از اصفهان، رئیس سازمان حج و زیارت گفت که ثبت‌نام زائران از هفته آینده آغاز می‌شود.",
                "به گزارش ایرنا از مشهد، استاندار خراسان رضوی گفت: «این طرح بسیار مهم است و باید اجرا شود.»",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [None, None]);
        assert_eq!(speaker_roles(&quotes), [Some("رئیس سازمان حج و زیارت"), Some("استاندار خراسان رضوی")]);
        assert!(officials.is_empty(), "{officials:?}");
    }

    /// The officials' names, in order.
    fn official_names(officials: &[Official]) -> Vec<&str> {
        officials.iter().map(|o| o.name.as_str()).collect()
    }

    /// The officials' names, each with their roles, in order.
    fn officials_with_roles(officials: &[Official]) -> Vec<(&str, Vec<&str>)> {
        officials.iter().map(|o| (o.name.as_str(), o.roles.iter().map(String::as_str).collect())).collect()
    }

    /// Each quote's speaker's name and text.
    fn said(quotes: &[Quote]) -> Vec<(Option<&str>, &str)> {
        quotes.iter().map(|q| (q.speaker.name.as_deref(), q.text.as_str())).collect()
    }

    #[test]
    fn a_persian_name_ending_in_a_family_name_of_belonging_speaks_before_a_time_and_a_scene() {
        let (quotes, officials) = run(
            &[
                "صارم رضایی شامگاه امشب در جمع خبرنگاران، اظهار کرد: ده تیم ارزیاب به منطقه اعزام شدند.",
                "مدیرعامل هلال‌احمر استان خاطرنشان کرد: پایگاه‌های نزدیک در آماده‌باش هستند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("صارم رضایی"), Some("صارم رضایی")]);
        assert_eq!(officials_with_roles(&officials), [("صارم رضایی", vec!["مدیرعامل هلال‌احمر استان"])]);
    }

    #[test]
    fn a_name_a_page_shortens_to_an_initial_speaks_and_is_met_again_by_it() {
        let (quotes, officials) = run(
            &[
                "Anh Nguyễn Văn T. (35 tuổi) cho biết: “Tôi không nhìn thấy biển báo.”",
                "Anh T. kể thêm: “Chiếc xe chạy rất nhanh.”",
                "Theo anh T, chiếc xe không bật đèn khi qua ngã tư.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn T."); 3]);
        assert_eq!(official_names(&officials), ["Nguyễn Văn T."]);
        // (the initial alone, its dot no word of the name, names someone
        // met before, as any one-word name does)
        let (quotes, _) = run(&["Anh T. kể: “Chiếc xe chạy rất nhanh.”"], Language::Vietnamese);
        assert!(quotes.is_empty(), "{quotes:?}");
        // … where the initials of the whole name, dotted, introduce one
        let (quotes, _) = run(
            &["Ông N.V.A. (45 tuổi) cho biết: “Tôi nghe một tiếng nổ lớn.”", "Chị L.T.H kể: “Cả nhà chạy ra ngoài.”"],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("N.V.A."), Some("L.T.H")]);
        // a middle initial is still left out of who is who
        let (quotes, _) = run(
            &[
                "Đại sứ Daniel J. Kritenbrink cho biết: “Quan hệ hai nước rất tốt.”",
                "Ông Daniel Kritenbrink nói thêm: “Chúng tôi sẽ hợp tác.”",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Daniel J. Kritenbrink"); 2]);
    }

    #[test]
    fn a_person_a_description_gives_the_name_of_speaks() {
        let (quotes, _) = run(
            &[
                "Một người dân tên Trần Văn Hải nói: “Nước lên rất nhanh.”",
                "Tài xế xe tải tên là Lê Văn Tâm cho biết anh không thấy biển cấm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hải"), Some("Lê Văn Tâm")]);
        assert_eq!(speaker_roles(&quotes), [None, Some("Tài xế xe tải")]);
        let (quotes, _) = run(
            &[
                "راننده کامیون به نام علی رضایی گفت: من تابلو را ندیدم.",
                "معاون استاندار به نام حسن کریمی اظهار کرد: جاده ایمن است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی"), Some("حسن کریمی")]);
        assert_eq!(speaker_roles(&quotes), [None, Some("معاون استاندار")]);
    }

    #[test]
    fn a_person_introduced_anywhere_with_an_honorific_is_who_the_short_name_means() {
        let (quotes, officials) = run(
            &[
                "Người bị hành hung được xác định là anh Nguyễn Xuân Hưng (31 tuổi).",
                "Anh Hưng cho hay, sự việc xảy ra trưa 10.2 khi ô tô va chạm với xe máy.",
                "Giải thưởng do Đoàn Luật sư Hà Nội, Hội Nhà báo Việt Nam, tổ chức hằng năm.",
                "Giải dành cho các em Việt Nam, Lào và Campuchia.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Xuân Hưng")]);
        // a body's name in capitals, or a noun with a country, names no one
        assert_eq!(official_names(&officials), ["Nguyễn Xuân Hưng"]);
    }

    #[test]
    fn a_comma_inside_prevent_and_combat_is_no_end_of_an_office() {
        let (quotes, officials) = run(
            &[
                "Ông Lê Văn Bình, Chánh Văn phòng Ban Chỉ huy Phòng, chống thiên tai tỉnh, cho biết nước đang lên nhanh.",
                "Phó Trưởng Ban Chỉ đạo phòng, chống dịch Trần Văn Tâm nhấn mạnh rằng các xã phải chủ động ứng phó.",
                "Theo ông Đỗ Minh Khoa, Trưởng ban Phòng, chống thiên tai huyện, các hộ dân đã được di dời an toàn.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Văn Bình"), Some("Trần Văn Tâm"), Some("Đỗ Minh Khoa")]);
        let roles: Vec<_> = quotes.iter().map(|q| q.speaker.role.as_deref()).collect();
        assert_eq!(
            roles,
            [
                Some("Chánh Văn phòng Ban Chỉ huy Phòng, chống thiên tai tỉnh"),
                Some("Phó Trưởng Ban Chỉ đạo phòng, chống dịch"),
                Some("Trưởng ban Phòng, chống thiên tai huyện"),
            ]
        );
        assert!(quotes[2].text.starts_with("các hộ dân"), "{}", quotes[2].text);
        assert_eq!(officials.len(), 3);
    }

    #[test]
    fn a_pronoun_that_says_a_man_or_a_woman_goes_to_the_speaker_it_fits() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết bệnh viện đã đủ thuốc cho người dân.",
                "Bà Trần Thị Mai, Phó Giám đốc Sở Tài chính, cho biết ngân sách đã được phân bổ đầy đủ.",
                "Ông nói thêm rằng các bệnh viện tuyến huyện cũng sẽ được hỗ trợ trang thiết bị.",
                "Bà cho biết thêm nguồn vốn sẽ được giải ngân trước ngày 15/12.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Nguyễn Văn An"), Some("Trần Thị Mai"), Some("Nguyễn Văn An"), Some("Trần Thị Mai")]
        );
    }

    #[test]
    fn foreign_names_with_particles_after_a_continent() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Thương mại Mỹ Howard Lutnick cho biết các mức thuế sẽ có hiệu lực từ tuần sau.",
                "Chủ tịch Ủy ban châu Âu Ursula von der Leyen tuyên bố EU sẽ đáp trả tương xứng.",
                "\"Chúng tôi sẽ không ngồi yên\", bà von der Leyen nhấn mạnh.",
                // `Âu` is a family name too
                "Ngoại trưởng châu Âu Josep Borrell cho biết EU sẽ gửi thêm viện trợ.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Howard Lutnick"), Some("Ursula von der Leyen"), Some("Ursula von der Leyen"), Some("Josep Borrell")]
        );
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Chủ tịch Ủy ban châu Âu"));
    }

    #[test]
    fn a_persian_heading_run_into_the_lead_before_its_speaker() {
        let (quotes, _) = run(
            &[
                "افزایش قیمت بنزین در دستور کار نیست سخنگوی دولت گفت: شایعات منتشر شده در این باره صحت ندارد.",
                "قیمت بنزین افزایش نمی‌یابد وزیر نفت گفت: دولت برای مدیریت مصرف سوخت برنامه دیگری دارد.",
                // no heading: the subject is dropped, the minister is the object
                "در ادامه با اشاره به سخنان وزیر خارجه گفت: ایران آماده گفت‌وگو است.",
            ],
            Language::Persian,
        );
        let roles = speaker_roles(&quotes);
        assert_eq!(roles, [Some("سخنگوی دولت"), Some("وزیر نفت")]);
        // a heading ending in a light verb with its prefix joined, apart or
        // glued on without the joiner; a noun opening with `می` ends none
        for verb in ["نمی‌کند", "نمی کند", "نمیکند"] {
            let line = format!("قیمت بنزین تغییر {verb} وزیر نفت گفت: دولت برای مدیریت مصرف سوخت برنامه دیگری دارد.");
            let (quotes, _) = run(&[&line], Language::Persian);
            assert_eq!(speaker_roles(&quotes), [Some("وزیر نفت")], "{verb}");
        }
        let (quotes, _) = run(&["مدیر میدان نفتی آزادگان گفت: تولید این میدان افزایش یافته است."], Language::Persian);
        assert_eq!(speaker_roles(&quotes), [Some("مدیر میدان نفتی آزادگان")]);
        // a caption run into the line, closed by such a verb, before the
        // short name of the person the article is about
        for verb in ["می‌گیرند", "میگیرند"] {
            let caption = format!("سیاهی لشگرها انتقام {verb} دل تورو زمانی گفته بود: «من عاشق دیو و دلبر بودم.»");
            let (quotes, _) =
                run(&["گیرمو دل تورو، کارگردان مکزیکی، فیلم تازه‌ای ساخته است.", &caption], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("گیرمو دل تورو")], "{verb}");
        }
    }

    #[test]
    fn persian_perfect_verbs_without_ast_and_names_ending_in_he_i() {
        let (quotes, _) = run(
            &[
                "علی خامنه‌ای، رهبر جمهوری اسلامی، روز چهارشنبه گفته است که مذاکره با آمریکا عاقلانه نیست.",
                "محمدجواد ظریف در گفت‌وگو با روزنامه اعتماد تاکید کرده که ایران به دنبال سلاح هسته‌ای نیست.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی خامنه‌ای"), Some("محمدجواد ظریف")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("رهبر جمهوری اسلامی"));
    }

    #[test]
    fn a_persian_given_name_opened_by_the_servant_of_is_a_name() {
        // `عبدال` and one of God's names, which no list holds all of
        let (quotes, officials) = run(
            &[
                "کنفرانس مطبوعاتی عبدالمتین قانع، سخنگوی وزارت داخله امروز در کابل برگزار شد.",
                "قانع گفت هیچ گروه تروریستی در خاک کشور حضور ندارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("عبدالمتین قانع")]);
        assert_eq!(officials.len(), 1, "{officials:?}");
        let (quotes, _) =
            run(&["سخنگوی وزارت داخله عبدالواحد رحیمی گفت: امنیت در کشور برقرار است."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("عبدالواحد رحیمی")]);
    }

    #[test]
    fn a_persian_family_name_opening_the_lead_before_its_verb_is_the_person_named_later() {
        let (quotes, _) = run(
            &[
                "قانع گفت هیچ گروه تروریستی در خاک کشور حضور ندارد.",
                "عبدالمتین قانع، سخنگوی وزارت داخله، امروز در کابل گفت که سفر اخیر وزیر موفق بود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("عبدالمتین قانع"); 2]);
        assert!(quotes[0].text.starts_with("هیچ گروه"), "{quotes:?}");
        // further into a sentence a bare word is no new speaker: the speech
        // goes on over it
        let (quotes, _) = run(
            &["علی رضایی، سخنگوی دولت گفت: کشورهای منطقه با این تصمیم مخالفت کرده‌اند. مردم سومالی نیز نسبت به این \
               تصمیم اعتراض کرده‌اند."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
        assert!(quotes[0].text.ends_with("اعتراض کرده‌اند."), "{quotes:?}");
        // (a Vietnamese word alone is a name only as `provisional_bare_speaker`
        // reads one: a country speaks for its government)
        let (quotes, _) = run(
            &[
                "Nga tuyên bố sẽ đáp trả các lệnh trừng phạt mới của phương Tây.",
                "Bà Trần Thị Nga, Giám đốc Sở Ngoại vụ, cho biết tỉnh sẽ theo dõi sát tình hình.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thị Nga")]);
    }

    #[test]
    fn a_persian_perfects_auxiliary_written_apart_is_the_verbs_word() {
        for (verb, auxiliary) in [("پیش بینی کرده", "اند"), ("اعلام کرده", "بودند"), ("گفته", "بود")]
        {
            let (quotes, _) = run(
                &[&format!("علی رضایی، کارشناس اقتصادی {verb} {auxiliary} که نرخ تورم در سال آینده کاهش پیدا می‌کند.")],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("علی رضایی")], "{verb} {auxiliary}");
            assert_eq!(quotes[0].cue.as_deref(), Some(format!("{verb} {auxiliary}").as_str()));
            assert_eq!(quotes[0].text, "نرخ تورم در سال آینده کاهش پیدا می‌کند.");
        }
    }

    #[test]
    fn persian_typed_with_latin_commas_and_semicolons_reads_as_with_its_own() {
        // many Persian pages type `,` and `;` for `،` and `؛`: appositions,
        // reporting phrases and clause ends are found at either
        let persian = [
            "عبدالرضا رحمانی، وزیر کشور، امروز در نشست با خبرنگاران گفت: «مرحله اضطرار اقامت مهاجران سپری شده است.»",
            "وی همچنین اجرای طرح شناسایی اتباع خارجی را اقدامی اساسی برای سیاست‌گذاری دانست.",
            "به گزارش ایرنا، سخنگوی دولت نیز گفت که بودجه سال آینده هفته بعد به مجلس تقدیم می‌شود.",
            "در همین حال، جان هوارد، نخست وزیر استرالیا، گفت که گروگان استرالیایی آزاد شده است.",
            "هوارد افزود که این گروگان در یک عملیات نظامی در بغداد آزاد شد؛ این عملیات چند ساعت طول کشید.",
        ];
        let latin = persian.map(|p| p.replace('،', ",").replace('؛', ";"));
        let (quotes, officials) = run(&persian, Language::Persian);
        let (latin_quotes, latin_officials) = run(&latin.each_ref().map(String::as_str), Language::Persian);
        let expected_speakers =
            [Some("عبدالرضا رحمانی"), Some("عبدالرضا رحمانی"), None, Some("جان هوارد"), Some("جان هوارد")];
        let expected_roles = [
            Some("وزیر کشور"),
            Some("وزیر کشور"),
            Some("سخنگوی دولت"),
            Some("نخست وزیر استرالیا"),
            Some("نخست وزیر استرالیا"),
        ];
        for quotes in [&quotes, &latin_quotes] {
            assert_eq!(speakers(quotes), expected_speakers);
            assert_eq!(speaker_roles(quotes), expected_roles);
        }
        assert_eq!(officials_with_roles(&latin_officials), officials_with_roles(&officials));
    }

    #[test]
    fn a_continuous_verb_written_apart_reports_speech_only_as_listed() {
        // `می گفت` (was saying) is listed; `می دانست` (knew) and `نمی گفت`
        // (did not say) are not, written apart as joined
        for joiner in [" ", "\u{200C}"] {
            let paragraphs = [
                format!("علی رضایی، استاد دانشگاه، می{joiner}گفت که نرخ تورم در ماه‌های آینده کاهش می‌یابد."),
                format!("محمد احمدی، رئیس اتاق، می{joiner}دانست که بودجه سال آینده هفته بعد به مجلس تقدیم می‌شود."),
                format!("رضا نوری، سخنگوی وزارت، نمی{joiner}گفت که بودجه سال آینده هفته بعد به مجلس تقدیم می‌شود."),
            ];
            let (quotes, _) = run(&paragraphs.each_ref().map(String::as_str), Language::Persian);
            assert_eq!(said(&quotes), [(Some("علی رضایی"), "نرخ تورم در ماه‌های آینده کاهش می‌یابد.")], "{joiner:?}");
        }
    }

    #[test]
    fn afghan_offices_and_honorifics() {
        let (quotes, _) = run(
            &[
                "محمد نعیم، ترجمان دفتر سیاسی طالبان در قطر، در توییتی نوشت که هیئت این گروه با نماینده سازمان ملل دیدار کرده است.",
                "والی بلخ گفت: وضعیت امنیتی در این ولایت کاملا عادی است و مردم نباید نگران باشند.",
                "مولوی عبدالکبیر، معین وزارت داخله، گفت که نیروهای امنیتی در حالت آماده‌باش قرار دارند.",
            ],
            Language::Persian,
        );
        let roles = speaker_roles(&quotes);
        assert_eq!(roles, [Some("ترجمان دفتر سیاسی طالبان"), Some("والی بلخ"), Some("معین وزارت داخله")]);
        assert_eq!(quotes[2].speaker.title.as_deref(), Some("مولوی"));
    }

    #[test]
    fn a_speaker_named_at_the_end_of_the_report() {
        let (quotes, _) = run(
            &[
                "Thành phố sẽ tăng cường kiểm tra các cơ sở kinh doanh thực phẩm dịp Tết, ông Nguyễn Văn Hải cho biết.",
                "Giá xăng có thể tiếp tục giảm trong kỳ tới, theo ông Trần Văn Hùng, Phó Vụ trưởng Vụ Thị trường trong nước.",
                // a scene reports nothing, an agency is no person
                "Tại hội nghị tổng kết công tác năm của ngành y tế, ông Nguyễn Văn Hải cho biết.",
                "Giá dầu thế giới đã tăng 5% trong tuần qua, theo Reuters.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Hải"), "Thành phố sẽ tăng cường kiểm tra các cơ sở kinh doanh thực phẩm dịp Tết"),
                (Some("Trần Văn Hùng"), "Giá xăng có thể tiếp tục giảm trong kỳ tới"),
            ]
        );
    }

    #[test]
    fn family_names_name_hospitals_and_schools_too() {
        let (quotes, _) = run(
            &[
                "Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện đã tiếp nhận hơn 200 ca bệnh trong ngày.",
                "Hiệu trưởng Trường Lê Quý Đôn cho biết năm nay trường tuyển thêm 5 lớp.",
                "Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng cho biết công ty sẽ mở rộng sản xuất xe điện.",
            ],
            Language::Vietnamese,
        );
        let speakers: Vec<(Option<&str>, Option<&str>)> =
            quotes.iter().map(|q| (q.speaker.name.as_deref(), q.speaker.role.as_deref())).collect();
        assert_eq!(
            speakers,
            [
                (None, Some("Giám đốc Bệnh viện Bạch Mai")),
                (None, Some("Hiệu trưởng Trường Lê Quý Đôn")),
                (Some("Phạm Nhật Vượng"), Some("Chủ tịch Tập đoàn Vingroup"))
            ]
        );
    }

    #[test]
    fn a_foreign_name_after_a_title_and_a_body_no_list_knows() {
        let (quotes, _) = run(
            &[
                // a body's name with a country in it is no person's
                "Giám đốc Công ty Cổ phần Sữa Việt Nam cho biết doanh thu quý này tăng mạnh.",
                "Trong một thông cáo, Bộ trưởng Ngoại thương New Zealand, Tim Groser, nói: \"Thỏa thuận này sẽ giúp đẩy mạnh giao thương.\"",
                "Còn bộ trưởng Thương mại Lim Hng Kiang ngỏ ý ca ngợi hiệp định. Ông nói: “Hành động như vậy là cần thiết.”",
                "Giám đốc điều hành OpenAI Sam Altman cho biết công ty sẽ ra mắt mô hình mới vào tháng tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes[0].speaker.name, None);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Giám đốc Công ty Cổ phần Sữa Việt Nam"));
        let said: Vec<(Option<&str>, &str)> = said(&quotes);
        assert_eq!(said[2], (Some("Lim Hng Kiang"), "Hành động như vậy là cần thiết."));
        assert_eq!(said[3].0, Some("OpenAI Sam Altman"));
    }

    #[test]
    fn an_office_then_its_holder_in_running_text_names_the_holder() {
        let (quotes, officials) = run(
            &[
                "Sau chuyến thăm, đại sứ Hoa Kỳ tại Hà Nội, Marc Knapper, đã dành cho VOA cuộc phỏng vấn nhanh.",
                "Đại sứ Knapper: Vâng, trước hết, cảm ơn cô đã dành thời gian cho cuộc phỏng vấn này.",
                // a body in apposition, and an office in a list of names
                "Dự họp có các sở ngành, Thứ trưởng Bộ Y tế, Bộ Công Thương, và nhiều doanh nghiệp.",
                "Trong số này có ông Nguyễn Văn Tuân, Tổng Giám đốc, Tô Ngọc Thanh, Hoàng Hợp Thương và Vũ Đình Chăm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Marc Knapper")]);
        assert_eq!(official_names(&officials), ["Marc Knapper", "Nguyễn Văn Tuân"]);
    }

    #[test]
    fn an_age_or_an_address_in_apposition_is_no_role() {
        let (quotes, _) = run(
            &[
                "Bà Nguyễn Thị Lan, 56 tuổi, trú tại phường 5, cho biết gia đình đã chờ đợi bản án này suốt hai năm.",
                "Anh Trần Văn Minh, quê Nghệ An, chủ một quán phở ở quận 3, cho biết giá thịt bò đã tăng mạnh.",
                // (lives) in Cau Giay district
                "Anh Nguyễn Văn Nam, 35 tuổi, ở quận Cầu Giấy, kể rằng anh mất gần hai tiếng để đến cơ quan.",
            ],
            Language::Vietnamese,
        );
        let roles = speaker_roles(&quotes);
        assert_eq!(roles, [None, Some("chủ một quán phở ở quận 3"), None]);
        // where someone comes from (`đến từ`), and the place after its
        // comma; the noun of who they are (`Thí sinh`, the candidate)
        // introduces the name as a title does
        let (quotes, officials) = run(
            &[
                "Thí sinh Nguyễn Thị Ngân, đến từ THPT Kim Liên, Đống Đa, Hà Nội cho biết, đề Toán năm nay dễ hơn năm ngoái.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Ngân")]);
        assert_eq!(officials_with_roles(&officials), [("Nguyễn Thị Ngân", vec!["Thí sinh"])]);
        assert_eq!(quotes[0].text, "đề Toán năm nay dễ hơn năm ngoái.");
    }

    #[test]
    fn a_trials_defendant_testifies_and_speaks_last() {
        let (quotes, officials) = run(
            &[
                "Tại tòa, bị cáo Nguyễn Văn Long khai nhận đã nhận 2 tỷ đồng từ doanh nghiệp để bỏ qua sai phạm.",
                "Chủ tọa phiên tòa Ngô Thị Yến đề nghị các luật sư không được nhắc lại những điều đã nói.",
                // `lời nói` (last words) is a noun, `dẫn lời nói` a verb
                "Trong lời nói sau cùng, bị cáo Long nói rằng mình rất hối hận và mong được giảm nhẹ hình phạt.",
                "Luật sư Lê Văn Bình được báo chí dẫn lời nói bản án như vậy là thấu tình đạt lý.",
                // testified, against opened
                "Tại cơ quan điều tra, bà Nguyễn Thị Nga khai đã chi 10 tỷ đồng để mua lại cổ phần.",
                "Ông Trần Văn An, Giám đốc Sở Văn hóa, khai mạc lễ hội truyền thống của tỉnh vào sáng nay.",
                // deployed and including, against testified and told
                "Chủ tịch UBND tỉnh thăm gian hàng bên lề Hội nghị triển khai Chương trình hành động của Chính phủ.",
                "Bà Lê Thị Hoa, kể cả khi nghỉ hưu, vẫn tham gia công tác xã hội ở địa phương.",
                // visited and consoled, against asked
                "Sau đó, đại diện chính quyền địa phương đã thăm hỏi, động viên gia đình có học sinh tử vong.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Nguyễn Văn Long"), Some("Nguyễn Văn Long"), Some("Lê Văn Bình"), Some("Nguyễn Thị Nga")]
        );
        assert!(quotes[1].text.starts_with("mình rất hối hận"), "{}", quotes[1].text);
        let judge = officials.iter().find(|o| o.name == "Ngô Thị Yến").map(|o| o.roles.as_slice());
        assert_eq!(judge, Some(&["Chủ tọa phiên tòa".to_owned()][..]));
    }

    #[test]
    fn talking_with_and_being_told_report_nothing() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An nói chuyện với cử tri tại hội trường xã về dự án đường mới.",
                // lied to, spoke ill of: verbs of their own
                "Bị cáo Nguyễn Văn Bình nói dối cơ quan điều tra về nguồn gốc số tiền hơn 2 tỷ đồng.",
                "Ông Trần Văn Nam nói xấu đồng nghiệp trên mạng xã hội suốt nhiều tháng liền.",
                // the reporter asked; the president, answering, said nothing
                "\"Thỏa thuận lần này có giúp ích cho ngài không?\", phóng viên Peter Doocy đặt câu hỏi khi Tổng \
                 thống Mỹ Donald Trump trả lời phỏng vấn trên chuyên cơ.",
                // informed, not informing
                "Chủ tịch UBND xã Tân Phú được thông báo rằng dự án sẽ khởi công vào tháng tới.",
                // information held, given or gathered, not told
                "Ông Nguyễn Hữu Thành đang nắm thông tin tại hiện trường và sẽ báo cáo sau.",
                "Ông Nguyễn Hữu Thành đã cung cấp thông tin cho cơ quan điều tra vào chiều qua.",
                "Công an xã đã tiếp nhận thông tin từ người dân và cử lực lượng đến hiện trường.",
                // declaring a meeting open, a state of emergency or one's
                // resignation is an act, with nothing said to report
                "Ông Trần Văn Hùng, Chủ tịch HĐND tỉnh, tuyên bố khai mạc kỳ họp thứ 8.",
                "Thủ tướng Thái Lan tuyên bố tình trạng khẩn cấp tại ba tỉnh miền nam do lũ lụt.",
                "Bà Lê Thị Hoa, Giám đốc Sở Y tế, tuyên bố từ chức sau vụ việc.",
                // the office is what was thanked, not the next speaker
                "Chúng tôi cảm ơn Đại sứ về cơ hội quý báu được nói chuyện với ông.",
                "Nhà báo Vũ Lan Hương: Xin chào Đại sứ, xin ông cho biết những ưu tiên của ông?",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Vũ Lan Hương")]);
        assert_eq!(quotes[0].speaker.role, None);
    }

    #[test]
    fn a_given_name_that_is_a_bodys_noun_after_an_honorific_names_the_person() {
        // `Đường` (street) and `Trường` (school) are given names too
        let (quotes, _) = run(
            &[
                "Ông Võ Văn Đường - Chủ tịch UBND phường An Xuân cho biết, nhiều cán bộ tỏ ra lúng túng.",
                "“Hiện nay, mọi văn bản đều được gửi qua phần mềm nên rất nhanh chóng”, ông Đường nói.",
                "Bà Lê Thị Trường, Hiệu trưởng Trường Tiểu học An Xuân, cho biết học sinh đã đi học lại.",
                "“Các em rất vui khi được gặp lại thầy cô và bạn bè”, bà Trường chia sẻ.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Võ Văn Đường"), Some("Võ Văn Đường"), Some("Lê Thị Trường"), Some("Lê Thị Trường")]
        );
    }

    #[test]
    fn a_bullet_opening_a_line_is_no_part_of_its_subject() {
        for bullet in ["🔹", "▪️ ", "• ", "- "] {
            let (quotes, _) = run(
                &[
                    &format!(
                        "{bullet}مدیرکل روابط عمومی استانداری خراسان جنوبی گفت: دو استاندار یکدیگر را ملاقات کردند."
                    ),
                    &format!("{bullet}محبی افزود: این دیدار در محل استانداری صورت گرفت."),
                ],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("محبی"), Some("محبی")], "{bullet}");
            assert_eq!(quotes[0].text, "دو استاندار یکدیگر را ملاقات کردند.", "{bullet}");
        }
    }

    #[test]
    fn a_persian_given_name_without_title_or_role_opens_a_speakers_name() {
        // a name no list knows is left to the register; common given names
        // open one the article names the first time without an office
        for name in ["هومن افاضلی", "احسان حاجصفی", "الیاس حضرتی"] {
            let (quotes, _) =
                run(&[&format!("{name} در نشست خبری پیش از بازی گفت: شرایط روحی تیم خوب نیست.")], Language::Persian);
            assert_eq!(speakers(&quotes), [Some(name)], "{name}");
        }
    }

    #[test]
    fn an_honorific_written_apart_from_the_surname_it_begins_is_the_name() {
        // `حاج صفی` after `احسان حاجصفی`: Hajj is part of the family name
        let (quotes, officials) = run(
            &[
                "احسان حاجصفی بازیکن ایران در کنار سرمربی پاسخگوی سئوالات خبرنگاران بود.",
                "حاج صفی در ابتدا گفت: به همه خانواده های داغدار تسلیت می گویم.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("احسان حاجصفی")]);
        assert_eq!(quotes[0].speaker.title, None);
        assert_eq!(officials.len(), 1, "{officials:?}");
    }

    #[test]
    fn a_long_prepositional_opener_is_no_persian_subject() {
        let (quotes, _) = run(
            &[
                "در آیین رونمایی از این تمبر که وزرای اقتصاد و نفت و جمعی از مسئولان اقتصادی کشور حضور داشتند، \
                 رئیس کل بانک مرکزی گفت: میزان تورم در تیرماه به 9.1 درصد تنزل یافت.",
                "\"محمود بهمنی\" افزود: در سال 1386 نرخ تورم بیشتر از 18.4 درصد بود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمود بهمنی"); 2]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("رئیس کل بانک مرکزی"));
    }

    #[test]
    fn a_persian_name_before_a_role_set_off_by_dashes_is_the_speaker() {
        for (open, close) in [(" –", "- "), (" – ", " – "), (" - ", " - ")] {
            let paragraph = format!(
                "عباسعلی ابراهیمی{open}مدیرکل فرهنگ و ارشاد اسلامی{close}در این جلسه با بیان اینکه تجربه های \
                 جدیدی کسب کرده ایم افزود: باید به این مطلب اعتراف کرد که همدلی وجود دارد."
            );
            // (named before by the surname alone: the full name is taken)
            let before = "در این نشست ابراهیمی –مدیرکل فرهنگ و ارشاد اسلامی- و شادمان مدیرکل دفتر اجتماعی حضور داشتند.";
            let (quotes, officials) = run(&[before, &paragraph], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("عباسعلی ابراهیمی"), Some("عباسعلی ابراهیمی")], "{paragraph}");
            assert_eq!(officials[0].roles, ["مدیرکل فرهنگ و ارشاد اسلامی"], "{paragraph}");
        }
        // an agency's dateline is no name: the subject follows it
        let (quotes, _) = run(&["تهران- ایرنا- وزیر امور خارجه گفت: مذاکرات ادامه دارد."], Language::Persian);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("وزیر امور خارجه"));
    }

    #[test]
    fn a_persian_speaker_opens_the_clause_of_the_speech_verb() {
        // X did not attend, so the team's coach said: the coach, named next
        let (quotes, _) = run(
            &[
                "فراز کمالوند سرمربی تیم پارس جنوبی به خاطر محرومیت در این نشست حاضر نشد لذا مربی این تیم در \
                 نشست خبری گفت: به تیم شهرخودرو به خاطر این برد تبریک می‌گوییم.",
                "مرتضی اسدی افزود: ما با یک تیم قوی خارج از خانه بازی کردیم و نتیجه را قبول داریم.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مرتضی اسدی"), Some("مرتضی اسدی")]);
        // a clause joined by `و` after its verb too; a person named inside
        // the first clause, with no verb closing it, is no new subject
        let (quotes, _) = run(
            &[
                "وزیر کشور در جلسه حضور نیافت و علی ربیعی سخنگوی دولت گفت: جلسه به زمان دیگری موکول شد.",
                "علی ربیعی سخنگوی دولت پس از دیدار با وزیر کشور و رئیس مجلس گفت: همکاری ادامه دارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی ربیعی"), Some("علی ربیعی")]);
    }

    #[test]
    fn a_persian_transcript_announced_gives_the_speakers_words() {
        let announcement = "به گزارش استقلال نیوز، ریکاردو ساپینتو سرمربی تیم فوتبال استقلال در نشست خبری پس از بازی \
                            پاسخگوی پرسش‌های خبرنگاران بود که در ادامه مشروح این صحبت‌ها را می‌خوانید:";
        let answer = "پیروزی خیلی خوبی بود. ما هر سه روز بازی داشتیم و برای این بازی فرصت آماده شدن داشتیم.";
        let (quotes, _) =
            run(&[announcement, "* این پیروزی برای بازیکنان است چون به برد باور داشتند", answer], Language::Persian);
        assert_eq!(said(&quotes), [(Some("ریکاردو ساپینتو"), answer)]);
        assert_eq!(quotes[0].paragraph, 2);
        // with no one named, the lines read below are no one's words
        let (quotes, _) = run(&["گزارش کامل این نشست خبری را در ادامه می‌خوانید:", answer], Language::Persian);
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_speech_verbs_form_closing_the_scene_before_a_person_is_no_verb() {
        // `thông tin` (information, the field) closes the opening phrase
        let (quotes, _) = run(
            &["Kết thúc phần chất vấn với nhóm vấn đề liên quan đến lĩnh vực thông tin và truyền thông, Chủ tịch QH \
               Nguyễn Thị Kim Ngân cho biết, đã có 43 đại biểu đặt câu hỏi."],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Nguyễn Thị Kim Ngân"), "đã có 43 đại biểu đặt câu hỏi.")]);
        // a verb with its own subject before it stays that subject's
        let (quotes, _) = run(
            &["\"Giá hoa tăng nhưng không bên nào có thể đảm bảo ổn định được\", chị Thanh Vân nêu, đồng thời cho \
                 hay cửa hàng dự kiến sẽ tăng giá từ 10 - 20%."],
            Language::Vietnamese,
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("nêu"), "{quotes:?}");
    }

    #[test]
    fn a_manner_before_the_verb_may_end_in_a_noun_marker() {
        // `lịch sự` (politely) ends in `sự`, which makes a verb a noun
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An lịch sự nói: \"Chúng tôi chưa làm tốt việc này.\"",
                "Sự nói dối của ông ấy đã bị cơ quan điều tra phát hiện sau nhiều tháng.",
            ],
            Language::Vietnamese,
        );
        let cues: Vec<_> = quotes.iter().map(|q| q.cue.as_deref()).collect();
        assert_eq!(cues, [Some("nói")]);
    }

    #[test]
    fn a_tag_going_on_to_a_colon_gives_both_quotations() {
        let lead = "Ông Võ Duy Tuấn, Phó giám đốc Công an tỉnh cho biết, đơn vị đã huy động các lực lượng.";
        for (tag, first_cue, second_cue) in [
            // the verb before the colon is the tag's second predicate …
            ("ông Tuấn nhận định và đưa ra cảnh báo:", "nhận định", "cảnh báo"),
            // … or a second speech verb joined to the first
            ("ông Tuấn cho biết và cảnh báo:", "cho biết", "cảnh báo"),
        ] {
            let second = format!("\"Do xe chở quá tải nên mất lái\", {tag} \"Các tài xế phải tuân thủ biển báo\".");
            let (quotes, _) = run(&[lead, &second], Language::Vietnamese);
            let said: Vec<_> = quotes[1..].iter().map(|q| (q.text.as_str(), q.cue.as_deref())).collect();
            assert_eq!(
                said,
                [
                    ("Do xe chở quá tải nên mất lái", Some(first_cue)),
                    ("Các tài xế phải tuân thủ biển báo", Some(second_cue))
                ],
                "{tag}"
            );
            assert_eq!(speakers(&quotes), [Some("Võ Duy Tuấn"); 3], "{tag}");
        }
        // with no quotation before the subject, the one after the colon
        let (quotes, _) = run(
            &[lead, "Ông Tuấn nhận định và đưa ra cảnh báo: \"Các tài xế phải tuân thủ biển báo\"."],
            Language::Vietnamese,
        );
        assert_eq!(quotes[1].text, "Các tài xế phải tuân thủ biển báo");
        assert_eq!(speakers(&quotes), [Some("Võ Duy Tuấn"); 2]);
        // a verb before the colon joined by no conjunction has no subject
        // in the tag's first verb (`nhận định khi đưa ra cảnh báo:`)
        let (quotes, _) = run(
            &[
                lead,
                "\"Do xe chở quá tải nên mất lái\", ông Tuấn nhận định khi đưa ra cảnh báo: \"Các tài xế phải tuân thủ biển báo\".",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| q.text != "Các tài xế phải tuân thủ biển báo"), "{quotes:?}");
    }

    #[test]
    fn a_voter_named_in_full_speaks_as_a_voter() {
        let (quotes, _) = run(
            &["\"Quyền lợi của người dân chúng tôi vẫn chưa được giải quyết\", cử tri Nguyễn Thị Ngọc nói."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Ngọc")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("cử tri"));
    }

    #[test]
    fn a_delegate_is_an_office_however_the_d_is_printed() {
        let (quotes, _) = run(
            &[
                "ÐBQH Lê Thanh Vân cho biết cử tri rất quan tâm đến vấn đề này.",
                "Đại biểu Nguyễn Thị Hà (đoàn Hà Nội) cho rằng cần sửa luật ngay trong kỳ họp này.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Thanh Vân"), Some("Nguyễn Thị Hà")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("ÐBQH"));
    }

    #[test]
    fn a_role_goes_on_past_an_abbreviations_dot() {
        let (quotes, officials) = run(
            &[
                "Ông Nguyễn Văn Dũng, Phó Chủ tịch UBND TP. Hồ Chí Minh, cho biết thành phố sẽ tăng cường kiểm tra.",
                "PGS. TS. Lê Thị Hoa, Trưởng khoa Kinh tế, nói rằng giá xăng sẽ giảm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Dũng"), Some("Lê Thị Hoa")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Phó Chủ tịch UBND TP. Hồ Chí Minh"));
        assert_eq!(officials.len(), 2, "{officials:?}");
    }

    #[test]
    fn a_ministrys_acronym_joined_by_an_ampersand_is_part_of_the_role() {
        let (quotes, _) = run(
            &["\"Xử lý nghiêm hành vi vi phạm là cần thiết\" - Bộ trưởng Bộ TT&TT Trương Minh Tuấn nói."],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Trương Minh Tuấn"), "Xử lý nghiêm hành vi vi phạm là cần thiết")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Bộ trưởng Bộ TT&TT"));
    }

    #[test]
    fn a_body_nouns_syllable_inside_a_compound_or_a_unit_opens_no_body() {
        // `Môi trường` (environment) ends in `trường` (school), `thành phố`
        // (city) in `phố` (street): the name after them is a person's; a
        // capitalised unit's place is still no person
        let (quotes, officials) = run(
            &[
                "Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà cho biết đất đai sẽ được quản lý chặt chẽ.",
                "Phó giám đốc Sở Giao thông vận tải thành phố Nguyễn Văn Hùng cho biết tuyến đường sẽ thông xe.",
                "Giám đốc Sở Y tế Thành phố Hồ Chí Minh cho biết số ca bệnh đã giảm mạnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Hồng Hà"), Some("Nguyễn Văn Hùng"), None]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Bộ trưởng Tài nguyên và Môi trường"));
        assert_eq!(official_names(&officials), ["Trần Hồng Hà", "Nguyễn Văn Hùng"]);
    }

    #[test]
    fn a_body_named_after_a_family_name_ends_before_the_persons_full_name() {
        // `Mai` is a family name, and the second word of `Bạch Mai`; a
        // company's one-word name leaves a name of three words whole
        let (quotes, _) = run(
            &[
                "Giám đốc Bệnh viện Bạch Mai Nguyễn Quang Tuấn cho biết số ca bệnh đã giảm mạnh.",
                "Giám đốc Công ty Vinamilk Mai Kiều Liên cho biết doanh thu năm nay tăng mạnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Quang Tuấn"), Some("Mai Kiều Liên")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Giám đốc Bệnh viện Bạch Mai"));
        // a name in capitals is a name still, given as running text gives it
        let (quotes, _) =
            run(&["Giám đốc Bệnh viện Bạch Mai LÊ VĂN AN cho biết số ca bệnh đã giảm mạnh."], Language::Vietnamese);
        assert_eq!(quotes[0].text, "số ca bệnh đã giảm mạnh.");
        assert_eq!(speakers(&quotes), [Some("Lê Văn An")]);
        assert_eq!(speaker_roles(&quotes), [Some("Giám đốc Bệnh viện Bạch Mai")]);
    }

    #[test]
    fn a_label_standing_alone_puts_its_answer_in_the_paragraphs_after_it() {
        let answer = [
            // the answer's own quotation marks are the speaker's
            "Nhiều năm trước chúng ta thường thấy cụm từ “liên kết 4 nhà”, “tạm trữ lúa” trên báo chí.",
            "Phần lớn nông dân vẫn bán lúa qua thương lái như trước đây.",
        ];
        let (quotes, _) = run(
            &[
                "Nhà báo Thanh Sơn:",
                // the interviewer's question says nothing
                "Các anh thấy truyền thông đã tác động như thế nào tới thị trường nông sản?",
                "Nhà báo Công Phiên:",
                answer[0],
                answer[1],
                // the next label ends the answer, and gives its own
                "Nhà báo Trần Mạnh:",
                "Tôi đồng ý với anh Phiên về vai trò của báo chí trong chuyện này.",
                // as does a question
                "Còn về giá lúa năm nay thì sao?",
                "Giá lúa năm nay tăng nhẹ so với năm ngoái ở nhiều địa phương.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Công Phiên"), answer.join(" ").as_str()),
                (Some("Trần Mạnh"), "Tôi đồng ý với anh Phiên về vai trò của báo chí trong chuyện này."),
            ]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some(":"));
        // an answer may end the article
        let (quotes, _) = run(&["Nhà báo Công Phiên:", answer[0], answer[1]], Language::Vietnamese);
        assert_eq!(said(&quotes), [(Some("Công Phiên"), answer.join(" ").as_str())]);
        // a speech verb after `của` (of) is a noun, and reports nothing
        // that would make the answer someone else's
        let noun = "Tin giả xuất hiện từ lúc có sự lan truyền của thông tin trên mạng.";
        let (quotes, _) = run(&["Nhà báo Công Phiên:", noun], Language::Vietnamese);
        assert_eq!(said(&quotes), [(Some("Công Phiên"), noun)]);
        // alone on its line, a bare name labels the answer; one no list
        // knows (an interviewer's foreign name), named nowhere else in
        // full, names no one
        let answer = "ما تا آخرین لحظه به مقاومت ادامه خواهیم داد و مشکلات اقتصادی را تحمل می‌کنیم.";
        let (quotes, _) =
            run(&["برت بایر:", "پس ایران تا چه مدت می‌تواند دوام بیاورد؟", "مسعود پزشکیان:", answer], Language::Persian);
        assert_eq!(said(&quotes), [(Some("مسعود پزشکیان"), answer)]);
        let (quotes, _) = run(&["برت بایر:", answer], Language::Persian);
        assert!(quotes.is_empty(), "{quotes:?}");
        // with words after its colon a bare name is a headline's or a
        // clause's, no label
        let (quotes, _) = run(&["مسعود پزشکیان: ما تا آخرین لحظه به مقاومت ادامه خواهیم داد."], Language::Persian);
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn an_interviews_labels_name_their_speakers_in_any_case() {
        let (quotes, officials) = run(
            &[
                "Phóng viên đã có cuộc trao đổi với ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh.",
                "• Thưa ông, năm nay ngành y tế có những ưu tiên gì?",
                // a label set in capitals, its unit no place's
                "• CHỦ TỊCH UBND TỈNH TRẦN VĂN HIỆP: Tỉnh sẽ tập trung vào y tế cơ sở và phòng bệnh.",
                "• Còn về nhân lực thì sao, thưa ông?",
                // a bulleted answer's label names its speaker, not the
                // person the interview is with
                "• Giám đốc Sở Y tế Nguyễn Văn An: Chúng tôi sẽ tuyển thêm bác sĩ cho các trạm y tế xã.",
                "• Còn về thuốc men thì sao, thưa ông?",
                "• Thuốc men sẽ được cung ứng đầy đủ cho các trạm y tế xã trong năm nay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Trần Văn Hiệp"), "Tỉnh sẽ tập trung vào y tế cơ sở và phòng bệnh."),
                (Some("Nguyễn Văn An"), "Chúng tôi sẽ tuyển thêm bác sĩ cho các trạm y tế xã."),
                (Some("Nguyễn Văn An"), "Thuốc men sẽ được cung ứng đầy đủ cho các trạm y tế xã trong năm nay."),
            ]
        );
        let roles = officials_with_roles(&officials);
        assert!(roles.contains(&("Trần Văn Hiệp", vec!["CHỦ TỊCH UBND TỈNH"])), "{roles:?}");
    }

    #[test]
    fn a_name_holds_the_title_nearest_it_after_a_clause() {
        let (_, officials) = run(
            &[
                "Tổng thống Kenya nhận được thư của Thủ tướng Phạm Minh Chính về hợp tác song phương.",
                "Bộ trưởng Y tế gửi lời cảm ơn tới bác sĩ Nguyễn Văn An vì những đóng góp cho ngành.",
                "Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc Phạm Nhật Vượng phát biểu tại đại hội cổ đông.",
            ],
            Language::Vietnamese,
        );
        let roles = officials_with_roles(&officials);
        assert_eq!(
            roles,
            [
                ("Phạm Minh Chính", vec!["Thủ tướng"]),
                ("Nguyễn Văn An", vec!["bác sĩ"]),
                // offices held at once stay one role
                ("Phạm Nhật Vượng", vec!["Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc"]),
            ]
        );
    }

    #[test]
    fn persian_nouns_of_compound_prepositions_and_messages_name_no_one() {
        let (quotes, officials) = run(
            &[
                "این ادعا از سوی رئیس مرکز ارتباطات تکذیب شد.",
                "این نامه از طرف وزیر نیرو ارسال شد.",
                "پیام تبریک رئیس سازمان منتشر شد.",
                "نیروها ۳۴ نیروی مقاومت از جمله دو فرمانده کلیدی را از پای درآوردند.",
                // nor does an adverb go on with an office
                "ذبیح‌الله مجاهد سخنگوی گروه طالبان هنوز در این مورد چیزی نگفته است.",
                // nor does a sentence's connective open a name
                "البته محمدباقر نوبخت، سخنگوی دولت اعلام کرد که تورم کاهش یافته است.",
                // a preposition written glued ends the name before it
                "بهرام قاسمی درخصوص واکنش ایران گفت: ما چنین اطلاعی نداریم و این خبر درست نیست.",
                // a surname right before an office still holds it
                "شهردار تهران از حناچی شهردار پیشین تقدیر کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمدباقر نوبخت"), Some("بهرام قاسمی")]);
        assert_eq!(
            officials_with_roles(&officials),
            [
                ("ذبیح‌الله مجاهد", vec!["سخنگوی گروه طالبان"]),
                ("محمدباقر نوبخت", vec!["سخنگوی دولت"]),
                ("بهرام قاسمی", vec![]),
                ("حناچی", vec!["شهردار پیشین"])
            ]
        );
    }

    #[test]
    fn a_name_in_quotation_marks_opening_the_subject_is_no_quote() {
        let (quotes, _) = run(
            &[
                "« ذبیح الله مجاهد »سخنگوی طالبان تصریح کرد بزودی زمان کار دولت جدید افغانستان اعلام خواهد شد.",
                "«این شکست درس عبرتی بزرگ برای آمریکا است» سخنگوی طالبان گفت.",
                // before its office, with the verb closing the sentence
                "«سید سلمان سامانی» سخنگوی وزارت کشور، حضور استانداران در خارج از کشور را کذب محض خواند.",
            ],
            Language::Persian,
        );
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "بزودی زمان کار دولت جدید افغانستان اعلام خواهد شد.",
                "این شکست درس عبرتی بزرگ برای آمریکا است",
                "حضور استانداران در خارج از کشور را کذب محض خواند"
            ]
        );
        assert_eq!(speakers(&quotes), [Some("ذبیح الله مجاهد"), Some("ذبیح الله مجاهد"), Some("سید سلمان سامانی")]);
    }

    #[test]
    fn a_phrase_in_quotation_marks_is_a_name_only_if_the_article_gave_it() {
        let (quotes, officials) = run(
            &[
                // scare quotes around a slogan: the clause's subject is the
                // outlet, no person
                "این خبرگزاری که در مسائل مربوط به مذاکرات و «کمپین فشار حداکثری» نیز بازوی اصلی رسانه‌ای آمریکاست، منابع خود را افرادی در وزارت کشور عنوان کرده است.",
                "ذبیح الله مجاهد سخنگوی طالبان گفت که مذاکره‌ای در کار نیست.",
                // the same name in quotation marks, alone before its verb:
                // the person named above
                "« ذبیح الله مجاهد » در گفتگوی اختصاصی با خبرنگار هرگونه خبری درباره مذاکرات را تکذیب کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("ذبیح الله مجاهد"), Some("ذبیح الله مجاهد")]);
        assert_eq!(officials_with_roles(&officials), [("ذبیح الله مجاهد", vec!["سخنگوی طالبان"])]);
    }

    #[test]
    fn a_secretariat_is_a_body_and_no_office_a_person_holds() {
        let (_, officials) = run(
            &[
                // of course the secretariat's work is hard: `کار` is no name
                // and the secretariat no role
                "البته کار دبیرخانه کار سختی است و نیاز به همراهی همه دستگاه‌ها دارد.",
                "علی لاریجانی دبیر شورای عالی امنیت ملی گفت که کار دبیرخانه ادامه دارد.",
            ],
            Language::Persian,
        );
        assert_eq!(officials_with_roles(&officials), [("علی لاریجانی", vec!["دبیر شورای عالی امنیت ملی"])]);
    }

    #[test]
    fn a_vietnamese_report_follows_the_person_spoken_to_and_rang() {
        let (quotes, _) = run(
            &[
                "Ông Park Hang Seo cảnh báo các cầu thủ rằng trận chung kết sẽ rất khó khăn.",
                "Cuối cùng, ông Park nhắc nhở mọi người rằng, phía trước vẫn còn một trận chung kết.",
                // no `rằng`: what the players were reminded to do is no report
                "Ông Park nhắc nhở các cầu thủ tập luyện chăm chỉ hơn trong những ngày tới.",
            ],
            Language::Vietnamese,
        );
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["trận chung kết sẽ rất khó khăn.", "phía trước vẫn còn một trận chung kết."]);
    }

    #[test]
    fn a_deputys_office_and_an_acronym_after_a_family_name() {
        // `Phó` makes a deputy of any title (`Phó trưởng Đoàn`), and `Đoàn
        // ĐBQH` (the delegation of deputies) is no one's name
        let (_, officials) = run(
            &[
                "Dự họp có bà Trần Thị Vân, Phó trưởng Đoàn ĐBQH tỉnh, và lãnh đạo các sở, ngành.",
                "Chiều nay, các đại biểu Đoàn ĐBQH tỉnh đã tiếp xúc cử tri tại huyện.",
            ],
            Language::Vietnamese,
        );
        let roles = officials_with_roles(&officials);
        assert_eq!(roles, [("Trần Thị Vân", vec!["Phó trưởng Đoàn ĐBQH tỉnh"])]);
    }

    #[test]
    fn what_an_office_holder_does_ends_the_office_after_its_province() {
        // `UBND tỉnh`, the province's people's committee: the unit in lower
        // case ends the body's name, and the predicate opens after it
        let (quotes, officials) = run(
            &[
                "Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.",
                "Ông Phạm Minh Huấn, Chủ tịch UBND tỉnh đã ký quyết định thành lập ban chỉ đạo.",
                "Bà Trần Thị Vân, Giám đốc Sở Y tế tỉnh cho biết số ca bệnh đã giảm mạnh trong tháng.",
                "Ông Lê Văn Nam, Giám đốc Ban Quản lý dự án tỉnh dự hội nghị.",
                "Bà Aurélia Nguyen, Giám đốc chiến lược GAVI, nguyên Giám đốc cơ chế COVAX cảm ơn Chính phủ.",
                // after a dash no second dash closes
                "Ông Lê Duy Thành - Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc có 19 phiếu tín nhiệm cao (40,43%).",
            ],
            Language::Vietnamese,
        );
        let roles = officials_with_roles(&officials);
        assert_eq!(
            roles,
            [
                ("Nguyễn Hương Giang", vec!["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
                ("Phạm Minh Huấn", vec!["Chủ tịch UBND tỉnh"]),
                ("Trần Thị Vân", vec!["Giám đốc Sở Y tế tỉnh"]),
                ("Lê Văn Nam", vec!["Giám đốc Ban Quản lý dự án tỉnh"]),
                ("Aurélia Nguyen", vec!["Giám đốc chiến lược GAVI", "nguyên Giám đốc cơ chế COVAX"]),
                ("Lê Duy Thành", vec!["Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc"]),
            ]
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thị Vân")]);
    }

    #[test]
    fn a_bodys_representative_or_member_speaks_for_it() {
        let (quotes, _) = run(
            &[
                "Đại diện Phòng Cảnh sát hình sự Công an tỉnh cho biết nghi phạm đã bị bắt giữ.",
                "Thành viên Đoàn ĐBQH tỉnh cho biết kỳ họp sẽ kéo dài thêm hai ngày.",
            ],
            Language::Vietnamese,
        );
        let roles = speaker_roles(&quotes);
        assert_eq!(roles, [Some("Đại diện Phòng Cảnh sát hình sự Công an tỉnh"), Some("Thành viên Đoàn ĐBQH tỉnh")]);
    }

    #[test]
    fn a_quotation_after_a_sentence_about_someone_is_theirs() {
        let (quotes, _) = run(
            &[
                "HLV Trương Việt Hoàng vẫn giữ sự lạc quan. “Họ chỉ cần một chiến thắng là sẽ lấy lại tinh thần”.",
                // one named after the quotation takes it
                "Ông Nguyễn Văn An đến sân từ sớm. “Trận này chúng tôi sẽ thắng”. HLV Lê Thụy Hải nói như vậy.",
                // not across paragraphs
                "“Đội bóng đang gặp khó khăn vì chấn thương”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Trương Việt Hoàng"), "Họ chỉ cần một chiến thắng là sẽ lấy lại tinh thần"),
                (Some("Lê Thụy Hải"), "Trận này chúng tôi sẽ thắng"),
            ]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("“"));
    }

    #[test]
    fn a_persian_portraits_subject_speaks_as_he_and_by_the_surname() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let paragraphs: Vec<String> = [
            "بازیگران فیلم، گیرمو دل تورو و ریچارد جنکینز پشت صحنه بودند.",
            "دل تورو با هیولاها عهدی بست که هنوز هم به آن وفادار است.",
            "دل تورو زمانی گفته بود: «من عاشق دیو و دلبر بودم.»",
            "منتقدان فیلم را ستودند.",
            "او می‌گوید: «همیشه کابوس می‌دیدم و از خواب می‌پریدم.»",
        ]
        .map(str::to_owned)
        .to_vec();
        let headline = Some("هزارتوی دل تورو؛ هیولا مذهب من است");
        let (quotes, _) =
            extract(&paragraphs, &[], headline, &[], Language::Persian, data, &Deadline::never()).unwrap();
        assert_eq!(speakers(&quotes), [Some("گیرمو دل تورو"), Some("گیرمو دل تورو")]);
        // without the headline no one is known to be speaking …
        let (quotes, _) = extract(&paragraphs, &[], None, &[], Language::Persian, data, &Deadline::never()).unwrap();
        assert!(quotes.is_empty());
        // … but on a page flattened onto one line, where the title runs
        // into the first sentence, its opening words stand for it
        let flattened = [false, true, true, true, true];
        let opened_on = |first: &str, continues_previous: &[bool]| {
            let paragraphs = [&[first.to_owned()], &paragraphs[1..]].concat();
            let (quotes, _) =
                extract(&paragraphs, continues_previous, None, &[], Language::Persian, data, &Deadline::never())
                    .unwrap();
            quotes.iter().map(|q| q.speaker.name.clone()).collect::<Vec<_>>()
        };
        let opened = |first: &str| opened_on(first, &flattened);
        let del_toro = Some("گیرمو دل تورو".to_owned());
        assert_eq!(
            opened(
                "هزارتوی دل تورو؛ هیولا مذهب من است بازیگران فیلم پشت صحنه بودند، گیرمو دل تورو با برادرش هر شب فیلم می‌دید."
            ),
            [del_toro.clone(), del_toro]
        );
        // (a page of paragraphs has its title apart: no headline, none)
        let first =
            "هزارتوی دل تورو؛ هیولا مذهب من است بازیگران فیلم پشت صحنه بودند، گیرمو دل تورو با برادرش هر شب فیلم می‌دید.";
        assert!(opened_on(first, &[]).is_empty());
        // (the opening words only: a name further into the first sentence
        // is none of the title's)
        assert!(opened("فیلمی که منتقدان آن را ستودند در جشنواره‌ای که هر سال در شهر ونیز برگزار می‌شود، گیرمو دل تورو با برادرش هر شب فیلم می‌دید.").is_empty());
        // `او` before anyone was the subject of a sentence
        let pronoun_first = [&paragraphs[..2], &paragraphs[4..], &paragraphs[2..3]].concat();
        let (quotes, _) =
            extract(&pronoun_first, &[], headline, &[], Language::Persian, data, &Deadline::never()).unwrap();
        assert_eq!(speakers(&quotes), [Some("گیرمو دل تورو"), Some("گیرمو دل تورو")]);
    }

    #[test]
    fn a_headline_quoting_a_name_names_the_office_the_lead_quotes() {
        let paragraphs = [
            "رئیس جمهور در جمع خبرنگاران گفت: من تمام وزرا را بر اساس نظرات کارشناسی انتخاب کردم و به خاطر دوستی کسی را انتخاب نکردم.",
            "وی افزود: دولت برای حل مشکلات مردم از هیچ تلاشی دریغ نخواهد کرد.",
        ];
        let speakers_under = |headline: &str| speakers_under(headline, &paragraphs, Language::Persian);
        let pezeshkian = Some("پزشکیان".to_owned());
        assert_eq!(
            speakers_under("پزشکیان: هیچ وزیری را به خاطر دوستی انتخاب نکردم"),
            [pezeshkian.clone(), pezeshkian]
        );
        // a headline saying something else names someone else; and a
        // bare title with no holder names no one
        assert!(speakers_under("پزشکیان: سفر به نیویورک لغو شد").is_empty());
        // nor does a headline with no speaker before its colon
        assert!(speakers_under("رئیس جمهور: هیچ وزیری را به خاطر دوستی انتخاب نکردم").is_empty());
    }

    #[test]
    fn a_headline_label_confirms_a_name_no_list_knows() {
        let paragraphs = ["اوسمار ویرا در نشست خبری اظهار داشت: بازی خیلی سختی بود و بازیکنان خوب جنگیدند."];
        let speakers_under = |headline: &str| speakers_under(headline, &paragraphs, Language::Persian);
        // one word of the name before the headline's colon
        assert_eq!(speakers_under("اوسمار: بازی سختی بود"), [Some("اوسمار ویرا".to_owned())]);
        // without it the two words may be a noun phrase: no one speaks
        assert!(speakers_under("پیروزی سخت پرسپولیس مقابل چادرملو").is_empty());
        assert!(speakers_under("کالدرون: بازی سختی بود").is_empty());
        // … nor does a headline holding them with nothing to say they
        // are a name (`خیز جدیدی`, a new surge, a page's subject and
        // headline glued to its lead)
        assert!(speakers_under("اوسمار ویرا در نشست خبری").is_empty());
    }

    #[test]
    fn a_bare_title_under_a_headline_naming_its_holder_is_that_holder() {
        let paragraphs = ["Bộ trưởng cũng khẳng định, việc xử lý vi phạm cần căn cứ vào điều lệ Đảng và pháp luật."];
        let speakers_under = |headline: &str| speakers_under(headline, &paragraphs, Language::Vietnamese);
        let dung = [Some("Mai Tiến Dũng".to_owned())];
        assert_eq!(speakers_under("Bộ trưởng Mai Tiến Dũng nói gì về vụ ông Vũ Huy Hoàng?"), dung);
        // … with the office's body too
        assert_eq!(speakers_under("Bộ trưởng Bộ Nội vụ Mai Tiến Dũng trả lời về kỷ luật cán bộ"), dung);
        // another office, or two holders, name no one
        assert!(speakers_under("Thứ trưởng Nguyễn Văn An nói gì về vụ việc?").is_empty());
        assert!(speakers_under("Bộ trưởng Mai Tiến Dũng và Bộ trưởng Lê Minh Hưng gặp gỡ báo chí").is_empty());
    }

    #[test]
    fn a_plain_interview_under_a_colon_gives_each_answer_to_the_speaker() {
        let interview = [
            "حسن کریمی سرمربی تیم پس از پایان دیدار در گفتگو با خبرنگاران پاسخ داد:",
            "بازی را چطور دیدید؟",
            "بازی خوبی بود و بازیکنان ما در نیمه دوم بهتر از حریف کار کردند.",
            "از داوری راضی بودید؟",
            "داور در چند صحنه اشتباه کرد اما نتیجه را تغییر نداد.",
            "ما در بازی بعدی باید بهتر از این بازی کنیم.",
        ];
        let (quotes, _) = run(&interview, Language::Persian);
        assert_eq!(
            said(&quotes),
            [
                (Some("حسن کریمی"), "بازی خوبی بود و بازیکنان ما در نیمه دوم بهتر از حریف کار کردند."),
                // an answer goes on over its paragraphs, up to the next
                // question
                (
                    Some("حسن کریمی"),
                    "داور در چند صحنه اشتباه کرد اما نتیجه را تغییر نداد. ما در بازی بعدی باید بهتر از این بازی کنیم."
                )
            ]
        );
        assert_eq!(quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(), [2, 4]);
        // one question under the colon is the speech itself, and so is
        // the first of questions in a row, which ask no one
        let (quotes, _) = run(&interview[..3], Language::Persian);
        assert_eq!(said(&quotes), [(Some("حسن کریمی"), "بازی را چطور دیدید؟")]);
        let asking = [
            interview[0],
            "چرا داور پنالتی نگرفت؟",
            "چرا گل دوم مردود شد؟",
            "چرا وقت اضافه کم بود؟",
            "چرا کسی پاسخ نمی‌دهد؟",
        ];
        let (quotes, _) = run(&asking, Language::Persian);
        assert_eq!(said(&quotes), [(Some("حسن کریمی"), "چرا داور پنالتی نگرفت؟")]);
    }

    #[test]
    fn an_interview_announced_for_reading_gives_the_answers_to_its_guest() {
        let lead = "دکتر پرویز صادقی استاد دانشگاه تهران سال‌ها درباره نظام اداری پژوهش کرده است.";
        let answers = [
            "فکر می‌کنم باید اول فساد را تعریف کنیم و بعد درباره راه مقابله با آن حرف بزنیم.",
            "قانون لازم است اما کافی نیست و فرهنگ سازمانی هم باید تغییر کند.",
        ];
        let interview = |announcement: &'static str| {
            [
                lead,
                announcement,
                // the interviewer may put a statement before the question
                "فساد در ادارات رخنه کرده است. چه وضعیتی پیش آمده که کار به اینجا رسیده است؟",
                answers[0],
                "آیا با قانون می‌شود فساد را مهار کرد؟",
                answers[1],
            ]
        };
        let expected = [(Some("پرویز صادقی"), answers[0]), (Some("پرویز صادقی"), answers[1])];
        // the guest named in the announcement, which ends with a stop, even
        // after someone else …
        let mut named = interview("درباره این طرح گفت‌وگوی مریم احمدی با پرویز صادقی را بخوانید.");
        named[0] = "علی رضایی وزیر کار هفته گذشته طرح تازه‌ای را برای اصلاح نظام اداری به مجلس برد.";
        let (quotes, _) = run(&named, Language::Persian);
        assert_eq!(said(&quotes), expected);
        assert_eq!(quotes[0].cue.as_deref(), Some("؟"));
        assert_eq!(quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(), [3, 5]);
        // … or named nowhere in it, the person the article is about
        let (quotes, _) = run(&interview("مشروح این گفت‌وگو را در ادامه می‌خوانید:"), Language::Persian);
        assert_eq!(said(&quotes), expected);
        // a Vietnamese guest is announced as the subject of a speaking act;
        // an explainer's own questions are no one's
        let vi_interview = |lead: &'static str| {
            [
                lead,
                "Vì sao tỉnh quyết định kiểm tra đột xuất các sở, ngành?",
                "Chúng tôi thấy vẫn còn tình trạng hồ sơ bị trễ hẹn mà không có lý do chính đáng.",
                "Cán bộ vi phạm sẽ bị xử lý thế nào?",
                "Tỉnh sẽ xử lý nghiêm, kể cả người đứng đầu đơn vị để xảy ra sai phạm.",
            ]
        };
        let (quotes, _) = run(
            &vi_interview("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, đã có cuộc trao đổi với phóng viên về việc này."),
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Văn Tâm"); 2]);
        assert_eq!(quotes[0].cue.as_deref(), Some("?"));
        // questions dashed or labelled are read as such, each answer with
        // its own cue and no mark of the layout in its text
        for (mark, cue) in [("- ", "-"), ("PV: ", ":"), ("• ", "•")] {
            let mut marked = vi_interview("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, đã có cuộc trao đổi với phóng viên.");
            let (first, second) = (format!("{mark}{}", marked[1]), format!("{mark}{}", marked[3]));
            let dashed_answers = [format!("- {}", marked[2]), format!("- {}", marked[4])];
            if mark == "- " {
                (marked[2], marked[4]) = (&dashed_answers[0], &dashed_answers[1]);
            }
            (marked[1], marked[3]) = (&first, &second);
            let (quotes, _) = run(&marked, Language::Vietnamese);
            assert_eq!(quotes.iter().map(|q| q.cue.as_deref()).collect::<Vec<_>>(), [Some(cue); 2], "{mark}");
            assert!(quotes[0].text.starts_with("Chúng tôi"), "{mark}");
        }
        let (quotes, _) = run(
            &vi_interview("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, vừa ký quyết định kiểm tra các sở, ngành."),
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
        // nor is a speaking act's word that no one does (`cuộc trao đổi`, the
        // exchange)
        let explainer = vi_interview("Cuộc trao đổi diễn ra tại trụ sở UBND tỉnh vào sáng qua.");
        let (quotes, _) = run(
            &[&["Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, vừa ký quyết định."][..], &explainer].concat(),
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
        // a reading cue over lines that are no interview announces nothing
        let (quotes, _) = run(&[lead, "گزارش کامل را بخوانید.", answers[0], answers[1], answers[0]], Language::Persian);
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_plain_interview_opens_with_questions_each_answered() {
        let lines = |layout: &str| -> Vec<String> {
            layout
                .chars()
                .map(|kind| match kind {
                    'q' => "آیا این طرح اجرا می‌شود؟".to_owned(),
                    _ => "این طرح از سال آینده در همه استان‌ها اجرا می‌شود.".to_owned(),
                })
                .collect()
        };
        let fa = Language::Persian.data().unwrap_or_else(|| unreachable!()).abbreviations;
        // an answer may take paragraphs (a flattened page gives each of its
        // sentences as one), up to a quotation's most
        for layout in ["qaqa", "qaaqa", "qaaaaqa"] {
            assert!(is_plain_interview(&lines(layout), fa), "{layout}");
        }
        // not questions in a row, nor a line before the first, nor a
        // question that waited too long for the next
        for layout in ["qqaqa", "aqaqa", "qaaaaaqa", "qaq"] {
            assert!(!is_plain_interview(&lines(layout), fa), "{layout}");
        }
    }

    #[test]
    fn answers_under_labels_naming_no_one_are_the_guests() {
        let (quotes, _) = run(
            &[
                "رئیس سازمان برنامه و بودجه در گفت‌وگو با ما از برنامه دولت برای مهار کسری بودجه می‌گوید.",
                "س: کسری بودجه امسال چقدر است؟",
                "ج: کسری امسال حدود دویست هزار میلیارد تومان است و ما آن را با فروش اوراق جبران می‌کنیم.",
                "سوال: حقوق کارکنان چقدر افزایش می‌یابد؟",
                "جواب: پیشنهاد ما افزایش بیست درصدی است اما تصمیم با مجلس است.",
            ],
            Language::Persian,
        );
        // (the lead says what the guest talks of, not what they said)
        assert_eq!(
            quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
            [
                "کسری امسال حدود دویست هزار میلیارد تومان است و ما آن را با فروش اوراق جبران می‌کنیم.",
                "پیشنهاد ما افزایش بیست درصدی است اما تصمیم با مجلس است."
            ]
        );
        assert_eq!(speaker_roles(&quotes), [Some("رئیس سازمان برنامه و بودجه"); 2]);
        let lead = "Ông Trần Văn Bình, Chủ tịch UBND huyện, vừa có cuộc trao đổi với phóng viên về dự án.";
        let answer = "Dự án sẽ khởi công vào quý hai sau khi hoàn tất giải phóng mặt bằng.";
        let (quotes, _) =
            run(&[lead, "Hỏi: Khi nào dự án được khởi công?", &format!("Đáp: {answer}")], Language::Vietnamese);
        assert_eq!(said(&quotes), [(Some("Trần Văn Bình"), answer)]);
        // a labelled question's answer may be printed plain
        let (quotes, _) = run(
            &[
                lead,
                "PV: Thưa ông, khi nào dự án được khởi công?",
                answer,
                "PV: Vốn của dự án lấy từ đâu và khi nào thì được giải ngân?",
                // (a plain question after it is the interviewer's too, and a
                // labelled line that asks nothing is answered by nothing)
                "Vậy ông có lo dự án sẽ bị chậm tiến độ như các dự án trước không?",
                "PV: Khi nào người dân được nhận tiền bồi thường?",
                "PV: Xin cảm ơn ông về cuộc trao đổi thẳng thắn này.",
                "Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách tỉnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Trần Văn Bình"), answer)]);
        // an answer's label after a line that asked nothing labels no answer
        let (quotes, _) = run(
            &[
                lead,
                "Hỏi: Khi nào dự án được khởi công?",
                &format!("Đáp: {answer}"),
                "Dự án có tổng vốn đầu tư hơn 500 tỷ đồng từ ngân sách tỉnh.",
                "Đáp: Vốn sẽ được giải ngân theo từng giai đoạn của dự án.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        // with no one the article is about, the answers are no one's
        let (quotes, _) = run(
            &["Hỏi: Khi nào dự án được khởi công?", "Đáp: Dự án sẽ khởi công vào quý hai năm sau."],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_persian_seat_or_a_speaker_going_on_is_the_person_named_before() {
        let (quotes, officials) = run(
            &[
                "حسن کریمی نماینده مردم کاشان گفت: بودجه عمرانی امسال کافی نیست.",
                "عضو کمیسیون برنامه و بودجه مجلس تصریح کرد: دولت باید لایحه را اصلاح کند.",
                "سخنگوی کمیسیون بودجه در ادامه گفت: جلسه بعدی هفته آینده برگزار می‌شود.",
            ],
            Language::Persian,
        );
        // a member's seat, and an office said to go on speaking, are his
        assert_eq!(speakers(&quotes), [Some("حسن کریمی"); 3]);
        // (the member's seat may be named by the constituency alone)
        let (quotes, _) = run(
            &[
                "حسن کریمی نماینده کاشان گفت: بودجه عمرانی امسال کافی نیست.",
                "عضو کمیسیون برنامه و بودجه مجلس تصریح کرد: دولت باید لایحه را اصلاح کند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسن کریمی"); 2]);
        // … and so it may where his name comes after the seat
        let (quotes, _) = run(
            &[
                "حسن کریمی نماینده کاشان گفت: بودجه عمرانی امسال کافی نیست.",
                "سخنگوی دولت گفت: لایحه بودجه به موقع تقدیم شده است.",
                "عضو کمیسیون برنامه و بودجه مجلس تصریح کرد: دولت باید لایحه را اصلاح کند.",
                "کریمی افزود: جلسه بعدی هفته آینده برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسن کریمی"), None, Some("حسن کریمی"), Some("حسن کریمی")]);
        assert_eq!(
            officials_with_roles(&officials),
            [("حسن کریمی", vec!["نماینده مردم کاشان", "عضو کمیسیون برنامه و بودجه مجلس", "سخنگوی کمیسیون بودجه"])]
        );
        // a single office alone, said without going on, is someone else's
        let (quotes, _) = run(
            &[
                "حسن کریمی نماینده مردم کاشان گفت: بودجه عمرانی امسال کافی نیست.",
                "سخنگوی کمیسیون بودجه گفت: جلسه بعدی هفته آینده برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسن کریمی"), None]);
        // a seat after someone holding no seat, a minister, is another
        // person's, whoever they are
        let (quotes, _) = run(
            &[
                "بیژن زنگنه وزیر نفت گفت: صادرات نفت در ماه گذشته افزایش یافته است.",
                "نماینده مردم اهواز در مجلس گفت: این آمار با واقعیت همخوانی ندارد.",
                "عضو کمیسیون انرژی مجلس تصریح کرد: وزارت نفت باید گزارش بدهد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("بیژن زنگنه"), None, None]);
        // … nor the holder of another office named after it, who was
        // named before with that office
        let (quotes, officials) = run(
            &[
                "محمد کشاورززاده سفیر ایران در چین گفت: روابط دو کشور در حال گسترش است.",
                "نماینده مردم تهران در مجلس گفت: این طرح به زودی بررسی می‌شود.",
                "کشاورززاده اظهار کرد: سفر هیئت چینی هفته آینده انجام می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمد کشاورززاده"), None, Some("محمد کشاورززاده")]);
        assert_eq!(officials_with_roles(&officials), [("محمد کشاورززاده", vec!["سفیر ایران در چین"])]);
        // a seat alone in the lead, before any name, is the person named
        // next, whatever office the name comes with
        let (quotes, _) = run(
            &[
                "عضو کمیسیون برنامه و بودجه مجلس گفت که بودجه عمرانی امسال کافی نیست.",
                "حسن کریمی نماینده مردم کاشان در گفت‌وگو با خبرنگاران اظهار کرد: دولت باید لایحه را اصلاح کند.",
                "عضو کمیسیون برنامه و بودجه مجلس افزود: جلسه بعدی هفته آینده برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسن کریمی"); 3]);
    }

    #[test]
    fn a_headline_naming_the_holder_of_the_office_quoted_names_it() {
        let paragraphs =
            ["“Chính phủ sẽ tiếp tục tập trung triển khai các nhiệm vụ quan trọng, cấp bách”, Thủ tướng khẳng định."];
        let speakers_under = |headline: &str| speakers_under(headline, &paragraphs, Language::Vietnamese);
        // the headline quotes other words of his, but names his office
        assert_eq!(
            speakers_under("Thủ tướng Nguyễn Xuân Phúc: Không cầm chừng, ỷ lại chờ giao thời"),
            [Some("Nguyễn Xuân Phúc".to_owned())]
        );
        // another office's holder is someone else
        assert!(speakers_under("Bộ trưởng Nguyễn Văn An: Không cầm chừng, ỷ lại chờ giao thời").is_empty());
    }

    #[test]
    fn an_interviews_lead_quotation_is_the_headlines_speakers() {
        let quoted = "\"Tôi nghĩ tội phạm tham nhũng là loại tội phạm khó đấu tranh nhất hiện nay\"";
        let paragraphs = [quoted, "Liên tục bận rộn với công việc, ông vẫn dành cho chúng tôi một buổi trò chuyện."];
        let said_under = |headline: &str| {
            let quotes = run_under(headline, &paragraphs, Language::Vietnamese);
            quotes.into_iter().map(|q| (q.speaker.name, q.paragraph)).collect::<Vec<_>>()
        };
        assert_eq!(
            said_under("Tướng Phạm Quý Ngọ: Tội phạm tham nhũng khó đấu tranh nhất"),
            [(Some("Phạm Quý Ngọ".to_owned()), 0)]
        );
        // a headline quoting no one leaves the quotation unattributed
        assert!(said_under("Tội phạm tham nhũng khó đấu tranh nhất").is_empty());
        // a question that asks someone to speak reports nothing
        let (quotes, _) = run(
            &[
                "Bộ trưởng Nguyễn Văn An đến thăm bệnh viện tỉnh vào sáng nay.",
                "Ông có thể chia sẻ rằng bệnh viện sẽ làm gì trong năm tới để giảm tải.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_speech_verb_capitalised_inside_a_name_is_a_word_of_the_name() {
        // `Bộ Thông tin - Truyền thông`: the ministry, not `thông tin`
        // (informed); the list of ministers goes on past it
        let (quotes, officials) = run(
            &["Ngoài Thủ tướng, Bộ trưởng Bộ Y tế Đào Hồng Lan, Bộ trưởng Bộ Thông tin - Truyền thông Nguyễn Mạnh \
               Hùng cũng dự buổi đối thoại với thanh niên."],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
        assert_eq!(
            officials_with_roles(&officials),
            [
                ("Đào Hồng Lan", vec!["Bộ trưởng Bộ Y tế"]),
                ("Nguyễn Mạnh Hùng", vec!["Bộ trưởng Bộ Thông tin - Truyền thông"])
            ]
        );
        // in lower case it is the verb
        let (quotes, _) = run(
            &["Bộ trưởng Bộ Y tế Đào Hồng Lan thông tin, cả nước đã có hơn 300 bệnh viện dùng bệnh án điện tử."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đào Hồng Lan")]);
        // and so it is capitalised opening the sentence
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let tokens = data.tokenize("Chia sẻ với báo chí, ông An nói rằng");
        assert!(verb_at(&tokens, 0, Language::Vietnamese, data).is_some());
    }

    #[test]
    fn speech_to_come_is_not_reported() {
        // `sẽ` (will) before the verb, with `cùng` (together) or an adverb
        // between: nothing said yet
        for sentence in [
            "Bộ trưởng Bộ Y tế Đào Hồng Lan sẽ trao đổi, đối thoại với các đại biểu thanh niên về y tế cơ sở.",
            "Bộ trưởng Bộ Y tế Đào Hồng Lan sẽ cùng trao đổi, đối thoại với các đại biểu thanh niên về y tế.",
            "Bộ trưởng Bộ Y tế Đào Hồng Lan sẽ còn nói rằng ngành y tế sẽ hỗ trợ các bạn trẻ khởi nghiệp.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert!(quotes.is_empty(), "{sentence}: {quotes:?}");
        }
        // an adverb without `sẽ` reports
        let (quotes, _) = run(
            &["Bộ trưởng Bộ Y tế Đào Hồng Lan cũng cho biết, ngành y tế sẽ hỗ trợ các bạn trẻ khởi nghiệp."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đào Hồng Lan")]);
    }

    #[test]
    fn an_epithet_by_nationality_means_the_person_named_before() {
        let (quotes, _) = run(
            &[
                "Sau trận, ông Park Hang Seo chia sẻ: “Các cầu thủ của tôi đã rất mệt sau bốn trận đấu”.",
                "Nói về người hùng của trận đấu, thuyền trưởng người Hàn Quốc khẳng định, 23 cầu thủ đều quan trọng.",
                "“Tôi sẽ tính toán kỹ cho trận đấu tới”, nhà cầm quân người Hàn Quốc nói thêm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Park Hang Seo"), Some("Park Hang Seo"), Some("Park Hang Seo")]);
    }

    #[test]
    fn in_their_own_words_a_quotation_is_the_persons_before() {
        let (quotes, _) = run(
            &[
                "علی احمدی وزیر کار گفت: این طرح به زودی اجرا می‌شود و همه از آن بهره می‌برند.",
                "او نگرانی‌هایش را در کارهایی می‌ریزد که به قول خودش «قدیسان حامی نقایص پربرکت ما هستند.»",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی احمدی"), Some("علی احمدی")]);
        assert_eq!(quotes[1].text, "قدیسان حامی نقایص پربرکت ما هستند.");
        assert_eq!(quotes[1].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_persian_subject_dropped_after_a_preamble_or_the_scene_is_the_last_speaker() {
        let first = "محمدرضا فرزین رئیس کل بانک مرکزی در نشست خبری گفت: بازار ارز آرام است و نگرانی وجود ندارد.";
        for next in [
            // a preamble: a noun of saying, or a clause of its own
            "با اشاره به نرخ تورم گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "ضمن تاکید بر ثبات بازار گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "با توجه به اینکه بازار آرام است گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            // the scene, alone or with what it answers
            "در ادامه افزود: تورم در ماه‌های آینده کاهش می‌یابد.",
            "همچنین در پاسخ به سوالی افزود: تورم در ماه‌های آینده کاهش می‌یابد.",
            // (a report as well as direct speech)
            "در ادامه افزود که تورم در ماه‌های آینده کاهش می‌یابد.",
        ] {
            let (quotes, _) = run(&[first, next], Language::Persian);
            assert_eq!(
                said(&quotes).get(1),
                Some(&(Some("محمدرضا فرزین"), "تورم در ماه‌های آینده کاهش می‌یابد.")),
                "{next}"
            );
        }
        // a group speaking after an office alone gives it no name
        let (quotes, _) = run(
            &[
                "در این مراسم یک کارشناس اقتصادی گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
                "در ادامه مردم محلی گفتند: قیمت‌ها در بازار بالا رفته است.",
            ],
            Language::Persian,
        );
        assert!(speakers(&quotes).iter().all(Option::is_none), "{quotes:?}");
        // someone else may stand in a phrase of other kinds, or speak with
        // a plural verb, or be named in the preamble
        for next in [
            "در بازار تهران یک فروشنده گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "در ادامه مردم محلی گفتند: تورم در ماه‌های آینده کاهش می‌یابد.",
            "در پاسخ به سوالی کارشناسان گفتند: تورم در ماه‌های آینده کاهش می‌یابد.",
            "با اشاره به سخنان وزیر اقتصاد گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "با صدای بلند یک فروشنده گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "همچنین در پاسخ به سوالی علی لاریجانی گفت: تورم در ماه‌های آینده کاهش می‌یابد.",
            "با اشاره به نرخ تورم، همتی افزود: تورم در ماه‌های آینده کاهش می‌یابد.",
        ] {
            let (quotes, _) = run(&[first, next], Language::Persian);
            assert!(said(&quotes).get(1).is_none_or(|(who, _)| *who != Some("محمدرضا فرزین")), "{next}: {quotes:?}");
        }
    }

    #[test]
    fn a_dropped_persian_subject_before_direct_speech_is_the_last_speaker() {
        let (quotes, _) = run(
            &[
                "علی احمدی وزیر کار گفت: این طرح به زودی اجرا می‌شود و همه از آن بهره می‌برند.",
                "او سال‌ها برای این طرح تلاش کرد. می‌گفت: «من هیچ وقت از این کار خسته نمی‌شوم.»",
                // a statement's words are no one's
                "در این بیانیه آمده است: «ما از این تصمیم حمایت می‌کنیم و آن را اجرا می‌کنیم.»",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes)[1], (Some("علی احمدی"), "من هیچ وقت از این کار خسته نمی‌شوم."));
        assert_eq!(quotes.len(), 2);
        // the person spoken to, put first with `به`, is no subject: the one
        // dropped is the last speaker, after an opener or without one
        for told in [
            "موقع ساخت فیلم، به رضا کیانیان، بازیگر اصلی فیلم که نقش پدر را داشت، گفت: «من قصه این فیلم را نمی‌فهمم.»",
            "به بازیگر اصلی فیلم گفت: «من قصه این فیلم را نمی‌فهمم.»",
        ] {
            let (quotes, _) = run(
                &["علی احمدی کارگردان فیلم گفت: این فیلم به زودی اکران می‌شود و همه آن را می‌بینند.", told],
                Language::Persian,
            );
            assert_eq!(said(&quotes).get(1), Some(&(Some("علی احمدی"), "من قصه این فیلم را نمی‌فهمم.")), "{told}");
        }
        // (only before direct speech, as for a subject dropped after
        // adverbs: a report after `که` may have its subject in it)
        let (quotes, _) = run(
            &[
                "علی احمدی کارگردان فیلم گفت: این فیلم به زودی اکران می‌شود و همه آن را می‌بینند.",
                "به بازیگر اصلی فیلم گفت که قصه این فیلم را به خوبی نمی‌فهمد و باید دوباره بخواند.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
    }

    #[test]
    fn others_joined_by_an_honorific_end_the_last_role() {
        let (_, officials) = run(
            &[
                "Dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và các đồng chí: Lại Thế Nguyên, Phó Bí thư Tỉnh ủy, hội nghị đã diễn ra.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            officials_with_roles(&officials),
            [
                ("Đỗ Trọng Hưng", vec!["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]),
                ("Lại Thế Nguyên", vec!["Phó Bí thư Tỉnh ủy"])
            ]
        );
    }

    #[test]
    fn a_quotation_called_someones_speech_after_a_dash_or_a_copula_is_theirs() {
        let (quotes, _) = run(
            &[
                "“Mỗi cán bộ phải sâu sát thực tiễn, gần dân, trọng dân” - Là một trong những nội dung quan trọng trong phát biểu kết luận của đồng chí Bí thư Tỉnh ủy Đỗ Trọng Hưng tại hội nghị.",
                // a view of no one in particular
                "“Giá xăng sẽ còn tăng trong thời gian tới” - đó là nhận định của nhiều chuyên gia kinh tế.",
                // a quotation inside it closes before it does
                "\"Mỗi đảng viên phải có tinh thần “7 dám” trong công việc\" - đó là phát biểu của Chủ tịch UBND tỉnh Đỗ Minh Tuấn.",
                // a comma and a copula, with or without a demonstrative
                "“Ngành y tế sẽ không để dịch lan rộng”, đó là lời khẳng định của bà Trần Thị Lan, Giám đốc Sở Y tế.",
                "“Tôi luôn muốn trở về quê hương để làm việc”, là chia sẻ của anh Lê Văn Nam, kỹ sư phần mềm.",
                // a comma alone opens a clause of its own
                "“Những ngày nắng nóng kéo dài”, nhiều người dân nghỉ việc theo ý kiến của ông Phạm Văn Hòa.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Đỗ Trọng Hưng"), "Mỗi cán bộ phải sâu sát thực tiễn, gần dân, trọng dân"),
                (Some("Đỗ Minh Tuấn"), "Mỗi đảng viên phải có tinh thần “7 dám” trong công việc"),
                (Some("Trần Thị Lan"), "Ngành y tế sẽ không để dịch lan rộng"),
                (Some("Lê Văn Nam"), "Tôi luôn muốn trở về quê hương để làm việc"),
            ]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("phát biểu"));
    }

    #[test]
    fn a_quotation_called_someones_speech_in_the_sentence_after_it_is_theirs() {
        let (quotes, officials) = run(
            &[
                "“Chúng ta phải nhìn nhận cái gì được thì tiếp tục và cái gì chưa được”. Đó là ý kiến của Bộ trưởng Bộ GD-ĐT Nguyễn Kim Sơn tại hội nghị.",
                // in a paragraph of its own, with an adverb before the copula
                "“Ngành y tế sẽ không để dịch lan rộng trong mùa mưa năm nay”.",
                "Đó cũng là lời khẳng định của bà Trần Thị Lan, Giám đốc Sở Y tế.",
                // a view of no one in particular
                "“Giá xăng sẽ còn tăng trong thời gian tới”. Đó là nhận định của nhiều chuyên gia kinh tế.",
                // a sentence about something else
                "“Đội bóng đã chơi rất tốt trong hiệp hai”. Đây là trận thắng thứ ba của HLV Park Hang-seo.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Kim Sơn"), "Chúng ta phải nhìn nhận cái gì được thì tiếp tục và cái gì chưa được"),
                (Some("Trần Thị Lan"), "Ngành y tế sẽ không để dịch lan rộng trong mùa mưa năm nay"),
            ]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("ý kiến"));
        assert_eq!(officials[0].roles, ["Bộ trưởng Bộ GD-ĐT"]);
    }

    #[test]
    fn a_speech_verb_in_a_vietnamese_subordinate_clause_is_not_the_report() {
        // `phân tích` (analysed) and `trả lời` (answered) are speech verbs;
        // after `sau khi` (after) or `khi` (when) they open a clause whose
        // subject is the main clause's, over any number of commas
        let (quotes, _) = run(
            &[
                "Sau khi phân tích tình hình trong nước, khó khăn, thách thức, Thủ tướng Lê Văn Minh nêu rõ, sau nhiều năm đổi mới, đất nước đã có nhiều thành tựu.",
                "Khi trả lời câu hỏi về giá điện trong mùa nắng nóng, Bộ trưởng Trần Văn Hải cho biết nguồn cung đã được bảo đảm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Lê Văn Minh"), "sau nhiều năm đổi mới, đất nước đã có nhiều thành tựu."),
                (Some("Trần Văn Hải"), "nguồn cung đã được bảo đảm."),
            ]
        );
    }

    #[test]
    fn an_attribution_closing_its_paragraph_with_a_colon_quotes_the_next() {
        let (quotes, _) = run(
            &[
                "Luật sư Trần Văn Nam, từng công tác tại Sở Tư pháp, nhận xét :",
                "“Đây là việc hoàn toàn mới. Trước đây chưa có doanh nghiệp nào làm như vậy.”",
                // a quotation over two paragraphs
                "Bà Lê Thị Hoa cho biết:",
                "“Chúng tôi đã chuẩn bị từ đầu năm,",
                "và mọi thứ đã sẵn sàng cho mùa mưa bão.”",
                // an attribution of its own is no speech of the one before
                "Ông Phạm Văn Tài cho biết:",
                "Bà Hoa nói thêm rằng công ty sẽ tuyển thêm nhân viên.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Trần Văn Nam"), "Đây là việc hoàn toàn mới. Trước đây chưa có doanh nghiệp nào làm như vậy."),
                (Some("Lê Thị Hoa"), "Chúng tôi đã chuẩn bị từ đầu năm, và mọi thứ đã sẵn sàng cho mùa mưa bão."),
                (Some("Lê Thị Hoa"), "công ty sẽ tuyển thêm nhân viên."),
            ]
        );
        assert_eq!(quotes[0].paragraph, 1);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        // unmarked speech: one paragraph
        let (quotes, _) = run(
            &["مهدی کریمی وزیر نیرو گفت:", "مصرف برق باید در ساعات اوج مدیریت شود.", "قیمت برق تغییری نمی‌کند."],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("مهدی کریمی"), "مصرف برق باید در ساعات اوج مدیریت شود.")]);
    }

    #[test]
    fn a_vietnamese_office_in_lower_case_introduces_the_full_name_after_it() {
        let (quotes, officials) = run(
            &[
                "Buổi lễ có sự tham gia của giám đốc sở Lê Văn Hùng và nhiều cán bộ của tỉnh.",
                "Khi được hỏi, ông Hùng cho biết tỉnh sẽ hoàn thành dự án trong năm nay.",
                // a place after the office is no name; a foreign name is
                "Cuộc họp có sự tham dự của đại biểu Quốc hội Hà Nội và nhiều cử tri trong thành phố.",
                "Hội nghị có sự tham gia của đại sứ Hoa Kỳ Marc Knapper và các doanh nghiệp.",
                // nor is the office the holder's when an honorific stands between
                "Quốc hội bãi miễn tư cách đại biểu của bà Trần Thị Mai trong phiên họp sáng nay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Lê Văn Hùng"), "tỉnh sẽ hoàn thành dự án trong năm nay.")]);
        let roles = officials_with_roles(&officials);
        assert_eq!(
            roles,
            [("Lê Văn Hùng", vec!["giám đốc sở"]), ("Marc Knapper", vec!["đại sứ Hoa Kỳ"]), ("Trần Thị Mai", vec![])]
        );
    }

    #[test]
    fn a_vietnamese_speaker_may_be_named_with_the_body_he_belongs_to() {
        let (quotes, _) = run(
            &[
                "HLV Nguyễn Văn Nam của tuyển U22 Việt Nam cho biết đội đã chuẩn bị kỹ cho trận đấu.",
                // a foreign name of two words, no coach's named before
                "Phát biểu sau trận, HLV Indra Syafri của tuyển U22 Indonesia cho biết đội cần cải thiện hàng thủ.",
                // a transcript's labels, with a bullet and the speaker's side
                "* HLV Kwon Oh Soon (U.23 Brunei): Tôi không có gì nhiều để nói về trận đấu này.",
                "* HLV Trần Văn Phúc: Chúng tôi vào trận với quyết tâm rất cao.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Nam"), "đội đã chuẩn bị kỹ cho trận đấu."),
                (Some("Indra Syafri"), "đội cần cải thiện hàng thủ."),
                (Some("Kwon Oh Soon"), "Tôi không có gì nhiều để nói về trận đấu này."),
                (Some("Trần Văn Phúc"), "Chúng tôi vào trận với quyết tâm rất cao."),
            ]
        );
    }

    #[test]
    fn a_coach_called_by_two_given_names_is_named_by_them() {
        let (quotes, _) = run(
            &[
                "HLV Lê Huỳnh Đức của SHB Đà Nẵng cho rằng đội bóng của ông đã tự dâng chiến thắng cho đối thủ.",
                // another coach, by the given names sports pages use; the
                // first is a country's name too (`Đức`, Germany)
                "Trong khi đó, HLV Đức Thắng của CLB Hà Nội cho rằng các cầu thủ đã thi đấu với tinh thần tuyệt vời.",
                "HLV trưởng Tiến Thành của CLB Viettel cho biết đội sẽ cải thiện hàng thủ trong trận tới.",
                "Ở trận đấu khác, HLV Đức Thắng cho biết đội đã chuẩn bị rất kỹ cho trận chung kết.",
                // a body's name is no person's
                "Giám đốc Bệnh viện Bạch Mai của Bộ Y tế cho biết bệnh viện đã sẵn sàng tiếp nhận bệnh nhân.",
                // a country's leader named by a foreign surname
                "Thủ tướng Đức Olaf Scholz cho rằng châu Âu cần đoàn kết hơn nữa trong thời gian tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Lê Huỳnh Đức"), Some("Đức Thắng"), Some("Tiến Thành"), Some("Đức Thắng"), None, Some("Olaf Scholz")]
        );
        assert_eq!(quotes[4].speaker.role.as_deref(), Some("Giám đốc Bệnh viện Bạch Mai của Bộ Y tế"));
        // nor a country's of two words
        let (quotes, _) = run(
            &["Phát biểu sau trận, HLV Hàn Quốc của đội U23 cho biết đội đã chuẩn bị kỹ cho giải đấu."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [None]);
    }

    #[test]
    fn a_short_name_quoted_before_the_full_name_is_given_waits_for_it() {
        let (quotes, officials) = run(
            &[
                "Ông Hùng nói: \"Chúng tôi sẽ hoàn thành dự án trước mùa mưa năm nay.\"",
                "Ông Nguyễn Văn Hùng, Giám đốc Sở Xây dựng, cho biết vốn đã được giải ngân đủ.",
                // a short name no full name ever holds names no one
                "Bà Lan nói: \"Người dân rất mong công trình sớm xong.\"",
                // a family name written first is the short form too, and a
                // Korean full name is read in running text
                "Ông Park nói: \"Các cầu thủ đã thi đấu rất tốt.\"",
                "Cuối cùng, HLV Park Hang-seo cảm ơn người hâm mộ đã luôn ủng hộ đội.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Hùng"), "Chúng tôi sẽ hoàn thành dự án trước mùa mưa năm nay."),
                (Some("Nguyễn Văn Hùng"), "vốn đã được giải ngân đủ."),
                (Some("Park Hang-seo"), "Các cầu thủ đã thi đấu rất tốt."),
            ]
        );
        assert_eq!(official_names(&officials), ["Nguyễn Văn Hùng", "Park Hang-seo"]);
    }

    #[test]
    fn a_rank_before_a_short_name_says_who_speaks() {
        let (quotes, _) = run(
            &[
                "Thượng tá Long cho biết cơ quan chức năng nhận định lỗi thuộc về tài xế.",
                // where the full name is given, it is theirs
                "Đại úy Hùng nói: \"Chúng tôi đang lấy lời khai của các nhân chứng.\"",
                "Đại úy Trần Văn Hùng, Đội trưởng Đội CSGT, cho biết xe đã được đưa về trụ sở.",
                // an honorific alone still names no one
                "Chị Lan nói: \"Người dân rất mong sớm có kết luận.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Long"), Some("Trần Văn Hùng"), Some("Trần Văn Hùng")]);
        assert_eq!(quotes[0].speaker.title.as_deref(), Some("Thượng tá"));
    }

    #[test]
    fn a_vietnamese_scene_setting_phrase_is_no_attribution() {
        let (quotes, officials) = run(
            &[
                "Sáng 22-3, phát biểu kết luận hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh thanh niên cần chủ động hơn.",
                "Bà Nguyễn Thị Lan, phát biểu tại hội nghị, cho biết giá xăng sẽ giảm trong tháng tới.",
                "Ông Lê Văn An, Giám đốc Sở Y tế, trao đổi bên lề hội nghị, khẳng định bệnh viện đủ thuốc.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Phạm Minh Chính"), "thanh niên cần chủ động hơn."),
                (Some("Nguyễn Thị Lan"), "giá xăng sẽ giảm trong tháng tới."),
                (Some("Lê Văn An"), "bệnh viện đủ thuốc."),
            ]
        );
        // the scene is no role
        let roles: Vec<&[String]> = officials.iter().map(|o| o.roles.as_slice()).collect();
        assert_eq!(roles, [&["Thủ tướng".to_owned()][..], &[], &["Giám đốc Sở Y tế".to_owned()]]);
    }

    #[test]
    fn a_quotation_after_a_subheading_run_into_it_is_the_tags() {
        let (quotes, _) = run(
            &[
                "Đề thi an toàn “Mọi việc đã được chuẩn bị kỹ lưỡng. Học sinh có thể yên tâm” - ông Nguyễn Văn Bình cho biết tại buổi họp báo.",
                "Mùa thi mới “Các em hãy yên tâm! Đề thi được bảo mật” - ông Bình nói thêm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Bình"), "Mọi việc đã được chuẩn bị kỹ lưỡng. Học sinh có thể yên tâm"),
                (Some("Nguyễn Văn Bình"), "Các em hãy yên tâm! Đề thi được bảo mật")
            ]
        );
        // words that go on into the quotation, which holds no sentence, or
        // run on past it before the tag, are no heading
        for sentence in [
            "Ông An gọi đó là “một thảm họa lớn” - bà Trần Thị Mai nói tại buổi họp báo.",
            "Ông An nhắc lại “Mọi việc đã xong. Học sinh yên tâm” trong thư gửi phụ huynh - bà Trần Thị Mai nói tại buổi họp báo.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert!(quotes.iter().all(|q| q.kind != QuoteKind::Direct), "{sentence}: {:?}", said(&quotes));
        }
    }

    #[test]
    fn a_vietnamese_view_a_speech_verb_states_is_no_words_of_the_subject() {
        let (quotes, _) = run(
            &[
                // the subject rejects what the view says
                "Ông Nguyễn Văn Bình bác bỏ ý kiến cho rằng dự án đã chậm tiến độ nhiều năm.",
                "Luật sư Trần Văn An không đồng tình với quan điểm cho rằng bị cáo phạm tội có tổ chức.",
                "Bà Lê Thị Hoa phủ nhận tin đồn cho biết công ty sắp phá sản vì nợ nần.",
                // the subject's own view is still reported
                "Ông Bình cho rằng dự án cần thêm vốn để hoàn thành đúng hạn.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Nguyễn Văn Bình"), "dự án cần thêm vốn để hoàn thành đúng hạn.")]);
    }

    #[test]
    fn the_person_vietnamese_news_comes_from_is_its_speaker() {
        let (quotes, _) = run(
            &[
                "Thông tin từ Đại tá Nguyễn Văn Hải cho biết, khoảng 8h sáng cùng ngày, công an nhận được tin báo.",
                "Nguồn tin từ bà Trần Thị Lan cho hay, các đối tượng đều có tiền án.",
                // `từ` opening a time after the verb leaves it a verb
                "Ông Lê Văn Bình thông tin từ ngày 1/7, giá điện sinh hoạt sẽ tăng thêm 5%.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Hải"), "khoảng 8h sáng cùng ngày, công an nhận được tin báo."),
                (Some("Trần Thị Lan"), "các đối tượng đều có tiền án."),
                (Some("Lê Văn Bình"), "từ ngày 1/7, giá điện sinh hoạt sẽ tăng thêm 5%."),
            ]
        );
    }

    #[test]
    fn a_vietnamese_act_of_speaking_before_the_speaker_is_no_report() {
        // talking to the reporter, the chairman confirmed it: the words
        // are in the sentences before, not in the phrase
        let (quotes, _) = run(
            &[
                "Trao đổi với PV Dân trí sáng nay 7/7, ông Trần Văn Hải, Chủ tịch UBND xã Hương Sơn, xác nhận thông tin trên.",
                "Trả lời báo chí chiều cùng ngày, bà Nguyễn Thị Lan, Giám đốc Sở Y tế, khẳng định như vậy.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn saying_so_reports_nothing_new() {
        let (quotes, officials) = run(
            &[
                "Ông Lê Văn Quý, phó chi cục trưởng Chi cục phòng chống tệ nạn xã hội, đã khẳng định như vậy khi trao đổi về đề xuất.",
                "Ông Trần Văn Hải cho biết như vậy là chưa đủ để giải quyết tình trạng ùn tắc.",
                "Bà Nguyễn Thị Hoa, Giám đốc Sở Y tế, đã cho biết giá thuốc sẽ giảm.",
                "Bộ trưởng Mai Tiến Dũng cho biết thông tin này trong cuộc họp báo thường kỳ Chính phủ.",
                "Bộ trưởng Mai Tiến Dũng cho biết điều này sẽ giúp doanh nghiệp giảm chi phí.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Trần Văn Hải"), "như vậy là chưa đủ để giải quyết tình trạng ùn tắc."),
                (Some("Nguyễn Thị Hoa"), "giá thuốc sẽ giảm."),
                (Some("Mai Tiến Dũng"), "điều này sẽ giúp doanh nghiệp giảm chi phí."),
            ]
        );
        // the auxiliary after the apposition is no role
        assert_eq!(officials[0].roles, ["phó chi cục trưởng Chi cục phòng chống tệ nạn xã hội"]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Giám đốc Sở Y tế"));
    }

    #[test]
    fn adverbs_and_a_time_may_stand_between_a_vietnamese_subject_and_its_verb() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Nguyễn Văn An đã cho biết giá xăng sẽ giảm trong tháng tới.",
                "Ngoại trưởng Mỹ Antony Blinken hôm 5/3 tuyên bố Washington sẽ áp đặt thêm trừng phạt.",
                "Bà Nguyễn Thị Lan sáng nay cũng nói rằng chợ sẽ mở cửa trở lại.",
                "Thứ trưởng Lê Văn Tám hôm thứ Năm cho biết dự án sẽ hoàn thành đúng hạn.",
                "Ông Trần Văn Hải mới đây khẳng định doanh nghiệp không tăng giá.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [
                Some("Nguyễn Văn An"),
                Some("Antony Blinken"),
                Some("Nguyễn Thị Lan"),
                Some("Lê Văn Tám"),
                Some("Trần Văn Hải")
            ]
        );
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Ngoại trưởng Mỹ"));
        assert_eq!(quotes[3].text, "dự án sẽ hoàn thành đúng hạn.");
    }

    #[test]
    fn adverbs_of_frequency_and_continuation_stand_before_a_vietnamese_speech_verb() {
        // (`tiếp tục`, went on to; `một lần nữa`, once more; `thường`,
        // often; `nhiều lần`, many times)
        for adverb in ["tiếp tục", "một lần nữa", "thường", "thường xuyên", "nhiều lần", "liên tục", "trước đây"]
        {
            let sentence = format!("Bộ trưởng Nguyễn Văn An {adverb} khẳng định giá xăng sẽ giảm trong tháng tới.");
            let (quotes, _) = run(&[&sentence], Language::Vietnamese);
            assert_eq!(said(&quotes), [(Some("Nguyễn Văn An"), "giá xăng sẽ giảm trong tháng tới.")], "{adverb}");
        }
    }

    #[test]
    fn a_way_of_speaking_may_stand_between_a_vietnamese_subject_and_its_verb() {
        let (quotes, _) = run(
            &[
                "Chị Nguyễn Thị An xúc động chia sẻ: “Chúng tôi đã chuẩn bị rất kỹ cho mùa giải năm nay.”",
                "Ông Lê Văn Cường cũng mỉm cười nói: “Tôi rất hạnh phúc khi được trở về quê hương.”",
                "Bộ trưởng Đào Hồng Lan vui mừng cho biết cả nước đã không còn ca mắc mới.",
                // spoke up and commented, after a modal (had to)
                "Chủ tịch Quốc hội Nguyễn Sinh Hùng đã phải lên tiếng nhận xét đây là việc làm thiếu nghiêm túc.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Nguyễn Thị An"), Some("Lê Văn Cường"), Some("Đào Hồng Lan"), Some("Nguyễn Sinh Hùng")]
        );
        // the way of speaking is no part of the office
        assert_eq!(quotes[2].speaker.role.as_deref(), Some("Bộ trưởng"));
    }

    #[test]
    fn a_quotation_over_paragraphs_is_one_quote_of_the_speaker_named_after_it() {
        let (quotes, _) = run(
            &[
                "“Chúng tôi sẽ tiếp tục đầu tư cho đội trẻ trong mùa tới. Tôi cho rằng các cầu thủ trẻ đã tiến bộ nhiều.",
                "Các em cần thêm thời gian thi đấu ở giải hạng Nhất.",
                "Mùa sau, chúng tôi đặt mục tiêu vào nhóm sáu đội dẫn đầu”, HLV Nguyễn Văn Nam nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [(
                Some("Nguyễn Văn Nam"),
                "Chúng tôi sẽ tiếp tục đầu tư cho đội trẻ trong mùa tới. Tôi cho rằng các cầu thủ trẻ đã tiến \
                 bộ nhiều. Các em cần thêm thời gian thi đấu ở giải hạng Nhất. Mùa sau, chúng tôi đặt mục tiêu \
                 vào nhóm sáu đội dẫn đầu"
            )]
        );
        assert_eq!((quotes[0].kind, quotes[0].paragraph), (QuoteKind::Direct, 0));
        let (quotes, _) = run(
            &[
                "«دولت برای کاهش تورم برنامه دارد و بانک مرکزی عرضه ارز را افزایش می‌دهد.",
                "این برنامه از ماه آینده اجرا می‌شود»، سخنگوی دولت در نشست خبری گفت.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1);
        assert!(quotes[0].text.starts_with("دولت برای") && quotes[0].text.ends_with("اجرا می‌شود"));
        // a quotation never closed takes nothing with it
        let (quotes, _) = run(
            &[
                "“Chúng tôi sẽ tiếp tục đầu tư cho đội trẻ trong mùa tới.",
                "Ông Trần Văn Hải, Giám đốc câu lạc bộ, cho biết đội sẽ tập trung vào tháng sau.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Trần Văn Hải"), "đội sẽ tập trung vào tháng sau.")]);
        // closed in a paragraph with no attribution: later marks close
        // nothing opened before them
        let (quotes, _) = run(
            &[
                "“Chúng tôi sẽ tiếp tục đầu tư cho đội trẻ trong mùa tới.",
                "Đội đã chơi tốt trong hiệp một” và nhận nhiều lời khen từ khán giả.",
                "Mùa sau sẽ khó khăn hơn nhiều với các đội bóng trẻ”, ông Trần Văn Hải nói.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| !q.text.contains("đầu tư")), "{:?}", said(&quotes));
    }

    #[test]
    fn a_foreign_name_right_after_an_honorific_is_a_name() {
        let (quotes, officials) = run(
            &[
                "Hôm nay, ông Park Hang Seo không còn rơi nước mắt sau trận đấu.",
                "Trong phòng họp báo sau trận, ông chia sẻ: “Các cầu thủ của tôi đã thi đấu như những chiến binh”.",
                "Nói về việc thay người, ông Park cho biết, tiền đạo số 10 bị chấn thương nên phải rời sân sớm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Park Hang Seo"), Some("Park Hang Seo")]);
        assert_eq!(officials.len(), 1);
    }

    #[test]
    fn the_person_after_a_scene_setting_phrase_is_the_subject_a_pronoun_means() {
        let (quotes, _) = run(
            &[
                "Bác sĩ Lê Văn Hòa vừa trở về từ vùng lũ sau một tuần làm việc.",
                "Chia sẻ sau trận đấu, HLV Nguyễn Huy Hoàng vẫn tỏ ra tự tin. Ông cho rằng đội đã chơi hết sức.",
                "Tại Hà Nội, bà Trần Thị Mai đã dự lễ khai mạc triển lãm. Bà cho biết triển lãm mở cửa đến cuối tháng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Huy Hoàng"), Some("Trần Thị Mai")]);
    }

    #[test]
    fn a_modified_office_names_its_holder_and_keeps_the_modifier() {
        let (quotes, officials) = run(
            &[
                "Mặc dù vậy, tân HLV Nguyễn Huy Hoàng vẫn tỏ ra tự tin sau trận thua.",
                "Ông cho rằng các học trò của mình đã chơi hết sức nhưng không gặp may.",
                "Cựu Bộ trưởng Y tế Trần Thị Lan cho biết bệnh viện tuyến tỉnh vẫn quá tải nhiều năm.",
                // `Hàm`: holding the rank of
                "Tham gia có bà Nguyễn Thị Thanh Hà, Hàm Vụ trưởng Vụ Luật pháp và Điều ước Quốc tế.",
            ],
            Language::Vietnamese,
        );
        // `tân HLV` opens the subject after `Mặc dù vậy`: `Ông` is he
        assert_eq!(speakers(&quotes), [Some("Nguyễn Huy Hoàng"), Some("Trần Thị Lan")]);
        let roles: Vec<&[String]> = officials.iter().map(|o| o.roles.as_slice()).collect();
        assert_eq!(
            roles,
            [
                ["tân HLV".to_owned()],
                ["Cựu Bộ trưởng Y tế".to_owned()],
                ["Hàm Vụ trưởng Vụ Luật pháp và Điều ước Quốc tế".to_owned()]
            ]
        );
    }

    #[test]
    fn what_a_speaker_spoke_about_is_no_report() {
        let (quotes, _) = run(
            &[
                "Giám đốc Sở Y tế Trần Văn Nam nói về kế hoạch mở rộng bệnh viện tuyến tỉnh trong năm tới.",
                "Ông Nam chia sẻ về những khó khăn của ngành y tế trong năm qua.",
                // (what was stressed)
                "Ông Nam nhấn mạnh vào vai trò của y tế cơ sở trong việc giảm tải cho tuyến trên.",
                "Ông Nam nói về kế hoạch này: “Chúng tôi sẽ hoàn thành trong năm nay”.",
                "Ông Nam cho biết về vấn đề này, Sở đã có văn bản hướng dẫn gửi các bệnh viện.",
                "Ông Nam cho rằng với những bệnh viện quá tải, cần phân luồng người bệnh ngay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Trần Văn Nam"), "Chúng tôi sẽ hoàn thành trong năm nay"),
                (Some("Trần Văn Nam"), "Sở đã có văn bản hướng dẫn gửi các bệnh viện."),
                // `rằng` has opened the report: `với` starts it
                (Some("Trần Văn Nam"), "với những bệnh viện quá tải, cần phân luồng người bệnh ngay."),
            ]
        );
    }

    #[test]
    fn any_of_concurrent_offices_names_their_holder_after() {
        let (quotes, officials) = run(
            &[
                "Sáng 5/3, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Nguyễn Văn Hùng chủ trì hội nghị tổng kết.",
                "Bí thư Thành ủy Hà Nội cho rằng thành phố cần giải quyết tình trạng ùn tắc giao thông trong năm tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Hùng")]);
        // the office is one of those listed: not listed again
        assert_eq!(officials.len(), 1);
        assert_eq!(officials[0].roles, ["Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"]);
    }

    #[test]
    fn a_title_and_a_short_name_before_an_adverb_mean_the_person_named_before() {
        // the short name after a title is no list's: read with the adverb,
        // `Giám đốc Hùng cũng` had been a role and the quote no one's
        for adverb in ["cũng ", "đã ", ""] {
            let (quotes, _) = run(
                &[
                    "Sáng 5/3, Tổng giám đốc - Chủ tịch Hội đồng quản trị Nguyễn Văn Hùng chủ trì cuộc họp cổ đông.",
                    &format!("Tuy nhiên, Tổng giám đốc Hùng {adverb}nói thêm là công ty chưa thể chia cổ tức năm nay."),
                ],
                Language::Vietnamese,
            );
            assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Hùng")], "{adverb:?}");
        }
    }

    #[test]
    fn what_follows_an_act_of_speaking_at_once_is_its_purpose() {
        let (quotes, _) = run(
            &[
                "Thủ tướng Phạm Minh Chính đã phát biểu giải trình, làm rõ nhiều vấn đề đại biểu quan tâm.",
                "Ông Nguyễn Văn An trả lời báo chí rằng giá xăng sẽ giảm trong tháng tới.",
                // the `rằng` of what the press said is the press's
                "Bà Lê Thị Thu Hằng trả lời câu hỏi về thông tin trên báo chí nước ngoài nói rằng giá dầu sẽ tăng.",
                // reaffirmed
                "Người phát ngôn Lê Thị Thu Hằng tái khẳng định Việt Nam có đầy đủ cơ sở pháp lý.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn An"), "giá xăng sẽ giảm trong tháng tới."),
                (Some("Lê Thị Thu Hằng"), "Việt Nam có đầy đủ cơ sở pháp lý.")
            ]
        );
    }

    #[test]
    fn denying_and_pointing_out_report_only_a_clause() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An phủ nhận thông tin trên mạng xã hội về việc tăng giá.",
                "Ông Nguyễn Văn An phủ nhận rằng công ty đã tăng giá xăng trong tháng qua.",
                "Bà Lê Thị Hoa chỉ ra những hạn chế trong công tác quản lý.",
                "Bà Lê Thị Hoa bác bỏ: \"Chúng tôi không hề nhận tiền của doanh nghiệp\".",
                // expressed satisfaction: a feeling, no report
                "HLV Lê Quang Trãi bày tỏ sự hài lòng với màn trình diễn của các học trò.",
                "HLV Lê Quang Trãi bày tỏ: \"Chúng tôi rất vui vì đã có một trận đấu hấp dẫn\".",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn An"), "công ty đã tăng giá xăng trong tháng qua."),
                (Some("Lê Thị Hoa"), "Chúng tôi không hề nhận tiền của doanh nghiệp"),
                (Some("Lê Quang Trãi"), "Chúng tôi rất vui vì đã có một trận đấu hấp dẫn"),
            ]
        );
    }

    #[test]
    fn a_region_of_the_world_after_an_office_is_no_one_named() {
        let (_, officials) = run(
            &[
                "Ông Lưu Dân Khôn cho rằng sầu riêng của các nước thành viên Hiệp hội các quốc gia Đông Nam Á (ASEAN) được ưa chuộng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), ["Lưu Dân Khôn"]);
    }

    #[test]
    fn a_kinship_after_the_name_tagging_a_quotation_describes_that_name() {
        // `anh trai` (elder brother) opens with an honorific, as a
        // reference back to the last speaker does (`ông chủ … nói`)
        let (quotes, _) = run(
            &[
                "Bà Trần Thị Mai, Hiệu trưởng trường tiểu học, cho biết nhà trường đã mời phụ huynh đến làm việc.",
                "\"Cháu bị bầm tím ở tay\", anh Lê Văn Tâm, anh trai của học sinh bị đánh, nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thị Mai"), Some("Lê Văn Tâm")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("anh trai của học sinh bị đánh"));
    }

    #[test]
    fn a_name_and_its_apposition_are_one_subject_whatever_the_office_looks_like() {
        let (quotes, officials) = run(
            &["Ông Nguyễn Văn An, Bộ trưởng Công Thương, cho biết giá xăng sẽ giảm trong tháng tới."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn An")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Bộ trưởng Công Thương"));
        assert_eq!(officials.len(), 1, "{officials:?}");
    }

    #[test]
    fn the_person_an_outlet_quotes_is_the_speaker() {
        let (quotes, _) = run(
            &[
                "\"Chúng tôi sẽ không rút quân khỏi khu vực\", Reuters dẫn lời ông Lloyd Austin.",
                "Hãng tin AP dẫn lời bà Nguyễn Thị Lan nói rằng giá xăng sẽ giảm trong tháng tới.",
                "“Chúng tôi sẽ hỗ trợ người dân”, hãng tin AP dẫn lời Bộ trưởng Lê Văn Tám cho biết.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Lloyd Austin"), "Chúng tôi sẽ không rút quân khỏi khu vực"),
                (Some("Nguyễn Thị Lan"), "giá xăng sẽ giảm trong tháng tới."),
                (Some("Lê Văn Tám"), "Chúng tôi sẽ hỗ trợ người dân"),
            ]
        );
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_persian_office_after_a_demonstrative_is_the_person_the_text_is_about() {
        let report = |then: &str| {
            run(
                &[
                    "علی رضایی، استاد دانشگاه تهران، امروز در گفت‌وگو با خبرنگار ما گفت که نرخ تورم در ماه‌های آینده کاهش می‌یابد.",
                    "محمد احمدی، رئیس اتاق بازرگانی، نیز در این نشست حضور داشت و درباره بودجه سخن گفت.",
                    then,
                ],
                Language::Persian,
            )
            .0
        };
        let markets = "بازار ارز در هفته‌های اخیر آرام بوده و نگرانی جدی در این زمینه وجود ندارد.";
        // the holder of the office, named before another person (`استاد`
        // is an honorific too, but not after a demonstrative) …
        let quotes = report(&format!("این استاد دانشگاه افزود: {markets}"));
        assert_eq!(speakers(&quotes), [Some("علی رضایی"); 2]);
        // … else, with no one holding it, the person the sentence before
        // was about
        let quotes = report(&format!("این فعال اقتصادی افزود: {markets}"));
        assert_eq!(speakers(&quotes), [Some("علی رضایی"), Some("محمد احمدی")]);
    }

    #[test]
    fn a_persian_subject_after_a_connective_is_the_one_a_pronoun_means() {
        for connective in ["در مقابل", "در این میان", "از طرف دیگر"] {
            let (quotes, _) = run(
                &[
                    "علی صالح‌آبادی، رئیس کل پیشین بانک مرکزی، گفت که کاهش تورم بدون انضباط مالی دولت ممکن نیست.",
                    &format!("{connective}، مریم حسینی، عضو هیئت علمی دانشگاه تهران، در این نشست حضور داشت."),
                    "به گفته وی، تا زمانی که درآمدهای ارزی کشور محدود باشد، کنترل تورم دشوار خواهد بود.",
                ],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("علی صالح‌آبادی"), Some("مریم حسینی")], "{connective}");
        }
    }

    #[test]
    fn a_line_taken_back_from_a_speech_leaves_its_own_subject_to_the_pronoun_after_it() {
        let speech =
            "علی صالح‌آبادی، رئیس کل پیشین بانک مرکزی، به خبرنگار ما گفت: کاهش تورم بدون انضباط مالی دولت ممکن نیست.";
        let according = "به گفته وی، تا زمانی که درآمدهای ارزی کشور محدود باشد، کنترل تورم دشوار خواهد بود.";
        // a line about someone else ends the speech: `وی` is that someone
        let (quotes, _) = run(
            &[speech, "مریم حسینی، عضو هیئت علمی دانشگاه تهران، نیز در این نشست حضور داشت.", according],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی صالح‌آبادی"), Some("مریم حسینی")]);
        assert_eq!(quotes[0].text, "کاهش تورم بدون انضباط مالی دولت ممکن نیست.");
        // … whatever the line's later sentences are about
        let (quotes, _) = run(
            &[
                speech,
                "مریم حسینی، عضو هیئت علمی دانشگاه تهران، نیز در این نشست حضور داشت. نشست دو ساعت طول کشید.",
                according,
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی صالح‌آبادی"), Some("مریم حسینی")]);
        // a line in the first person goes on with the speech, whose speaker
        // `وی` still is
        let (quotes, _) = run(
            &[speech, "ما در این باره با مریم حسینی، عضو هیئت علمی دانشگاه تهران، هم نظر هستیم.", according],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی صالح‌آبادی"); 2]);
    }

    #[test]
    fn a_quotation_standing_alone_is_of_the_speaker_the_next_sentence_names() {
        let (quotes, _) = run(
            &[
                "“Chúng tôi đã làm hết sức mình để hỗ trợ người dân vùng lũ”.",
                "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, khẳng định như vậy khi trao đổi với phóng viên.",
                "Bà Lê Thị Hoa cho biết giá xăng sẽ giảm. “Đây là tin vui cho người dân”. Ông Trần Văn Hải nói như vậy.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn An"), "Chúng tôi đã làm hết sức mình để hỗ trợ người dân vùng lũ"),
                (Some("Lê Thị Hoa"), "giá xăng sẽ giảm."),
                (Some("Trần Văn Hải"), "Đây là tin vui cho người dân"),
            ]
        );
        assert_eq!(quotes[2].cue.as_deref(), Some("nói"));
        // the words before the speaker in the same sentence, set off by a
        // dash, with what they were about after `như vậy`
        let (quotes, _) = run(
            &["Cần tiếp tục hoàn thiện để bộ máy mới vận hành hiệu quả - Tổng Bí thư Tô Lâm phát biểu như vậy về \
               quyết tâm tinh giảm bộ máy."],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Tô Lâm"), "Cần tiếp tục hoàn thiện để bộ máy mới vận hành hiệu quả")]);
        let (quotes, _) = run(
            &["«ما به مذاکره ادامه می‌دهیم و از حقوق ملت دفاع می‌کنیم».", "این را محمد جواد ظریف در پایان نشست گفت."],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("محمد جواد ظریف"), "ما به مذاکره ادامه می‌دهیم و از حقوق ملت دفاع می‌کنیم")]);
        // … or the object after the subject, maybe with the noun of what
        // was said (`این جمله را`, this sentence), and the verb of uttering
        // (or before it with that noun too: `این جملات را`, these sentences)
        for then in [
            "محمد جواد ظریف این را در پایان نشست گفت.",
            "محمد جواد ظریف این جمله را در پایان نشست بر زبان آورد.",
            "این جملات را محمد جواد ظریف در پایان نشست بیان کرد.",
            // (what follows the verb then is no report of theirs)
            "این جملات را محمد جواد ظریف در پایان نشست بیان کرد، سخنانی که بازتاب گسترده‌ای در رسانه‌ها داشت.",
        ] {
            let (quotes, _) = run(&["«ما به مذاکره ادامه می‌دهیم و از حقوق ملت دفاع می‌کنیم».", then], Language::Persian);
            assert_eq!(
                said(&quotes),
                [(Some("محمد جواد ظریف"), "ما به مذاکره ادامه می‌دهیم و از حقوق ملت دفاع می‌کنیم")],
                "{then}"
            );
        }
        // the one who said it called by an office, here with their
        // country's adjective (the team's Croatian coach), is whoever holds
        // the office, written with Persian or Arabic letters
        for (yeh, keheh) in [("ی", "ک"), ("ي", "ك")] {
            let paragraphs = [
                "دراگان اسکوچیچ سرمربی تیم ملی فوتبال ایران فهرست بازیکنان را اعلام کرد.",
                "«ما برای همه بازی‌ها برنامه داریم و از هیچ حریفی نمی‌ترسیم.» این را سرمربی کروات تیم ملی در نشست خبری گفت.",
            ]
            .map(|p| p.replace('ی', yeh).replace('ک', keheh));
            let (quotes, officials) = run(&paragraphs.each_ref().map(String::as_str), Language::Persian);
            assert_eq!(quotes.len(), 1);
            let name = "دراگان اسکوچیچ".replace('ی', yeh).replace('ک', keheh);
            assert_eq!(quotes[0].speaker.name.as_deref(), Some(name.as_str()));
            assert!(quotes[0].text.ends_with("از هیچ حریفی نمی‌ترسیم.".replace('ی', yeh).as_str()));
            // the office is listed once, as the one named with the name
            assert_eq!(officials[0].roles.len(), 1);
        }
        // with no one known to hold it, the office alone is the speaker
        let (quotes, _) =
            run(&["«تیم ما آماده است.» این را سرمربی کروات تیم ملی در نشست خبری گفت."], Language::Persian);
        assert_eq!(said(&quotes), [(None, "تیم ما آماده است.")]);
        assert_eq!(speaker_roles(&quotes), [Some("سرمربی کروات تیم ملی")]);
    }

    #[test]
    fn according_to_the_words_or_the_judgement_of_someone() {
        let (quotes, _) = run(
            &[
                "Theo lời ông Nguyễn Văn An, giá xăng sẽ giảm trong tháng tới.",
                "Theo đánh giá của bà Lê Thị Hoa, bệnh viện đã đủ thuốc cho mùa dịch.",
                "Theo dự báo của Bộ Công Thương, giá điện sẽ tăng trong năm tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn An"), "giá xăng sẽ giảm trong tháng tới."),
                (Some("Lê Thị Hoa"), "bệnh viện đã đủ thuốc cho mùa dịch."),
            ]
        );
    }

    #[test]
    fn a_quotation_tagged_with_a_person_and_what_they_do_is_theirs() {
        let quotation = "“Tôi hoàn toàn hài lòng với kết quả này và cảm ơn người hâm mộ.”";
        // (a speech verb opening what they do is the cue, as it would be
        // before the quotation; the scene after it is not)
        for (tag, cue) in [
            ("HLV Kim Sang-sik mở đầu phần họp báo", "mở đầu phần họp báo"),
            ("bà Nguyễn Thị Lan cười", "cười"),
            ("Bộ trưởng Trần Văn An đánh giá tại cuộc họp ngày 29/7", "đánh giá"),
            ("Bộ trưởng Trần Văn An chia sẻ với phóng viên", "chia sẻ"),
        ] {
            let sentence = format!("{quotation}, {tag}.");
            let (quotes, _) = run(&[&sentence], Language::Vietnamese);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert_eq!(quotes[0].cue.as_deref(), Some(cue), "{sentence}");
            assert_eq!(quotes[0].text, "Tôi hoàn toàn hài lòng với kết quả này và cảm ơn người hâm mộ.");
        }
        // a dash sets the tag off as a comma does, maybe after one
        for separator in [" -", ", –"] {
            let sentence = format!("{} ông Nguyễn Lân Hùng bức xúc.", quotation.replace('”', &format!("”{separator}")));
            let (quotes, _) = run(&[&sentence], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Nguyễn Lân Hùng")], "{sentence}");
            assert_eq!(quotes[0].cue.as_deref(), Some("bức xúc"), "{sentence}");
        }
        // a quotation after a colon that closes a scene with no speech
        // verb is tagged as one opening the sentence
        let sentence =
            format!("Trải lòng sau trận đấu, nhà cầm quân: {quotation} - HLV Kim Sang-sik mở đầu phần họp báo.");
        let (quotes, _) = run(&[&sentence], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Kim Sang-sik")]);
        assert_eq!(quotes[0].text, "Tôi hoàn toàn hài lòng với kết quả này và cảm ơn người hâm mộ.");
        // a description of the person spoken of before (the Korean coach)
        let (quotes, _) = run(
            &[
                &format!("{quotation}, HLV Kim Sang-sik mở đầu phần họp báo."),
                &format!("{quotation}, nhà cầm quân người Hàn Quốc tiếp tục."),
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Kim Sang-sik"); 2]);
        assert_eq!(quotes[1].cue.as_deref(), Some("tiếp tục"));
        // a given name after the honorific is the person's, not part of
        // the predicate the honorific alone would leave (`Lan cười`)
        let (quotes, _) = run(
            &[&format!("{quotation}, bà Nguyễn Thị Lan cười."), &format!("{quotation}, bà Lan mỉm cười.")],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Lan"); 2]);
        assert_eq!(quotes[1].cue.as_deref(), Some("mỉm cười"));
        // a longer predicate where it names the speech or the event it was
        // given at; else what the person does is no tag of the quotation
        for (tag, quoted) in [
            ("HLV Kim Sang-sik dành lời khen cho các học trò", true),
            ("HLV Kim Sang-sik gửi lời cảm ơn tới người hâm mộ", true),
            ("HLV Kim Sang-sik đi thẳng vào phòng thay đồ sau trận", false),
        ] {
            let (quotes, _) = run(&[&format!("{quotation}, {tag}.")], Language::Vietnamese);
            assert_eq!(quotes.len(), usize::from(quoted), "{tag}");
        }
        // a speech verb inside the quotation is the speaker's word, and a
        // bracketed aside may describe the person after it
        for (quotation, tag, speaker) in [
            (
                "Đề nghị Bộ trưởng cho biết giải pháp để hoàn thiện việc này",
                "đại biểu Nguyễn Thị Thu Hà (Quảng Ninh) chất vấn",
                "Nguyễn Thị Thu Hà",
            ),
            ("Bộ trưởng nói sẽ giải quyết việc này ngay trong tháng", "bà Nguyễn Thị Lan cười", "Nguyễn Thị Lan"),
        ] {
            let (quotes, _) = run(&[&format!("“{quotation}”, {tag}.")], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some(speaker)], "{tag}");
            assert_eq!(quotes[0].text, quotation, "{tag}");
        }
        // `chất vấn` (questioned) gives the question after its colon
        let (quotes, _) = run(
            &[
                "Đại biểu Nguyễn Thị Thu Hà chất vấn: “Việc xây dựng vị trí việc làm vẫn chưa hoàn thiện, giải pháp là gì?”",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes.iter().map(|q| q.cue.as_deref()).collect::<Vec<_>>(), [Some("chất vấn")]);
        // no person after the comma, or more than a short predicate: no tag
        for tag in [
            "chương trình của hội chữ thập đỏ trao quà",
            "ông Nguyễn Văn An đứng dậy rời khỏi hội trường sau buổi gặp mặt",
        ] {
            let sentence = format!("{quotation}, {tag}.");
            let (quotes, _) = run(&[&sentence], Language::Vietnamese);
            assert!(quotes.is_empty(), "{quotes:?}");
        }
    }

    #[test]
    fn a_verb_whose_subject_names_no_one_leaves_the_sentence_to_the_next() {
        // `có ý kiến cho rằng` (some say): the minister's verb after it
        let (quotes, _) = run(
            &["Đại biểu Lê Văn Lai chất vấn về môn Lịch sử vì có ý kiến cho rằng không thấy tên môn học, \
               Bộ trưởng Phạm Vũ Luận khẳng định rằng môn Lịch sử không bị coi nhẹ."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Phạm Vũ Luận")]);
        assert_eq!(quotes[0].text, "môn Lịch sử không bị coi nhẹ.");
    }

    #[test]
    fn a_bare_title_left_unresolved_is_no_speaker() {
        let (quotes, _) = run(
            &[
                "Trong ngắn hạn, chuyên gia cho rằng căng thẳng địa chính trị đang hỗ trợ đà tăng của giá vàng.",
                "Bộ trưởng cho biết giá năng lượng sẽ còn tăng trong tháng tới.",
                "Người phát ngôn Bộ Ngoại giao cho biết hai bên sẽ tiếp tục đàm phán trong tuần tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Người phát ngôn Bộ Ngoại giao"));
        assert!(quotes[0].text.starts_with("hai bên"));
    }

    #[test]
    fn a_speech_verb_after_a_determiner_is_a_noun_and_reports_nothing() {
        // `có những phát biểu` (made statements): what follows is no quote
        let (quotes, officials) = run(
            &[
                "Bà Nguyễn Thị Lan, hiện sống ở Đà Nẵng, có những phát biểu khiến nhiều người cảm thấy bị xúc phạm.",
                "Các đề xuất, theo nhiều chuyên gia, vẫn còn thiếu cơ sở.",
                "Bà Lan cho biết bà sẽ không rút lại ý kiến.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Lan")]);
        assert!(quotes[0].text.starts_with("bà sẽ không"), "{quotes:?}");
        assert!(officials.iter().all(|o| o.roles.iter().all(|r| !r.contains("những"))), "{officials:?}");
        // `Trong phần phát biểu, …` (in the part of the speech): the scene
        // names a speech; the speaker's verb is the one after it
        for scene in ["Trong phần phát biểu", "Trong phần tuyên bố lý do hội nghị"] {
            let sentence =
                format!("{scene}, ông Lê Hoài Trung cho biết đây là lần đầu tiên Đảng tổ chức hội nghị này.");
            let (quotes, _) = run(&[sentence.as_str()], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Lê Hoài Trung")], "{scene}");
            assert_eq!(quotes[0].cue.as_deref(), Some("cho biết"), "{scene}");
        }
        // `به گفته` (according to) is no report of its own, however the
        // sentence goes on
        let (quotes, _) = run(&["سخنگوی وزارت نیرو به گفته های وزیر درباره کاهش بارش اشاره کرد."], Language::Persian);
        assert!(quotes.iter().all(|q| q.cue.as_deref() != Some("گفته")), "{quotes:?}");
    }

    #[test]
    fn an_office_before_another_and_a_comma_is_held_by_the_same_person() {
        let (quotes, officials) = run(
            &[
                "VTV.vn - Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng nhấn mạnh vấn đề cháy nổ là vấn đề bức xúc.",
                "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng cho biết thành phố sẽ rà soát lại quy hoạch.",
                "Phó Thủ tướng Vũ Đức Đam, Bộ trưởng Bộ Y tế Nguyễn Thanh Long cho biết dịch bệnh đã được kiểm soát.",
            ],
            Language::Vietnamese,
        );
        let roles: Vec<_> = quotes.iter().map(|q| q.speaker.role.as_deref()).collect();
        assert_eq!(
            roles,
            [
                Some("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
                Some("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"),
                Some("Bộ trưởng Bộ Y tế")
            ]
        );
        // an office with its holder's name before the comma is that holder's
        let dam = officials.iter().find(|o| o.name == "Vũ Đức Đam");
        assert_eq!(dam.map(|o| o.roles.clone()), Some(vec!["Phó Thủ tướng".to_owned()]));
    }

    #[test]
    fn a_person_named_after_an_office_and_a_comma_holds_it() {
        let (quotes, _) = run(
            &[
                "Giám đốc Công an tỉnh Thanh Hóa, Thiếu tướng Nguyễn Hải Trung cho biết lực lượng chức năng đã đưa 6 người ra ngoài.",
                "Sáng 5/3, Trưởng đoàn kiểm tra, ông Lê Văn Hải cho biết đoàn sẽ làm việc với 12 doanh nghiệp.",
                "Giám đốc Sở Y tế tỉnh Nghệ An, Nguyễn Văn Hòa cho biết tỉnh đã hỗ trợ 500 hộ dân.",
            ],
            Language::Vietnamese,
        );
        let speakers: Vec<_> = quotes.iter().map(|q| (q.speaker.name.as_deref(), q.speaker.role.as_deref())).collect();
        assert_eq!(
            speakers,
            [
                (Some("Nguyễn Hải Trung"), Some("Giám đốc Công an tỉnh Thanh Hóa")),
                (Some("Lê Văn Hải"), Some("Trưởng đoàn kiểm tra")),
                (Some("Nguyễn Văn Hòa"), Some("Giám đốc Sở Y tế tỉnh Nghệ An"))
            ]
        );
        // … and an office alone after another is the same person's
        let (quotes, _) = run(
            &["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho biết tỉnh đã hỗ trợ 500 hộ dân."],
            Language::Vietnamese,
        );
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"));
        // an office whose clause goes on to a predicate is the subject of
        // another sentence, no one's office
        let (_, officials) = run(
            &["Chủ tịch UBND tỉnh đã chỉ đạo, ông Lê Văn Hải cho biết tỉnh sẽ hỗ trợ 500 hộ dân."],
            Language::Vietnamese,
        );
        let hai = officials.iter().find(|o| o.name == "Lê Văn Hải");
        assert_eq!(hai.map(|o| o.roles.len()), Some(0), "{officials:?}");
    }

    #[test]
    fn a_name_in_quotation_marks_after_the_verb_is_part_of_the_report() {
        let (quotes, _) = run(
            &["سخنگوی کاخ سفید گفت «دونالد ترامپ»، رئیس جمهور آمریکا با این تصمیم «مخالف» است."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].kind, QuoteKind::Indirect);
        assert!(quotes[0].text.ends_with("«مخالف» است."), "{quotes:?}");
        // nor does a quotation closing the report make it direct
        let (quotes, _) = run(
            &["سخنگوی کاخ سفید گفت «دونالد ترامپ» با این تصمیم مخالف است و «معتقد است که این پاداشی به حماس است.»"],
            Language::Persian,
        );
        assert_eq!(quotes.iter().map(|q| q.kind).collect::<Vec<_>>(), [QuoteKind::Indirect]);
        // a quotation right after the verb is still the direct quote
        let (quotes, _) = run(&["سخنگوی کاخ سفید گفت «ما با این تصمیم مخالفیم» و جلسه را ترک کرد."], Language::Persian);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!((quotes[0].kind, quotes[0].text.as_str()), (QuoteKind::Direct, "ما با این تصمیم مخالفیم"));
    }

    #[test]
    fn a_speech_verb_said_again_after_its_colon_opens_the_speech() {
        let (quotes, _) = run(
            &[
                "علی رضایی سخنگوی وزارت کشور گفت: عصر روز سه‌شنبه در جمع خبرنگاران گفت: انتخابات در موعد مقرر برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].text, "انتخابات در موعد مقرر برگزار می‌شود.");
        // a second speaker named before the second colon, by office or by
        // name, is quoted through the first
        for second in ["وزیر کشور", "محمد احمدی"] {
            let sentence =
                format!("علی رضایی سخنگوی وزارت کشور گفت: {second} گفت: انتخابات در موعد مقرر برگزار می‌شود.");
            let (quotes, _) = run(&[sentence.as_str()], Language::Persian);
            assert_eq!(quotes.len(), 1, "{quotes:?}");
            assert_eq!(quotes[0].text, format!("{second} گفت: انتخابات در موعد مقرر برگزار می‌شود."));
        }
    }

    #[test]
    fn a_source_the_reporting_phrase_cites_leaves_its_text_to_its_speakers() {
        let (quotes, _) = run(
            &[
                "به گزارش پایگاه خبری ما؛ روزنامه همشهری نوشت: علی رضایی سخنگوی وزارت کشور در پاسخ به سوالی گفت: «انتخابات در موعد مقرر برگزار می‌شود».",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
        assert_eq!(quotes[0].text, "انتخابات در موعد مقرر برگزار می‌شود");
        // a person writing is quoted
        let (quotes, _) = run(
            &["به گزارش پایگاه خبری ما، علی رضایی نوشت: دولت در موعد مقرر انتخابات را برگزار خواهد کرد."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
        assert!(quotes[0].text.starts_with("دولت در موعد"), "{quotes:?}");
    }

    #[test]
    fn a_source_opening_the_sentence_leaves_its_text_to_its_speakers() {
        let (quotes, _) = run(
            &[
                "روزنامه همشهری نوشت: علی رضایی سخنگوی وزارت کشور در جمع خبرنگاران گفت: انتخابات در موعد مقرر برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
        assert_eq!(quotes[0].text, "انتخابات در موعد مقرر برگزار می‌شود.");
        // a person met before, named by the surname, writes what they
        // heard someone say
        let (quotes, _) = run(
            &[
                "علی رضایی سخنگوی وزارت کشور امروز به خبرنگاران پاسخ داد.",
                "رضایی نوشت: وزیر کشور در جلسه دیروز گفت: انتخابات در موعد مقرر برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
        assert!(quotes[0].text.starts_with("وزیر کشور"), "{quotes:?}");
        // the cited text's speaker met before, named by the surname; and
        // the next paragraph's pronoun stands for them
        let (quotes, _) = run(
            &[
                "علی رضایی سخنگوی وزارت کشور امروز به پرسش خبرنگاران پاسخ داد.",
                "ایسنا در خبری نوشت: رضایی اظهار کرد: انتخابات در موعد مقرر برگزار می‌شود.",
                "وی افزود: شمار شعبه‌های اخذ رأی بیشتر خواهد شد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی"), Some("علی رضایی")]);
        assert_eq!(quotes[0].text, "انتخابات در موعد مقرر برگزار می‌شود.");
    }

    #[test]
    fn an_office_written_short_names_the_holder_given_later_once() {
        let (quotes, officials) = run(
            &[
                "وزیر خارجه کشورمان تاکید کرد همکارانم در وزارت امور خارجه از هیچ اقدامی برای سربلندی کشور کوتاهی نکرده‌اند.",
                "محمدجواد ظریف وزیر امور خارجه کشورمان در پاسخ به سوال خبرنگاران اظهار داشت: «ما شبانه روزی کار کرده‌ایم.»",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمدجواد ظریف"); 2]);
        assert_eq!(officials.len(), 1, "{officials:?}");
        assert_eq!(officials[0].roles, ["وزیر خارجه کشورمان"]);
    }

    #[test]
    fn the_same_title_over_another_body_is_another_office() {
        let (quotes, officials) = run(
            &[
                "Tổng Giám đốc Tập đoàn Điện lực Việt Nam Trần Văn Hùng cho biết nguồn điện mùa khô đã được bảo đảm.",
                "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam cho rằng giá dầu sẽ còn biến động mạnh trong quý tới.",
            ],
            Language::Vietnamese,
        );
        // the second title is not cut to the first one's bare title
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hùng"), None]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Tổng Giám đốc Tập đoàn Dầu khí Việt Nam"));
        assert_eq!(officials.len(), 1, "{officials:?}");
        assert_eq!(officials[0].quotes, 1);
    }

    #[test]
    fn the_name_of_a_body_after_its_noun_names_no_person() {
        let (quotes, officials) = run(
            &["Tổng Thư ký Cơ quan Liên Hợp Quốc về Thương mại và Phát triển cho rằng thế giới đang ở thời điểm \
               bước ngoặt."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [None]);
        assert_eq!(
            quotes[0].speaker.role.as_deref(),
            Some("Tổng Thư ký Cơ quan Liên Hợp Quốc về Thương mại và Phát triển")
        );
        assert!(officials.is_empty(), "{officials:?}");
    }

    #[test]
    fn a_speech_goes_on_after_another_quote_and_keeps_its_speaker_for_the_pronoun_after_it() {
        let (quotes, officials) = run(
            &[
                "سرمربی نفت تهران گفت: تیم سقوط کرده شرایط روحی خوبی ندارد.",
                "هومن افاضلی در نشست خبری بیان کرد: تیمی که سقوط کرد قطعا شرایط روحی خوبی ندارد.",
                // the speech goes on, naming someone else
                "آقای قلعه نویی همیشه با شرافت بازی کرده و ما هم این کار را می کنیم.",
                "او ادامه داد: سه مصدوم داریم.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("هومن افاضلی"); 3]);
        assert!(quotes[1].text.ends_with("این کار را می کنیم."), "{quotes:?}");
        // an adverb after a name (`همیشه`, always) is no word of it
        assert!(officials.iter().any(|o| o.name == "قلعه نویی"), "{officials:?}");
    }

    #[test]
    fn a_line_giving_a_speech_after_a_colon_of_its_own_ends_the_speech_before() {
        let first = "عباس رضایی وزیر امور خارجه گفت: ایران به مسیر دیپلماسی متعهد است.";
        // `ما` (our reporter) is in the first person, but someone no one
        // can name speaks after the colon
        // … and whom `این مقام` (this official) and `وی` (he) then mean is
        // that unnamed source, not the minister
        let (quotes, _) = run(
            &[
                first,
                "یک مقام آگاه نیز به خبرنگار ما گفت: دور بعدی مذاکرات هفته آینده برگزار خواهد شد.",
                "این مقام افزود: جزئیات برنامه سفر هنوز نهایی نشده است.",
                "به گفته وی، کارشناسان دو طرف پیش از آن دیدار خواهند کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("عباس رضایی"), "ایران به مسیر دیپلماسی متعهد است.")]);
        // a line in the first person without a colon of its own goes on
        let (quotes, _) =
            run(&[first, "ما هفته آینده به مسقط خواهیم رفت و گفت‌وگوها را ادامه می‌دهیم."], Language::Persian);
        assert!(quotes.len() == 1 && quotes[0].text.ends_with("ادامه می‌دهیم."), "{quotes:?}");
    }

    #[test]
    fn a_speech_after_a_colon_goes_on_over_lines_in_the_first_person() {
        let (quotes, _) = run(
            &[
                "حسن رضایی کارشناس مسائل اقتصادی گفت: تورم امسال از پیش‌بینی‌ها بالاتر خواهد رفت.",
                "من بعید می‌دانم که دولت بتواند قیمت‌ها را در کوتاه مدت مهار کند.",
                "بانک مرکزی هفته گذشته نرخ سود سپرده‌ها را افزایش داده بود.",
                // a line the speech did not go on over has ended it
                "ما هر سه روز یک بار قیمت‌ها را در بازار بررسی می‌کنیم.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [(
                Some("حسن رضایی"),
                "تورم امسال از پیش‌بینی‌ها بالاتر خواهد رفت. من بعید می‌دانم که دولت بتواند قیمت‌ها را در کوتاه \
                 مدت مهار کند."
            )]
        );
        // Persian drops the pronoun: a verb in the first person ending the
        // line says it; one inside a sentence the writer reports does not
        let (quotes, _) = run(
            &[
                "محمدرضا ظفرقندی در توئیتی نوشت: پاسخگویی و عذرخواهی دو رکن ضروری فرهنگ اداری است.",
                "از آنچه در نشست خبری رخ داد متأسف و از خبرنگاران عذرخواهم.",
            ],
            Language::Persian,
        );
        assert!(quotes.len() == 1 && quotes[0].text.ends_with("عذرخواهم."), "{quotes:?}");
        // subjunctive and negated forms end such lines too
        let (quotes, _) = run(
            &[
                "هومن افاضلی در نشست خبری گفت: تیمی که سقوط کرد شرایط روحی خوبی ندارد.",
                "سعی کردیم در دو جلسه تمرینی بازیکنان را در شرایط بهتری قرار دهیم.",
                "با این حال برای این بازی هیچ مصدومی نداریم.",
            ],
            Language::Persian,
        );
        assert!(quotes.len() == 1 && quotes[0].text.ends_with("مصدومی نداریم."), "{quotes:?}");
        let (quotes, _) = run(
            &[
                "وزیر اطلاعات گفت: ما در خدمت شما هستیم.",
                "مجری برنامه با این استدلال که از آقای ظریف دعوت خواهیم کرد از وزیر خواست به بحث دیگری بپردازد.",
            ],
            Language::Persian,
        );
        assert!(quotes.len() == 1 && quotes[0].text.ends_with("هستیم."), "{quotes:?}");
        // a quotation in marks ends where its marks close
        let (quotes, _) = run(
            &[
                "Ông Trần Văn Nam, chuyên gia kinh tế, nói: “Lạm phát năm nay sẽ cao hơn dự báo.”",
                "Ngân hàng của chúng tôi sẽ thận trọng hơn khi cho vay bất động sản.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Trần Văn Nam"), "Lạm phát năm nay sẽ cao hơn dự báo.")]);
        // over QUOTATION_MAX_PARAGRAPHS lines at most
        let line = "Tôi nghĩ ngân hàng của chúng tôi sẽ thận trọng hơn trong năm nay.";
        let mut lines = vec!["Ông Trần Văn Nam, chuyên gia kinh tế, nói: lạm phát năm nay sẽ cao hơn dự báo."];
        lines.extend([line; QUOTATION_MAX_PARAGRAPHS]);
        let (quotes, _) = run(&lines, Language::Vietnamese);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text.matches(line).count(), QUOTATION_MAX_PARAGRAPHS - 1);
        // and a line with a quotation of its own is not the speech going on
        let (quotes, _) = run(
            &[
                "Ông Trần Văn Nam, chuyên gia kinh tế, nói: lạm phát năm nay sẽ cao hơn dự báo.",
                "Ngân hàng của chúng tôi gọi đây là “năm thận trọng” trong cho vay bất động sản.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Trần Văn Nam"), "lạm phát năm nay sẽ cao hơn dự báo.")]);
    }

    #[test]
    fn a_verb_before_a_colon_wins_over_an_earlier_one() {
        let (quotes, _) = run(
            &["Trao đổi tiền tệ ở Việt Nam Trong diễn văn khai mạc, Tổng Bí thư Nguyễn Phú Trọng đề cập: \"Công tác \
               chống tham nhũng được đẩy mạnh và có những chuyển biến tích cực.\""],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Phú Trọng")]);
        assert_eq!(quotes[0].cue.as_deref(), Some("đề cập"));
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_quotation_standing_alone_is_the_last_speakers() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Y tế Nguyễn Văn An nói thêm rằng dịch bệnh đã được kiểm soát tốt ở các tỉnh phía Bắc. \
               Nhiều bệnh viện đã trở lại hoạt động bình thường. \
               “Chúng tôi sẽ tiếp tục theo dõi sát tình hình trong những tuần tới.”",
                "“Người dân cần tiếp tục giữ gìn vệ sinh và đeo khẩu trang nơi đông người.”",
            ],
            Language::Vietnamese,
        );
        // the quotation of the same paragraph is the minister's; the next
        // paragraph's stands apart from the attribution and names no one
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn An"), Some("Nguyễn Văn An")]);
        assert_eq!(quotes[1].kind, QuoteKind::Direct);
        assert_eq!(quotes[1].cue.as_deref(), Some("nói thêm"));
        assert_eq!(quotes[1].text, "Chúng tôi sẽ tiếp tục theo dõi sát tình hình trong những tuần tới.");
        assert!(is_closed_quotation("\"Thỏa thuận này sẽ giúp đẩy mạnh giao thương.”"));
        assert!(!is_closed_quotation("“Thỏa thuận” và “hiệp định” là hai văn bản."));
        assert!(!is_closed_quotation("\"A\" và \"B\""));
        // quotations inside one, in the same curly marks or in straight ones
        assert!(is_closed_quotation("“Năm 2017 là năm “Đền ơn đáp nghĩa”, ngành đã hoàn thành một năm tri ân”."));
        assert!(is_closed_quotation("«گفت «نه» و رفت»"));
        assert!(is_closed_quotation("“Nâng cao chất lượng lao động, \"chìa khóa\" làm chủ cách mạng 4.0”"));
        assert!(!is_closed_quotation("“Thỏa thuận” và “hiệp định”"));
        assert!(!is_closed_quotation("“Thỏa thuận” và “hiệp định” đã ký”"));
        assert!(!is_closed_quotation("“Thỏa thuận \"mới\" và hiệp định\""));
        assert!(!is_closed_quotation("“Một \"hai” ba”"));
        // a quotation after a colon loses its marks, the stop outside them too
        assert_eq!(without_quotation_marks("“Chúng tôi sẽ theo dõi”."), "Chúng tôi sẽ theo dõi");
        assert_eq!(without_quotation_marks("«این فیلم روایتگر است.»"), "این فیلم روایتگر است.");
        assert_eq!(
            without_quotation_marks("“Thỏa thuận” và “hiệp định” là hai văn bản."),
            "“Thỏa thuận” và “hiệp định” là hai văn bản."
        );
        assert_eq!(
            without_quotation_marks("“Cầu thủ của tôi đã rất mệt. Chúng tôi đã hứa sẽ thắng."),
            "Cầu thủ của tôi đã rất mệt. Chúng tôi đã hứa sẽ thắng."
        );
    }

    #[test]
    fn a_verb_opening_the_sentence_before_a_comma_sets_the_scene() {
        let (quotes, _) = run(
            &[
                "Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh việc giải ngân vốn là nhiệm vụ trọng tâm.",
                "Trả lời phóng viên, ông Nguyễn Chí Dũng, Bộ trưởng Bộ Kế hoạch và Đầu tư, khẳng định tỷ lệ giải ngân sẽ đạt 95%.",
                "Chia sẻ với PV, chị Lê Thị Hoa cho hay công trình chậm tiến độ gây nhiều khó khăn cho việc đi lại.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Phạm Minh Chính"), Some("Nguyễn Chí Dũng"), Some("Lê Thị Hoa")]);
        let cues: Vec<&str> = quotes.iter().filter_map(|q| q.cue.as_deref()).collect();
        assert_eq!(cues, ["nhấn mạnh", "khẳng định", "cho hay"]);
    }

    #[test]
    fn a_speaker_quoted_by_the_press_is_the_subject_before_the_passive() {
        let (quotes, _) = run(
            &[
                "GS Việt kiều Pháp Trần Thanh Vân, chủ tịch Hội khoa học Gặp gỡ Việt Nam, được báo chí trong nước dẫn lời \
               nói các hội nghị khoa học ở Quy Nhơn sẽ nhìn lại kết quả mới nhất về vật lý hạt.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thanh Vân")]);
        assert!(quotes[0].text.starts_with("các hội nghị"), "{quotes:?}");
        let (quotes, _) = run(
            &["Ông Trần Thanh Vân được hãng tin Reuters dẫn lời cho biết hội nghị sẽ được tổ chức vào tháng tới."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thanh Vân")]);
        assert_eq!(quotes[0].text, "hội nghị sẽ được tổ chức vào tháng tới.");
    }

    #[test]
    fn a_cited_source_keeps_its_role_in_apposition() {
        let (quotes, _) = run(
            &[
                "Theo ông Nguyễn Văn Hùng, chuyên gia giao thông, việc cấm xe máy cần đi kèm với cải thiện giao thông công cộng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Hùng")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("chuyên gia giao thông"));
        assert_eq!(quotes[0].text, "việc cấm xe máy cần đi kèm với cải thiện giao thông công cộng.");
    }

    #[test]
    fn a_cited_source_keeps_its_role_set_off_by_dashes_whatever_commas_it_holds() {
        let (quotes, _) = run(
            &[
                "Theo bà Trần Thị Lan - Giám đốc Khối Tài chính, Công ty Chứng khoán Sài Gòn - các đợt giảm điểm là bình thường.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thị Lan")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Giám đốc Khối Tài chính, Công ty Chứng khoán Sài Gòn"));
        assert_eq!(quotes[0].text, "các đợt giảm điểm là bình thường.");
        // a role without a comma, a report with one
        let (quotes, _) =
            run(&["Theo ông Lê Văn Minh - Giám đốc Sở Y tế - số ca mắc tăng, nhất là ở trẻ em."], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Lê Văn Minh")]);
        assert_eq!(quotes[0].text, "số ca mắc tăng, nhất là ở trẻ em.");
        // a role opened by a dash and closed by a comma
        let (quotes, _) =
            run(&["Theo ông Lê Văn Minh - chủ cửa hàng Hoa Hồng, giá hoa năm nay tăng mạnh."], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Lê Văn Minh")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("chủ cửa hàng Hoa Hồng"));
        assert_eq!(quotes[0].text, "giá hoa năm nay tăng mạnh.");
    }

    #[test]
    fn persian_offices_joined_by_va_and_another_office_holder_after_a_speaker() {
        let (quotes, officials) = run(
            &[
                "حجت‌الاسلام محمدباقر قالیباف رئیس مجلس شورای اسلامی در جلسه علنی امروز گفت که مجلس بودجه را با دقت بررسی خواهد کرد.",
                "وزیر امور خارجه در گفت‌وگو با خبرنگاران تاکید کرد که ایران به تعهدات خود پایبند است.",
                "به گفته مسعود سلطانی‌فر وزیر ورزش و جوانان، هشت پروژه ورزشی در این سفر افتتاح شد.",
                "دیدار محمد بن سلمان ولیعهد سعودی و بنیامین نتانیاهو نخست وزیر اسرائیل در شهر نیوم انجام شد.",
            ],
            Language::Persian,
        );
        // the minister is not the speaker of parliament
        assert_eq!(speakers(&quotes), [Some("محمدباقر قالیباف"), None, Some("مسعود سلطانی‌فر")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("وزیر امور خارجه"));
        assert_eq!(quotes[2].speaker.role.as_deref(), Some("وزیر ورزش و جوانان"));
        // `و` before a name and a title joins two people
        let netanyahu = officials.iter().find(|o| o.name == "بنیامین نتانیاهو").expect("a second official");
        assert_eq!(netanyahu.roles, ["نخست وزیر اسرائیل"]);
    }

    #[test]
    fn a_noun_joined_to_an_office_by_va_is_no_one_word_name() {
        let (_, officials) = run(
            &[
                "معاون توسعه مدیریت و منابع وزیر فرهنگ و ارشاد اسلامی گفت: توجه به استان ها اولویت دولت است.",
                // after a person named with their office, `و` joins the next
                "از آقایان صالحی رئیس سازمان انرژی اتمی و ظریف وزیر امور خارجه دعوت خواهیم کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["صالحی", "ظریف"]);
    }

    #[test]
    fn a_sentence_of_tens_of_kilobytes_is_a_dump_not_read_for_quotes() {
        // few tokens, each a run of kilobytes (encoded data): no sentence
        // of prose is so long, and tokenizing a dump of megabytes would
        // take 64 bytes a token
        let blob = "a".repeat(SENTENCE_MAX_BYTES / 2);
        let dump = format!("Ông Nguyễn Văn An nói: “{blob} {blob} {blob}”.");
        let prose = "Ông Nguyễn Văn An nói: “Chúng tôi sẽ làm ngay trong tuần này”.";
        let (quotes, _) = run(&[&dump, prose], Language::Vietnamese);
        // the sentence of prose after it is read as ever
        assert_eq!(said(&quotes), [(Some("Nguyễn Văn An"), "Chúng tôi sẽ làm ngay trong tuần này")]);
    }

    #[test]
    fn speech_closed_by_its_quotation_mark_does_not_run_on() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Ngoại thương New Zealand, Tim Groser, nói: \"Thỏa thuận này sẽ giúp đẩy mạnh giao thương trong vùng.” \
               Còn các nước khác cũng ngỏ ý ca ngợi hiệp định.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Tim Groser")]);
        // the text is the speech, without the marks around it
        assert_eq!(quotes[0].text, "Thỏa thuận này sẽ giúp đẩy mạnh giao thương trong vùng.");
        // unmarked speech after a colon still runs on
        let (quotes, _) = run(
            &["Ông Tim Groser nói: Thỏa thuận này sẽ giúp đẩy mạnh giao thương. Các nước sẽ cùng có lợi từ hiệp định."],
            Language::Vietnamese,
        );
        assert!(quotes[0].text.ends_with("Các nước sẽ cùng có lợi từ hiệp định."), "{quotes:?}");
    }

    #[test]
    fn a_short_name_the_article_never_introduced_is_completed_from_its_repeats() {
        let (quotes, _) = run(
            &[
                "در قبرستانی در شرق چین، وانگ جیان نان مسیر خود را در میان سنگ قبرها پیدا می‌کند.",
                "خواهر وانگ جیان نان، که به این فرقه پیوسته است، سال گذشته به زندان افتاد.",
                "آقای وانگ می‌گوید: \"خواهر من مرتکب جنایت شده و باید مجازات شود.\"",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("وانگ جیان نان")]);
        // one plain mention is no evidence of a longer name
        let (quotes, _) = run(
            &[
                "وانگ جیان نان مسیر خود را پیدا می‌کند.",
                "آقای وانگ می‌گوید: \"خواهر من مرتکب جنایت شده و باید مجازات شود.\"",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("وانگ")]);
    }

    #[test]
    fn persian_labels_in_quotation_marks_run_into_the_subject() {
        let (quotes, _) = run(
            &["یزدفردا\"سرویس اجتماعی\"خبرهای پلیسی\" فرمانده انتظامی شهرستان یزد از کشف ۱۰۶ جفت کفش قاچاق \
               توسط ماموران کلانتری بخش \"زارچ\" خبر داد."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("فرمانده انتظامی شهرستان یزد"));
        assert!(quotes[0].text.starts_with("از کشف"), "{quotes:?}");
    }

    #[test]
    fn an_office_as_the_label_of_a_statement_and_a_relative_clause_after_the_name() {
        let (quotes, _) = run(
            &[
                "رئیس کمیته علمی ستاد مقابله با کرونا: ایران امکانات حمل‌ونقل لازم برای واکسن فایزر را ندارد.",
                "مصطفی قانعی که در یک برنامه تلویزیونی سخن می‌گفت، تاکید کرد که ایران این واکسن را نمی‌خواهد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مصطفی قانعی"), Some("مصطفی قانعی")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("رئیس کمیته علمی ستاد مقابله با کرونا"));
        assert_eq!(quotes[0].cue.as_deref(), Some(":"));
        // the verb of the relative clause is not the cue
        assert_eq!(quotes[1].cue.as_deref(), Some("تاکید کرد"));
        assert_eq!(quotes[1].text, "ایران این واکسن را نمی‌خواهد.");
    }

    #[test]
    fn the_scene_after_an_office_label_is_no_part_of_the_office() {
        let (quotes, _) = run(
            &["رئیس سازمان برنامه و بودجه در حاشیه جلسه هیئت دولت: بودجه سال آینده تا پایان ماه به مجلس می‌رسد."],
            Language::Persian,
        );
        assert_eq!(speaker_roles(&quotes), [Some("رئیس سازمان برنامه و بودجه")]);
        // a one-word preposition may join the office to its place
        let (quotes, _) = run(
            &["Tổng lãnh sự Việt Nam tại Houston: Chúng tôi luôn sẵn sàng hỗ trợ bà con trong mọi hoàn cảnh."],
            Language::Vietnamese,
        );
        assert_eq!(speaker_roles(&quotes), [Some("Tổng lãnh sự Việt Nam tại Houston")]);
    }

    #[test]
    fn a_persian_name_before_the_object_marker_is_no_subject() {
        // the name in quotation marks is what the speaker deemed the best
        // choice; the sentence's subject is lost in a glued source line
        let (quotes, _) = run(
            &[
                "عطاءالله مهاجرانی وزیر اسبق ارشاد در لندن به سر می‌برد و درباره دولت جدید سخن گفت.",
                "به گزارش خبرگزاری، رجانیوز وی در گفتگو با یک رسانه خارجی، \"علی مطهری\" را بهترین گزینه برای تصدی وزارت ارشاد دانست.",
            ],
            Language::Persian,
        );
        assert!(speakers(&quotes).iter().all(|s| *s != Some("علی مطهری")), "{quotes:?}");
        // a role run on into the object still opens the subject
        let (quotes, _) = run(
            &["رییس سازمان پدافند غیرعامل مولفه های قدرت سایبری را دانش، صنعت سایبری و زیر ساخت برشمرد."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
    }

    #[test]
    fn a_persian_heading_names_no_one_word_official() {
        let (_, officials) = run(
            &[
                "واکنش دبیر شورای عالی امنیت ملی",
                "علی شمخانی، دبیر شورای عالی امنیت ملی روز گذشته با انتشار یک توئیت به این فیلم واکنش نشان داد.",
            ],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["علی شمخانی"]);
    }

    #[test]
    fn a_persian_name_never_runs_into_an_honorific() {
        // `خواست آقای رئیس‌جمهور`: the wish of Mr President, who is unnamed
        let (_, officials) = run(
            &["رضا احمدی، معاون وزیر نیرو گفت: خواست آقای رئیس‌جمهور این بود که طرح زودتر اجرا شود."],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["رضا احمدی"]);
    }

    #[test]
    fn an_office_that_asks_others_to_reply_is_not_the_one_replying() {
        let (quotes, officials) = run(
            &[
                "Chủ tịch UBND tỉnh Lê Văn An cho biết tỉnh sẽ hoàn thành dự án trong năm nay.",
                // the units are asked to reply: `yêu cầu` ends the office
                "Chủ tịch UBND tỉnh yêu cầu các sở trả lời người dân trước cuối tháng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Văn An")]);
        assert_eq!(officials[0].roles, ["Chủ tịch UBND tỉnh"]);
    }

    #[test]
    fn a_role_set_off_by_a_comma_ends_at_the_colon_of_direct_speech() {
        // the comma after the role closes no aside: the one after `thuốc`,
        // inside the quotation, is no end of the role
        let (quotes, _) = run(
            &[
                "Phát biểu tại hội nghị, ông Trần Văn Bình, Giám đốc Sở Y tế cho biết: Chúng tôi đã chuẩn bị thuốc, vật tư cho mùa dịch.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Bình")]);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        assert_eq!(quotes[0].text, "Chúng tôi đã chuẩn bị thuốc, vật tư cho mùa dịch.");
    }

    #[test]
    fn also_according_to_is_according_to() {
        let (quotes, _) = run(
            &[
                "Ông Lê Văn An, Giám đốc Sở Y tế tỉnh, cho biết tỉnh đã chuẩn bị đủ thuốc cho mùa dịch.",
                "Cũng theo ông An, các bệnh viện sẽ tăng cường trực trong dịp lễ.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Văn An"), Some("Lê Văn An")]);
        assert_eq!(quotes[1].cue.as_deref(), Some("theo"));
        assert_eq!(quotes[1].text, "các bệnh viện sẽ tăng cường trực trong dịp lễ.");
    }

    #[test]
    fn according_to_degrees_set_off_by_commas_is_according_to_the_person_after_them() {
        let report = "khoảng đêm 26/9, bão sẽ vào Biển Đông và trở thành bão số 10.";
        for source in [
            "Tiến sỹ, Phó Giám đốc Trung tâm Dự báo Trần Văn Lâm",
            "Phó Giáo sư, Tiến sỹ, Giám đốc Trung tâm Dự báo Trần Văn Lâm",
        ] {
            let (quotes, _) = run(&[&format!("Theo {source}, {report}")], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Trần Văn Lâm")], "{source}");
            assert_eq!(quotes[0].text, report);
        }
        // a pronoun after `theo` is the whole source: according to him
        let (quotes, _) = run(
            &[
                "Ông Trần Văn Lâm, Giám đốc Trung tâm Dự báo, cho biết bão đang mạnh lên.",
                &format!("Theo ông, {report}"),
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Lâm"); 2]);
        assert_eq!(quotes[1].text, report);
        // an office alone, then its holder in apposition: the report starts
        // after the holder, who holds both offices
        for source in
            ["Giám đốc Trung tâm, ông Trần Văn Lâm", "Phó Giám đốc Sở, Giám đốc Trung tâm Dự báo Trần Văn Lâm"]
        {
            let (quotes, officials) = run(&[&format!("Theo {source}, {report}")], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Trần Văn Lâm")], "{source}");
            assert_eq!(quotes[0].text, report, "{source}");
            assert_eq!(officials[0].roles.len(), 2 - usize::from(source.contains("ông")), "{officials:?}");
        }
        let (quotes, _) =
            run(&[&format!("Theo Giám đốc Trung tâm, Trưởng ban Dự báo, {report}")], Language::Vietnamese);
        assert_eq!(quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), [report]);
        // (two sources named: the first speaks)
        let (quotes, _) = run(&[&format!("Theo ông Trần Văn Lâm, bà Nguyễn Thị Hoa, {report}")], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Trần Văn Lâm")]);
        // (the holder goes to the next comma: a sentence after an office is
        // the report)
        let (quotes, _) = run(
            &["Theo Giám đốc Trung tâm, Thủ tướng Phạm Minh Chính đã chỉ đạo các tỉnh chuẩn bị, \
               bão sẽ vào Biển Đông trong đêm nay."],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| !q.text.starts_with("bão")), "{quotes:?}");
    }

    #[test]
    fn a_speech_and_its_scene_report_nothing_said() {
        let (quotes, officials) = run(
            &[
                // made a speech at the conference: nothing said is reported
                "Ông Trần Văn Bình, Giám đốc Sở Y tế phát biểu tại hội nghị tổng kết năm.",
                // after the scene and a comma: what was said
                "Bà Lê Thị Hoa, Phó Giám đốc Sở Tài chính phát biểu tại hội nghị, ngành tài chính đã hoàn thành các chỉ tiêu.",
                // a verb that reports: the scene opens the report
                "Ông Phạm Văn Nam cho biết tại TP.HCM giá xăng sẽ giảm mạnh trong tuần tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Thị Hoa"), Some("Phạm Văn Nam")]);
        assert_eq!(quotes[0].text, "ngành tài chính đã hoàn thành các chỉ tiêu.");
        assert_eq!(quotes[1].text, "tại TP.HCM giá xăng sẽ giảm mạnh trong tuần tới.");
        let roles: Vec<&[String]> = officials.iter().map(|o| o.roles.as_slice()).collect();
        assert_eq!(roles[..2], [["Giám đốc Sở Y tế"], ["Phó Giám đốc Sở Tài chính"]]);
        // where or how it was said, then `rằng`: what was said follows it
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An viết trên mạng xã hội Truth Social rằng dự án sẽ được khởi công vào tháng tới.",
                "Bà Lê Thị Hoa cho biết qua cuộc gọi điện thoại tối qua rằng đoàn cứu trợ đã đến vùng lũ.",
                "Ông Trần Văn Bình nói tại cuộc họp báo chiều nay rằng ngân sách năm nay đã được giải ngân hết.",
                // a speech verb before `rằng` makes it that verb's, and
                // a comma closes the scene before a clause of the report's
                "Ông Phạm Văn Nam cho biết trên mạng nhiều người nói rằng giá xăng sẽ tăng.",
                "Ông Lê Văn Tám cho biết tại hội nghị, ai cũng hiểu rằng cần tăng vốn.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn An"), "dự án sẽ được khởi công vào tháng tới."),
                (Some("Lê Thị Hoa"), "đoàn cứu trợ đã đến vùng lũ."),
                (Some("Trần Văn Bình"), "ngân sách năm nay đã được giải ngân hết."),
                (Some("Phạm Văn Nam"), "trên mạng nhiều người nói rằng giá xăng sẽ tăng."),
                (Some("Lê Văn Tám"), "tại hội nghị, ai cũng hiểu rằng cần tăng vốn."),
            ]
        );
        // … and so does a quotation after a colon, however long the post
        // is described
        let (quotes, _) = run(
            &["Ca sĩ Hòa Minzy chia sẻ trên trang cá nhân những hình ảnh rạng rỡ khi đi xem show kèm dòng trạng thái \
                 đầy cảm xúc: “Em xin lỗi chị, em phải về sớm do con em đợi ngoài cổng”."],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Hòa Minzy"), "Em xin lỗi chị, em phải về sớm do con em đợi ngoài cổng")]);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_preposition_before_an_event_ends_an_apposed_office() {
        let (_, officials) = run(
            &[
                "Đó là khẳng định của đồng chí Thái Thanh Quý, Chủ tịch UBND tỉnh tại phiên thảo luận Kỳ họp thứ 9 vào sáng 11/7.",
                "Ông Trần Văn Bình, Giám đốc Sở Y tế trong buổi làm việc với đoàn công tác cho biết bệnh viện đã sẵn sàng.",
                // before a place, the preposition joins the office to it
                "Ông Lê Quang Minh, Tổng lãnh sự Việt Nam tại Houston cho biết bà con đã được hỗ trợ kịp thời.",
            ],
            Language::Vietnamese,
        );
        let roles: Vec<&[String]> = officials.iter().map(|o| o.roles.as_slice()).collect();
        assert_eq!(roles, [["Chủ tịch UBND tỉnh"], ["Giám đốc Sở Y tế"], ["Tổng lãnh sự Việt Nam tại Houston"]]);
    }

    #[test]
    fn an_acronym_after_a_title_is_a_body_not_a_name() {
        let (_, officials) = run(
            &[
                "Đây là vụ liên quan cựu đại biểu Quốc hội Châu Thị Thu Nga, Chủ tịch HĐQT Housing Group.",
                "Bà Châu Thị Thu Nga, Chủ tịch HĐQT Housing Group, bị bắt năm 2014.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), ["Châu Thị Thu Nga"]);
        assert_eq!(officials[0].roles, ["cựu đại biểu Quốc hội", "Chủ tịch HĐQT Housing Group"]);
    }

    #[test]
    fn a_vietnamese_given_name_is_the_one_full_name_ending_in_it() {
        let quote = "\"Tôi biết việc làm của mình là sai và mong được hưởng khoan hồng\", ông Hùng nói.";
        let (quotes, _) = run(
            &["Công an tỉnh vừa triệt phá đường dây đánh bạc do Trần Văn Hùng (35 tuổi) cầm đầu.", quote],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hùng")]);
        // two full names ending in it leave it no one's, and so do words
        // no family name opens, or in small letters
        for before in [
            "Đường dây do Trần Văn Hùng cầm đầu, Lê Minh Hùng giúp sức.",
            "Đường dây do Sao Phố Hùng cầm đầu.",
            "Đường dây do trần văn Hùng cầm đầu.",
        ] {
            let (quotes, _) = run(&[before, quote], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [] as [Option<&str>; 0], "{before}");
        }
        // a foreign name, which no family name opens, given with an
        // honorific or a title: Vietnamese calls the person by its last
        // word too
        let quote = "“Không có gì để nghi ngờ về điều này,” ông Spicer nói.";
        for before in [
            "Ông Sean Spicer hôm Thứ Năm đã có buổi trả lời phỏng vấn dài với đài truyền hình HLN.",
            "Tùy viên báo chí Sean Spicer hôm Thứ Năm đã có buổi trả lời phỏng vấn dài với đài HLN.",
        ] {
            let (quotes, _) = run(&[before, quote], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Sean Spicer")], "{before}");
        }
        // … but not a country before it (`Ngoại trưởng Mỹ Rubio`)
        let before = "Ngoại trưởng Mỹ Rubio hôm Thứ Năm đã có buổi trả lời phỏng vấn dài với đài truyền hình.";
        let (quotes, _) = run(&[before, "“Không có gì để nghi ngờ về điều này,” ông Rubio nói."], Language::Vietnamese);
        assert_ne!(speakers(&quotes), [Some("Mỹ Rubio")]);
    }

    #[test]
    fn a_vietnamese_bare_name_speaks_for_the_one_full_name_ending_in_it() {
        let named = "Công an tỉnh vừa triệt phá đường dây đánh bạc do Trần Văn Hùng (35 tuổi) cầm đầu.";
        let tagged = "\"Tôi biết việc làm của mình là sai và mong được hưởng khoan hồng\", Hùng nói.";
        let (quotes, _) = run(&[named, tagged], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hùng")]);
        let (quotes, _) = run(
            &[named, "Hùng khai rằng đường dây đã hoạt động từ năm 2020 tại nhà riêng của y."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hùng")]);
        let (quotes, _) = run(&[named, "Theo Hùng, đường dây có hơn 50 người tham gia mỗi tối."], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hùng")]);
        // an outlet as the source is no name: the speaker after it speaks
        let (quotes, _) = run(
            &[
                "Giám đốc Sở Công Thương Nguyễn Văn An đã làm việc với các doanh nghiệp.",
                "Theo VnExpress, ông An cho biết giá xăng sẽ tăng mạnh trong tuần tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn An")]);
        // sport pages call a player by the last two words
        let (quotes, _) = run(
            &[
                "Đoàn Văn Hậu cũng đã hồi phục chấn thương sau ba tuần.",
                "\"Tôi đã sẵn sàng thi đấu trở lại ngay trong trận tới\", Văn Hậu nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đoàn Văn Hậu")]);
        // with no full name ending in it the word names no one, and a
        // country speaks for its government even where a woman bears its
        // name (`Nga`, Russia)
        let (quotes, _) =
            run(&["Công an tỉnh vừa triệt phá một đường dây đánh bạc lớn.", tagged], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [] as [Option<&str>; 0]);
        let (quotes, _) = run(
            &[
                "Tòa án hôm nay xét xử vụ án liên quan đến Châu Thị Thu Nga.",
                "\"Chúng tôi sẽ đáp trả tương xứng mọi lệnh trừng phạt từ phương Tây\", Nga tuyên bố.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [] as [Option<&str>; 0]);
    }

    #[test]
    fn a_persian_scene_phrase_without_a_comma_leaves_the_name_after_it_the_subject() {
        let (quotes, _) = run(
            &["در نشست امروز شورای شهر محمد احمدی گفت: بودجه سال آینده باید صرف حمل و نقل عمومی شود."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمد احمدی")]);
        // … also before a short phrase saying how the words were given
        let (quotes, _) = run(
            &["به گزارش ایسنا، در جلسه علنی صبح امروز مجلس علی مطهری در تذکری گفت: نمایندگان باید پاسخگوی مردم باشند."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی مطهری")]);
        // a reporter met is the interview's company: the name after speaks
        let (quotes, _) = run(
            &["در گفت‌وگو با خبرنگار ایسنا محمد احمدی گفت: بودجه سال آینده باید صرف حمل و نقل عمومی شود."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمد احمدی")]);
        // the person the phrase meets does not speak, nor does one named
        // in the phrase with another subject after (at Mohammad Ahmadi's
        // funeral, his son said), nor a given name alone (at Ali's party)
        for sentence in [
            "در دیدار با وزیر نیرو محمد احمدی تاکید کرد: طرح‌های آبرسانی باید زودتر به بهره‌برداری برسد.",
            // (whom the answer is to)
            "در پاسخ به محمد احمدی گفت: طرح‌های آبرسانی باید زودتر به بهره‌برداری برسد.",
            "در مراسم تشییع محمد احمدی پسرش گفت: پدرم همیشه به فکر مردم این شهر بود.",
            "در جشن تولد علی گفت: امسال بهترین سال زندگی من بوده است.",
            "در مراسم یادبود علی رضایی در تهران یکی از دوستانش گفت: او همیشه به فکر دیگران بود.",
            "در مراسم یادبود علی رضایی در تهران گفت: او همیشه به فکر دیگران بود.",
            "در مراسم تشییع علی رضایی یک شاهد گفت: او همیشه به فکر دیگران بود.",
            "در مراسم تشییع علی رضایی با چشمانی گریان پسرش گفت: پدرم همیشه به فکر دیگران بود.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert_eq!(speakers(&quotes), [] as [Option<&str>; 0], "{sentence}");
        }
    }

    #[test]
    fn a_persian_name_run_on_into_the_object_ends_with_the_name_met_before() {
        let (quotes, officials) = run(
            &[
                "مسعود ستایشی، سخنگوی قوه قضاییه، به پرسش‌های خبرنگاران پاسخ داد.",
                "مسعود ستایشی صدور حکم اعدام برای متهم را تکذیب کرد و گفت که پرونده به دادگاه ارسال شده است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مسعود ستایشی"), Some("مسعود ستایشی")]);
        assert!(quotes[0].text.starts_with("صدور حکم"), "{}", quotes[0].text);
        assert_eq!(official_names(&officials), ["مسعود ستایشی"]);
        // a name a role follows is whole
        let (quotes, _) = run(
            &[
                "علی رضایی، سخنگوی دولت، گفت: جلسه هیئت دولت فردا برگزار می‌شود.",
                "علی رضایی نژاد، نماینده مجلس، گفت: بودجه امسال باید اصلاح شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی رضایی"), Some("علی رضایی نژاد")]);
    }

    #[test]
    fn the_dari_spelling_of_doctor_is_an_honorific() {
        // `داکتر`, Afghan pages' `دکتر`: no word of the name, and with the
        // surname alone it still means the person
        let (quotes, _) = run(
            &[
                "داکتر اکمل سمسور سخنگوی وزارت صحت عامه گفت: موج دوم ویروس در کشور افزایش یافته است.",
                "داکتر سمسور اضافه کرد که آمار هفته گذشته افزایش چشمگیر را نشان می‌دهد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("اکمل سمسور"), Some("اکمل سمسور")]);
    }

    #[test]
    fn a_member_of_a_local_party_committee_holds_an_office() {
        // `Tỉnh ủy viên`, a member of the provincial committee, opens the
        // offices listed after a name that is no subject
        let (_, officials) =
            run(&["Dự họp có đồng chí Triệu Kim Long, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh."], Language::Vietnamese);
        assert_eq!(
            officials_with_roles(&officials),
            [("Triệu Kim Long", vec!["Tỉnh ủy viên", "Phó Chủ tịch HĐND tỉnh"])]
        );
    }

    #[test]
    fn a_capitalised_vietnamese_function_word_is_no_bare_name() {
        // `Theo` (according to) opens the sentence, and `thông tin` is a
        // verb of speech: no speaker `Theo`, who would have been taken for
        // the director's name
        let (quotes, officials) = run(
            &[
                "Giám đốc Sở Y tế tỉnh khẳng định, không có việc phong tỏa bệnh viện.",
                "Theo thông tin từ UBND tỉnh, đây là thông tin không có thật.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [None]);
        assert_eq!(official_names(&officials), [] as [&str; 0]);
        // a name alone still speaks when the article named its bearer
        let (quotes, _) = run(
            &["Ông Nguyễn Văn Hùng là Giám đốc Sở Y tế tỉnh.", "Hùng thông tin, không có việc phong tỏa bệnh viện."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Hùng")]);
        // … also with a word of address in it, a given name too
        let (quotes, _) = run(
            &[
                "Tiền vệ Nguyễn Tuấn Anh có mặt tại buổi họp báo.",
                "\"Tôi chưa hài lòng về màn trình diễn của mình\" - Tuấn Anh chia sẻ.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Tuấn Anh")]);
    }

    #[test]
    fn a_persian_office_after_a_scene_phrase_without_a_comma_is_the_subject() {
        // with a demonstrative in the phrase, and a time after it; a given
        // name no lexicon has before the office still leaves the office
        for (sentence, role) in [
            ("در این نشست استاندار مازندران گفت: مشکلات استان زیاد است و باید حل شود.", "استاندار مازندران"),
            ("در جلسه امروز ربیع فلاح استاندار گلستان گفت: بودجه عمرانی استان کم است.", "استاندار گلستان"),
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert_eq!(speaker_roles(&quotes), [Some(role)], "{sentence}");
        }
        // … with its holder's name when one follows it
        let (quotes, _) = run(&["در این مراسم وزیر کشور محمد احمدی گفت: امنیت مرزها برقرار است."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("محمد احمدی")]);
        // an office a preposition governs is spoken to
        let (quotes, _) = run(&["در پاسخ به وزیر کشور گفت: امنیت مرزها برقرار است."], Language::Persian);
        assert_eq!(speaker_roles(&quotes), [] as [Option<&str>; 0]);
    }

    #[test]
    fn a_military_rank_is_the_honorific_not_an_office() {
        let (_, officials) =
            run(&["Có mặt tại hội nghị có Thượng tướng Lê Văn Minh, Thứ trưởng Bộ Công an."], Language::Vietnamese);
        assert_eq!(official_names(&officials), ["Lê Văn Minh"]);
        assert_eq!(officials[0].roles, ["Thứ trưởng Bộ Công an"]);
        // (the rank alone, short for any general's, too)
        let (_, officials) =
            run(&["Tướng Lê Văn Minh: Lực lượng công an đã sẵn sàng cho mọi tình huống."], Language::Vietnamese);
        assert!(officials.iter().all(|o| o.roles.is_empty()), "{officials:?}");
        // (a foreign name too, which no family name opens)
        let (_, officials) = run(&["Đoàn có Thượng tướng Sergei Rudskoy và các sĩ quan Nga."], Language::Vietnamese);
        assert!(officials.iter().all(|o| o.roles.iter().all(|r| r != "tướng")), "{officials:?}");
        // in capitals after a capitalised word, an honorific is a body's
        let (_, officials) = run(
            &["Buổi lễ có đại diện Đoàn Luật sư Hà Nội, Hội Luật sư Trần Hưng Đạo và người dân tham dự."],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), [] as [&str; 0]);
    }

    #[test]
    fn a_body_word_after_a_family_name_that_names_a_body_is_no_given_name() {
        // `Đoàn Thanh niên`, the Youth Union: `Đoàn` is a family name too,
        // `Thanh` a given name, and `Thanh niên` (youth) the body's word
        let (quotes, officials) = run(
            &["Bí thư Đoàn Thanh niên phường Láng Hạ cho biết năm nay có hơn 200 bạn trẻ tham gia chiến dịch."],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), [] as [&str; 0]);
        assert_eq!(speaker_roles(&quotes), [Some("Bí thư Đoàn Thanh niên phường Láng Hạ")]);
        // a name capitalises each of its words
        let (quotes, _) = run(
            &["Anh Đoàn Thanh, Bí thư Đoàn phường, cho biết các bạn trẻ rất hào hứng với chiến dịch."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đoàn Thanh")]);
    }

    #[test]
    fn a_body_word_opening_with_a_family_name_is_no_name_in_capitals() {
        // `Nông nghiệp` (agriculture) opens with the family name `Nông`:
        // written with both words capitalised, it is still the body's
        for sentence in [
            "Ông Lê Văn Tài, Phó trưởng phòng Nông Nghiệp và phát triển nông thôn huyện Thanh Phú cho biết: toàn huyện thiệt hại khoảng 58 ha lúa.",
            "Ông Lê Văn Tài, Phó trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Thanh Phú cho biết: toàn huyện thiệt hại khoảng 58 ha lúa.",
            "Ông Lê Văn Tài, Phó Trưởng Ban Quản Lý dự án huyện Thanh Phú cho biết: toàn huyện thiệt hại khoảng 58 ha lúa.",
        ] {
            let (quotes, officials) = run(&[sentence], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Lê Văn Tài")], "{sentence}");
            assert_eq!(official_names(&officials), ["Lê Văn Tài"], "{sentence}");
        }
        // a person named after such an office
        let (_, officials) = run(
            &["Trưởng phòng Nông nghiệp huyện Nông Văn Dũng đã kiểm tra các cánh đồng bị ngập."],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), ["Nông Văn Dũng"]);
    }

    #[test]
    fn an_ordinary_person_introduced_by_the_given_name_and_an_apposition_speaks_later() {
        // the stall of Mrs Hương, a trader at Khâm Thiên market; then her
        // quotation, tagged with what she did
        let (quotes, officials) = run(
            &[
                "Hơn 8 giờ sáng, gian hàng của bà Hương, tiểu thương chợ Khâm Thiên chỉ có vài quả đậu bắp.",
                "“Nay giá rau xanh tăng mà cũng không có mà bán”, bà Hương thở dài.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Hương"), "Nay giá rau xanh tăng mà cũng không có mà bán")]);
        assert_eq!(officials[0].roles, ["tiểu thương chợ Khâm Thiên"]);
        // without the apposition the honorific and the word are no
        // introduction (`các em Việt Nam`, the children of Vietnam)
        let (quotes, _) = run(
            &[
                "Hơn 8 giờ sáng, gian hàng của bà Hương chỉ có vài quả đậu bắp.",
                "“Nay giá rau xanh tăng mà cũng không có mà bán”, bà Hương thở dài.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn an_apposition_without_its_closing_comma_ends_at_the_adverb_after_a_demonstrative() {
        // a trader at this market also shook her head; with the comma
        // closing the apposition, the predicate follows it
        for sentence in [
            "Chị Lan, tiểu thương khu chợ này cũng lắc đầu: “Mưa ngập hết. Buôn rau mấy ngày này dễ lỗ lắm”.",
            "Chị Lan, tiểu thương khu chợ này, lắc đầu: “Mưa ngập hết. Buôn rau mấy ngày này dễ lỗ lắm”.",
        ] {
            let (quotes, officials) = run(&[sentence], Language::Vietnamese);
            assert_eq!(said(&quotes), [(Some("Lan"), "Mưa ngập hết. Buôn rau mấy ngày này dễ lỗ lắm")], "{sentence}");
            assert_eq!(officials[0].roles, ["tiểu thương khu chợ này"], "{sentence}");
        }
    }

    #[test]
    fn a_role_ends_before_others_joined_by_and() {
        for (sentence, role) in [
            (
                "Cùng dự hội nghị có Đại tướng Trần Đại Quang, Bộ trưởng Bộ Công an và hơn 500 đại biểu.",
                "Bộ trưởng Bộ Công an",
            ),
            ("Cùng dự có ông Trần Văn Quang, Thứ trưởng Bộ Công an và 300 doanh nghiệp.", "Thứ trưởng Bộ Công an"),
            ("Cùng dự có ông Trần Văn Quang, Thứ trưởng Bộ Công an và các đại biểu.", "Thứ trưởng Bộ Công an"),
            // a body's name goes on after `và`
            ("Cùng dự có ông Trần Văn Quang, Bộ trưởng Bộ Giáo dục và Đào tạo.", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
        ] {
            let (_, officials) = run(&[sentence], Language::Vietnamese);
            assert_eq!(officials.len(), 1, "{sentence}");
            assert_eq!(officials[0].roles.last().map(String::as_str), Some(role), "{sentence}");
        }
    }

    #[test]
    fn a_title_inside_a_bodys_noun_opens_no_office() {
        // `cơ quan chức năng` (the authorities) holds `quan chức` (official)
        let (_, officials) = run(
            &["Chiều 25/2, công an huyện cho biết: Cơ quan chức năng vừa ra quyết định xử phạt đối với Trần Văn Bình."],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), [] as [&str; 0]);
        // the title standing alone opens one
        let (_, officials) =
            run(&["Vụ án liên quan quan chức Trần Văn Bình, người bị bắt năm 2014."], Language::Vietnamese);
        assert_eq!(official_names(&officials), ["Trần Văn Bình"]);
    }

    #[test]
    fn this_official_refers_to_the_last_speaker() {
        let (quotes, _) = run(
            &[
                "مسعود پزشکیان رئیس‌جمهور در این دیدار گفت: ایران آماده گسترش همکاری‌های اقتصادی با عمان است.",
                "این مقام مسئول خاطرنشان کرد: تجارت دو کشور در سال گذشته بیش از یک میلیارد دلار بوده است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مسعود پزشکیان"), Some("مسعود پزشکیان")]);
        let (quotes, _) = run(
            &["Ông Nguyễn Văn Minh, Giám đốc Công ty Vàng bạc Phú Quý, cho biết nhu cầu mua vàng tăng mạnh. \
               Ông này nói thêm rằng giá vàng có thể còn biến động mạnh trong thời gian tới."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Minh"), Some("Nguyễn Văn Minh")]);
    }

    #[test]
    fn an_office_quoted_before_its_holder_is_named_is_that_holder() {
        let named =
            "علی‌اکبر محرابیان وزیر نیرو در جمع خبرنگاران اظهار کرد: نیروگاه‌های جدید تا خرداد ماه وارد مدار می‌شوند.";
        let (quotes, _) = run(
            &["وزیر نیرو با اشاره به برنامه‌های وزارتخانه گفت: مصرف برق با همکاری مردم مدیریت خواهد شد.", named],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی‌اکبر محرابیان"), Some("علی‌اکبر محرابیان")]);
        // a one-word role names no one office: that quote keeps no speaker
        let (quotes, _) = run(
            &["وزیر با اشاره به برنامه‌های وزارتخانه گفت: مصرف برق با همکاری مردم مدیریت خواهد شد.", named],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی‌اکبر محرابیان")]);
    }

    #[test]
    fn a_subject_after_a_heading_run_into_the_sentence_starts_at_its_title() {
        let (quotes, _) = run(
            &["Bộ trưởng Thương mại Úc, Simon Crean, nói: \"Thỏa thuận này là tài liệu quan trọng cho cả vùng.\" \
               Hiệp định toàn diện Bộ trưởng Thương mại Úc nói thêm phải mất bốn năm đàm phán để hoàn tất hiệp định."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Simon Crean"), Some("Simon Crean")]);
        assert_eq!(quotes[1].text, "phải mất bốn năm đàm phán để hoàn tất hiệp định.");
    }

    #[test]
    fn a_parent_body_after_an_office_and_a_comma_is_the_offices_body() {
        // the body's name ends in lower case, or holds an acronym; either
        // way no one is named, and the office speaks
        for (subject, role) in [
            ("Vụ trưởng Vụ Chính quyền địa phương, Bộ Nội vụ", "Vụ trưởng Vụ Chính quyền địa phương, Bộ Nội vụ"),
            ("Phó Vụ trưởng Vụ Giáo dục mầm non, Bộ GD&ĐT", "Phó Vụ trưởng Vụ Giáo dục mầm non, Bộ GD&ĐT"),
            ("Ông Nguyễn Văn An, Cục trưởng Cục Quản lý giá, Bộ Tài chính", "Cục trưởng Cục Quản lý giá, Bộ Tài chính"),
        ] {
            let sentence = format!("{subject} cho biết, bộ chỉ tạm dừng đề án sắp xếp đơn vị hành chính cấp xã.");
            let (quotes, officials) = run(&[&sentence], Language::Vietnamese);
            assert_eq!(speaker_roles(&quotes), [Some(role)], "{subject}");
            assert_eq!(quotes[0].text, "bộ chỉ tạm dừng đề án sắp xếp đơn vị hành chính cấp xã.");
            assert!(officials.iter().all(|o| o.roles == [role]), "{officials:?}");
        }
        // a name set off after the office is still its holder's
        let (quotes, _) = run(
            &["Giám đốc điều hành công ty, John Smith, cho biết giá xăng sẽ giảm trong tuần tới."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("John Smith")]);
    }

    #[test]
    fn a_units_code_opens_no_name() {
        // police departments go by codes (`C07`, `PC07`); the capitals
        // after one are the ministry's
        for body in ["Cục C07 Bộ Công an", "C07 Bộ Công an", "Phòng PC07 Công an tỉnh"] {
            let sentence = format!("Ngay sau đó, lãnh đạo {body} cũng có mặt để phối hợp chỉ đạo công tác chữa cháy.");
            let (_, officials) = run(&[&sentence], Language::Vietnamese);
            assert!(officials.is_empty(), "{body}: {officials:?}");
        }
    }

    #[test]
    fn a_place_set_off_after_an_office_is_where_the_office_is() {
        for place in ["Hà Nội", "TP Hà Nội", "TP.Hà Nội"] {
            let (quotes, officials) = run(
                &[&format!("Chiều 5/3, lãnh đạo Công an huyện Gia Lâm, {place}, cho biết vụ việc đang được điều tra.")],
                Language::Vietnamese,
            );
            assert_eq!(speakers(&quotes), [None], "{place}");
            assert_eq!(speaker_roles(&quotes), [Some(format!("lãnh đạo Công an huyện Gia Lâm, {place}").as_str())]);
            assert!(officials.is_empty(), "{place}");
        }
    }

    /// Each Vietnamese sentence quotes one official, by this name and role.
    fn assert_one_official_quoted(cases: &[(&str, &str, &str)]) {
        for &(sentence, name, role) in cases {
            let (quotes, officials) = run(&[sentence], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some(name)], "{sentence}");
            assert_eq!(quotes[0].speaker.role.as_deref(), Some(role), "{sentence}");
            assert_eq!(officials.len(), 1, "{sentence}");
        }
    }

    #[test]
    fn a_foreign_name_after_a_role_ending_in_a_country() {
        assert_one_official_quoted(&[
            (
                "Tổng thống Nga Vladimir Putin cho biết hai nước sẽ tăng cường hợp tác.",
                "Vladimir Putin",
                "Tổng thống Nga",
            ),
            (
                "Đại sứ Mỹ tại Việt Nam Daniel Kritenbrink cho biết hai nước sẽ tăng cường hợp tác.",
                "Daniel Kritenbrink",
                "Đại sứ Mỹ tại Việt Nam",
            ),
            (
                "Thủ tướng Nhật Bản Shinzo Abe cho biết ông sẽ thăm Việt Nam vào tháng tới.",
                "Shinzo Abe",
                "Thủ tướng Nhật Bản",
            ),
            (
                "Quan chức Bộ y tế Indonesia Hariadi Wibisono nói các xét nghiệm cho thấy em nhiễm virus H5N1.",
                "Hariadi Wibisono",
                "Quan chức Bộ y tế Indonesia",
            ),
            // a country that opens with a family name (`Hoa`) is no name
            (
                "Đại sứ Hoa Kỳ tại Hà Nội, Marc Knapper, nói với VOA rằng quan hệ hai nước rất quan trọng.",
                "Marc Knapper",
                "Đại sứ Hoa Kỳ tại Hà Nội",
            ),
            ("Đại sứ Hoa Kỳ Marc Knapper nói rằng quan hệ hai nước rất quan trọng.", "Marc Knapper", "Đại sứ Hoa Kỳ"),
        ]);
    }

    #[test]
    fn a_place_that_ends_a_role_is_no_name() {
        assert_one_official_quoted(&[
            (
                "Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Giao thông vận tải Hà Nội, cho biết tuyến mới sẽ chạy từ tháng tới.",
                "Nguyễn Văn Hùng",
                "Phó Giám đốc Sở Giao thông vận tải Hà Nội",
            ),
            (
                "Giám đốc Sở Y tế Hà Nội Lê Hùng cho biết bệnh viện sẽ mở thêm khoa mới.",
                "Lê Hùng",
                "Giám đốc Sở Y tế Hà Nội",
            ),
            (
                "Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh cho biết tỉnh sẽ mở thêm cửa khẩu.",
                "Hoàng Xuân Ánh",
                "Chủ tịch UBND tỉnh Cao Bằng",
            ),
        ]);
    }

    #[test]
    fn a_verb_in_the_speakers_apposition_is_not_the_cue() {
        for sentence in [
            "Ông Kyle Rodda - chuyên gia phân tích thị trường tại Capital.com - nhận định, giá vàng sẽ còn biến động.",
            "Ông Kyle Rodda, chuyên gia phân tích thị trường tại Capital.com, nhận định, giá vàng sẽ còn biến động.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Kyle Rodda")], "{sentence}");
            assert_eq!(quotes[0].cue.as_deref(), Some("nhận định"), "{sentence}");
            assert_eq!(quotes[0].text, "giá vàng sẽ còn biến động.", "{sentence}");
        }
    }

    #[test]
    fn a_vietnamese_office_in_capitals_names_an_official_anywhere() {
        let (_, officials) = run(
            &[
                "Cùng dự có Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cùng lãnh đạo các bộ.",
            ],
            Language::Vietnamese,
        );
        let named: Vec<(&str, Vec<&str>)> =
            officials.iter().map(|o| (o.name.as_str(), o.roles.iter().map(String::as_str).collect())).collect();
        // the minister's office is not the deputy prime minister's
        assert_eq!(named[0], ("Trần Hồng Hà", vec!["Phó Thủ tướng"]));
        // `Thường trực Ban Bí thư` (the Secretariat's standing member) is one
        // office, no `Bí thư` (secretary) after other words
        let (_, officials) =
            run(&["Cùng dự có Thủ tướng Phạm Minh Chính, Thường trực Ban Bí thư Võ Văn Thưởng."], Language::Vietnamese);
        let roles = |name: &str| officials.iter().find(|o| o.name == name).map(|o| o.roles.clone());
        assert_eq!(roles("Võ Văn Thưởng"), Some(vec!["Thường trực Ban Bí thư".to_owned()]));
        // an office in lower case inside a sentence is a common noun
        let (_, officials) = run(&["Anh được bầu làm chủ tịch Nguyễn Văn An từ năm ngoái."], Language::Vietnamese);
        assert!(officials.is_empty(), "{officials:?}");
    }

    #[test]
    fn a_persian_official_named_inside_a_sentence() {
        let (_, officials) = run(
            &["مراسم افتتاح پالایشگاه با حضور محسن پاک‌نژاد وزیر نفت و محمد آشوری استاندار هرمزگان برگزار شد."],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["محسن پاک‌نژاد", "محمد آشوری"]);
        assert_eq!(officials[0].roles, ["وزیر نفت"]);
        // a common word before a role is no name there
        // nor is a lone given name inside a sentence a full one
        // nor a phrase ending in a body's noun (`اطلاع‌رسانی دفتر
        // رئیس‌جمهور`, the president's office)
        for sentence in [
            "این طرح با حضور شهردار تهران افتتاح شد.",
            "او سپس با مریم معاون وزیر دیدار کرد.",
            "معاون ارتباطات و اطلاع‌رسانی دفتر رئیس‌جمهور خبر برخی رسانه‌ها را خلاف واقع دانست.",
            // nor one ending in an event's noun (`اجرای دستور رئیس‌جمهور`,
            // carrying out the president's order)
            "وی گفت: اجرای دستور رئیس‌جمهور برای آزادسازی سواحل در حال انجام است.",
        ] {
            let (_, officials) = run(&[sentence], Language::Persian);
            assert!(officials.is_empty(), "{sentence}: {officials:?}");
        }
        // an event's noun opens no name (`معارفه عبدللهی استاندار جدید`,
        // introducing the new governor)
        let (_, officials) = run(&["مراسم تکریم و معارفه عبدللهی استاندار جدید البرز برگزار شد."], Language::Persian);
        assert!(officials.iter().all(|o| !o.name.contains("معارفه")), "{officials:?}");
        // nor does one of flight (`فرار اشرف غنی`, Ashraf Ghani's flight)
        let (_, officials) =
            run(&["پس از فرار اشرف غنی، رییس جمهوری پیشین افغانستان، طالبان وارد کابل شدند."], Language::Persian);
        assert_eq!(official_names(&officials), ["اشرف غنی"]);
    }

    #[test]
    fn an_adverb_after_a_persian_family_name_is_no_part_of_it() {
        // `همچنان` (also, still), common in Afghan Persian
        let (quotes, _) = run(
            &[
                "ذبیح الله مجاهد، سخنگوی طالبان در یک نشست در کابل گفت: این گروه با هیچ کشوری دشمنی ندارد.",
                "آقای مجاهد همچنان تصریح کرد که حکومت طالبان در پی انتقام از هیچ شهروندی نیست.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes).iter().map(|(name, _)| *name).collect::<Vec<_>>(), [Some("ذبیح الله مجاهد"); 2]);
    }

    #[test]
    fn a_vietnamese_speaker_set_off_the_quotation_by_a_dash() {
        for sentence in [
            "“Giá cả tăng quá nhanh, chúng tôi không kịp trở tay” - bà Trần Thị Mai, tiểu thương chợ Bến Thành, nói.",
            "\"Giá cả tăng quá nhanh, chúng tôi không kịp trở tay\" – bà Trần Thị Mai nói.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Trần Thị Mai")], "{sentence}");
            assert_eq!(quotes[0].text, "Giá cả tăng quá nhanh, chúng tôi không kịp trở tay", "{sentence}");
            assert_eq!(quotes[0].kind, QuoteKind::Direct, "{sentence}");
        }
    }

    #[test]
    fn a_speech_verb_right_after_a_colon_and_a_dash_has_no_subject() {
        // the dash the clause opens with is no dash closing an apposition
        // before the verb: there is nothing between the two
        let (quotes, _) = run(
            &["Ý kiến chuyên gia: - nhận định thị trường bất động sản sẽ phục hồi vào cuối năm nay."],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn an_office_inside_the_apposition_of_a_named_subject_is_not_the_speaker() {
        let (quotes, _) = run(
            &[
                "HLV Kim Sang-sik khẳng định các cầu thủ đã sẵn sàng cho trận đấu quan trọng nhất năm.",
                "Đội trưởng Đỗ Duy Mạnh, người dự họp báo cùng HLV Kim, chia sẻ: “Toàn đội quyết tâm mang chức vô địch về cho người hâm mộ”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Kim Sang-sik"), Some("Đỗ Duy Mạnh")]);
        // a clause opened by no person may still run on into its speaker's
        // office and name
        let (quotes, _) = run(
            &[
                "Thủ tướng nêu rõ, sau 40 năm đổi mới, đất nước đã có nhiều thành tựu, như cố Tổng Bí thư Nguyễn Văn Đức từng khẳng định: “Đất nước ta chưa bao giờ có được cơ đồ như ngày nay”.",
            ],
            Language::Vietnamese,
        );
        assert!(speakers(&quotes).contains(&Some("Nguyễn Văn Đức")), "{quotes:?}");
    }

    #[test]
    fn further_goes_with_any_vietnamese_speech_verb() {
        let (quotes, _) = run(
            &["Ông Lê Văn Hùng, Chủ tịch UBND huyện Nhà Bè, thông tin thêm huyện sẽ hỗ trợ các hộ bị ảnh hưởng."],
            Language::Vietnamese,
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("thông tin thêm"));
        assert_eq!(quotes[0].text, "huyện sẽ hỗ trợ các hộ bị ảnh hưởng.");
    }

    #[test]
    fn a_persian_subject_after_an_opening_adverbial() {
        for sentence in [
            "پیش از این، علی‌اکبر احمدیان دبیر شورای عالی امنیت ملی در دیدار با همتای روس خود بر گسترش همکاری‌ها تاکید کرده بود.",
            "در همین حال، وزیر نفت محسن پاک‌نژاد گفت که تولید بنزین افزایش یافته است.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert!(quotes[0].speaker.name.is_some(), "{sentence}");
        }
    }

    #[test]
    fn a_long_prepositional_phrase_before_a_comma_is_not_the_subject() {
        // a preposition opens the phrase, written apart or glued (`درپی`):
        // the speaker is named after its comma, eleven words on
        for opener in ["در پی", "درپی"] {
            let sentence = format!(
                "{opener} ادعای بمب‌گذاری انتحاری در سفارت ایران در آنکارا و تخلیه آن، بهرام قاسمی با تکذیب این خبر اظهار داشت: «چنین خبری کذب محض است و کارکنان سفارت در سلامت کامل هستند»."
            );
            let (quotes, _) = run(&[&sentence], Language::Persian);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert_eq!(quotes[0].speaker.name.as_deref(), Some("بهرام قاسمی"), "{sentence}");
        }
    }

    #[test]
    fn a_match_reports_two_coaches_each_quoted_over_two_paragraphs() {
        let (quotes, _) = run(
            &[
                // the side a coach stands on, after the name, is no clause
                "Trả lời họp báo sau trận đấu, HLV phó Ngô Anh Tuấn bên phía Hải Phòng chia sẻ: “Hôm nay hai đội cống hiến trận đấu hay.",
                // the quotation goes on to the paragraph that closes it,
                // in the first person or not
                "Tất cả ngoại binh 2 đội đều chơi khá tốt. Hải Phòng buộc phải có được 3 điểm ở trận đấu tới”.",
                "Sân vận động Vinh chật kín khán giả trong suốt trận đấu chiều qua.",
                // `Về phía X,` sets the person `ông` means
                "Về phía HLV Ngô Quang Trường, ông cho biết: \"Thời tiết xấu là điều bất lợi cho hai đội bóng.",
                "Hai thủ môn hôm nay đã rất xuất sắc.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (
                    Some("Ngô Anh Tuấn"),
                    "Hôm nay hai đội cống hiến trận đấu hay. Tất cả ngoại binh 2 đội đều chơi khá tốt. Hải Phòng buộc phải có được 3 điểm ở trận đấu tới"
                ),
                (
                    Some("Ngô Quang Trường"),
                    "Thời tiết xấu là điều bất lợi cho hai đội bóng. Hai thủ môn hôm nay đã rất xuất sắc."
                ),
            ]
        );
    }

    #[test]
    fn a_quotation_opened_right_after_the_verb_is_direct_speech_going_on() {
        let (quotes, _) = run(
            &[
                "Chia sẻ về trận đấu, HLV Hữu Thắng đã cho biết \"hôm nay các cầu thủ của chúng tôi đã chơi tốt.",
                "Phần còn lại họ đã nỗ lực và chơi bóng một cách chuyên nghiệp nhất.",
                "Chúng ta cần phải chỉnh sửa một số vấn đề để có một kỳ SEA Games thành công\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [(
                Some("Hữu Thắng"),
                "hôm nay các cầu thủ của chúng tôi đã chơi tốt. Phần còn lại họ đã nỗ lực và chơi bóng một cách chuyên nghiệp nhất. Chúng ta cần phải chỉnh sửa một số vấn đề để có một kỳ SEA Games thành công"
            )]
        );
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_quotation_after_a_pronouns_colon_is_the_last_subjects() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Đào Ngọc Dung cho biết ngành sẽ tiếp tục cải cách thủ tục hành chính trong năm tới.",
                "Nhớ lại những ngày chuẩn bị cho lễ kỷ niệm, ông không giấu nổi niềm vui: “Năm 2017 là năm đền ơn đáp nghĩa, ngành đã hoàn thành một năm tri ân”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đào Ngọc Dung"), Some("Đào Ngọc Dung")]);
        assert_eq!(quotes[1].cue.as_deref(), Some(":"));
    }

    #[test]
    fn a_quotation_after_a_named_persons_colon_is_theirs_without_a_speech_verb() {
        let (quotes, officials) = run(
            &[
                "Bên kia chiến tuyến, HLV Lê Quang Trãi lại tỏ ra tiếc nuối: \"Tôi cho rằng đội bạn đã chơi hay trong hiệp 1. Chúng tôi sẽ cố gắng hơn nữa.\"",
                "Bà Lê Thị Hoa nhớ lại: “Ngày ấy chúng tôi rất khó khăn, phải đi bộ hàng chục cây số để đến trường.”",
                // quoted names in a list are no quotation
                "Ông Nguyễn Văn An có hai con: “Minh” và “Lan” đang học đại học ở Hà Nội.",
                "HLV Mai Đức Chung tỏ ra hài lòng: “Các cầu thủ đã thi đấu rất nỗ lực trong suốt trận đấu.”",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Lê Quang Trãi"), "Tôi cho rằng đội bạn đã chơi hay trong hiệp 1. Chúng tôi sẽ cố gắng hơn nữa."),
                (Some("Lê Thị Hoa"), "Ngày ấy chúng tôi rất khó khăn, phải đi bộ hàng chục cây số để đến trường."),
                (Some("Mai Đức Chung"), "Các cầu thủ đã thi đấu rất nỗ lực trong suốt trận đấu."),
            ]
        );
        assert!(quotes.iter().all(|q| q.cue.as_deref() == Some(":")));
        // a description of the person named before (the Korean coach), and
        // a longer predicate where it names the speech (words of praise)
        let (quotes, _) = run(
            &[
                "HLV Kim Sang-sik dẫn dắt đội tuyển Việt Nam trong trận đấu tối qua.",
                "Nhà cầm quân người Hàn Quốc tỏ ra tiếc nuối: \"Đây là trận đấu rất khó khăn của tuyển Việt Nam\".",
                "Dù vậy, ông cũng dành cho đối thủ Nepal những lời khen ngợi: \"Tôi nghĩ ĐT Nepal đã thi đấu khá tốt\".",
                "Dù vậy, ông cũng dành cho đối thủ Nepal và các cầu thủ đội bạn nhiều sự quan tâm: \"ĐT Nepal đã thi đấu tốt\".",
                // (the words of praise in quotation marks, and for whom)
                "Ông cũng đã dành những “lời có cánh” cho vị HLV trưởng của ĐT Nepal: “Ông ấy là một HLV giỏi”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Kim Sang-sik"), "Đây là trận đấu rất khó khăn của tuyển Việt Nam"),
                (Some("Kim Sang-sik"), "Tôi nghĩ ĐT Nepal đã thi đấu khá tốt"),
                (Some("Kim Sang-sik"), "Ông ấy là một HLV giỏi"),
            ]
        );
        // the clause before the colon is no office
        let roles = officials_with_roles(&officials);
        assert!(roles.contains(&("Lê Quang Trãi", vec!["HLV"])), "{roles:?}");
        assert!(roles.contains(&("Mai Đức Chung", vec!["HLV"])), "{roles:?}");
        let (quotes, _) = run(
            &["علی لاریجانی رئیس مجلس در واکنش به این موضوع: «این تصمیم به نفع مردم نیست و باید بازنگری شود.»"],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی لاریجانی")]);
        // a Persian predicate ends with its verb, after its adverbials
        let (quotes, _) = run(
            &["علی ربیعی سخنگوی دولت در واکنش به این خبر به شدت برآشفت: «ما این تصمیم را نمی‌پذیریم و پیگیری می‌کنیم»."],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("علی ربیعی"), "ما این تصمیم را نمی‌پذیریم و پیگیری می‌کنیم")]);
        // a bare name is the person the article named in full before it; a
        // noun no one was named by is no one
        let director = "گیرمو دل تورو کارگردان مکزیکی گفت: «من همیشه عاشق هیولاها بوده‌ام.»";
        let saint = "«حال سنت پل را داشتم وقتی نور بر او تابید.»";
        for (subject, speaker) in [("گیرمو", Some("گیرمو دل تورو")), ("زرافه‌ها", None)] {
            let seen =
                format!("در کودکی فیلم‌های ترسناک زیادی دید، {subject} در سیمای این هیولاها خودش را می‌دید: {saint}");
            let (quotes, _) = run(&[director, &seen], Language::Persian);
            let expected = speaker.map(|s| (Some(s), "حال سنت پل را داشتم وقتی نور بر او تابید."));
            assert_eq!(said(&quotes).get(1).copied(), expected, "{subject}");
        }
    }

    #[test]
    fn one_of_a_group_in_apposition_names_a_person_and_a_man_met_after_him_parts_the_pronoun() {
        let (quotes, officials) = run(
            &[
                // one flattened line, as the page gives it
                "ژانگ لیدونگ، یکی از قاتلین، در مصاحبه‌ای نشانی از ترس نشان نداد. او گفت: \"او را با تمام قدرتم کتک زدم و زیر پایم له کردم.\" ما با مردی صحبت کردیم که مخفیانه به این فرقه نفوذ کرد. او می‌گفت: \"این فرقه ضد خانواده و ضد انسان است.\" \"هر کس در نفی خانواده خود مصمم تر باشد جایگاه بالاتری پیدا می‌کند.\"",
            ],
            Language::Persian,
        );
        // the man met later is none of ژانگ's: neither his pronoun nor the
        // quotation standing alone after it
        assert_eq!(said(&quotes), [(Some("ژانگ لیدونگ"), "او را با تمام قدرتم کتک زدم و زیر پایم له کردم.")]);
        assert_eq!(officials_with_roles(&officials), [("ژانگ لیدونگ", vec!["یکی از قاتلین"])]);
    }

    #[test]
    fn an_adverb_of_place_or_frequency_ends_the_speakers_name() {
        for adverb in ["جایی", "گاهی"] {
            let (quotes, _) =
                run(&[&format!("علی رضایی {adverb} گفته بود: «من همه چیز را یک لقمه می‌کنم.»")], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("علی رضایی")], "{adverb}");
        }
    }

    #[test]
    fn one_of_a_group_of_things_after_a_source_is_what_they_said() {
        let (quotes, officials) = run(
            &[
                "فاطمه مهاجرانی سخنگوی دولت در نشست خبری حاضر شد.",
                "به گفته مهاجرانی، یکی از برنامه‌های مهم دولت، توسعه شهرک‌های صنعتی مشترک با کشورهای همسایه است.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [(Some("فاطمه مهاجرانی"), "یکی از برنامه‌های مهم دولت، توسعه شهرک‌های صنعتی مشترک با کشورهای همسایه است.")]
        );
        assert_eq!(officials_with_roles(&officials), [("فاطمه مهاجرانی", vec!["سخنگوی دولت"])]);
        // an office's plural in `ها` still names people
        let (quotes, _) = run(&["علی رضایی، یکی از کارشناس‌های اقتصادی، گفت: بازار آرام است."], Language::Persian);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("یکی از کارشناس‌های اقتصادی"), "{quotes:?}");
        // after a number the noun is singular: an office's names people, a
        // thing's does not (`نرخ تورم`, the inflation rate, is no one)
        let (quotes, _) = run(&["علی رضایی، یکی از چند کارشناس اقتصادی، گفت: بازار آرام است."], Language::Persian);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("یکی از چند کارشناس اقتصادی"), "{quotes:?}");
        let (_, officials) = run(
            &["نرخ تورم، یکی از چند شاخص کلیدی اقتصادی بوده و تورم، افزایش مستمر سطح عمومی قیمت‌ها است."],
            Language::Persian,
        );
        assert!(officials.is_empty(), "{officials:?}");
    }

    #[test]
    fn a_bare_persian_participle_reports_as_afghan_pages_write_the_perfect() {
        let (quotes, _) = run(
            &[
                "ذبیح‌الله مجاهد سخنگوی امارت اسلامی در گفتگو با تلویزیون ملی گفته که حلقات بیرونی حرف‌های او را سوء تعبیر کرده‌اند.",
                "آقای مجاهد افزوده که سخنرانی‌های انتقادی اخیر شماری از مقام‌ها موارد خاص داشته است.",
                // value added, no verb
                "سعید لیلاز کارشناس اقتصادی مالیات بر ارزش افزوده را عامل اصلی تورم در سال‌های اخیر دانست.",
            ],
            Language::Persian,
        );
        let cues: Vec<(Option<&str>, Option<&str>)> =
            quotes.iter().map(|q| (q.speaker.name.as_deref(), q.cue.as_deref())).collect();
        assert_eq!(
            cues,
            [
                (Some("ذبیح‌الله مجاهد"), Some("گفته")),
                (Some("ذبیح‌الله مجاهد"), Some("افزوده")),
                (Some("سعید لیلاز"), Some("دانست"))
            ]
        );
    }

    #[test]
    fn a_lead_repeating_the_bodys_first_quote_gives_it_to_the_person_named_there() {
        let (quotes, officials) = run(
            &[
                "معاون امنیتی وزیر کشور گفت: یکی دو ترقه دست‌ساز جنب دیوار وزارت کشور انداخته شده که مشکلی ایجاد نکرده است.",
                // a family name of a name prefix and a given name reads
                // like a verb (`میرود`) by its first letters
                "سید مجید میراحمدی معاون امنیتی انتظامی وزارت کشور بیان کرد: درباره خبری که منعکس شده، یکی دو ترقه دست‌ساز جنب دیوار وزارت کشور انداخته شده که مشکلی ایجاد نکرده است.",
                // words said by an office and not repeated stay its own
                "وزیر نیرو گفت: این موضوع در جلسه هیئت دولت بررسی خواهد شد و نتیجه آن اعلام می‌شود.",
                "علی بهادری جهرمی سخنگوی دولت گفت: دولت همه گزارش‌ها را با دقت بررسی می‌کند.",
            ],
            Language::Persian,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("سید مجید میراحمدی"), Some("سید مجید میراحمدی"), None, Some("علی بهادری جهرمی")]
        );
        assert_eq!(officials[0].quotes, 2);
    }

    #[test]
    fn a_persian_office_quoted_alone_is_held_by_the_subject_named_after_the_source() {
        let (quotes, officials) = run(
            &[
                "وزیر اطلاعات گفت: خوزستان یکی از امن‌ترین استان‌های کشور است.",
                "به گزارش ایسنا، حجت‌الاسلام والمسلمین سیدمحمود علوی در حاشیه بازدید رئیس‌جمهور در جمع مردم حضور پیدا کرد.",
                "وی با اشاره به امنیت کشور، گفت: وضعیت خوب است و هیچ مشکلی در این زمینه وجود ندارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("سیدمحمود علوی"), Some("سیدمحمود علوی")]);
        assert_eq!(officials_with_roles(&officials), [("سیدمحمود علوی", vec!["وزیر اطلاعات"])]);
    }

    #[test]
    fn a_persian_subject_set_off_by_a_semicolon_leaves_it_out_of_the_report() {
        let (quotes, _) = run(
            &["سخنگوی وزارت خارجه؛ ادعای جدید رویترز درباره محتوای پیام پادشاه عربستان را به صراحت تکذیب کرد."],
            Language::Persian,
        );
        let reports: Vec<(Option<&str>, &str)> =
            quotes.iter().map(|q| (q.speaker.role.as_deref(), q.text.as_str())).collect();
        assert_eq!(
            reports,
            [(Some("سخنگوی وزارت خارجه"), "ادعای جدید رویترز درباره محتوای پیام پادشاه عربستان را به صراحت تکذیب کرد")]
        );
    }

    #[test]
    fn a_persian_lead_after_an_agency_dateline_names_its_speaker() {
        let named = "به گزارش خبرنگار اقتصادی ایرنا، محمد اتابک رئیس کل سازمان توسعه تجارت روز شنبه در نشست خبری افزود: ارزش صادرات به ۳۲ میلیارد دلار رسیده است.";
        for dateline in [
            "تهران- ایرنا- ",
            "تهران - ایرنا - ",
            "ایسنا - ",
            "باشگاه خبرنگاران جوان - ",
            "تهران (پانا) - ",
            "پیام ویژه - فارس / ",
            "ایسنا/ ",
            // the agency's reporter, after a semicolon
            "باشگاه خبرنگاران جوان؛ مینا عظیمی - ",
            // typed with the Latin semicolon
            "باشگاه خبرنگاران جوان; مینا عظیمی - ",
            "",
        ] {
            let lead = format!("{dateline}رئیس کل سازمان توسعه تجارت ایران از افزایش ۳۰ درصدی صادرات غیرنفتی خبر داد.");
            let (quotes, _) = run(&[&lead, named], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("محمد اتابک"); 2], "{lead}");
            assert!(quotes[0].text.starts_with("از افزایش ۳۰ درصدی"), "{lead}");
        }
        // a dash inside the subject is no dateline
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let tokens = text::tokenize("علی رضایی، نماینده مردم تهران - در مجلس - گفت");
        assert_eq!(after_dateline(&tokens, tokens.len() - 1, data), 0);
        let tokens = text::tokenize("وزیر امور خارجه - که دیروز به مسکو رفت - گفت");
        assert_eq!(after_dateline(&tokens, tokens.len() - 1, data), 0);
        // nor a name before its role set off by dashes
        let tokens = text::tokenize("عباسعلی ابراهیمی –مدیرکل فرهنگ و ارشاد اسلامی- در این جلسه افزود");
        assert_eq!(after_dateline(&tokens, tokens.len() - 1, data), 0);
        // nor a slash in a date
        let tokens = text::tokenize("۱۴۰۳/ ۵ رئیس سازمان گفت");
        assert_eq!(after_dateline(&tokens, tokens.len() - 1, data), 0);
    }

    #[test]
    fn a_known_family_name_after_an_opening_phrase_speaks() {
        let (quotes, _) = run(
            &[
                "دونالد ترامپ، رئیس‌جمهور آمریکا، با اشاره به بحران اوکراین گفت: «من می‌خواهم یک نشست برگزار کنم.»",
                "در همین راستا، ترامپ در پیامی به خبرنگاران اشاره کرد که «پوتین ممکن است در جام جهانی ۲۰۲۶ شرکت کند.»",
                "در موضوعی دیگر، رئیس‌جمهور آمریکا فاش کرد که «ممکن است وضعیت اضطراری را تمدید کنم.»",
                // a family name the article never gave names no one
                "در همین حال، بایدن گفت که «این تصمیم به زیان آمریکا خواهد بود.»",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("دونالد ترامپ"); 3]);
        assert_eq!(quotes[2].cue.as_deref(), Some("فاش کرد"));
    }

    #[test]
    fn a_persian_body_named_by_a_list_keeps_it_whole() {
        let (quotes, officials) = run(
            &[
                "وزیر علوم از افزایش ظرفیت پذیرش دانشجو در دانشگاه‌های دولتی خبر داد.",
                "حسین رضایی وزیر علوم، تحقیقات و فناوری روز سه‌شنبه گفت: این افزایش در رشته‌های فنی خواهد بود.",
                "مدیر روابط عمومی وزارت تعاون، کار و رفاه اجتماعی گفت: پرداخت یارانه‌ها از هفته آینده آغاز می‌شود.",
            ],
            Language::Persian,
        );
        // the office written short before is the same one, whose form
        // listed first stays
        assert_eq!(speakers(&quotes), [Some("حسین رضایی"), Some("حسین رضایی"), None]);
        assert_eq!(officials[0].roles, ["وزیر علوم"]);
        assert_eq!(quotes[2].speaker.role.as_deref(), Some("مدیر روابط عمومی وزارت تعاون، کار و رفاه اجتماعی"));
        assert_eq!(officials.len(), 1, "{officials:?}");
    }

    #[test]
    fn a_persian_phrase_with_a_verb_in_it_names_no_one() {
        let (_, officials) = run(
            &[
                "دکتر حمید حسینی مدیر روابط عمومی وزارت بهداشت گفت: خبر بستری شدن وزیر بهداشت صحت ندارد و وی در محل کار خود حاضر است.",
            ],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["حمید حسینی"]);
    }

    #[test]
    fn the_noun_of_a_compound_verb_ends_a_persian_name() {
        // `تشکر کنم` (I thank): the noun before a light verb, in any person,
        // is the verb's
        let (_, officials) = run(
            &[
                "امیر قلعه‌نویی سرمربی تیم ملی گفت: «باید از مهندس مهدی تاج تشکر کنم که توانستیم با پرواز مستقیم به لائوس بیاییم.»",
                "او افزود: «از دکتر رضایی سپاسگزاری کنیم که همه امکانات را برای تیم فراهم کرد.»",
            ],
            Language::Persian,
        );
        let names = official_names(&officials);
        assert!(names.contains(&"مهدی تاج") && names.contains(&"رضایی"), "{names:?}");
    }

    #[test]
    fn persian_reporting_verbs_in_the_present_tense() {
        for (sentence, cue) in [
            (
                "مولوی عبدالکبیر معاون سیاسی گروه طالبان ادعا می‌کند که هیچ گروهی در کشور تهدید امنیتی نیست.",
                "ادعا می‌کند",
            ),
            (
                "مولوی عبدالکبیر معاون سیاسی گروه طالبان تاکید میکند که هیچ گروهی در کشور تهدید امنیتی نیست.",
                "تاکید میکند",
            ),
        ] {
            let (quotes, officials) = run(&[sentence], Language::Persian);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert_eq!(quotes[0].cue.as_deref(), Some(cue));
            // the verb is no part of the office before it
            assert_eq!(officials[0].roles, ["معاون سیاسی گروه طالبان"]);
        }
    }

    #[test]
    fn a_persian_source_without_its_comma_ends_where_the_speaker_starts() {
        for sentence in [
            "به گزارش خبرنگار ورزشی باشگاه خبرنگاران علیرضا منصوریان سرمربی نفت تهران در نشست خبری گفت: بازی خوبی بود.",
            "به گزارش ایسنا سخنگوی دولت در نشست خبری امروز گفت: بودجه سال آینده هفته بعد به مجلس می‌رود.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert!(quotes[0].speaker.name.is_some() || quotes[0].speaker.role.is_some(), "{sentence}");
        }
        let (quotes, _) = run(
            &[
                "به گزارش خبرنگار ورزشی باشگاه خبرنگاران علیرضا منصوریان سرمربی نفت تهران در نشست خبری گفت: بازی خوبی بود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علیرضا منصوریان")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("سرمربی نفت تهران"));
        // or where the pronoun standing for the speaker starts
        let (quotes, _) = run(
            &[
                "عزت‌الله ضرغامی وزیر میراث فرهنگی در نشستی در دانشگاه شریف گفت: این مربوط به همه نیست.",
                "به گزارش ایلنا وی ادامه داد: در مورد خیلی‌ها با بازجوی اصلی آنها صحبت کردم.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("عزت‌الله ضرغامی"), "این مربوط به همه نیست."),
                (Some("عزت‌الله ضرغامی"), "در مورد خیلی‌ها با بازجوی اصلی آنها صحبت کردم.")
            ]
        );
    }

    #[test]
    fn a_persian_speaker_closing_the_reporting_phrase_speaks_when_no_subject_follows_its_comma() {
        // quoting the ministry's office, Mohsen Rezaei said about the rumours
        // of an agreement between the minister and parliament: …
        let (quotes, _) = run(
            &[
                "به گزارش ایسنا به نقل از روابط عمومی وزارت نیرو محسن رضایی، درباره شایعات اخیر پیرامون توافق میان وزیر نیرو و مجلس گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محسن رضایی")]);
        // an office with no name may be the source's owner (the
        // minister's office), and a name that does not close the phrase
        // its reporter (Ali Karimi, from Mashhad)
        for sentence in [
            "به گزارش ایسنا به نقل از روابط عمومی دفتر وزیر نیرو، درباره شایعات اخیر گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
            "به گزارش خبرنگار ایسنا علی کریمی از مشهد، درباره شایعات اخیر گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert!(quotes.is_empty(), "{quotes:?}");
        }
        // a person named in the clause after the comma may be its subject
        // (in today's meeting, Mohsen Rezaei said): not the minister's words
        for sentence in [
            "به گزارش ایسنا به نقل از وزیر نیرو علی اکبری، در جلسه امروز محسن رضایی گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
            "به گزارش ایسنا به نقل از وزیر نیرو علی اکبری، در جلسه امروز، محسن رضایی گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert!(quotes.iter().all(|q| q.speaker.name.as_deref() != Some("علی اکبری")), "{quotes:?}");
        }
        // a source naming no one leaves the dropped subject to the register
        let (quotes, _) = run(
            &[
                "به گزارش ایسنا به نقل از روابط عمومی وزارت نیرو، درباره شایعات اخیر گفت: قطعی برق در تابستان امسال برنامه‌ریزی شده است.",
            ],
            Language::Persian,
        );
        assert!(quotes.is_empty());
    }

    #[test]
    fn a_vietnamese_lead_after_an_agency_dateline_names_its_speaker() {
        for dateline in ["TTO - ", "Hà Nội - ", "VOV.VN - ", ""] {
            let lead = format!(
                "{dateline}Ông Trần Văn Minh, Phó giám đốc Sở Giao thông vận tải, nói rằng tuyến đường sẽ thông xe."
            );
            let (quotes, officials) = run(&[&lead], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Trần Văn Minh")], "{lead}");
            assert_eq!(officials.len(), 1, "{lead}");
            // without a role to find the speaker by, and with the quotation first
            for lead in [
                format!("{dateline}Ông Trần Văn Minh nói rằng tuyến đường sẽ thông xe trong tháng tới."),
                format!("{dateline}“Tuyến đường sẽ thông xe trong tháng tới”, ông Trần Văn Minh nói."),
            ] {
                let (quotes, _) = run(&[&lead], Language::Vietnamese);
                assert_eq!(speakers(&quotes), [Some("Trần Văn Minh")], "{lead}");
            }
            // an official named with no quote is listed too
            let lead =
                format!("{dateline}Ông Trần Văn Minh, Phó giám đốc Sở Giao thông vận tải, đã kiểm tra công trình.");
            assert_eq!(run(&[&lead], Language::Vietnamese).1.len(), 1, "{lead}");
        }
    }

    #[test]
    fn the_editors_sign_off_is_no_part_of_the_last_quote() {
        let (quotes, _) = run(&["علی رضایی نماینده مردم تهران گفت: این طرح به مجلس نمی‌رسد./ج"], Language::Persian);
        assert_eq!(quotes[0].text, "این طرح به مجلس نمی‌رسد.");
        // a slash inside the words stays: no stop stands before it
        let (quotes, _) = run(&["Ông Nguyễn Văn An cho biết giá xăng sẽ tăng 500 đồng/lít."], Language::Vietnamese);
        assert_eq!(quotes[0].text, "giá xăng sẽ tăng 500 đồng/lít.");
    }

    #[test]
    fn a_negated_vietnamese_speech_verb_reports_nothing() {
        for sentence in [
            "Tại tòa, bị cáo Trần Văn Long không thừa nhận hành vi phạm tội của mình.",
            "Ông Nguyễn Văn An chưa cho biết thời điểm tuyên án.",
            "Ông Nguyễn Văn An không hề nói về thời điểm tuyên án.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert!(quotes.is_empty(), "{sentence}: {quotes:?}");
        }
        // a colon gives the words all the same
        for sentence in [
            "Ông Nguyễn Văn An không đồng ý: “Bản án này chưa thỏa đáng”.",
            "Bị cáo Trần Văn Long không thừa nhận: tôi chỉ làm theo chỉ đạo của cấp trên.",
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert_eq!(quotes.len(), 1, "{sentence}: {quotes:?}");
        }
        // a paragraph under an attribution's colon that tells what someone
        // did not admit is the speech, reporting no one else's
        let (quotes, _) = run(
            &[
                "Trao đổi với phóng viên, bà Nguyễn Thị Lan, Trưởng phòng Hình sự, dẫn chứng:",
                "Trong vụ án này, bị cáo Trần Văn Long luôn quanh co và không thừa nhận hành vi phạm tội.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Lan")]);
        assert_eq!(quotes[0].paragraph, 1);
    }

    #[test]
    fn a_persian_speech_verb_after_an_impersonal_modal_reports_nothing() {
        let opening = "علی رضایی معاون استاندار تهران در نشست خبری حاضر شد.";
        // the modal joined by a non-joiner, joined without one, apart, or
        // negated; after the person's full name with the office, or after
        // the family name
        for sentence in [
            "علی رضایی معاون استاندار تهران می‌توان گفت که از این طرح راضی است.",
            "رضایی میتوان گفت که بیشترین سهم را در این کار داشته است.",
            "رضایی را شاید بتوان گفت که موفق‌ترین مدیر استان بوده است.",
            "رضایی باید گفت که بیشترین سهم را در این کار داشته است.",
            "رضایی نمی توان گفت که با این لایحه مخالف بوده است.",
            "وزیر نیرو باید اعلام کرد که در این سال‌ها کار چندانی نکرده است.",
        ] {
            let (quotes, officials) = run(&[opening, sentence], Language::Persian);
            assert!(quotes.is_empty(), "{sentence}: {quotes:?}");
            // the modal opens the predicate, and is no part of the office
            assert_eq!(officials[0].roles, ["معاون استاندار تهران"], "{sentence}");
        }
        // without the modal the person speaks
        let (quotes, _) = run(&[opening, "رضایی گفت که بیشترین سهم را در این کار داشته است."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("علی رضایی")]);
    }

    #[test]
    fn the_head_of_an_offices_government_is_no_speaker() {
        // the oil minister of Rouhani's government is the minister named
        // before, not Rouhani
        let (quotes, officials) = run(
            &[
                "بیژن زنگنه وزیر نفت گفت: آمار صادرات نفت را اعلام نخواهیم کرد.",
                "وزیر نفت دولت حسن روحانی که شامگاه سه‌شنبه در یک برنامه تلویزیونی سخن می‌گفت، گفت: دشمنان هم صدای من را می‌شنوند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("بیژن زنگنه"); 2]);
        assert_eq!(officials.len(), 1, "{officials:?}");
    }

    #[test]
    fn persian_colon_quotes_resolve_role_first_speaker_surname_and_pronoun() {
        let (quotes, officials) = run(
            &[
                "برنا - گروه استانها: رییس دانشگاه علوم پزشکی قم گفت: در ۶ ماه نخست سال جاری خدمات زیادی ارائه شده است.",
                "به گزارش خبرگزاری برنا از قم، دکتر علی ابرازه در گفت وگویی با اشاره به جزییات، افزود: در این مدت هزاران نفر مراجعه کرده‌اند.",
                "وی اضافه کرد: در همین مدت بیماران زیادی بستری شدند.",
                "ابرازه با اشاره به فعالیت واحدها، گفت: خدمات تصویربرداری زیادی ارائه شده است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی ابرازه"); 4]);
        assert!(quotes.iter().all(|q| q.kind == QuoteKind::Direct));
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("رییس دانشگاه علوم پزشکی قم"));
        assert_eq!(quotes[0].speaker.title.as_deref(), Some("دکتر"));
        assert_eq!(quotes[0].text, "در ۶ ماه نخست سال جاری خدمات زیادی ارائه شده است.");
        assert_eq!(quotes[2].cue.as_deref(), Some("اضافه کرد"));
        assert_eq!(officials.len(), 1);
        assert_eq!(officials[0].quotes, 4);
    }

    #[test]
    fn a_vietnamese_office_with_its_parent_body_in_brackets_before_its_holder() {
        let report = "nhà ở xã hội chỉ mới đáp ứng được 37% nhu cầu của công nhân";
        for office in [
            "Cục trưởng Cục Quản lý Nhà và Thị trường Bất động sản (Bộ Xây dựng)",
            "Cục trưởng Cục Việc làm (Bộ Lao động - Thương binh và Xã hội)",
            "Phó Cục trưởng Cục Du lịch Quốc gia Việt Nam (Bộ Văn hóa, Thể thao và Du lịch)",
        ] {
            for sentence in [
                format!("So với kế hoạch, {report}, {office}, ông Nguyễn Trọng Ninh nhận định."),
                format!("{office} Nguyễn Trọng Ninh cho biết, {report}."),
            ] {
                let (quotes, _) = run(&[&sentence], Language::Vietnamese);
                assert_eq!(speakers(&quotes), [Some("Nguyễn Trọng Ninh")], "{sentence}");
                assert_eq!(quotes[0].speaker.role.as_deref(), Some(office), "{sentence}");
            }
        }
    }

    #[test]
    fn a_role_only_lead_naming_another_office_gives_its_office_to_no_later_name() {
        // the speaker of parliament answers the member for Garmsar: the
        // next name may be either's, and is the member's
        let body = [
            "به گزارش ایسنا، غلامرضا کاتب در جلسه علنی امروز در تذکری اظهار کرد: این طرح به سود مردم است.",
            "به گزارش ایسنا، رییس مجلس در پاسخ به وی بیان کرد: نمایندگان به دنبال منافع شخصی نیستند.",
        ];
        let lead = "رییس مجلس در پاسخ به تذکر نماینده مردم گرمسار گفت: نمایندگان به دنبال منافع شخصی خود نیستند.";
        let (quotes, _) = run(&[lead, body[0], body[1]], Language::Persian);
        assert_eq!(speakers(&quotes), [None, Some("غلامرضا کاتب"), None]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("رییس مجلس"));
        assert_eq!(quotes[1].speaker.role, None);
        // an office spoken of in the speech, after its colon, is no one
        // the lead names: the next name is the speaker's
        let lead = "رییس مجلس در جلسه علنی امروز گفت: نماینده مردم گرمسار به دنبال منافع شخصی خود نیست.";
        let (quotes, _) = run(&[lead, body[0]], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("غلامرضا کاتب"); 2]);
        // nor is a title inside the speaker's own office another's
        let lead = "معاون وزیر نفت در جلسه علنی امروز گفت: نمایندگان به دنبال منافع شخصی خود نیستند.";
        let (quotes, _) = run(&[lead, body[0]], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("غلامرضا کاتب"); 2]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("معاون وزیر نفت"));
        // nor is a title after a number, which counts holders (twenty more
        // members, a few ministers), in digits of either script or in words
        for count in ["20", "۲۰", "چند"] {
            let lead =
                format!("رییس مجلس با اشاره به طرح افزایش {count} نماینده گفت: نمایندگان به دنبال منافع شخصی نیستند.");
            let (quotes, _) = run(&[&lead, body[0]], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("غلامرضا کاتب"); 2], "{lead}");
        }
    }

    #[test]
    fn a_source_passing_on_a_persons_words_gives_them_to_the_person() {
        for source in ["روزنامه جمهوری اسلامی", "خبرگزاری فارس", "ایسنا"] {
            for cue in ["به نقل از", "به روایت"] {
                let sentence =
                    format!("{source} {cue} علی کریمی نماینده مجلس نوشت: برخی نمایندگان نمی‌دانند به چه رأی داده‌اند.");
                let (quotes, _) = run(&[&sentence], Language::Persian);
                assert_eq!(speakers(&quotes), [Some("علی کریمی")], "{sentence}");
                assert_eq!(quotes[0].speaker.role.as_deref(), Some("نماینده مجلس"), "{sentence}");
            }
        }
        // a person before the cue is who speaks, passing on another's words
        // (a title, a given name or a pronoun opens them)
        for speaker in ["وزیر کشور", "علی کریمی", "وی"] {
            let sentence = format!(
                "رضا رحیمی مدیرکل بهزیستی گفت: این طرح اجرا می‌شود. {speaker} به نقل از محمد احمدی مدیرکل \
                 آموزش گفت: ثبت نام از هفته آینده آغاز می‌شود."
            );
            let (quotes, _) = run(&[&sentence], Language::Persian);
            assert_ne!(speakers(&quotes).get(1).copied().flatten(), Some("محمد احمدی"), "{speaker}");
        }
    }

    #[test]
    fn a_vietnamese_report_running_on_to_a_colon_and_a_quotation_gives_both() {
        let report = "Ông Nguyễn Văn An, Giám đốc Sở Y tế cho rằng công tác phòng chống dịch cần được đẩy mạnh";
        let quotation = "Chúng tôi sẽ tiếp tục kiểm tra các cơ sở y tế trên địa bàn tỉnh";
        let (quotes, officials) = run(&[&format!("{report}: \"{quotation}\".")], Language::Vietnamese);
        let kinds: Vec<QuoteKind> = quotes.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuoteKind::Indirect, QuoteKind::Direct]);
        assert_eq!(quotes[0].text, "công tác phòng chống dịch cần được đẩy mạnh");
        assert_eq!(quotes[1].text, quotation);
        assert_eq!(quotes[1].cue.as_deref(), Some("cho rằng"));
        assert_eq!(officials[0].quotes, 2);
        // a colon before a list, or before a quotation the sentence goes on
        // after, is the report's own
        for sentence in [
            format!("{report}: kiểm tra, giám sát và xử phạt."),
            format!("{report}: \"{quotation}\" và các huyện phải báo cáo hằng tuần."),
        ] {
            let (quotes, _) = run(&[&sentence], Language::Vietnamese);
            assert_eq!(quotes.len(), 1, "{sentence}");
            assert_eq!(quotes[0].kind, QuoteKind::Indirect, "{sentence}");
        }
        // … and so is one after too short a report to stand alone
        let short = format!("Ông Nguyễn Văn An, Giám đốc Sở Y tế cho rằng cần: \"{quotation}\".");
        assert_eq!(run(&[&short], Language::Vietnamese).0.len(), 1);
        // `rằng` opens the report, after whichever verb (a verb's object
        // before the colon is no report: see the test of short objects)
        let said = format!("Ông Nguyễn Văn An nói rằng công tác phòng chống dịch cần được đẩy mạnh: \"{quotation}\".");
        assert_eq!(run(&[&said], Language::Vietnamese).0.len(), 2);
        // a quotation holding the colon and another quotation is one
        let nested =
            format!("Ông Nguyễn Văn An nói rằng “công tác phòng chống dịch cần được đẩy mạnh: “{quotation}””.");
        let (quotes, _) = run(&[&nested], Language::Vietnamese);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn an_interviewers_question_reports_nothing() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn Bình, giám đốc công ty, cho biết doanh thu năm nay tăng mạnh so với năm trước.",
                "PV: Ông nghĩ gì về thông báo của Bộ Tài chính, cho biết thuế sẽ tăng từ năm sau?",
                "Ông Nguyễn Văn Bình: Chúng tôi đã chuẩn bị cho việc này từ lâu và không lo lắng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Bình"), "doanh thu năm nay tăng mạnh so với năm trước."),
                (Some("Nguyễn Văn Bình"), "Chúng tôi đã chuẩn bị cho việc này từ lâu và không lo lắng."),
            ]
        );
    }

    #[test]
    fn a_flattened_caption_ending_with_its_verb_is_no_part_of_the_subject_after_it() {
        // the line before the name ends with a verb and no stop, as a
        // caption or a subheading glued to the sentence does
        for glued in
            ["هواداران همچنان امیدوار می‌مانند", "هواداران همچنان اميدوار مي‌مانند", "هواداران همچنان امیدوار می مانند"]
        {
            let (quotes, _) = run(
                &[
                    "علی دایی سرمربی تیم ملی ایران در این بازی حضور داشت.",
                    &format!(
                        "{glued} دایی پس از بازی گفته بود: «ما برای قهرمانی به این مسابقات آمده‌ایم و عقب نمی‌کشیم.»"
                    ),
                ],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("علی دایی")], "{glued}");
        }
    }

    #[test]
    fn a_weak_speech_verb_may_take_a_short_object_before_its_quotation() {
        let (quotes, _) = run(
            &[
                "Nữ ca sĩ Mỹ Tâm cũng bày tỏ sự phấn khích: \"Tôi rất tự hào về đội tuyển và mong các anh sẽ vô địch\".",
                // no quotation after the colon: a list, no speech
                "Ông Nguyễn Văn An bày tỏ sự lo ngại về ba vấn đề: giá cả, việc làm và nhà ở của người lao động.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Mỹ Tâm")]);
        assert_eq!(quotes[0].cue.as_deref(), Some("bày tỏ"));
    }

    #[test]
    fn a_weak_speech_verb_with_a_noun_of_speech_opens_its_report_after_the_noun() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn An nêu nhận định, giá nhà ở tăng cao do nguồn cung khan hiếm.",
                "Bà Trần Thị Hoa nêu ý kiến: nhà ở xã hội cần được ưu tiên cho công nhân.",
                "Ông Lê Văn Bình bày tỏ quan điểm rằng thị trường sẽ sớm ổn định trở lại.",
                // a noun that is no speech's leaves the verb a plain one
                "Ông Phạm Văn Cường nêu giải pháp, giảm thuế cho người mua nhà lần đầu.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            quotes.iter().map(|q| (q.speaker.name.as_deref(), q.cue.as_deref(), q.kind)).collect::<Vec<_>>(),
            [
                (Some("Nguyễn Văn An"), Some("nêu nhận định"), QuoteKind::Indirect),
                (Some("Trần Thị Hoa"), Some("nêu ý kiến"), QuoteKind::Direct),
                (Some("Lê Văn Bình"), Some("bày tỏ quan điểm"), QuoteKind::Indirect),
            ]
        );
        assert_eq!(quotes[0].text, "giá nhà ở tăng cao do nguồn cung khan hiếm.");
    }

    #[test]
    fn a_suspects_label_before_the_name_is_a_title() {
        let (quotes, _) = run(
            &[
                "Đối tượng Nguyễn Văn Tài (SN 1985, trú tại quận Hà Đông) khai nhận đã nhập hàng không rõ nguồn gốc về bán.",
                "Tại cơ quan công an, Tài khai đã nhập hàng từ một người quen ở Lạng Sơn.",
                "Bị can Trần Văn Hùng khai nhận đã nhận hối lộ 2 tỷ đồng từ doanh nghiệp.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Tài"), Some("Nguyễn Văn Tài"), Some("Trần Văn Hùng")]);
        assert_eq!(quotes[0].speaker.title.as_deref(), Some("Đối tượng"));
    }

    #[test]
    fn the_head_of_a_body_is_the_office_holder_the_article_is_about() {
        let (quotes, officials) = run(
            &[
                "Chiều 11/3, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương về giải ngân vốn.",
                "Thủ tướng yêu cầu các bộ, ngành coi giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm.",
                "\"Chúng ta không để tình trạng vốn chờ dự án, dự án chờ thủ tục kéo dài\", người đứng đầu Chính phủ nhấn mạnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Phạm Minh Chính")]);
        // the epithet is no office of his
        assert_eq!(officials[0].roles, ["Thủ tướng"]);
    }

    #[test]
    fn a_gender_word_before_a_title_describes_the_person_named_by_it() {
        let (quotes, _) = run(
            &[
                "Tối 14/8, ca sĩ Nguyễn Đức Phúc tổ chức họp báo ra mắt MV mới tại TP.HCM với sự có mặt của nhiều đồng nghiệp.",
                "Nam ca sĩ trả lời: \"Thật ra đến giờ thì em cũng chưa có câu trả lời cho vấn đề vừa rồi!\"",
                "Nữ ca sĩ Thu Minh nói: \"Em rất vui khi được chúc mừng đàn em trong ngày ra mắt sản phẩm mới.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Đức Phúc"), Some("Thu Minh")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Nữ ca sĩ"));
        let (quotes, _) = run(
            &[
                "Nam diễn viên Trần Minh Hải nói: \"Tôi rất vui khi được chúc mừng đàn em trong ngày ra mắt sản phẩm mới.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Minh Hải")]);
        // the other gender's word names someone else
        let (quotes, _) = run(
            &[
                "Nam ca sĩ Nguyễn Đức Phúc nói: \"Tôi rất vui khi được gặp lại khán giả sau một thời gian dài vắng bóng.\"",
                "Nữ ca sĩ trả lời: \"Em cũng rất vui khi được đứng chung sân khấu với anh trong đêm nhạc này.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Đức Phúc")], "the female singer is not he");
    }

    #[test]
    fn the_person_of_a_speaking_act_is_the_office_quoted_next() {
        let office = "معاون فرهنگی وزارت ارشاد در گفت‌وگویی تصریح کرد: این روزها شایعات زیادی درباره کابینه مطرح می‌شود.";
        let (quotes, _) = run(
            &["سیدعباس صالحی به شایعاتی که عصر دوشنبه درباره وزارت ارشاد مطرح شد، پاسخ داد.", office],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("سیدعباس صالحی")]);
        // a bare name no list confirms may be a noun phrase: no one
        let (quotes, _) =
            run(&["صالحی به شایعاتی که عصر دوشنبه درباره وزارت ارشاد مطرح شد، پاسخ داد.", office], Language::Persian);
        assert_eq!(speakers(&quotes), [None]);
    }

    #[test]
    fn every_persian_reporting_cue_opens_a_phrase_before_the_subject() {
        for sentence in [
            // the source ends before the name where the comma is left out
            "به روایت خبرگزاری ایرنا علی رضایی وزیر نیرو گفت: آب سدهای کشور امسال کمتر از سال گذشته است.",
            "بنابر گزارش خبرگزاری ایرنا علی رضایی وزیر نیرو گفت: آب سدهای کشور امسال کمتر از سال گذشته است.",
            // or at the quotation mark closing its name
            "به روایت \"خبر فوری\" علی رضایی وزیر نیرو گفت: آب سدهای کشور امسال کمتر از سال گذشته است.",
            // a source the phrase cites leaves its text to its speakers
            "به روایت ایرنا، فارس نوشت: علی رضایی وزیر نیرو گفت: آب سدهای کشور امسال کمتر از سال گذشته است.",
        ] {
            let (quotes, officials) = run(&[sentence], Language::Persian);
            assert_eq!(speakers(&quotes), [Some("علی رضایی")], "{sentence}");
            assert_eq!(officials.len(), 1, "{sentence}");
        }
        // a pronoun or a demonstrative after the phrase is no source cited
        // but the speaker the article is about
        for subject in ["وی", "این مقام مسئول"] {
            let sentence = format!("به گزارش ایرنا، {subject} افزود: ذخایر آب سدهای کشور کمتر از سال گذشته است.");
            let (quotes, _) = run(&["علی رضایی وزیر نیرو از کاهش بارندگی خبر داد.", &sentence], Language::Persian);
            assert_eq!(quotes.last().map(|q| q.cue.as_deref()), Some(Some("افزود")), "{sentence}");
            assert_eq!(speakers(&quotes).last(), Some(&Some("علی رضایی")), "{sentence}");
        }
    }

    #[test]
    fn a_report_cited_before_a_colon_leaves_its_text_to_its_speakers() {
        let lead = "رسانه‌ای عراقی از دیدار بنیامین نتانیاهو نخست وزیر اسرائیل و مایک پمپئو وزیر خارجه آمریکا خبر داد.";
        let cited = "این گزارش افزود: نتانیاهو نیز به پمپئو وعده داد که نمایندگان کنگره را قانع کند.";
        let (quotes, _) = run(&[lead, cited], Language::Persian);
        let last = quotes.last().unwrap_or_else(|| unreachable!());
        assert_eq!(last.speaker.name.as_deref(), Some("بنیامین نتانیاهو"));
        // (the promise with its addressee and verb, past the connective)
        assert_eq!(last.text, "به پمپئو وعده داد که نمایندگان کنگره را قانع کند.");
        // a demonstrative before an official's noun is the person the
        // article is about, who says what follows
        let (quotes, _) = run(&[lead, "این مقام افزود: نتانیاهو هفته آینده به واشنگتن سفر می‌کند."], Language::Persian);
        assert_eq!(quotes.last().map(|q| q.cue.as_deref()), Some(Some("افزود")));
    }

    #[test]
    fn a_persian_promise_is_reported_with_its_verb() {
        let (quotes, _) = run(
            &["علی رضایی وزیر نیرو به کشاورزان وعده داد که آب کافی در اختیار آنها قرار می‌گیرد."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text, "به کشاورزان وعده داد که آب کافی در اختیار آنها قرار می‌گیرد.");
        // what was said is reported without the verb
        let (quotes, _) =
            run(&["علی رضایی وزیر نیرو به کشاورزان گفت که آب کافی در اختیار آنها قرار می‌گیرد."], Language::Persian);
        assert_eq!(quotes[0].text, "آب کافی در اختیار آنها قرار می‌گیرد.");
    }

    #[test]
    fn a_foreign_name_no_list_knows_names_the_office_quoted_before() {
        let (quotes, officials) = run(
            &[
                "مربی تیم ملی ایران گفت: بازی خوبی برابر حریف پشت سر گذاشتیم و بازیکنان آماده هستند.",
                "به گزارش \"ورزش سه\" اوسیانو کروز پس از پیروزی تیم اظهار داشت: امروز بازی خوبی را پشت سر گذاشتیم.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("اوسیانو کروز"); 2]);
        assert_eq!(officials[0].roles, ["مربی تیم ملی ایران"]);
        // with no office waiting for a name, such a subject names no one:
        // it may be a noun phrase
        let (quotes, _) =
            run(&["اوسیانو کروز پس از پیروزی تیم اظهار داشت: امروز بازی خوبی را پشت سر گذاشتیم."], Language::Persian);
        assert!(quotes.is_empty());
    }

    #[test]
    fn a_straight_mark_closed_by_a_curly_one_is_a_quotation_before_its_tag() {
        let (quotes, _) = run(
            &[
                "\"Giá vàng còn có thể đi xa hơn nữa trong năm nay,” ông Lê Quang Minh, chuyên gia tài chính, nhận định.",
                // a curly quotation inside it closes first
                "\"Nhà đầu tư nên giữ “tiền tươi” trong lúc này,” bà Phạm Thu Lan nhận định.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Lê Quang Minh"), "Giá vàng còn có thể đi xa hơn nữa trong năm nay"),
                (Some("Phạm Thu Lan"), "Nhà đầu tư nên giữ “tiền tươi” trong lúc này"),
            ]
        );
        // … and a curly one closed by a straight one, a word quoted inside
        // in straight marks too
        let (quotes, _) = run(
            &[
                "Tối 21/9, ông Lê Huy Dương, Chủ tịch UBND xã Nguyên Bình, đã có mặt tại hiện trường.",
                "“Chúng tôi đã huy động lực lượng đến vớt các cháu. Hố nước nằm cạnh trường học\", ông Dương cho biết.",
                "“Chúng tôi gọi đây là \"vùng xanh\" của xã và sẽ tiếp tục bảo vệ nó\", ông Dương cho biết.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(&str, QuoteKind)> = quotes.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            found,
            [
                ("Chúng tôi đã huy động lực lượng đến vớt các cháu. Hố nước nằm cạnh trường học", QuoteKind::Direct),
                ("Chúng tôi gọi đây là \"vùng xanh\" của xã và sẽ tiếp tục bảo vệ nó", QuoteKind::Direct),
            ]
        );
        // with the closing mark lost, the word's marks close nothing
        let (quotes, _) = run(
            &[
                "Tối 21/9, ông Lê Huy Dương, Chủ tịch UBND xã Nguyên Bình, đã có mặt tại hiện trường.",
                "“Chúng tôi gọi đây là \"vùng xanh\" của xã và sẽ tiếp tục bảo vệ nó, ông Dương cho biết.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| !q.text.ends_with("vùng xanh")), "{quotes:?}");
    }

    #[test]
    fn a_quotation_after_a_speech_verbs_colon_is_its_speech_whatever_tag_follows() {
        // the verb before the colon gives the quotation; the tag after it,
        // however long, is not part of what was said
        let (quotes, _) = run(
            &[
                "Phát ngôn viên Nhà Trắng Sean Spicer bất ngờ kết thúc cuộc họp vì tranh cãi với phóng viên.",
                "Ông Spicer ngắt lời câu hỏi và đáp: \"Ở chỗ chúng tôi không có điều này. Đó là cô nhận được từ truyền thông Nga\" - ông Spicer vặn lại, có ý nhắc đến việc không tìm thấy bằng chứng.",
                "Ông Spicer đáp: \"Chúng tôi sẽ trả lời các câu hỏi khác vào ngày mai\", rồi rời phòng họp.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Sean Spicer"), "Ở chỗ chúng tôi không có điều này. Đó là cô nhận được từ truyền thông Nga"),
                (Some("Sean Spicer"), "Chúng tôi sẽ trả lời các câu hỏi khác vào ngày mai"),
            ]
        );
        assert!(quotes.iter().all(|q| q.cue.as_deref() == Some("đáp")), "{quotes:?}");
    }

    #[test]
    fn a_quotation_closed_after_its_comma_is_the_speech_of_the_person_after_it() {
        // the comma inside the closing mark, as pages following English
        // usage print it, ends a speech: the quotation is no name or term
        // the subject opens with, though the words after the verb (the
        // scene) would read as a report
        let (quotes, _) = run(
            &[
                "Cựu tùy viên báo chí Sean Spicer hôm Thứ Năm công nhận rằng ông phạm nhiều lỗi lầm.",
                "“Có nhiều lần tôi hành động sai khi còn là tùy viên báo chí,” ông Spicer tuyên bố trên đài HLN, cùng trong công ty của CNN. “Không có gì để nghi ngờ về điều này.”",
                "“Tôi rất vui vì đội bóng đã thắng trận này,” bà Nguyễn Thị Lan cười.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Sean Spicer"), "Có nhiều lần tôi hành động sai khi còn là tùy viên báo chí"),
                (Some("Sean Spicer"), "Không có gì để nghi ngờ về điều này."),
                (Some("Nguyễn Thị Lan"), "Tôi rất vui vì đội bóng đã thắng trận này"),
            ]
        );
    }

    #[test]
    fn a_defendant_or_counsel_named_after_an_unnamed_office_is_not_its_holder() {
        let (quotes, officials) = run(
            &[
                "Mở đầu phiên xử, chủ tọa phiên tòa cho biết hội đồng xét xử đã nhận đủ hồ sơ của vụ án.",
                "Bị cáo Lê Văn Khải khai rằng mình chỉ làm theo lời của giám đốc công ty.",
                "Luật sư Phạm Minh Đức, người bào chữa cho bị cáo Khải, đề nghị xem xét tình tiết giảm nhẹ.",
                "Đại diện viện kiểm sát cho rằng hành vi của bị cáo là đặc biệt nghiêm trọng.",
            ],
            Language::Vietnamese,
        );
        let roles: Vec<_> = quotes.iter().map(|q| (q.speaker.name.as_deref(), q.speaker.role.as_deref())).collect();
        assert_eq!(
            roles,
            [(None, Some("chủ tọa phiên tòa")), (Some("Lê Văn Khải"), None), (None, Some("Đại diện viện kiểm sát")),]
        );
        assert!(officials.iter().all(|o| o.roles.is_empty()));
        // a plain honorific says nothing against the office: `ông X` after
        // it is its holder
        let (quotes, _) = run(
            &[
                "Giám đốc Sở Y tế tỉnh cho biết bệnh viện đã nhận thêm hai trăm giường bệnh.",
                "Ông Trần Quốc Hưng nói rằng số giường này sẽ được đưa vào dùng ngay trong tháng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Giám đốc Sở Y tế tỉnh"));
    }

    #[test]
    fn the_leadership_of_a_body_speaks_for_it() {
        // `lãnh đạo Trung tâm …` (the centre's leadership): an office
        // without a name, as `Giám đốc …` is
        let (quotes, officials) = run(
            &[
                "Ngoài ra, lãnh đạo Trung tâm Xúc tiến Đầu tư tỉnh Nghệ An cũng xác nhận, công an có mời một nhân viên lên làm việc.",
                "\"Còn cụ thể thế nào thì chúng tôi đang chờ kết luận của cơ quan công an\", lãnh đạo Trung tâm Xúc tiến Đầu tư tỉnh Nghệ An cho biết.",
            ],
            Language::Vietnamese,
        );
        let role = Some("lãnh đạo Trung tâm Xúc tiến Đầu tư tỉnh Nghệ An");
        assert_eq!(speaker_roles(&quotes), [role, role]);
        assert!(officials.is_empty());
    }

    #[test]
    fn an_office_with_a_demonstrative_is_the_person_spoken_of() {
        // `vị giám đốc này` (this director) is the last subject, not an
        // office named `giám đốc này`
        let (quotes, _) = run(
            &[
                "Ông Trần Quốc Hưng, Giám đốc Sở Y tế tỉnh, cho biết bệnh viện đã nhận thêm hai trăm giường bệnh.",
                "“Số giường này sẽ được đưa vào dùng ngay trong tháng”, vị giám đốc này nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Quốc Hưng"), Some("Trần Quốc Hưng")]);
        // the office is the whole phrase: `con trai của vị giám đốc này`
        // (this director's son) is someone else
        let (quotes, _) = run(
            &[
                "Ông Trần Quốc Hưng, Giám đốc Sở Y tế tỉnh, cho biết bệnh viện đã nhận thêm hai trăm giường bệnh.",
                "“Số giường này sẽ được đưa vào dùng ngay trong tháng”, con trai của vị giám đốc này nói.",
            ],
            Language::Vietnamese,
        );
        assert_ne!(speakers(&quotes).get(1), Some(&Some("Trần Quốc Hưng")));
        // after an official brought in without a name (`một lãnh đạo Sở`,
        // a leader of the department) it is not the one named before
        let (quotes, _) = run(
            &[
                "Ông Trần Quốc Hưng, Giám đốc Sở Y tế tỉnh, cho biết bệnh viện đã nhận thêm hai trăm giường bệnh.",
                "Một lãnh đạo Sở Tài nguyên và Môi trường tỉnh cho biết đơn vị chưa nhận được thông báo nào.",
                "“Mọi cán bộ vẫn đi làm bình thường”, vị lãnh đạo này nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Quốc Hưng")]);
    }

    #[test]
    fn a_standing_in_a_case_said_alone_is_the_last_person_given_it() {
        // `bị cáo` (the defendant) is the defendant named before, not the
        // counsel who spoke last; a standing no one was given names no one
        let (quotes, _) = run(
            &[
                "Bị cáo Lê Văn Khải có mặt tại tòa từ sáng sớm cùng gia đình.",
                "Luật sư Phạm Minh Đức cho rằng thân chủ của mình chỉ làm theo lời của giám đốc công ty.",
                "Thứ nhất, bị cáo khẳng định bản thân không biết gì về số tiền bị chiếm đoạt.",
                "Nghi phạm cho biết đã bỏ trốn khỏi địa phương từ năm ngoái.",
            ],
            Language::Vietnamese,
        );
        let speakers: Vec<_> = quotes.iter().map(|q| (q.speaker.name.as_deref(), q.cue.as_deref())).collect();
        assert_eq!(speakers, [(Some("Phạm Minh Đức"), Some("cho rằng")), (Some("Lê Văn Khải"), Some("khẳng định"))]);
    }

    #[test]
    fn a_persian_activist_named_after_an_unnamed_office_is_not_its_holder() {
        let (quotes, _) = run(
            &[
                "سخنگوی دولت در نشست خبری تاکید کرد: دولت برای مهار تورم برنامه دارد و آن را اجرا می‌کند.",
                "ناصر ایمانی فعال سیاسی گفت: سخنگوی دولت باید درباره این برنامه توضیح بیشتری بدهد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [None, Some("ناصر ایمانی")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("فعال سیاسی"));
    }

    #[test]
    fn a_persian_conversation_written_in_three_words_is_no_speech_verb() {
        let (quotes, _) = run(
            &[
                "وزیر ارشاد در اولین مواجهه با خبرنگاران برای گفت و گو فرصتی یک ماهه خواست تا به سوالات پاسخ دهد.",
                "سیدعباس صالحی وزیر ارشاد افزود: یک ماه هیچ گفت و گوی خبری نداشتم.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("سیدعباس صالحی"), "یک ماه هیچ گفت و گوی خبری نداشتم.")]);
    }

    #[test]
    fn an_agency_prefix_with_a_colon_is_not_a_quote() {
        let (quotes, _) = run(
            &["برنا - گروه استانها: بیمارستان جدید شهر امروز افتتاح شد و مردم از آن استقبال کردند."],
            Language::Persian,
        );
        assert!(quotes.is_empty());
    }

    #[test]
    fn persian_pronoun_refers_to_the_last_subject_not_the_last_mention() {
        let (quotes, _) = run(
            &[
                "قاسم جانبابایی معاون درمان وزارت بهداشت نیز در این جلسه از حناچی شهردار تهران تقدیر کرد.",
                "همچنین وی در این دیدار از آمادگی وزارت بهداشت برای ارائه امکانات به شهرداری خبر داد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("قاسم جانبابایی")]);
        assert_eq!(quotes[0].kind, QuoteKind::Indirect);
        assert!(quotes[0].text.contains("از آمادگی وزارت بهداشت"));
    }

    #[test]
    fn persian_direct_speech_runs_on_until_the_next_attribution() {
        let (quotes, _) = run(
            &[
                "سردار غلامرضا جلالی اظهار داشت: موضوع سایبری جوان است. دانش آن عمدتا وارداتی است. وی ادامه داد: چالش ما کمتر است.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[0].text, "موضوع سایبری جوان است. دانش آن عمدتا وارداتی است.");
        assert_eq!(quotes[1].speaker.name.as_deref(), Some("غلامرضا جلالی"));
    }

    #[test]
    fn direct_speech_runs_on_across_units_of_one_flattened_line_only() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let units: Vec<String> = ["سردار غلامرضا جلالی اظهار داشت: موضوع سایبری جوان است.", "دانش آن عمدتا وارداتی است."]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let (joined, _) =
            extract(&units, &[false, true], None, &[], Language::Persian, data, &Deadline::never()).unwrap();
        assert_eq!(joined[0].text, "موضوع سایبری جوان است. دانش آن عمدتا وارداتی است.");
        let (separate, _) =
            extract(&units, &[false, false], None, &[], Language::Persian, data, &Deadline::never()).unwrap();
        assert_eq!(separate[0].text, "موضوع سایبری جوان است.");
    }

    #[test]
    fn where_a_line_closes_a_quotation_left_open() {
        let at = |line: &str, mark: &str| line.rfind(mark);
        let line = "hết rồi”, ông X nói.";
        assert_eq!(closing_before_opening(line), at(line, "”"));
        assert_eq!(closing_before_opening("“Một câu khác” mở ra"), None);
        // after a quotation opened and closed inside it, with any marks
        let line = "a «b \"c\" d» e.»";
        assert_eq!(closing_before_opening(line), at(line, "»"));
        // a straight mark closes when no other follows it
        let line = "a.\" b";
        assert_eq!(closing_before_opening(line), at(line, "\""));
        assert_eq!(closing_before_opening("\"a\" b"), None);
    }

    #[test]
    fn a_quotation_left_open_goes_on_over_a_line_that_closes_it_in_a_later_sentence() {
        let owned = |lines: &[&str]| -> Vec<String> { lines.iter().map(|s| (*s).to_owned()).collect() };
        // the line is cut into its sentences; the second closes the quotation
        let units = owned(&[
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết: “Chúng tôi đã làm việc rất chăm chỉ trong năm qua.",
            "Năm tới, tỉnh sẽ tiếp tục đầu tư vào hạ tầng.",
            "Người dân sẽ được hưởng lợi nhiều hơn”.",
        ]);
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let (quotes, _) =
            extract(&units, &[false, false, true], None, &[], Language::Vietnamese, data, &Deadline::never()).unwrap();
        assert_eq!(
            quotes[0].text,
            "Chúng tôi đã làm việc rất chăm chỉ trong năm qua. Năm tới, tỉnh sẽ tiếp tục đầu tư vào hạ tầng. \
             Người dân sẽ được hưởng lợi nhiều hơn"
        );
        // a quotation inside the one left open does not end it
        let (quotes, _) = run(
            &[
                "علی ربیعی سخنگوی دولت گفت: «آنچه در برخی رسانه‌ها منتشر شده کاملاً بی‌اساس است.",
                "رسانه‌ای که در پی حفظ مرجعیت خود باشد از درج مطلبی با ذکر «شنیده‌ها» پرهیز می‌کند.»",
            ],
            Language::Persian,
        );
        assert_eq!(
            quotes[0].text,
            "آنچه در برخی رسانه‌ها منتشر شده کاملاً بی‌اساس است. \
             رسانه‌ای که در پی حفظ مرجعیت خود باشد از درج مطلبی با ذکر «شنیده‌ها» پرهیز می‌کند."
        );
        // a line that opens another quotation first is no part of it
        let (quotes, _) = run(
            &[
                "علی ربیعی سخنگوی دولت گفت: «آنچه در برخی رسانه‌ها منتشر شده کاملاً بی‌اساس است.",
                "وزیر کشور هم گفت: «این خبر درست نیست و ما آن را تکذیب می‌کنیم.»",
            ],
            Language::Persian,
        );
        assert_eq!(quotes[0].text, "آنچه در برخی رسانه‌ها منتشر شده کاملاً بی‌اساس است.");
    }

    #[test]
    fn vietnamese_apposition_and_role_before_name() {
        let (quotes, officials) = run(
            &[
                "PGS.TS.BS Trần Kiêm Hảo, Giám đốc Sở Y tế, cho biết trong thời gian qua ngành Y tế đã hoàn thành các chỉ tiêu.",
                "Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ đề nghị, đội ngũ lãnh đạo toàn ngành cần xác định được vai trò.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Kiêm Hảo"), Some("Phan Ngọc Thọ")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Giám đốc Sở Y tế"));
        assert_eq!(quotes[0].speaker.title.as_deref(), Some("PGS.TS.BS"));
        assert_eq!(quotes[0].text, "trong thời gian qua ngành Y tế đã hoàn thành các chỉ tiêu.");
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Phó Bí thư Thường trực Tỉnh ủy"));
        assert_eq!(officials.len(), 2);
    }

    #[test]
    fn a_weak_verb_used_as_a_plain_verb_is_not_speech() {
        let (quotes, _) = run(
            &[
                "Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ đánh giá ghi nhận, biểu dương những kết quả đạt được của ngành.",
                // verbs in a row: conveyed and carried out the documents
                "Bí thư Tỉnh ủy Hoàng Văn Khải quán triệt, triển khai các văn bản của Trung ương tại hội nghị.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
        // the report after the comma is still one
        let (quotes, _) = run(
            &["Bí thư Tỉnh ủy Hoàng Văn Khải quán triệt, các cấp ủy cần nâng cao chất lượng sinh hoạt chi bộ."],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Hoàng Văn Khải"), "các cấp ủy cần nâng cao chất lượng sinh hoạt chi bộ.")]);
    }

    #[test]
    fn a_vietnamese_question_asked_before_a_colon_is_the_askers_speech() {
        let (quotes, _) = run(
            &[
                "Luật sư Nguyễn Văn Hòa hỏi: “Cơ quan điều tra có bằng chứng gì để kết luận như vậy?”",
                // being asked is no speech of the one asked
                "Khi được hỏi, ông Trần Văn Nam cho biết dự án sẽ hoàn thành trong năm nay.",
                // nor is a question asked of someone, with no colon
                "Bà Lê Thị Hoa hỏi ông Trần Văn Nam về tiến độ của dự án trong buổi họp sáng nay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Nguyễn Văn Hòa"), "Cơ quan điều tra có bằng chứng gì để kết luận như vậy?"),
                (Some("Trần Văn Nam"), "dự án sẽ hoàn thành trong năm nay."),
            ]
        );
        // an unnamed asker's verb is no part of a speaker's label
        let (quotes, _) = run(
            &["Điều tra viên hỏi: “Tôi có buộc phải trả lời câu hỏi này không?” và sau đó đã đáp như thường lệ."],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| q.speaker.role.as_deref() != Some("Điều tra viên hỏi")), "{quotes:?}");
    }

    #[test]
    fn vietnamese_pronoun_and_quotation_first() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn Thức, Giám đốc bệnh viện, cho biết bệnh viện đã tiếp nhận nhiều ca bệnh.",
                "“Chúng tôi sẽ tiếp tục nâng cao chất lượng”, ông nói.",
                "Theo ông Thức, số ca bệnh đã giảm mạnh trong tháng qua.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Thức"); 3]);
        assert_eq!(quotes[1].kind, QuoteKind::Direct);
        assert_eq!(quotes[1].text, "Chúng tôi sẽ tiếp tục nâng cao chất lượng");
        assert_eq!(quotes[2].kind, QuoteKind::Indirect);
    }

    #[test]
    fn the_respectful_classifier_before_an_office_is_its_holder_met_before() {
        // `vị` (the classifier of persons one respects) before a noun of
        // office or trade: the one already named as holding it
        let (quotes, _) = run(
            &[
                "Theo ông Nguyễn Trí Hiếu, chuyên gia tài chính ngân hàng, giá vàng tăng chủ yếu do thị trường thế giới.",
                "“Người dân không nên mua vàng theo tâm lý đám đông”, vị chuyên gia nhấn mạnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Trí Hiếu"); 2]);
        assert_eq!(quotes[1].text, "Người dân không nên mua vàng theo tâm lý đám đông");
    }

    #[test]
    fn a_party_comrade_alone_is_the_last_speaker_as_a_pronoun_is() {
        let (quotes, _) = run(
            &[
                "Thảo luận tại hội nghị, đồng chí Đinh Công Thắng, Chủ tịch UBND tỉnh cho biết tỉnh sẽ tháo gỡ khó khăn cho các dự án.",
                "Đồng chí nhấn mạnh, các sở, ngành cần chủ động phối hợp với nhau.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Đinh Công Thắng"); 2]);
        assert_eq!(quotes[1].text, "các sở, ngành cần chủ động phối hợp với nhau.");
    }

    #[test]
    fn an_office_met_alone_takes_the_bounds_the_name_gives_it() {
        let (quotes, officials) = run(
            &[
                "سخنگوی سازمان هواپیمایی کشوری شایعه افزایش قیمت بلیت پروازهای داخلی در تابستان را تکذیب کرد.",
                "جعفر یازرلو سخنگوی سازمان هواپیمایی کشوری امروز گفت: هیچ مصوبه‌ای برای افزایش قیمت بلیت وجود ندارد.",
            ],
            Language::Persian,
        );
        assert_eq!(officials.len(), 1, "{officials:?}");
        assert_eq!(officials[0].roles, ["سخنگوی سازمان هواپیمایی کشوری"]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("سخنگوی سازمان هواپیمایی کشوری"));
    }

    #[test]
    fn persian_news_writes_foreign_given_names_too() {
        // leaders the article never gives an office, as agencies write
        // the best known
        let (quotes, _) = run(
            &[
                "امانوئل مکرون نیز در پاریس گفت فرانسه از هر توافقی حمایت می‌کند.",
                "ولاديمير پوتين هم تاکيد کرد که روسیه آماده میانجیگری است.",
                "کایا کالاس گفت: اتحادیه اروپا روند مذاکرات را دنبال می‌کند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("امانوئل مکرون"), Some("ولاديمير پوتين"), Some("کایا کالاس")]);
    }

    #[test]
    fn a_vietnamese_bare_name_speaks_only_once_the_article_named_them() {
        let (quotes, _) = run(
            &[
                "Huấn luyện viên Antonio Conte cho biết ông rất hài lòng với màn trình diễn của các cầu thủ.",
                "“Các cầu thủ đã chơi tuyệt vời từ đầu đến cuối trận”, Conte nói với báo chí.",
                "Sau trận, Mourinho nói: “Chúng tôi đã chơi rất tệ và không xứng đáng có điểm.”",
            ],
            Language::Vietnamese,
        );
        // Conte is the coach named before; Mourinho, never introduced,
        // could be anyone's name or none
        assert_eq!(speakers(&quotes), [Some("Antonio Conte"); 2]);
        assert_eq!(quotes[1].text, "Các cầu thủ đã chơi tuyệt vời từ đầu đến cuối trận");
    }

    #[test]
    fn an_office_or_a_foreign_family_name_tells_who_speaks_by_one_word() {
        let (quotes, officials) = run(
            &[
                "“Họ đã thiệt mạng ở khắp mọi nơi trên thế giới. Đừng hỏi tôi”, ông Trump trả lời.",
                "Tổng thống đáp: “Tôi nói điều đó với tất cả những ai hỏi một câu hỏi như thế”.",
                "Bộ trưởng Dung cho biết ngân sách đã được phân bổ đầy đủ cho các địa phương.",
                // a given name alone refers back to no one here
                "Chị Lan cho biết chợ vẫn đông khách vào buổi sáng.",
                // `đáp ứng` (meets a request) is no reply
                "Sau trận, Tổng thống Putin đáp ứng yêu cầu của các phóng viên về thời gian họp báo.",
                "Sau đó, Tổng thống Trump tiếp tục gọi người khác và cho rằng Collins đã không hỏi trước đó.",
                "Khi Collins cố gắng đặt lại câu hỏi, Tổng thống Trump đã kết thúc cuộc họp báo.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trump"), Some("Trump"), Some("Dung"), Some("Trump")]);
        // the office read with the last one is his, and `Tổng thống` is no
        // name's first word
        assert_eq!(officials_with_roles(&officials), [("Trump", vec!["Tổng thống"]), ("Dung", vec!["Bộ trưởng"])]);
    }

    #[test]
    fn a_name_with_and_without_its_middle_initial_is_one_person() {
        let (_, officials) = run(
            &[
                "Đại sứ Mỹ Daniel Kritenbrink cho biết hai nước đã đạt được nhiều thành tựu.",
                "Đại sứ Mỹ tại Việt Nam Daniel J. Kritenbrink đã chia sẻ về hành trình của hai nước.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(official_names(&officials), ["Daniel J. Kritenbrink"]);
    }

    #[test]
    fn the_outlet_a_reporting_phrase_quotes_is_no_name_of_the_office_after_it() {
        let (quotes, officials) = run(
            &[
                "به گزارش پایگاه خبری شهر به نقل از ایرنا، مدیرکل مدیریت بحران استانداری قزوین اظهار داشت: زلزله در استان احساس شد.",
                "قدرت‌الله مهدیخانی افزود: خوشبختانه این حادثه هیچ خسارتی نداشته است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("قدرت‌الله مهدیخانی"), Some("قدرت‌الله مهدیخانی")]);
        assert_eq!(
            officials_with_roles(&officials),
            [("قدرت‌الله مهدیخانی", vec!["مدیرکل مدیریت بحران استانداری قزوین"])]
        );
    }

    #[test]
    fn a_foreign_name_before_its_office_set_off_by_commas_speaks() {
        let (quotes, officials) = run(
            &[
                "Mark Lindqvist, Chủ tịch Mark Lindqvist Asset Management, nhận định: \"Thị trường có thể dao động mạnh trong tuần tới.\"",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Mark Lindqvist")]);
        assert_eq!(
            officials_with_roles(&officials),
            [("Mark Lindqvist", vec!["Chủ tịch Mark Lindqvist Asset Management"])]
        );
        // a scene in Vietnamese words before the comma is no name
        let (quotes, _) = run(
            &["Tại Hà Nội, Chủ tịch UBND thành phố cho biết: \"Thành phố sẽ hoàn thành dự án trong năm nay.\""],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [None]);
        assert_eq!(speaker_roles(&quotes), [Some("Chủ tịch UBND thành phố")]);
        // nor is a body's name before a description that holds no office
        let (quotes, officials) = run(
            &[
                "Golden Harbor Partners, một quỹ đầu tư lâu năm, nhận định: \"Thị trường có thể dao động mạnh trong tuần tới.\"",
            ],
            Language::Vietnamese,
        );
        assert!(speakers(&quotes).iter().all(Option::is_none), "{quotes:?}");
        assert!(officials.is_empty());
    }

    #[test]
    fn an_epithet_from_abroad_means_no_one_a_vietnamese_name_names() {
        let (quotes, _) = run(
            &[
                "HLV Park Hang-seo cho biết toàn đội đã chuẩn bị rất kỹ cho trận đấu quan trọng này.",
                "Trong khi đó, HLV Nguyễn Văn Sỹ nói các học trò của ông đã chơi hết sức mình.",
                "Nhận xét thêm, nhà cầm quân người Hàn Quốc cho biết: “Chúng tôi sẽ tiếp tục cố gắng trong trận tới.”",
            ],
            Language::Vietnamese,
        );
        // the Korean coach named before, not the Vietnamese one
        assert_eq!(speakers(&quotes), [Some("Park Hang-seo"), Some("Nguyễn Văn Sỹ"), Some("Park Hang-seo")]);
        // with no foreigner named before, no one; a compatriot is anyone's
        let (quotes, _) = run(
            &[
                "HLV Nguyễn Văn Sỹ nói các học trò của ông đã chơi hết sức mình trong trận đấu.",
                "Nhận xét thêm, chiến lược gia người Serbia cho biết: “Chúng tôi sẽ tiếp tục cố gắng trong trận tới.”",
                "Sau đó, nhà cầm quân người Việt Nam cho biết: “Chúng tôi sẽ tiếp tục cố gắng trong trận tới.”",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Sỹ"); 2]);
        assert_eq!(quotes[1].paragraph, 2);
        // Vietnamese writes Singaporean and Chinese names in its syllables
        let (quotes, _) = run(
            &[
                "Thủ tướng Lý Hiển Long cho biết hai nước sẽ tăng cường hợp tác kinh tế trong thời gian tới.",
                "Nhà lãnh đạo người Singapore cho biết: “Chúng tôi đánh giá cao quan hệ đối tác chiến lược.”",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lý Hiển Long"); 2]);
    }

    #[test]
    fn a_family_name_speaking_before_the_full_name_is_that_persons() {
        let (quotes, _) = run(
            &[
                "بهادری‌جهرمی گفت: قیمت نان در سطح ملی تغییر نمی‌کند و شیوه توزیع آرد اصلاح می‌شود.",
                "علی بهادری‌جهرمی سخنگوی دولت اظهار کرد: نگاه دولت این بوده است که قیمت نان تغییر نیابد.",
                "کارگروه گفت: برنامه‌های تازه‌ای برای توزیع آرد در سال آینده اجرا خواهد شد.",
            ],
            Language::Persian,
        );
        // the lead's speaker named in full after; a noun no one bears names
        // no one
        assert_eq!(speakers(&quotes), [Some("علی بهادری‌جهرمی"); 2]);
        assert_eq!(quotes[0].paragraph, 0);
        // and a full name no list knows, then its last word alone, is one
        // person (a foreign name: `هاکان` is on no list)
        let first = "هاکان فیدان گفت: ما با ایران مذاکره خواهیم کرد و توافق خوبی خواهیم داشت.";
        let (quotes, _) =
            run(&[first, "فیدان افزود: همکاری‌ها تا زمانی که توافق حاصل شود ادامه خواهد داشت."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("هاکان فیدان"); 2]);
        // named once, it may be a noun phrase: no one
        let (quotes, _) = run(&[first], Language::Persian);
        assert!(quotes.is_empty(), "{quotes:?}");
        // unless a list knows its given name
        let (quotes, _) = run(&[&first.replace("هاکان فیدان", "دونالد ترامپ")], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("دونالد ترامپ")]);
    }

    #[test]
    fn a_persian_family_name_alone_speaks_by_its_ending() {
        let (quotes, _) = run(
            &[
                "نشست دیروز وزیر صنعت با خبرنگاران حاشیه‌های جالبی به همراه داشت.",
                "«نعمت‌زاده» در ابتدای این نشست گفت: «ما تنها دولتی هستیم که این طرح را اجرا کرده است.»",
                "دولت در این نشست گفت: برنامه‌های تازه‌ای برای صنعت خودرو در سال آینده اجرا خواهد شد.",
            ],
            Language::Persian,
        );
        // a surname by its ending (`زاده`) is a person's; a noun alone is not
        assert_eq!(speakers(&quotes), [Some("نعمت‌زاده")]);
        assert_eq!(quotes[0].text, "ما تنها دولتی هستیم که این طرح را اجرا کرده است.");
    }

    #[test]
    fn a_quotation_right_after_the_verb_is_direct_speech() {
        let (quotes, _) = run(
            &["دکتر علی ابرازه در این نشست گفت «در این مدت هزاران نفر مراجعه کرده‌اند. کار ادامه دارد.» و رفت."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        assert_eq!(quotes[0].text, "در این مدت هزاران نفر مراجعه کرده‌اند. کار ادامه دارد.");
    }

    #[test]
    fn role_then_name_in_apposition_and_interview_labels() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Thương mại Úc, Simon Crean, nói: \"Thỏa thuận này là tài liệu quan trọng cho cả vùng.\"",
                "Tiến sỹ Stein Tonnesson, chuyên gia về Biển Đông, nhận xét rằng đây là một cuộc đua hải quân.",
                "Tiến sỹ Tonnesson: Đây là một phần trong chiến lược chung của Trung Quốc.",
                "Tiến sỹ Tonnesson: - Nhìn chung, Trung Quốc sẽ còn tăng chi tiêu quốc phòng.",
                "Ông Nguyễn Văn An — Giám đốc Sở Y tế — cho biết bệnh viện đã đủ thuốc.",
            ],
            Language::Vietnamese,
        );
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.speaker.name.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Simon Crean"),
                Some("Stein Tonnesson"),
                Some("Stein Tonnesson"),
                Some("Stein Tonnesson"),
                Some("Nguyễn Văn An")
            ]
        );
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Bộ trưởng Thương mại Úc"));
        assert_eq!(quotes[2].kind, QuoteKind::Direct);
        // the dash that sets an answer off is no part of it
        assert!(quotes[3].text.starts_with("Nhìn chung"), "{}", quotes[3].text);
        // an em dash sets an apposition off like the others
        assert_eq!(quotes[4].speaker.role.as_deref(), Some("Giám đốc Sở Y tế"));
    }

    #[test]
    fn an_office_and_a_name_as_the_label_are_the_named_holder() {
        let (quotes, officials) = run(
            &[
                "Bộ trưởng Mai Tiến Dũng: Quy chuẩn về môi trường là văn bản dưới luật.",
                "Thứ trưởng Bộ Y tế Nguyễn Trường Sơn: Chúng tôi đã chuẩn bị đủ thuốc cho người dân.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Mai Tiến Dũng"), Some("Nguyễn Trường Sơn")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Thứ trưởng Bộ Y tế"));
        // the label is no role of its own
        let roles: Vec<&[String]> = officials.iter().map(|o| o.roles.as_slice()).collect();
        assert_eq!(roles, [&["Bộ trưởng".to_owned()][..], &["Thứ trưởng Bộ Y tế".to_owned()]]);
        // a ministry's name runs to many syllables, each a token
        let (quotes, _) = run(
            &[
                "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Văn Thanh: Chúng tôi sẽ hỗ trợ giống cho nông dân.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lê Văn Thanh")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"));
    }

    #[test]
    fn persian_reports_after_the_verb_without_ke() {
        let (quotes, _) = run(
            &[
                "غلامرضا منتظری مدیرکل منابع طبیعی استان بوشهر اعلام کرد وسعت آتش سوزی تاکنون کمتر از هزار هکتار بوده است.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text, "وسعت آتش سوزی تاکنون کمتر از هزار هکتار بوده است.");
        assert_eq!(quotes[0].kind, QuoteKind::Indirect);
    }

    #[test]
    fn persian_reports_before_the_verb_of_a_quotation() {
        let (quotes, _) = run(
            &[
                "سردار سیدصادق حسینی فرمانده سپاه استان کردستان گفت: خانواده پاسدار الگوی جامعه است.",
                "سردار حسینی با بیان اینکه رسالت همسران پاسداران یک رسالت زینبی است، تاکید کرد: همسران پاسداران نقش اصلی را ایفا می‌کنند.",
                "وی با اشاره به این که مرحله اضطرار سپری شده است خاطرنشان کرد: باید جلوتر برویم.",
                "وی تعمیق معنویت را یکی از وظایف خانواده‌ها دانست و بیان کرد: معنویت نقش مهمی دارد.",
            ],
            Language::Persian,
        );
        let found: Vec<(&str, QuoteKind, &str)> =
            quotes.iter().map(|q| (q.text.as_str(), q.kind, q.cue.as_deref().unwrap_or_default())).collect();
        assert_eq!(
            found,
            [
                ("خانواده پاسدار الگوی جامعه است.", QuoteKind::Direct, "گفت"),
                ("رسالت همسران پاسداران یک رسالت زینبی است", QuoteKind::Indirect, "با بیان اینکه"),
                ("همسران پاسداران نقش اصلی را ایفا می‌کنند.", QuoteKind::Direct, "تاکید کرد"),
                ("مرحله اضطرار سپری شده است", QuoteKind::Indirect, "با اشاره به این که"),
                ("باید جلوتر برویم.", QuoteKind::Direct, "خاطرنشان کرد"),
                ("تعمیق معنویت را یکی از وظایف خانواده‌ها دانست", QuoteKind::Indirect, "دانست"),
                ("معنویت نقش مهمی دارد.", QuoteKind::Direct, "بیان کرد"),
            ]
        );
        assert!(speakers(&quotes).iter().all(|s| *s == Some("سیدصادق حسینی")), "{:?}", speakers(&quotes));
        // what is given or granted before the verb is no report
        let (quotes, _) = run(
            &[
                "علی رضایی، وزیر نیرو با توجه به اینکه بودجه طرح بسیار کم است، گفت: باید از منابع دیگر کمک گرفت.",
                "وی با وجود اینکه بودجه طرح بسیار کم است، افزود: کار ادامه خواهد یافت.",
            ],
            Language::Persian,
        );
        let cues: Vec<&str> = quotes.iter().filter_map(|q| q.cue.as_deref()).collect();
        assert_eq!(cues, ["گفت", "افزود"]);
        // an announcement before the quotation is not a report of its own
        let (quotes, _) = run(
            &[
                "دکتر علی ابرازه گفت: خدمات ارائه شد.",
                "وی همچنین از پنج هزار مورد زایمان خبر داد و افزود: این آمارها نشانه تلاش است.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        assert_eq!(quotes[1].text, "این آمارها نشانه تلاش است.");
        // … and before the verb of a report after it (`گفت که …`)
        let (quotes, _) = run(
            &[
                "استاندار خراسان رضوی با بیان اینکه این طرح بسیار مهم است، گفت که باید هر چه زودتر در همه شهرستان‌ها اجرا شود.",
            ],
            Language::Persian,
        );
        let found: Vec<(&str, &str)> =
            quotes.iter().map(|q| (q.text.as_str(), q.cue.as_deref().unwrap_or_default())).collect();
        assert_eq!(
            found,
            [("این طرح بسیار مهم است", "با بیان اینکه"), ("باید هر چه زودتر در همه شهرستان‌ها اجرا شود.", "گفت")]
        );
    }

    #[test]
    fn a_speech_verb_inside_the_quotation_is_not_its_attribution() {
        let (quotes, _) = run(
            &[
                "“Khi được hỏi, tôi nên trả lời. Tôi nghĩ đây là việc chính đáng”, ông Lưu Ngũ trả lời tờ Bưu điện Hoa Nam.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Lưu Ngũ")]);
        assert_eq!(quotes[0].text, "Khi được hỏi, tôi nên trả lời. Tôi nghĩ đây là việc chính đáng");
    }

    #[test]
    fn a_persian_preamble_closed_by_a_semicolon_keeps_its_speaker() {
        let (quotes, _) = run(
            &[
                "علیرضا رشیدیان استاندار خراسان رضوی گفت: نشست درباره همکاری استان‌ها بود.",
                "استاندار خراسان رضوی با بیان اینکه میزبان سه میلیون زائر بودیم؛ گفت: این آمار افزایش داشته است.",
            ],
            Language::Persian,
        );
        let found: Vec<(&str, &str)> =
            quotes.iter().map(|q| (q.text.as_str(), q.cue.as_deref().unwrap_or_default())).collect();
        assert_eq!(
            found[1..],
            [("میزبان سه میلیون زائر بودیم", "با بیان اینکه"), ("این آمار افزایش داشته است.", "گفت")]
        );
        assert_eq!(speakers(&quotes), [Some("علیرضا رشیدیان"); 3]);
    }

    #[test]
    fn a_dash_sets_the_vietnamese_speaker_off_the_report_before_it() {
        let report = "Tình trạng thiếu điện sẽ kéo dài đến cuối tháng 7 do một số nguồn điện mới vào";
        for (speaker, name, role) in [
            (
                "ông Phạm Lê Thanh, Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)",
                "Phạm Lê Thanh",
                Some("Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)"),
            ),
            ("ông Phạm Lê Thanh", "Phạm Lê Thanh", None),
            ("bà Nguyễn Thị Lan, Phó Giám đốc Sở Tài chính", "Nguyễn Thị Lan", Some("Phó Giám đốc Sở Tài chính")),
        ] {
            let (quotes, _) = run(&[&format!("{report} - {speaker} cho biết.")], Language::Vietnamese);
            assert_eq!(quotes.len(), 1, "{speaker}: {quotes:?}");
            assert_eq!(quotes[0].text, report);
            assert_eq!(quotes[0].speaker.name.as_deref(), Some(name));
            assert_eq!(quotes[0].speaker.role.as_deref(), role);
        }
        // a range's dash sets off no one
        let (quotes, _) =
            run(&["Giá điện tăng 3 - 5% trong tháng tới, Bộ Công Thương cho biết."], Language::Vietnamese);
        assert!(quotes.iter().all(|q| q.speaker.name.is_none()), "{quotes:?}");
    }

    #[test]
    fn a_persian_report_ends_before_a_clause_naming_it_as_the_speakers_words() {
        // `چند روز پس از این اظهارنظر روحانی` (a few days after this remark
        // of Rouhani's) is the writer's: the report ends at its comma
        let (quotes, _) = run(
            &[
                "در همان روزها حسن روحانی، رئیس‌جمهور اعلام کرد، مردم همه چیز خود را به بورس بسپارند، چند روز پس از این اظهارنظر روحانی، روند نزولی بورس آغاز شد.",
                // … at the mark opening that clause, not at a comma before it
                "علی کریمی سخنگوی شرکت اعلام کرد، قیمت‌ها تا پایان سال ثابت می‌ماند، بازار آرام است؛ اما سخنان علی کریمی سهام این شرکت را پایین آورد.",
            ],
            Language::Persian,
        );
        assert_eq!(
            quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
            ["مردم همه چیز خود را به بورس بسپارند", "قیمت‌ها تا پایان سال ثابت می‌ماند، بازار آرام است"]
        );
        // another's words named in the report are the speaker's to speak of
        let (quotes, _) = run(
            &["حسن روحانی، رئیس‌جمهور اعلام کرد، مردم نگران نباشند، این اظهارنظر ترامپ بی‌اساس است و بازار آرام می‌شود."],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].text, "مردم نگران نباشند، این اظهارنظر ترامپ بی‌اساس است و بازار آرام می‌شود.");
    }

    #[test]
    fn persian_verb_final_report_before_a_second_clause_and_a_name_run_into_it() {
        let (quotes, _) = run(
            &[
                "سید عبدالواحد موسوی لاری وزیر کشور گفت: حضور مهاجران باید ضابطه‌مند شود.",
                // nothing marks where the name ends and the report begins
                "موسوی لاری اجرای طرح شناسایی اتباع خارجی را یک اقدام اساسی دانست و از دست اندرکاران این طرح قدردانی نمود.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[1].text, "اجرای طرح شناسایی اتباع خارجی را یک اقدام اساسی دانست");
        assert_eq!(quotes[1].kind, QuoteKind::Indirect);
        assert_eq!(quotes[1].speaker.name.as_deref(), Some("سید عبدالواحد موسوی لاری"));
        // the object of a clause a comma and `اما` (but) close is no object
        // of the speech verb after them: the report follows it
        let (quotes, _) = run(
            &[
                "عباس عراقچی وزیر امور خارجه جزئیات این شروط را بیان نکرد، اما گفت این موارد بیشتر از مفاد تفاهم‌نامه نیستند.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].text, "این موارد بیشتر از مفاد تفاهم‌نامه نیستند.");
    }

    #[test]
    fn vietnamese_subjects_after_connectives_and_as_follows() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Thương mại Úc, ông Simon Crean, nói: “Thỏa thuận này là tài liệu quan trọng cho cả vùng.”",
                "Trong một thông cáo, Bộ trưởng Ngoại thương, ông Trần Văn Hải, nói như sau: “Thỏa thuận sẽ giúp giao thương.”",
                // the subject of a sentence without a speech verb is who `Ông` means next
                "Còn Thứ trưởng Bộ Công Thương Nguyễn Văn Bình ngỏ ý ca ngợi hiệp định.",
                "Ông nói: “Hành động như vậy trở nên cần thiết trong thời buổi khủng hoảng.”",
                "Tuy nhiên, theo ông, sự bất định khiến giá vàng có thể tiếp tục biến động mạnh.",
                // a connective without its comma
                "Nhưng ông cũng cho rằng đây là hiệp định quan trọng nhất của năm nay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [
                Some("Simon Crean"),
                Some("Trần Văn Hải"),
                Some("Nguyễn Văn Bình"),
                Some("Nguyễn Văn Bình"),
                Some("Nguyễn Văn Bình")
            ]
        );
        assert_eq!(quotes[1].kind, QuoteKind::Direct);
        assert_eq!(quotes[3].text, "sự bất định khiến giá vàng có thể tiếp tục biến động mạnh.");
    }

    #[test]
    fn a_known_office_is_no_shorter_than_a_title_and_its_body() {
        let spokesman =
            "به گفته کیانوش جهانپور سخنگوی سازمان غذا و دارو، محموله جدید واکسن هفته آینده وارد کشور می‌شود.";
        // a title alone, or with a body's noun and no name of the body, is
        // the start of many offices: another spokesman speaks
        for other in ["سخنگوی دولت", "سخنگوی وزارت کشور", "سخنگوی سازمان ملل"] {
            let (quotes, _) = run(
                &[spokesman, &format!("{other} در این باره گفت که دولت از برنامه واکسیناسیون حمایت می‌کند.")],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("کیانوش جهانپور"), None], "{other}");
        }
        // and a country goes on with the office it names
        let (quotes, _) = run(
            &[
                "به گفته مایک پمپئو وزیر امور خارجه آمریکا، مذاکرات هفته آینده در ژنو ادامه می‌یابد.",
                "وزیر امور خارجه فرانسه در این باره گفت که کشورش از ادامه مذاکرات حمایت می‌کند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مایک پمپئو"), None]);
        // the known office, run on into its clause, is still its holder
        let (quotes, _) =
            run(&[spokesman, "سخنگوی سازمان غذا و دارو واردات دارو را از اولویت‌های سازمان دانست."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("کیانوش جهانپور"); 2]);
    }

    #[test]
    fn a_firms_name_in_quotation_marks_closes_no_clause_before_the_verb() {
        let (quotes, _) = run(
            &[
                "Ông Nguyễn Văn Nam, Giám đốc Công ty “Sao Mai” cho biết: “Doanh thu quý này tăng mạnh so với năm ngoái”.",
                // a quotation said still does: one opening the sentence,
                // or one in lower case
                "“Cảm Ơn Mọi Người”, ông Lê Văn Tám nói.",
                "Người dân gọi đây là “cú hích”, ông Lê Văn Tám cho biết.",
                "“Cứ từ từ mà làm” - ông Lê Văn Tám nói.",
                "Về câu hỏi “có tăng giá không” ông Lê Văn Tám cho biết giá sẽ giữ nguyên đến cuối năm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Nguyễn Văn Nam"), Some("Lê Văn Tám"), Some("Lê Văn Tám"), Some("Lê Văn Tám"), Some("Lê Văn Tám")]
        );
    }

    #[test]
    fn an_office_met_alone_may_give_a_second_office_first() {
        let (quotes, _) = run(
            &[
                "نادر یاراحمدی رییس مرکز امور اتباع و مهاجرین خارجی وزارت کشور گفت: ۵۰۰ هزار نفر بازگشته‌اند.",
                "مشاور وزیر و رییس مرکز امور اتباع و مهاجرین خارجی وزارت کشور ادامه داد: این روند ادامه دارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("نادر یاراحمدی"); 2]);
    }

    #[test]
    fn the_office_of_a_person_met_named_in_guillemets_is_no_subject() {
        let (quotes, _) = run(
            &[
                "جعفر سیدآبادی در نشست با «نورمحمد متوکل»، سرپرست سرکنسولگری افغانستان در مشهد اظهار کرد: بازگشت اتباع سه برابر شده است.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("جعفر سیدآبادی"), "بازگشت اتباع سه برابر شده است.")]);
    }

    #[test]
    fn persian_names_in_guillemets_objects_before_the_verb_and_role_subjects_run_into_their_clause() {
        let (quotes, officials) = run(
            &[
                "نتانیاهو با «محمد بن سلمان» ولیعهد سعودی دیدار کرد.",
                "مقام های عربستانی از جمله «فیصل بن فرحان» وزیر امور خارجه با وجود گزارشها این دیدار را تکذیب کردند.",
                // a short form that is the middle of one name and the end of another
                "براساس این گزارش، بن سلمان به پمپئو در این دیدار گفت: هرکاری برای شما کردیم.",
                // `که` after the verb opens a relative clause when the object stands before it
                "وی از وجوه تمایز این پایگاه را وجود هواپیماهای شکاری عنوان کرد که وظیفه آموزش را بر عهده دارند.",
                "سردار غلامرضا جلالی رئیس سازمان پدافند غیر عامل کشور گفت: تهدیدها جدی است.",
                "رییس سازمان پدافند غیرعامل استفاده از حوزه سایبری را جبری تاریخی عنوان کرد و گفت: نگاه فرصت محور خطرناک است.",
            ],
            Language::Persian,
        );
        let found = said(&quotes);
        assert_eq!(
            found,
            [
                (Some("فیصل بن فرحان"), "با وجود گزارشها این دیدار را تکذیب کردند"),
                (Some("محمد بن سلمان"), "هرکاری برای شما کردیم."),
                (Some("محمد بن سلمان"), "از وجوه تمایز این پایگاه را وجود هواپیماهای شکاری عنوان کرد"),
                (Some("غلامرضا جلالی"), "تهدیدها جدی است."),
                (Some("غلامرضا جلالی"), "استفاده از حوزه سایبری را جبری تاریخی عنوان کرد"),
                (Some("غلامرضا جلالی"), "نگاه فرصت محور خطرناک است."),
            ]
        );
        assert!(officials.iter().any(|o| o.name == "محمد بن سلمان" && o.roles == ["ولیعهد سعودی"]), "{officials:?}");
        // the same in the straight or curly marks of a page without
        // guillemets
        for (open, close) in [("\"", "\""), ("“", "”")] {
            let sentences = [
                format!("نتانیاهو با {open}محمد بن سلمان{close} ولیعهد سعودی دیدار کرد."),
                format!(
                    "مقام های عربستانی از جمله {open}فیصل بن فرحان{close} وزیر امور خارجه با وجود گزارشها این دیدار را تکذیب کردند."
                ),
                "براساس این گزارش، بن سلمان به پمپئو در این دیدار گفت: هرکاری برای شما کردیم.".to_owned(),
            ];
            let sentences: Vec<&str> = sentences.iter().map(String::as_str).collect();
            assert_eq!(said(&run(&sentences, Language::Persian).0), found[..2], "{open}");
        }
    }

    #[test]
    fn persian_according_to_a_role_protests_and_connectives_with_a_comma() {
        let (quotes, _) = run(
            &[
                "فرهاد قلی نژاد، مدیرکل حفاظت محیط زیست استان بوشهر گفت: آتش مهار شد.",
                "به گفته مدیرکل حفاظت محیط زیست استان بوشهر، محیط‌بانان منطقه با کمترین امکانات از پیشروی آتش جلوگیری کردند.",
                "در همین حال، جان هوارد، نخست وزیر استرالیا اعلام کرده است که یک گروگان استرالیایی آزاد شده است.",
                "دونالد ترامپ، رییس جمهوری آمریکا، به تصمیم جنرال موتورز به شدت اعتراض کرد.",
            ],
            Language::Persian,
        );
        let found = said(&quotes);
        assert_eq!(
            found,
            [
                (Some("فرهاد قلی نژاد"), "آتش مهار شد."),
                (Some("فرهاد قلی نژاد"), "محیط‌بانان منطقه با کمترین امکانات از پیشروی آتش جلوگیری کردند."),
                (Some("جان هوارد"), "یک گروگان استرالیایی آزاد شده است."),
                (Some("دونالد ترامپ"), "به تصمیم جنرال موتورز به شدت اعتراض کرد"),
            ]
        );
    }

    #[test]
    fn vietnamese_second_report_after_a_quotation() {
        let (quotes, _) = run(
            &[
                "\"Giá hoa tăng nhưng cửa hàng cố gắng ổn định giá\", chị Thanh Vân nêu, đồng thời cho hay cửa hàng dự kiến sẽ tăng giá từ 10 - 20%.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(&str, QuoteKind)> = quotes.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            found,
            [
                ("Giá hoa tăng nhưng cửa hàng cố gắng ổn định giá", QuoteKind::Direct),
                ("cửa hàng dự kiến sẽ tăng giá từ 10 - 20%.", QuoteKind::Indirect),
            ]
        );
        assert!(speakers(&quotes).iter().all(|s| *s == Some("Thanh Vân")));
        // the verb's own report, after `và` joined it to a predicate
        let (quotes, _) = run(
            &[
                "Thủ tướng Nguyễn Xuân Phúc chủ trì phiên họp Chính phủ thường kỳ tháng 4 tại Hà Nội.",
                "“Chúng ta đã bị dưa hấu mấy trận rồi, bây giờ đến thịt lợn”, Thủ tướng đặt vấn đề và cho rằng, phát triển nông nghiệp công nghệ cao là đúng hướng.",
                "“Chúng ta đã bị dưa hấu mấy trận rồi, bây giờ đến thịt lợn”, Thủ tướng nói và cười.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(&str, QuoteKind)> = quotes.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            found,
            [
                ("Chúng ta đã bị dưa hấu mấy trận rồi, bây giờ đến thịt lợn", QuoteKind::Direct),
                ("phát triển nông nghiệp công nghệ cao là đúng hướng.", QuoteKind::Indirect),
                ("Chúng ta đã bị dưa hấu mấy trận rồi, bây giờ đến thịt lợn", QuoteKind::Direct),
            ]
        );
        // a second speech verb after `và`, with `thêm` (further)
        let (quotes, _) = run(
            &[
                "\"Chúng tôi đã vận hành trạm bơm hết công suất\", ông Hoàng Văn Tuấn nói và cho biết thêm nước sẽ rút trong vài giờ tới.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(&str, &str)> =
            quotes.iter().map(|q| (q.text.as_str(), q.cue.as_deref().unwrap_or(""))).collect();
        assert_eq!(
            found,
            [
                ("Chúng tôi đã vận hành trạm bơm hết công suất", "nói"),
                ("nước sẽ rút trong vài giờ tới.", "cho biết thêm"),
            ]
        );
        // the verb's own report after `rằng`: the quotation a saying cited
        let (quotes, _) = run(
            &[
                "Thủ tướng Nguyễn Xuân Phúc dự buổi đối thoại với thanh niên sáng nay tại Hà Nội.",
                "“Trung ngôn nghịch nhĩ”, Thủ tướng cho rằng, các câu hỏi của thanh niên còn cẩn thận quá.",
                "“Chúng tôi rất vui được gặp các bạn”, Thủ tướng nói, sau buổi đối thoại với thanh niên.",
                "“Các bạn hãy có niềm tin vào đất nước”, Thủ tướng nhận định rằng thanh niên cần có khát vọng.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(&str, QuoteKind)> = quotes.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(
            found,
            [
                ("Trung ngôn nghịch nhĩ", QuoteKind::Direct),
                ("các câu hỏi của thanh niên còn cẩn thận quá.", QuoteKind::Indirect),
                ("Chúng tôi rất vui được gặp các bạn", QuoteKind::Direct),
                ("Các bạn hãy có niềm tin vào đất nước", QuoteKind::Direct),
                ("thanh niên cần có khát vọng.", QuoteKind::Indirect),
            ]
        );
    }

    #[test]
    fn a_persian_office_written_short_with_the_home_country_is_its_holders() {
        let (quotes, officials) = run(
            &[
                "سید عباس موسوی سخنگوی وزارت امور خارجه ایران گفت: نشست سران امروز برگزار می‌شود.",
                "سخنگوی وزارت خارجه کشورمان در مورد ادعاهای منتشر شده گفت: مرجع تشخیص وزارت اطلاعات است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("سید عباس موسوی"), Some("سید عباس موسوی")]);
        assert_eq!(officials.len(), 1, "{officials:?}");
        assert_eq!(officials[0].roles, ["سخنگوی وزارت امور خارجه ایران"]);
    }

    #[test]
    fn a_persian_speech_named_as_the_object_reports_nothing() {
        let (quotes, _) = run(
            &[
                "سعید خطیب‌زاده سخنگوی وزارت امور خارجه در ابتدا با اشاره به تحولات اخیر منطقه اظهاراتی را به زبان عربی در این خصوص عنوان کرد.",
                "وی این اقدام را نقض آشکار قوانین بین‌المللی عنوان کرد.",
            ],
            Language::Persian,
        );
        // the remarks are named, not given; the judgement is reported
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert!(quotes[0].text.starts_with("این اقدام"), "{quotes:?}");
        // … and so are the details, heading the object's phrase
        let (quotes, _) = run(
            &["رئیس سازمان امداد و نجات جمعیت هلال احمر آخرین جزئیات زلزله غرب کشور را تشریح کرد."],
            Language::Persian,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_persian_event_of_an_office_holder_names_no_one() {
        let (quotes, officials) = run(
            &[
                "نشست خبری سخنگوی وزارت امور خارجه ایران با خبرنگاران صبح امروز برگزار شد.",
                "دیدار محرمانه اخیر ولیعهد سعودی با مقامات آمریکایی خبرساز شد.",
                "تور اروپایی وزیر خارجه به اسپانیا و ایتالیا از امروز آغاز می‌شود.",
                // (an act or a change of one: `تغییر وزیر`, the minister's
                // replacement; `عملکرد`, record; `تصمیم`, decision)
                "گروهی تغییر وزیر فرهنگ را ناشی از فشارهای بیرونی می‌دانند.",
                "کارشناسی عملکرد وزیر نیرو را موفق ارزیابی کرد.",
                "نماینده‌ای تصمیم وزیر کار را نادرست خواند.",
            ],
            Language::Persian,
        );
        assert!(quotes.is_empty() && officials.is_empty(), "{officials:?}");
    }

    #[test]
    fn a_persian_office_joined_by_va_goes_on_to_a_stop_before_another_title() {
        for capacity in ["به‌عنوان", "بهعنوان", "به عنوان"] {
            let (quotes, officials) = run(
                &[&format!(
                    "عیسی زارع پور وزیر ارتباطات و فناوری اطلاعات {capacity} نماینده رئیس‌جمهور در سفر به ماسال اظهار کرد: دشمن از هیچ ضربه‌ای غافل نشده است."
                )],
                Language::Persian,
            );
            assert_eq!(speakers(&quotes), [Some("عیسی زارع پور")]);
            assert_eq!(quotes[0].speaker.role.as_deref(), Some("وزیر ارتباطات و فناوری اطلاعات"), "{capacity}");
            assert_eq!(officials.len(), 1, "{officials:?}");
        }
    }

    #[test]
    fn a_persian_announcement_joined_to_a_report_gives_both() {
        let (quotes, _) = run(
            &[
                "حسن روحانی همچنین از افزایش حقوق کارمندان خبر داد و گفت این افزایش از ابتدای سال اجرا می‌شود.",
                "علی ربیعی این طرح را اقدامی اساسی دانست و گفت دولت از آن حمایت می‌کند.",
                "علی ربیعی از افزایش حقوق کارمندان خبر داد و از مجلس قدردانی کرد.",
                // the second verb's report may be a quotation at once
                "ذبیح‌الله مجاهد، سخنگوی این گروه در نشست خبری اعضای کابینه را اعلام کرد و گفت “این یک اداره سرپرست است و موقت است.”",
                // joined by `but`
                "علی ربیعی از وجود فایل صوتی خبر داد اما تاکید کرد که انتشار آن مصلحت نیست.",
            ],
            Language::Persian,
        );
        let cued: Vec<(&str, &str)> =
            quotes.iter().map(|q| (q.cue.as_deref().unwrap_or(""), q.text.as_str())).collect();
        assert_eq!(
            cued,
            [
                ("خبر داد", "همچنین از افزایش حقوق کارمندان خبر داد"),
                ("گفت", "این افزایش از ابتدای سال اجرا می‌شود."),
                ("دانست", "این طرح را اقدامی اساسی دانست"),
                ("گفت", "دولت از آن حمایت می‌کند."),
                // a second verb that reports nothing leaves the first alone
                ("خبر داد", "از افزایش حقوق کارمندان خبر داد"),
                ("اعلام کرد", "در نشست خبری اعضای کابینه را اعلام کرد"),
                ("گفت", "این یک اداره سرپرست است و موقت است."),
                ("خبر داد", "از وجود فایل صوتی خبر داد"),
                ("تاکید کرد", "انتشار آن مصلحت نیست."),
            ]
        );
    }

    #[test]
    fn a_persian_participle_sharing_the_auxiliary_leaves_its_object_to_itself() {
        let (quotes, _) = run(
            &[
                "محمود بهمنی رئیس بانک مرکزی افزایش تورم را ناشی از لغو یارانه‌ها دانسته و گفته است که در آینده جهش قیمت‌ها کاهش خواهد یافت.",
            ],
            Language::Persian,
        );
        let said: Vec<(&str, &str)> =
            quotes.iter().map(|q| (q.cue.as_deref().unwrap_or(""), q.text.as_str())).collect();
        assert_eq!(said, [("گفته است", "در آینده جهش قیمت‌ها کاهش خواهد یافت.")]);
    }

    #[test]
    fn persian_claims_and_replies_are_speech() {
        let (quotes, _) = run(
            &[
                "علی ربیعی سخنگوی دولت ادعا کرد که دولت برای کاهش تورم برنامه دارد.",
                "ربیعی در پاسخ به سوال دیگری پاسخ داد: تصمیمی درباره قیمت بنزین گرفته نشده است.",
            ],
            Language::Persian,
        );
        let cues: Vec<&str> = quotes.iter().filter_map(|q| q.cue.as_deref()).collect();
        assert_eq!(cues, ["ادعا کرد", "پاسخ داد"]);
        assert_eq!(speakers(&quotes), [Some("علی ربیعی"), Some("علی ربیعی")]);
    }

    #[test]
    fn a_persian_act_of_speaking_reports_only_what_follows_a_colon() {
        let (quotes, _) = run(
            &[
                "محمد جواد ظریف امروز درباره مذاکرات هسته‌ای با خبرنگاران سخن گفت.",
                "محمد جواد ظریف در این نشست سخن گفت: ما به مذاکره ادامه می‌دهیم.",
                // a greeting's object is the occasion, an answer's the
                // question, not words said
                "محمد جواد ظریف در آغاز این نشست فرا رسیدن روز ملی دیپلماسی را به همکاران خود تبریک گفت.",
                "محمد جواد ظریف سپس به سؤالات خبرنگاران داخلی و خارجی درباره مذاکرات پاسخ داد.",
                "محمد جواد ظریف پاسخ داد که مذاکرات هفته آینده در وین ادامه خواهد یافت.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("محمد جواد ظریف"), "ما به مذاکره ادامه می‌دهیم."),
                (Some("محمد جواد ظریف"), "مذاکرات هفته آینده در وین ادامه خواهد یافت.")
            ]
        );
    }

    #[test]
    fn a_quotation_an_agency_passes_on_is_of_the_speaker_named_after_it() {
        for reported in [
            "به گزارش ایسنا، «۶۰ درصد مردم با فیلترینگ مخالف هستند و هزینه زیادی صرف آن می‌کنند.»",
            // the agency's name in guillemets, and a second source
            "به گزارش «خلیج فارس» به نقل از خبر آنلاین؛ «۶۰ درصد مردم با فیلترینگ مخالف هستند و هزینه زیادی صرف آن می‌کنند.»",
        ] {
            let (quotes, _) = run(
                &[reported, "این جملات را محمدجعفر قائم پناه معاون اجرایی رییس جمهور در خصوص فیلترینگ بیان کرد."],
                Language::Persian,
            );
            assert_eq!(
                said(&quotes),
                [(Some("محمدجعفر قائم پناه"), "۶۰ درصد مردم با فیلترینگ مخالف هستند و هزینه زیادی صرف آن می‌کنند.")],
                "{reported}"
            );
        }
        // with no quotation before it, the object stands for none, and
        // what follows the verb is no report
        let (quotes, _) = run(
            &[
                "شورای عالی فضای مجازی درباره رفع فیلترینگ تصمیمی نگرفته است.",
                "این جملات را محمدجعفر قائم پناه معاون اجرایی رییس جمهور بیان کرد، سخنانی که بازتاب گسترده‌ای در رسانه‌ها داشت.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), []);
        // a quotation inside the agency's words is none of it
        let (quotes, _) = run(
            &[
                "به گزارش ایسنا، مردم «فیلترینگ» را نمی‌پذیرند و هزینه زیادی صرف آن می‌کنند.",
                "این جملات را محمدجعفر قائم پناه معاون اجرایی رییس جمهور در خصوص فیلترینگ بیان کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), []);
    }

    #[test]
    fn a_persian_quotation_then_this_is_what_x_said() {
        let (quotes, _) =
            run(&["«ما به مذاکره ادامه می‌دهیم»؛ این را محمد جواد ظریف، وزیر امور خارجه، گفت."], Language::Persian);
        assert_eq!(said(&quotes), [(Some("محمد جواد ظریف"), "ما به مذاکره ادامه می‌دهیم")]);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        // a dash sets the speaker off the quotation as a comma does
        let (quotes, _) =
            run(&["«ما به مذاکره ادامه می‌دهیم» - محمد جواد ظریف وزیر امور خارجه گفت."], Language::Persian);
        assert_eq!(said(&quotes), [(Some("محمد جواد ظریف"), "ما به مذاکره ادامه می‌دهیم")]);
    }

    #[test]
    fn a_persian_subheading_run_into_a_sentence_leaves_its_pronoun_the_subject() {
        let (quotes, _) = run(
            &[
                "دکتر علی ابرازه معاون درمان دانشگاه علوم پزشکی قم گفت: دو میلیون خدمت درمانی ارائه شد.",
                "تاکید بر عدالت در دسترسی به خدمات درمانی وی تصریح کرد: دانشگاه خدمات را گسترش داده است.",
                // governed by a preposition, the pronoun is no subject
                "در جلسه امروز به وی گفت: بیمارستان جدید افتتاح می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("علی ابرازه"), "دو میلیون خدمت درمانی ارائه شد."),
                (Some("علی ابرازه"), "دانشگاه خدمات را گسترش داده است."),
            ]
        );
    }

    #[test]
    fn the_and_of_an_outlets_name_joins_no_clause() {
        // `سیما` is a given name too, and the outlet's name no speaker
        let (quotes, _) = run(
            &[
                "«مریم احمدی» در گفتگو با خبرگزاری صدا و سیما، شایعه تعطیلی مدارس را تکذیب کرد.",
                "وی افزود: کلاس‌ها طبق برنامه برگزار می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مریم احمدی"), Some("مریم احمدی")]);
        // a name closed by a comma after `و` that no outlet's kind opens
        // begins a clause
        let (quotes, _) =
            run(&["این سخنان بی‌پاسخ نماند و مهاجرانی، سخنگوی دولت، این ادعا را بی‌اساس دانست."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("مهاجرانی")]);
    }

    #[test]
    fn persian_speaker_of_a_joined_clause_or_before_a_quoted_title() {
        let (quotes, _) = run(
            &[
                "البته واکنش به این فیلم مختص علما نمانده و علی شمخانی، دبیر شورای عالی امنیت ملی هم ساخت چنین اثری را همراستا با مأموریت داعش دانست.",
                "حسین اشمیری تهیه‌کننده فیلم «بانوی بهشت» گفته است که «این فیلم روایتگر زندگی کودکی عراقی است».",
            ],
            Language::Persian,
        );
        // the producer's occupation is his role, not part of his name, and
        // the film's title in guillemets is part of the role
        assert_eq!(speakers(&quotes), [Some("علی شمخانی"), Some("حسین اشمیری")]);
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("تهیه‌کننده فیلم «بانوی بهشت»"));
        assert_eq!(quotes[0].text, "ساخت چنین اثری را همراستا با مأموریت داعش دانست");
        // the title in curly marks as well
        let (quotes, _) = run(
            &["حسین اشمیری تهیه‌کننده فیلم “بانوی بهشت” گفته است که این فیلم روایتگر زندگی کودکی عراقی است."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسین اشمیری")]);
    }

    #[test]
    fn a_persian_office_of_a_body_is_no_person() {
        // `from the parliamentary deputyship of the presidency`, `from the
        // legal section of the presidential institution`
        for body in ["معاونت پارلمانی ریاست جمهوری", "بخش حقوقی نهاد ریاست جمهوری"]
        {
            let sentence = format!(
                "علی رضایی عضو ستاد اطلاع رسانی دولت در واکنش به برکناری معاون از {body} گفت: این تصمیم درست بود."
            );
            let (_, officials) = run(&[sentence.as_str()], Language::Persian);
            assert_eq!(official_names(&officials), ["علی رضایی"], "{body}");
        }
    }

    #[test]
    fn a_persian_noun_of_things_before_an_office_is_no_name() {
        // the president's actions, the talks of the foreign minister, the
        // presidential election; the governor's being slapped; according
        // to the announcement of the chief justice
        for sentence in [
            "کارشناسان از اقدامات رئیس جمهور آمریکا در ماه گذشته انتقاد کردند.",
            "گزارش‌ها از مذاکرات وزیر خارجه با همتای روس حکایت دارد.",
            "پس از انتخابات ریاست جمهوری سال ۱۳۸۸ اعتراض‌هایی رخ داد.",
            "ماجرای سیلی خوردن استاندار آذربایجان شرقی در روز معارفه خبرساز شد.",
            "بنابر اعلام رئیس کل دادگستری استان، سه نفر بازداشت شدند.",
        ] {
            let (_, officials) = run(&[sentence], Language::Persian);
            assert_eq!(official_names(&officials), [] as [&str; 0], "{sentence}");
        }
        // a family name in `ات` is a name; and a person named after such a
        // noun
        for (sentence, name) in [
            ("محمد برکات وزیر نیرو از سد کرج بازدید کرد.", "محمد برکات"),
            ("پس از انتخابات علی رضایی استاندار تهران از مردم تشکر کرد.", "علی رضایی"),
        ] {
            let (_, officials) = run(&[sentence], Language::Persian);
            assert_eq!(official_names(&officials), [name], "{sentence}");
        }
    }

    #[test]
    fn an_afghan_spokesman_named_after_his_office_is_the_speaker_of_both() {
        // Afghan given names (`طارق`, `حمدالله`) open a name as Iranian
        // ones do, in guillemets too; the office named first is his
        let (quotes, officials) = run(
            &[
                "سخنگوی وزارت داخله افغانستان اظهار داشت، جابجایی موقتی نیروهای امنیتی به معنی سقوط ولسوالی ها نیست.",
                "به گزارش رادیودری، «طارق آرین» روز یک شنبه گفت: ادعای طالبان مبنی بر سقوط ولسوالی ها نادرست است.",
                "حمدالله نوری گفت: امنیت شهر مزارشریف برقرار است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("طارق آرین"), Some("طارق آرین"), Some("حمدالله نوری")]);
        assert_eq!(officials[0].roles, ["سخنگوی وزارت داخله افغانستان"]);
    }

    #[test]
    fn persian_speaker_of_a_clause_joined_by_that_after_a_verb() {
        // reporters complained, whereupon the spokesman said: …
        let sentence = "در جلسه امروز برخی خبرنگاران از نبود وزیران انتقاد کردند که علی ربیعی سخنگوی دولت در پاسخ گفت: از هفته بعد وزیران را هم با خود می‌آورم.";
        let (quotes, _) = run(&[sentence], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("علی ربیعی")]);
        assert_eq!(quotes[0].text, "از هفته بعد وزیران را هم با خود می‌آورم.");
        // a relative `که` after a noun opens no clause of its own: the
        // reporter who met the spokesman speaks, not the spokesman
        let sentence = "خبرنگاری که علی ربیعی سخنگوی دولت را در راهرو دید گفت: از هفته بعد وزیران هم می‌آیند.";
        let (quotes, _) = run(&[sentence], Language::Persian);
        assert!(speakers(&quotes).iter().all(|s| *s != Some("علی ربیعی")), "{quotes:?}");
    }

    #[test]
    fn vietnamese_talking_with_someone_is_not_a_report() {
        let (quotes, _) = run(
            &[
                "GS Jack Steinberger trao đổi với GS Lê Kim Ngọc về hội nghị vật lý ở Quy Nhơn.",
                "Ông Trần Văn Hải nói với phóng viên rằng hội nghị sẽ nhìn lại kết quả mới nhất về vật lý hạt.",
                // a quotation before the verb stays a quote whoever was told
                "\"Chúng tôi đã chuẩn bị trong hai năm\", ông Hải nói thêm với phóng viên.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hải"), Some("Trần Văn Hải")]);
        assert_eq!(quotes[0].text, "hội nghị sẽ nhìn lại kết quả mới nhất về vật lý hạt.");
    }

    #[test]
    fn a_vietnamese_speech_verb_joined_to_another_predicate_reports_nothing() {
        let (quotes, _) = run(
            &[
                // chaired the briefing, informed and answered the reporters' questions
                "Chủ tịch UBND tỉnh Lê Văn Dũng đã chủ trì cuộc họp báo, thông tin và giải đáp các thắc mắc của phóng viên về tình hình kinh tế.",
                // said, then left the hall
                "Ông Trần Văn Hải nói rồi rời khỏi hội trường cùng các thành viên trong đoàn công tác.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
        // a second speech verb after the conjunction still reports
        let (quotes, _) = run(
            &["Ông Trần Văn Hải cho biết và khẳng định rằng thành phố sẽ hoàn thành tuyến đường trong năm nay."],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Hải")]);
        assert_eq!(quotes[0].text, "thành phố sẽ hoàn thành tuyến đường trong năm nay.");
        // … so does one after the first verb's short object (confirmed the
        // news and said); a longer run, or one with `rằng`, is the report
        for (sentence, report) in [
            (
                "Ông Trần Văn Hải xác nhận thông tin trên và cho biết, đoàn kiểm tra đã đến hiện trường.",
                "đoàn kiểm tra đã đến hiện trường.",
            ),
            (
                "Ông Trần Văn Hải xác nhận rằng đoàn kiểm tra đã đến và cho biết kết quả sẽ công bố sau.",
                "đoàn kiểm tra đã đến và cho biết kết quả sẽ công bố sau.",
            ),
            (
                "Ông Trần Văn Hải xác nhận, đoàn kiểm tra đã đến và cho biết kết quả sẽ công bố sau.",
                "đoàn kiểm tra đã đến và cho biết kết quả sẽ công bố sau.",
            ),
            (
                "Ông Trần Văn Hải xác nhận đoàn kiểm tra của tỉnh đã đến hiện trường vụ cháy từ sáng sớm và cho biết kết quả sẽ công bố sau.",
                "đoàn kiểm tra của tỉnh đã đến hiện trường vụ cháy từ sáng sớm và cho biết kết quả sẽ công bố sau.",
            ),
        ] {
            let (quotes, _) = run(&[sentence], Language::Vietnamese);
            assert_eq!(said(&quotes), [(Some("Trần Văn Hải"), report)], "{sentence}");
        }
    }

    #[test]
    fn vietnamese_a_report_after_a_short_phrase_with_voi_and_a_comma() {
        let (quotes, _) = run(
            &[
                "Ông Trần Văn Út, nông dân ở huyện Tháp Mười, cho biết với giá bán hiện nay, mỗi hecta lúa ông lãi khoảng 25 triệu đồng.",
                "Chị Nguyễn Thị Lan chia sẻ với PV, năm nay giá hoa tăng mạnh vì nguồn cung giảm.",
                // after a person the comma opens an apposition, not a report
                "GS Jack Steinberger trao đổi với GS Lê Kim Ngọc, phu nhân GS Trần Thanh Vân, về hội nghị vật lý.",
                "Bà Lê Thị Hoa trao đổi với ông Trần Văn Nam, Giám đốc Sở Công Thương, về kế hoạch năm tới.",
                // after a topic the comma goes on with the list of topics
                "Đại tá Trần Văn Bình đã chia sẻ về công tác chữa cháy, cứu nạn cứu hộ tại khu nhà trọ ở quận Hà Đông.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Út"), Some("Nguyễn Thị Lan")]);
        assert_eq!(quotes[0].text, "mỗi hecta lúa ông lãi khoảng 25 triệu đồng.");
        assert_eq!(quotes[1].text, "năm nay giá hoa tăng mạnh vì nguồn cung giảm.");
    }

    #[test]
    fn a_persian_role_right_before_the_speech_verb_ends_there() {
        let (quotes, officials) = run(
            &["علی کریمی سرمربی رئال مادرید گفت: ما برای قهرمانی می‌جنگیم و از هیچ تیمی نمی‌ترسیم."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی کریمی")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("سرمربی رئال مادرید"));
        assert_eq!(officials[0].roles, ["سرمربی رئال مادرید"]);
    }

    #[test]
    fn went_on_reports_only_what_follows_it() {
        let (quotes, _) = run(
            &[
                "علی کریمی وزیر نیرو گفت: برق تابستان تامین می‌شود.",
                // went on supporting the plan: nothing said
                "وی به حمایت از طرح صرفه‌جویی در مصرف آب ادامه داد و از مردم قدردانی کرد.",
                "وی ادامه داد: مصرف آب در تهران کاهش یافته است.",
                "وزیر نیرو همچنین ادامه داد مصرف برق در ماه گذشته کاهش یافته است.",
            ],
            Language::Persian,
        );
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            texts,
            ["برق تابستان تامین می‌شود.", "مصرف آب در تهران کاهش یافته است.", "مصرف برق در ماه گذشته کاهش یافته است."]
        );
    }

    #[test]
    fn the_question_a_speaker_answers_holds_the_subject() {
        let (quotes, _) = run(
            &["رضا احمدی وزیر نیرو در پاسخ به این پرسش که آیا برق قطع می‌شود؟ گفت: برق تابستان تامین می‌شود."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("رضا احمدی")]);
        assert_eq!(quotes[0].text, "برق تابستان تامین می‌شود.");
    }

    #[test]
    fn claims_and_arguments_are_reports_after_an_accusation() {
        let (quotes, _) = run(
            &[
                "علی کریمی وزیر نیرو گفت: برق تابستان تامین می‌شود.",
                // the object before `و` is the accusation's, not the claim's
                "وزیر نیرو شرکت‌ها را به کم‌کاری متهم کرد و مدعی شد که طرح‌ها با تاخیر اجرا شده است.",
                "وی استدلال کرد که قیمت برق باید واقعی شود.",
                // … and so is one of a compound with a speech verb in it
                "وی این اقدام را تبریک گفت و مدعی شد که دولت در این کار پیشگام است.",
            ],
            Language::Persian,
        );
        let found = said(&quotes);
        assert_eq!(
            found,
            [
                (Some("علی کریمی"), "برق تابستان تامین می‌شود."),
                (Some("علی کریمی"), "طرح‌ها با تاخیر اجرا شده است."),
                (Some("علی کریمی"), "قیمت برق باید واقعی شود."),
                (Some("علی کریمی"), "دولت در این کار پیشگام است."),
            ]
        );
    }

    #[test]
    fn an_answer_under_the_name_of_someone_named_before_is_theirs() {
        let interview = [
            "علی رضایی مدیر موزه هنرهای معاصر در گفت‌وگو با خبرنگار ما از نمایشگاه تازه موزه سخن گفت.",
            "خبرنگار: آیا کار تازه‌ای در دست دارید؟",
            "رضایی: مجموعه‌ای درباره دریا را شروع کرده‌ام که امیدوارم سال آینده تمام شود.",
        ];
        let (quotes, _) = run(&interview, Language::Persian);
        assert_eq!(
            said(&quotes),
            [(Some("علی رضایی"), "مجموعه‌ای درباره دریا را شروع کرده‌ام که امیدوارم سال آینده تمام شود.")]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some(":"));
        // a bare name nobody bears yet, with words after its colon, may be
        // a headline's subject, even where an office waits for its
        // holder's name; so may a name with more words before the colon
        let office_first = ["سخنگوی دولت گفت: دولت برای همه برنامه دارد.", interview[1], interview[2]];
        let (quotes, _) = run(&office_first, Language::Persian);
        assert_eq!(speakers(&quotes), [None]);
        let mut longer = interview;
        longer[2] = "رضایی و همکارانش: مجموعه‌ای درباره دریا را شروع کرده‌ایم که امیدواریم سال آینده تمام شود.";
        let (quotes, _) = run(&longer, Language::Persian);
        assert!(quotes.is_empty());
        // a Vietnamese given name alone, under which the interviewer's
        // label names no one
        let phong_van = [
            "Vận động viên Nguyễn Thị Oanh trò chuyện với phóng viên sau khi về nước.",
            "PV: Chị có mệt không sau ba ngày thi đấu liên tục?",
            "Oanh: Tôi hơi mệt nhưng rất vui vì đã hoàn thành mục tiêu của đội.",
        ];
        let (quotes, _) = run(&phong_van, Language::Vietnamese);
        assert_eq!(
            said(&quotes),
            [(Some("Nguyễn Thị Oanh"), "Tôi hơi mệt nhưng rất vui vì đã hoàn thành mục tiêu của đội.")]
        );
        let (quotes, _) = run(&phong_van[1..], Language::Vietnamese);
        assert!(quotes.is_empty());
        // nor does a colon with nothing before it, or a label that is no
        // name (`Oanh (cười):`, laughing)
        for answer in [": Tôi hơi mệt nhưng rất vui.", "Oanh (cười): Tôi hơi mệt nhưng rất vui."] {
            let (quotes, _) = run(&[phong_van[0], phong_van[1], answer], Language::Vietnamese);
            assert!(quotes.is_empty(), "{answer}");
        }
    }

    #[test]
    fn a_guest_named_in_the_lead_answers_questions_set_off_by_shapes() {
        // the lead names its guest as whom the paper talked with, no
        // subject; each question is set off by a square, one of them going
        // on past its question mark, and answered by the plain line after
        let interview = [
            "با همایون کاظمی مدیرعامل شرکت آب منطقه‌ای گفت‌وگو کرده‌ایم.",
            "■ آیا امسال جیره‌بندی آب خواهیم داشت؟",
            "ما ذخایر سدها را با دقت پایش می‌کنیم و فعلا برنامه‌ای برای جیره‌بندی نداریم.",
            "■ کشاورزان چه؟ پارسال بسیاری از آنها از کم‌آبی شکایت داشتند.",
            "سهمیه کشاورزی را بر اساس بارش‌های زمستان تعیین خواهیم کرد.",
        ];
        let (quotes, officials) = run(&interview, Language::Persian);
        assert_eq!(
            said(&quotes),
            [
                (Some("همایون کاظمی"), "ما ذخایر سدها را با دقت پایش می‌کنیم و فعلا برنامه‌ای برای جیره‌بندی نداریم."),
                (Some("همایون کاظمی"), "سهمیه کشاورزی را بر اساس بارش‌های زمستان تعیین خواهیم کرد.")
            ]
        );
        assert_eq!(quotes[0].cue.as_deref(), Some("■"));
        assert_eq!(officials_with_roles(&officials), [("همایون کاظمی", vec!["مدیرعامل شرکت آب منطقه‌ای"])]);
        // with two people named in the lead, the guest is not told
        let mut two = interview;
        two[0] = "با همایون کاظمی مدیرعامل شرکت آب منطقه‌ای و احمد رضایی معاون وزیر نیرو گفت‌وگو کرده‌ایم.";
        let (quotes, _) = run(&two, Language::Persian);
        assert!(quotes.is_empty());
        // a dash opens answers too: a dashed line that goes on past its
        // question mark is no surer a question than an answer, and the
        // dashed line after it is left unquoted
        let (quotes, _) = run(
            &[
                "علی کریمی وزیر نیرو به پرسش‌های خبرنگاران پاسخ داد.",
                "– چرا برق قطع شد؟ نیروگاه‌ها امسال با کمبود سوخت روبه‌رو بودند.",
                "– شبکه برق ما سال‌هاست که فرسوده است و نوسازی آن زمان می‌برد.",
            ],
            Language::Persian,
        );
        assert!(quotes.is_empty());
    }

    #[test]
    fn an_interview_printed_as_dashed_lines_quotes_the_answers() {
        let (quotes, _) = run(
            &[
                "Bộ trưởng Y tế Trần Văn Bình trao đổi với phóng viên về tiền lương.",
                "- Thưa Bộ trưởng, khi nào nhân viên y tế được tăng lương?",
                "- Chúng tôi đã trình Chính phủ đề án tăng phụ cấp.",
                // dashed lines that answer no question are a list
                "- Phụ cấp trực đêm.",
                "- Phụ cấp độc hại và nguy hiểm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Văn Bình")]);
        assert_eq!(quotes[0].text, "Chúng tôi đã trình Chính phủ đề án tăng phụ cấp.");
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        let (quotes, _) = run(
            &[
                "علی کریمی وزیر نیرو به پرسش‌های خبرنگاران پاسخ داد.",
                "– آقای وزیر، آیا برق تابستان قطع می‌شود؟",
                "– برنامه ما تامین برق بدون خاموشی است.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی کریمی")]);
        assert_eq!(quotes[0].text, "برنامه ما تامین برق بدون خاموشی است.");
        // a question marked with a bullet, answered by the plain line after
        let (quotes, _) = run(
            &[
                "احمد شیرزاد، رئیس کمیسیون آموزش مجلس، به پرسش‌های ما پاسخ داد.",
                "* آیا مجلس به وزرای پیشنهادی رأی اعتماد می‌دهد؟",
                "فکر می‌کنم اکثر نمایندگان به آنها رأی اعتماد خواهند داد.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("احمد شیرزاد"), "فکر می‌کنم اکثر نمایندگان به آنها رأی اعتماد خواهند داد.")]);
        assert_eq!(quotes[0].cue.as_deref(), Some("*"));
        // plain questions, each answered by a dashed line, twice over
        let lead = "Nhà thơ Lê Văn Sơn kể với chúng tôi về tập thơ mới.";
        let interview = [
            lead,
            "Ông bắt đầu viết tập thơ này từ khi nào?",
            "- Tôi viết những bài đầu tiên từ mùa hè năm ngoái.",
            "Điều gì khiến ông chọn đề tài quê hương?",
            "- Quê hương là nơi tôi lớn lên và luôn nhớ về.",
        ];
        let (quotes, _) = run(&interview, Language::Vietnamese);
        assert_eq!(
            said(&quotes),
            [
                (Some("Lê Văn Sơn"), "Tôi viết những bài đầu tiên từ mùa hè năm ngoái."),
                (Some("Lê Văn Sơn"), "Quê hương là nơi tôi lớn lên và luôn nhớ về.")
            ]
        );
        // once, it is the writer's question before a list
        let (quotes, _) = run(&interview[..3], Language::Vietnamese);
        assert!(quotes.is_empty());
        // dashed questions, each answered by a plain line, twice over; the
        // first question names a third person, who does not answer it
        let interview = [
            "Bộ trưởng Lê Văn Nam tiếp chúng tôi tại trụ sở Bộ.",
            "- Như Thủ tướng Trần Văn Hải đánh giá, năm qua ngành đã làm tốt. Ông có hài lòng không?",
            "Phải khẳng định đây là kết quả của sự nỗ lực chung của toàn ngành.",
            "- Còn những hồ sơ tồn đọng thì sao, thưa Bộ trưởng?",
            "Chúng tôi sẽ giải quyết dứt điểm trong quý I năm nay.",
        ];
        let (quotes, _) = run(&interview, Language::Vietnamese);
        let answers: Vec<_> = said(&quotes)
            .into_iter()
            .filter(|(_, text)| text.ends_with("năm nay.") || text.starts_with("Phải"))
            .collect();
        assert_eq!(
            answers,
            [
                (Some("Lê Văn Nam"), "Phải khẳng định đây là kết quả của sự nỗ lực chung của toàn ngành."),
                (Some("Lê Văn Nam"), "Chúng tôi sẽ giải quyết dứt điểm trong quý I năm nay.")
            ]
        );
        assert_eq!(quotes.iter().find(|q| q.text.starts_with("Phải")).and_then(|q| q.cue.as_deref()), Some("-"));
        // once, the plain line after a dashed question is the writer's
        let (quotes, _) = run(&interview[..3], Language::Vietnamese);
        assert!(quotes.iter().all(|q| !q.text.starts_with("Phải")));
        // … and a plain question with a plain line after it is no second
        // dashed one
        let rhetorical = ["Vì sao ngành làm được như vậy?", "Câu trả lời nằm ở sự đồng lòng của cán bộ toàn ngành."];
        let (quotes, _) = run(&[&interview[..3], &rhetorical[..]].concat(), Language::Vietnamese);
        assert!(quotes.iter().all(|q| !q.text.starts_with("Phải")));
        // nor do the writer's own questions, each with its plain answer,
        // make an interview of plain questions with dashed answers: the
        // dashed line after the third is a list's
        let (quotes, _) = run(
            &[
                "Bộ trưởng Lê Văn Nam tiếp chúng tôi tại trụ sở Bộ.",
                rhetorical[0],
                rhetorical[1],
                "Điều gì giúp ngành vượt qua khó khăn?",
                "Đó là sự chỉ đạo sát sao và kịp thời của lãnh đạo.",
                "Cần làm gì trong năm tới?",
                "- Tăng phụ cấp trực đêm cho nhân viên y tế tuyến cơ sở.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty());
        // an answer may end with a question of its own, and goes on over
        // the next lines in the first person (a scare-quoted word in one),
        // up to the next question
        let (quotes, _) = run(
            &[
                "Ông Vũ Khoan trò chuyện với PV nhân dịp kỷ niệm Quốc khánh.",
                "* Vì sao ông muốn nhấn mạnh câu chuyện này nhân dịp này?",
                "- Điều quan trọng nhất là nhìn lại lịch sử. Vậy bài học là gì?",
                "Theo tôi, “bảo bối” vạn năng vẫn là dựa vào sức dân.",
                "* Xin ông cho chúng tôi biết thêm về bài học đổi mới?",
                "- Đó là để cho dân được tự do làm ăn.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (
                    Some("Vũ Khoan"),
                    "Điều quan trọng nhất là nhìn lại lịch sử. Vậy bài học là gì? \
                     Theo tôi, “bảo bối” vạn năng vẫn là dựa vào sức dân."
                ),
                (Some("Vũ Khoan"), "Đó là để cho dân được tự do làm ăn.")
            ]
        );
    }

    #[test]
    fn a_line_of_quotation_after_a_direct_quote_goes_on_with_its_speaker() {
        let first = "Trả lời báo chí, ông Phan Ngọc Thọ nói: \"Cách đây 10 năm, tại điện Thái Hòa cũng từng có việc trao giấy phép đầu tư\".";
        let second =
            "\"Thực ra về vấn đề này là sự khác nhau quan điểm mà thôi. Tôi sẽ tiếp thu ý kiến góp ý của dư luận\".";
        let (quotes, _) = run(&[first, second], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Phan Ngọc Thọ"), Some("Phan Ngọc Thọ")]);
        assert!(quotes[1].text.starts_with("Thực ra"));
        // not after a line between them
        let between = "Buổi họp báo diễn ra trong không khí cởi mở với nhiều câu hỏi của phóng viên.";
        let (quotes, _) = run(&[first, between, second], Language::Vietnamese);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        // after a line ending with what the speaker said in indirect
        // speech, the quotation gives their words, whatever ends it (`./.`,
        // the end of an article)
        let indirect = "Ông Phan Ngọc Thọ cho biết tỉnh đã trao giấy phép đầu tư cho dự án \"Laguna\".";
        for second in [second.to_owned(), format!("{second}/.")] {
            let (quotes, _) = run(&[indirect, &second], Language::Vietnamese);
            assert_eq!(speakers(&quotes), [Some("Phan Ngọc Thọ"), Some("Phan Ngọc Thọ")]);
            assert!(quotes[1].text.ends_with("dư luận"), "{:?}", quotes[1].text);
        }
        // but not after a line going on past what they said
        let went_on =
            "Ông Phan Ngọc Thọ cho biết tỉnh đã trao giấy phép đầu tư cho dự án. Buổi họp báo kết thúc lúc 11 giờ.";
        let (quotes, _) = run(&[went_on, second], Language::Vietnamese);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        // nor to a quoted subheading, which has no stop
        let (quotes, _) = run(&[indirect, "\"Dịp để nhìn nhận lại giá trị Việt Nam\""], Language::Vietnamese);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert!(ends_with_stop("“Thực ra chúng tôi rất vui!”") && ends_with_stop("“Thực ra chúng tôi rất vui”./."));
    }

    #[test]
    fn a_dash_joining_a_compound_opens_no_aside() {
        // `kinh tế - xã hội` (socio-economic) twice around the verb: no
        // aside hides it
        let (quotes, _) = run(
            &[
                "Thông tin về tình hình kinh tế - xã hội, bà Trần Thị Hoài Trâm cho biết, các nhiệm vụ phát triển kinh tế - xã hội tiếp tục được triển khai.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Trần Thị Hoài Trâm")]);
        // a role between dashes after a name is still an aside
        let (quotes, _) = run(
            &[
                "Ông Lê Văn An - chuyên gia phân tích thị trường - nhận định giá vàng sẽ còn tăng trong những tháng tới.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(quotes.iter().map(|q| q.cue.as_deref()).collect::<Vec<_>>(), [Some("nhận định")]);
    }

    #[test]
    fn a_relative_clause_after_brackets_holding_a_comma_keeps_the_speaker_before_them() {
        // the comma inside the brackets opens no subject that takes the
        // name before them
        let (quotes, _) = run(
            &["Ông Nguyễn Văn An (Hà Nội, 45 tuổi) là người đầu tiên phát biểu cho rằng dự án cần hoàn thành sớm."],
            Language::Vietnamese,
        );
        assert!(quotes.iter().all(|q| q.speaker.name.as_deref() == Some("Nguyễn Văn An")), "{quotes:?}");
    }

    #[test]
    fn a_short_relative_clause_without_its_pronoun_follows_the_vietnamese_speaker() {
        let (quotes, _) = run(
            &[
                "Luật sư Nguyễn Đình Hưng bào chữa cho bị cáo Trần Hải Sơn cho rằng cáo trạng chưa có đủ căn cứ.",
                // a longer clause, or one with punctuation, is a clause of
                // its own, whose verb reports nothing of the speaker's
                "Bà Lê Thị Hoa yêu cầu lãnh đạo các huyện và các sở ngành có liên quan của tỉnh chỉ đạo các xã rà soát đất công.",
                "Ông Trần Văn Nam yêu cầu lãnh đạo các huyện, thành, thị chỉ đạo rà soát quỹ đất công của tỉnh.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Nguyễn Đình Hưng"), "cáo trạng chưa có đủ căn cứ.")]);
        // a second subject joined to the first is no predicate of it, and
        // a short name after a comma opens an apposition as before
        let (quotes, _) = run(
            &[
                "Ông Lê Văn An cùng bà Trần Thị Bình chia sẻ mong muốn được gặp lại con.",
                "Anh Hùng, từng làm việc tại công ty nhiều năm, nêu nhận xét: “Đó là việc hoàn toàn mới”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(said(&quotes), [(Some("Hùng"), "Đó là việc hoàn toàn mới")]);
        // an aside in brackets may stand between the name and the clause
        let (quotes, _) = run(
            &[
                "Đại biểu Nguyễn Tiến Sinh (Hòa Bình) là người đầu tiên đặt câu hỏi cho Bộ trưởng Trần Tuấn Anh:",
                "- Đâu là trách nhiệm của cơ quan quản lý nhà nước trong quản lý đầu tư tại doanh nghiệp?",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Tiến Sinh")]);
        // … and the clause opens right after it, or it is a clause of its own
        let (quotes, _) = run(
            &["Chủ tịch HĐND tỉnh Bùi Minh Châu (Phú Thọ) yêu cầu lãnh đạo các huyện, thành, thị tăng cường \
               công tác chỉ đạo, thanh tra kiểm tra, rà soát quỹ đất công."],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn a_bracketed_aside_between_the_subject_and_the_verb() {
        let (quotes, _) = run(
            &[
                "Chị Nguyễn Thị Lan (45 tuổi, ở quận 3) cho biết giá rau đã tăng mạnh trong tuần qua.",
                "Ông Nguyễn Văn An (Giám đốc Sở Y tế) cho biết bệnh viện sẽ mở thêm khoa mới trong năm nay.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Thị Lan"), Some("Nguyễn Văn An")]);
        assert_eq!(quotes[0].text, "giá rau đã tăng mạnh trong tuần qua.");
        // in an apposition closed by a comma the brackets are the role's
        let (quotes, _) = run(
            &["Ông Phạm Hoàng Thái Dương, chủ shop Hoa Yêu Thương (TP.HCM), cho biết hoa hồng đang trở nên đắt đỏ."],
            Language::Vietnamese,
        );
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("chủ shop Hoa Yêu Thương (TP.HCM)"));
        // a quotation mark inside the brackets is the aside's, and the
        // brackets' the quotation's before the subject
        let (quotes, _) = run(
            &[
                "Luật sư Hồ Văn Nghĩa (bảo vệ cho bị cáo Phạm Văn Minh, tức Minh “Bu”) cho rằng bị cáo không có mặt tại hiện trường.",
                "“Giá rau đã tăng gấp đôi chỉ trong một tuần” chị Nguyễn Thị Lan (45 tuổi) nói.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Hồ Văn Nghĩa"), "bị cáo không có mặt tại hiện trường."),
                (Some("Nguyễn Thị Lan"), "Giá rau đã tăng gấp đôi chỉ trong một tuần"),
            ]
        );
    }

    #[test]
    fn a_short_name_takes_the_full_name_its_picture_is_captioned_with() {
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let paragraphs =
            ["Nhận xét về các học trò, ông Park nói: \"Các cầu thủ chiến đấu hết mình rồi. Tôi muốn cảm ơn họ\"."]
                .map(str::to_owned);
        let speakers_with = |captions: &[&str]| {
            let captions: Vec<String> = captions.iter().map(|c| (*c).to_owned()).collect();
            let (quotes, _) =
                extract(&paragraphs, &[], None, &captions, Language::Vietnamese, data, &Deadline::never()).unwrap();
            quotes.iter().map(|q| q.speaker.name.clone()).collect::<Vec<_>>()
        };
        let caption = "HLV Park Hang Seo ăn mừng bàn thắng vào lưới Thái Lan - Ảnh: Nguyễn Khánh";
        assert_eq!(speakers_with(&[caption]), [Some("Park Hang Seo".to_owned())]);
        // without it the foreigner is called by the family name alone, as
        // the text does; so where two captions give two full names
        assert_eq!(speakers_with(&[]), [Some("Park".to_owned())]);
        assert_eq!(
            speakers_with(&[caption, "Ông Park Ji Sung tại sân Mỹ Đình - Ảnh: Nguyễn Khánh"]),
            [Some("Park".to_owned())]
        );
    }

    #[test]
    fn an_honorific_name_and_a_description_introduce_someone() {
        let (quotes, _) = run(
            &[
                "Anh Minh, tiểu thương chợ Bến Thành, cho biết giá rau đã tăng mạnh trong tuần qua.",
                "\"Giá rau tăng gấp đôi so với tháng trước\", anh Minh nói thêm.",
                // a one-word name with nothing to introduce it refers back to
                // someone named before, here no one
                "Chị Lan cho biết chợ vẫn đông khách vào buổi sáng.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Minh"), Some("Minh")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("tiểu thương chợ Bến Thành"));
    }

    #[test]
    fn a_persian_office_names_its_holder_between_commas() {
        for (sentence, name) in [
            (
                "وزیر امور خارجه، عباس عراقچی، در نشست خبری امروز گفت: ایران آماده گفت‌وگو با اروپا است.",
                Some("عباس عراقچی"),
            ),
            (
                "سرمربی رئال مادرید، کارلو آنچلوتی، در نشست خبری امروز گفت: ما برای قهرمانی می‌جنگیم.",
                Some("کارلو آنچلوتی"),
            ),
        ] {
            let (quotes, _) = run(&[sentence], Language::Persian);
            assert_eq!(speakers(&quotes), [name], "{sentence}");
        }
        // a time set off by commas is no name; a role run on into its clause
        // (`… را دانش، صنعت سایبری، …`) sets off a list
        let (quotes, officials) = run(
            &[
                "وزیر امور خارجه، روز شنبه، در نشست خبری گفت: ایران آماده گفت‌وگو با اروپا است.",
                "رییس سازمان پدافند غیرعامل مولفه های قدرت سایبری را دانش، صنعت سایبری، مدیریت و زیرساخت برشمرد و گفت: این حوزه مهم است.",
            ],
            Language::Persian,
        );
        assert!(quotes.iter().all(|q| q.speaker.name.is_none()), "{quotes:?}");
        assert!(officials.is_empty(), "{officials:?}");
    }

    #[test]
    fn a_persian_family_name_opened_by_mirza_and_an_adverb_after_the_name() {
        let (quotes, _) = run(
            &[
                "مریم میرزاخانی پیش‌تر گفته بود که ریاضی زیباترین علم است و همه باید آن را دوست داشته باشند.",
                "علی کریمی قبلاً گفته بود که فوتبال ایران به برنامه‌ریزی بلندمدت نیاز دارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مریم میرزاخانی"), Some("علی کریمی")]);
    }

    #[test]
    fn persian_according_to_in_a_joined_clause_then_a_pronoun() {
        let (quotes, _) = run(
            &[
                "فرقه ها فعال تر عضوگیری می‌کنند و به گفته کشیش جان اسمیت، حفظ پیروان کلیسا برای او کار مشکلی شده است.",
                "او می‌گوید: \"من شدیداً معتقدم که این فرقه ها خطرناک هستند.\"",
                // a subheading run into the sentence before the cue
                "کمبود امکانات به گفته کشیش اسمیت، داوطلبان با کمترین امکانات از کلیسا محافظت کرده‌اند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("جان اسمیت"), Some("جان اسمیت"), Some("جان اسمیت")]);
        assert_eq!(quotes[2].text, "داوطلبان با کمترین امکانات از کلیسا محافظت کرده‌اند.");
        assert_eq!(quotes[0].text, "حفظ پیروان کلیسا برای او کار مشکلی شده است.");
    }

    #[test]
    fn persian_according_to_a_pronoun_needs_no_comma() {
        let (quotes, _) = run(
            &[
                "مهدی کریمی وزیر نیرو گفت: مصرف برق در تابستان امسال رکورد تازه‌ای زده است.",
                "به گفته وی این رکورد با همکاری صنایع و خانواده‌ها مدیریت خواهد شد و خاموشی نخواهیم داشت.",
                // a relative clause after the pronoun is no report
                "به گفته او که در جلسه حاضر بود، نیروگاه‌ها آماده‌اند.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("مهدی کریمی"), "مصرف برق در تابستان امسال رکورد تازه‌ای زده است."),
                (Some("مهدی کریمی"), "این رکورد با همکاری صنایع و خانواده‌ها مدیریت خواهد شد و خاموشی نخواهیم داشت."),
            ]
        );
    }

    #[test]
    fn persian_according_to_an_office_needs_no_comma_before_a_clause() {
        let (quotes, _) = run(
            &[
                "به گفته معاون وزیر نفت اگر دولت برنامه‌ای برای افزایش قیمت داشته باشد آن را اعلام می‌کند.",
                // a family name alone names no one the article met
                "به گفته رضایی اگر دولت برنامه‌ای برای افزایش قیمت داشته باشد آن را اعلام می‌کند.",
            ],
            Language::Persian,
        );
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("معاون وزیر نفت"));
        assert_eq!(quotes[0].text, "اگر دولت برنامه‌ای برای افزایش قیمت داشته باشد آن را اعلام می‌کند.");
    }

    #[test]
    fn a_persian_speaker_left_out_after_a_reporting_phrase_is_the_one_before() {
        let (quotes, _) = run(
            &[
                "محمدرضا فرزین رئیس کل بانک مرکزی گفت: بازار ارز آرام است.",
                // the preamble after the source, with its comma or without
                "به گزارش ایسنا، با اشاره به وضعیت بازار گفت: عوامل متعددی در قیمت ارز تاثیرگذار هستند.",
                "به گزارش ایسنا با اشاره به وضعیت بازار افزود: نرخ ارز در ماه آینده کاهش می‌یابد.",
                // … and with a comma of its own, before which the source ends
                "به گزارش ایسنا به نقل از تسنیم با بیان این که مشکلی در بازار نداریم، اما ارز مفت نمی‌دهیم گفت: ارز باید به کشور برگردد.",
            ],
            Language::Persian,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("محمدرضا فرزین"), "بازار ارز آرام است."),
                (Some("محمدرضا فرزین"), "عوامل متعددی در قیمت ارز تاثیرگذار هستند."),
                (Some("محمدرضا فرزین"), "نرخ ارز در ماه آینده کاهش می‌یابد."),
                (Some("محمدرضا فرزین"), "ارز باید به کشور برگردد."),
            ]
        );
        // a preamble after the source's comma is the named subject's, who
        // is the one a pronoun means after it
        let (quotes, _) = run(
            &[
                "محمدرضا فرزین رئیس کل بانک مرکزی گفت: بازار ارز آرام است.",
                "به گزارش ایسنا، مهدی کریمی با اشاره به وضعیت بازار گفت: نرخ ارز کاهش می‌یابد.",
                "به گزارش ایسنا، علی رضایی با اشاره به شایعات اخیر درباره بازار پاسخ داد.",
                "وی تصریح کرد: این شایعات درست نیست.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمدرضا فرزین"), Some("مهدی کریمی"), Some("علی رضایی")]);
    }

    #[test]
    fn persian_according_to_a_full_name_needs_no_comma_where_the_name_ends_early() {
        let (quotes, _) = run(
            &[
                "به گفته عبدالحکیم حکیمی دو کودک در اثر این بیماری جان خود را از دست داده‌اند.",
                // a run of the most words a name has may hold the report's
                "به گفته علی رضایی مردم شهر از این بیماری در امان مانده‌اند.",
            ],
            Language::Persian,
        );
        assert_eq!(said(&quotes), [(Some("عبدالحکیم حکیمی"), "دو کودک در اثر این بیماری جان خود را از دست داده‌اند.")]);
        // (a family name after an honorific too)
        let (quotes, _) =
            run(&["به گفته آقای حکیمی دو کودک در اثر این بیماری جان خود را از دست داده‌اند."], Language::Persian);
        assert_eq!(speakers(&quotes), [Some("حکیمی")]);
        // nor is a family name alone, or an office, a source ending there
        let (quotes, _) = run(
            &[
                "به گفته حکیمی دو کودک در اثر این بیماری جان خود را از دست داده‌اند.",
                "به گفته وزیر صحت دو کودک در اثر این بیماری جان خود را از دست داده‌اند.",
                "به گفته رئیس پلیس کابل دو کودک در اثر این بیماری جان خود را از دست داده‌اند.",
                "کارخانه ایران‌تایر این دستگاه را ساخت.",
                "به گفته مدیر این کارخانه با آمدن این دستگاه دوران تازه‌ای آغاز شده است.",
            ],
            Language::Persian,
        );
        assert!(quotes.is_empty(), "{quotes:?}");
    }

    #[test]
    fn persian_in_the_words_of_is_according_to() {
        let (quotes, _) = run(
            &[
                "به قول آنتونی لین، منتقد آمریکایی، عجیب‌ترین نکته این فیلم این است که آشفته از آب در نیامده است.",
                // an idiom: as the saying goes
                "به قول معروف، کار از محکم‌کاری عیب نمی‌کند و سازندگان فیلم هم همین را نشان دادند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("آنتونی لین")]);
        assert_eq!(quotes[0].cue.as_deref(), Some("به قول"));
        // so are `به اعتقاد` and `به باور` (in the belief of), an opinion
        // given as the source's
        let (quotes, _) = run(
            &[
                "مهدی کریمی وزیر نیرو گفت: مصرف برق در تابستان امسال رکورد تازه‌ای زده است.",
                "به اعتقاد وی، این رکورد با همکاری صنایع و خانواده‌ها مدیریت خواهد شد.",
                "به باور علی سعدوندی، اقتصاددان، دولت باید کسری بودجه را جبران کند.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("مهدی کریمی"), Some("مهدی کریمی"), Some("علی سعدوندی")]);
        assert_eq!(quotes[1].cue.as_deref(), Some("به اعتقاد"));
    }

    #[test]
    fn a_persian_family_name_met_before_is_the_whole_source_with_no_comma_after_it() {
        let (quotes, _) = run(
            &[
                "علی لاریجانی رئیس مجلس گفت که در ثبت نام داوطلبان کمیسیون‌ها تناسب وجود ندارد.",
                "به گفته لاریجانی کمیسیون شوراها که از کمیسیون‌های مهم مجلس است یک داوطلب هم ندارد.",
                // or the full name
                "به گفته علی لاریجانی کمیسیون فرهنگی نیز داوطلبان کمی دارد و به حد نصاب نرسیده است.",
                // or the family name after an honorific
                "به گفته آقای لاریجانی اکنون کمیسیون عمران هم داوطلبان کمی دارد.",
                // a name no one gave before is no source
                "به گفته کمیسیون آموزش نیز داوطلبان کمی دارد و به حد نصاب نرسیده است.",
                // nor is a name before what is no report's first word
                "به گفته لاریجانی (رئیس مجلس) کمیسیون صنایع بیش از چهل داوطلب دارد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی لاریجانی"); 4]);
        assert!(quotes[1].text.starts_with("کمیسیون شوراها"), "{}", quotes[1].text);
        assert!(quotes[2].text.starts_with("کمیسیون فرهنگی"), "{}", quotes[2].text);
        assert!(quotes[3].text.starts_with("اکنون کمیسیون عمران"), "{}", quotes[3].text);
    }

    #[test]
    fn a_source_may_run_straight_into_a_quotation() {
        let (quotes, _) = run(
            &[
                "محمدباقر نوبخت سخنگوی دولت گفت: «پرداخت یارانه نقدی با روند موجود عملی نیست.»",
                // an office, with no comma before the quotation mark
                "به گفته سخنگوی دولت «اگر قرار باشد یارانه در روز ۲۲ هر ماه واریز شود، منابع آن تأمین نمی‌شود.»",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("محمدباقر نوبخت"); 2]);
        assert_eq!(quotes[1].kind, QuoteKind::Direct);
        assert!(quotes[1].text.starts_with("اگر قرار باشد"), "{}", quotes[1].text);
        // a Vietnamese source's apposition too, where a firm's name in
        // quotation marks stays in its office
        let (quotes, _) = run(
            &[
                "Theo ông Nguyễn Văn Nam, Giám đốc Sở Y tế “tình hình dịch bệnh đang được kiểm soát tốt trên địa bàn”.",
                "Theo bà Trần Thị Hoa, Giám đốc Công ty “Sao Mai”, doanh thu quý này tăng mạnh so với cùng kỳ năm ngoái.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(speakers(&quotes), [Some("Nguyễn Văn Nam"), Some("Trần Thị Hoa")]);
        assert_eq!(quotes[0].kind, QuoteKind::Direct);
        assert_eq!(quotes[0].text, "tình hình dịch bệnh đang được kiểm soát tốt trên địa bàn");
        assert_eq!(quotes[1].speaker.role.as_deref(), Some("Giám đốc Công ty “Sao Mai”"));
        assert!(quotes[1].text.starts_with("doanh thu"), "{}", quotes[1].text);
    }

    #[test]
    fn a_persian_subject_may_follow_the_time_with_no_comma() {
        let (quotes, _) = run(
            &[
                "صبح امروز علی لاریجانی رئیس مجلس در جمع خبرنگاران گفت که در ثبت نام داوطلبان تناسب وجود ندارد.",
                "عصر دیروز محمد دهقان نماینده مردم چناران در گفتگو با خبرنگاران گفت که جلسه شنبه برگزار می‌شود.",
                // a month's name that is a given name too (`بهمن`) still
                // names the speaker in full
                "صبح امروز بهمن جعفری رئیس سازمان برنامه در نشست خبری گفت که بودجه به موقع ارائه می‌شود.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی لاریجانی"), Some("محمد دهقان"), Some("بهمن جعفری")]);
        // a weekday, and a date after it
        let (quotes, _) =
            run(&["روز سه‌شنبه ۱۸ مهر وزیر کشور در نشست خبری گفت که انتخابات به موقع برگزار می‌شود."], Language::Persian);
        assert_eq!(speakers(&quotes), [None]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("وزیر کشور"));
        assert!(quotes[0].text.starts_with("انتخابات"), "{}", quotes[0].text);
    }

    #[test]
    fn a_persian_word_after_one_of_is_a_plural_no_name() {
        let (_, officials) = run(
            &["جلسه اصلی شنبه با حضور یکی از نواب ریاست مجلس و روسای شعب برگزار خواهد شد و تکلیف روشن می‌شود."],
            Language::Persian,
        );
        assert!(officials.is_empty(), "{officials:?}");
        // after `از` alone a name opens as before
        let (_, officials) =
            run(&["رئیس مجلس از محمد دهقان نماینده مردم چناران برای پیگیری این طرح قدردانی کرد."], Language::Persian);
        assert_eq!(officials.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["محمد دهقان"]);
    }

    #[test]
    fn persian_words_before_a_preposition_are_no_name() {
        // `بدون مهاجم` (without a forward): no one named `عملا بدون`
        let (_, officials) = run(
            &["مربی تیم گفت: حریف پشت توپ بود و عملا بدون مهاجم بازی می‌کرد و همه بازیکنانش دفاع می‌کردند."],
            Language::Persian,
        );
        assert!(officials.iter().all(|o| o.name != "عملا بدون"), "{officials:?}");
    }

    #[test]
    fn persian_as_told_by_is_according_to() {
        let (quotes, _) = run(
            &[
                "علی دایی سرمربی تیم ملی ایران در این بازی حضور داشت.",
                "به روایت خودش، سال‌ها در تمرینات تیم محله شرکت می‌کرد و هیچ جلسه‌ای را از دست نمی‌داد.",
            ],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("علی دایی")]);
        assert_eq!(quotes[0].cue.as_deref(), Some("به روایت"));
    }

    #[test]
    fn persian_offices_in_the_object_of_a_report_name_no_speaker() {
        let (quotes, officials) = run(
            &[
                "پیش از این روزنامه‌ها خبر از برکناری محمد رضایی وزیر نیرو داده بودند.",
                // the `و` inside an office's nouns joins no clause; offices
                // listed after `از` are the object, and joined by `و` no
                // one speaker
                "امروز نیز چند رسانه از استعفای وزیر آموزش و پرورش، وزیر نیرو و وزیر ورزش خبر دادند.",
            ],
            Language::Persian,
        );
        assert!(quotes.is_empty());
        assert_eq!(official_names(&officials), ["محمد رضایی"]);
    }

    #[test]
    fn persian_two_offices_joined_before_a_singular_verb_are_one_persons() {
        let cases = [
            // a person named before, then by both offices, after a clause
            // of their own (`… نام برد و خاطرنشان کرد`)
            (
                [
                    "حسن کریمی گفت: خرید تضمینی گندم در همه استان‌های کشور از امروز آغاز شده است.",
                    "معاون وزیر جهاد کشاورزی و مدیرعامل شرکت بازرگانی دولتی از سه استان نام برد و خاطرنشان کرد: خرید ادامه دارد.",
                ],
                Some("حسن کریمی"),
            ),
            // the perfect's auxiliary ends a singular verb too
            (
                [
                    "خرید تضمینی گندم از هفته گذشته در همه استان‌های کشور آغاز شده است.",
                    "معاون وزیر جهاد کشاورزی و مدیرعامل شرکت بازرگانی دولتی گفته است که خرید گندم در همه استان‌ها ادامه دارد.",
                ],
                None,
            ),
            // the present singular of `کردن` ends in `ند` and is singular
            (
                [
                    "خرید تضمینی گندم از هفته گذشته در همه استان‌های کشور آغاز شده است.",
                    "سخنگوی دولت و رئیس شورای اطلاع رسانی دولت تاکید می کند: خرید ادامه دارد.",
                ],
                None,
            ),
        ];
        for (paragraphs, name) in cases {
            let (quotes, _) = run(&paragraphs, Language::Persian);
            let last = quotes.last().unwrap_or_else(|| panic!("no quote: {paragraphs:?}"));
            assert_eq!((last.paragraph, last.speaker.name.as_deref()), (1, name), "{paragraphs:?}");
            let role = last.speaker.role.as_deref().unwrap_or_default();
            assert!(role.contains(" و ") && !role.contains("خاطرنشان") && !role.contains("گفته"), "{role}");
        }
    }

    #[test]
    fn persian_name_after_an_office_and_a_comma_is_the_holders() {
        let speech = "خرید تضمینی گندم در همه استان‌های کشور ادامه دارد.";
        let cases = [
            ("مدیرعامل شرکت بازرگانی دولتی، سید حسن کریمی گفت", Some("سید حسن کریمی"), "مدیرعامل شرکت بازرگانی دولتی"),
            (
                "معاون وزیر جهاد کشاورزی و مدیرعامل شرکت بازرگانی دولتی، حسن کریمی گفت",
                Some("حسن کریمی"),
                "معاون وزیر جهاد کشاورزی و مدیرعامل شرکت بازرگانی دولتی",
            ),
            // a family name alone says no one the article named
            ("مدیرعامل شرکت بازرگانی دولتی، کریمی گفت", None, "مدیرعامل شرکت بازرگانی دولتی"),
        ];
        for (subject, name, role) in cases {
            let (quotes, _) = run(&[&format!("{subject}: {speech}")], Language::Persian);
            assert_eq!(speakers(&quotes), [name], "{subject}");
            assert_eq!(speaker_roles(&quotes), [Some(role)], "{subject}");
        }
        // a name that does not run up to the verb is someone else's
        let (quotes, _) = run(
            &[&format!("سخنگوی دولت، حسن کریمی و وزیر کشور را به نشست فرا خواند و گفت: {speech}")],
            Language::Persian,
        );
        assert!(speakers(&quotes).iter().all(|name| name.is_none()), "{quotes:?}");
    }

    #[test]
    fn persian_two_offices_joined_before_a_plural_verb_are_no_one_speaker() {
        for verb in ["گفتند", "گفته اند", "تاکید می کنند"] {
            let (quotes, _) = run(
                &[&format!("وزیر کشور و رئیس سازمان برنامه و بودجه در این نشست {verb}: بودجه استان‌ها افزایش می‌یابد.")],
                Language::Persian,
            );
            assert!(quotes.iter().all(|q| q.speaker.role.is_none() && q.speaker.name.is_none()), "{verb}: {quotes:?}");
        }
        // nor is a pronoun an office joined to another
        let (quotes, _) =
            run(&["وی و رئیس سازمان برنامه و بودجه در این نشست گفت: بودجه استان‌ها افزایش می‌یابد."], Language::Persian);
        assert!(quotes.iter().all(|q| q.speaker.role.is_none()), "{quotes:?}");
    }

    #[test]
    fn persian_event_noun_with_its_ezafe_opens_no_name() {
        let (_, officials) = run(
            &[
                "رسانه‌ها پیش‌تر خبر از استعفای علی کاظمی وزیر راه داده بودند.",
                // `سید` written apart opens the name it stands before
                "شایعه استعفای سید حسن مرادی وزیر نیرو دوباره قوت گرفت.",
            ],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["علی کاظمی", "سید حسن مرادی"]);
    }

    #[test]
    fn persian_deputy_office_runs_on_to_the_office_holder_it_serves() {
        let (quotes, officials) = run(
            &["علیرضا عسگریان؛ معاون رفاه و امور اقتصادی وزیر رفاه درباره این طرح گفت: طرح فجرانه اثرگذار بود."],
            Language::Persian,
        );
        // the name set off by a semicolon is the speaker's
        assert_eq!(speakers(&quotes), [Some("علیرضا عسگریان")]);
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("معاون رفاه و امور اقتصادی وزیر رفاه"));
        assert_eq!(officials.len(), 1, "{officials:?}");
        // the deputy's joined nouns name no second person
        let (quotes, officials) = run(
            &["معاون رفاه و امور اقتصادی وزیر رفاه درباره این طرح گفت: طرح فجرانه اثرگذار بود."],
            Language::Persian,
        );
        assert_eq!(quotes[0].speaker.role.as_deref(), Some("معاون رفاه و امور اقتصادی وزیر رفاه"));
        assert!(officials.is_empty(), "{officials:?}");
        // after an office that serves no one, a title after `و` and a name
        // is the next person's
        let (_, officials) = run(
            &["ملانوری استاندار جدید و معتمدیان استاندار سابق خراسان جنوبی، یکدیگر را در بیرجند ملاقات کردند."],
            Language::Persian,
        );
        let new_governor = officials.iter().find(|o| o.name == "ملانوری");
        assert_eq!(new_governor.map(|o| o.roles.clone()), Some(vec!["استاندار جدید".to_owned()]), "{officials:?}");
    }

    #[test]
    fn persian_name_before_a_stray_quotation_mark_and_its_office() {
        let (quotes, _) = run(
            &["حسن کریمی\" وزیر پیشین کشاورزی که سال‌هاست در کانادا زندگی می‌کند این طرح را اقدامی شتاب‌زده دانست."],
            Language::Persian,
        );
        assert_eq!(speakers(&quotes), [Some("حسن کریمی")]);
        // the relative clause on the speaker is no part of the report
        assert_eq!(quotes[0].text, "این طرح را اقدامی شتاب‌زده دانست");
    }

    #[test]
    fn a_vietnamese_rank_is_a_title_and_the_office_after_it_the_role() {
        let (quotes, _) = run(
            &[
                "Thượng tá Lê Mạnh Hà, Phó Trưởng phòng Tham mưu Công an TP.HCM, khuyến cáo: \"Người dân tuyệt đối không chuyển tiền cho người lạ qua điện thoại\".",
                "Thiếu tướng Nguyễn Văn Minh cho biết lực lượng công an sẽ tăng cường tuần tra trong dịp Tết.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<(Option<&str>, Option<&str>)> =
            quotes.iter().map(|q| (q.speaker.title.as_deref(), q.speaker.role.as_deref())).collect();
        assert_eq!(
            found,
            [(Some("Thượng tá"), Some("Phó Trưởng phòng Tham mưu Công an TP.HCM")), (Some("Thiếu tướng"), None)]
        );
    }

    #[test]
    fn vietnamese_second_office_ends_before_the_predicate_after_a_body_name() {
        let (_, officials) = run(
            &[
                "Tại buổi họp báo, Đại tá Trần Văn Sơn, Chánh văn phòng kiêm người phát ngôn Bộ Công an cũng cho hay vừa qua Bộ Công an cùng với các cơ quan liên quan đã điều tra, xử lý nhiều vụ việc.",
                "Ngày 18/5, ông Lê Văn Hải – Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ đã làm rõ những vấn đề liên quan đến vụ việc.",
                // an office's act may be a word of the body's name there
                "Bà Đỗ Thị Mai, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh Bình Phước, cho biết số ca bệnh đang giảm.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            officials_with_roles(&officials),
            [
                // (a rank is a title, as `ông` is)
                ("Trần Văn Sơn", vec!["Chánh văn phòng kiêm người phát ngôn Bộ Công an"]),
                ("Lê Văn Hải", vec!["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"]),
                ("Đỗ Thị Mai", vec!["Phó Giám đốc Trung tâm Y tế dự phòng tỉnh Bình Phước"]),
            ]
        );
    }

    #[test]
    fn a_quotation_holding_a_quoted_term_is_read_whole() {
        let (quotes, _) = run(
            &[
                "“Chúng tôi không chấp nhận việc in “bản đồ sai” lên áo. Đây là việc có tổ chức”, ông Lê Văn Hải nói.",
                "Ông Hải nói “Việc in “bản đồ sai” lên áo là có tổ chức và phải xử lý”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            said(&quotes),
            [
                (Some("Lê Văn Hải"), "Chúng tôi không chấp nhận việc in “bản đồ sai” lên áo. Đây là việc có tổ chức"),
                (Some("Lê Văn Hải"), "Việc in “bản đồ sai” lên áo là có tổ chức và phải xử lý"),
            ]
        );
    }

    #[test]
    fn scare_quotes_are_not_quotes() {
        let (quotes, _) =
            run(&["Công đoàn tiếp tục khẳng định vai trò “điểm tựa” của người lao động."], Language::Vietnamese);
        assert!(quotes.is_empty());
    }

    #[test]
    fn a_holy_figure_named_with_a_salutation_is_no_official() {
        let (_, officials) = run(
            &[
                "سردار علی کریمی فرمانده سپاه استان گفت: خانواده‌ها باید با الگو گرفتن از حضرت فاطمه(س) و امام رضا (ع) صبور باشند.",
                "در این مراسم حضرت‌آیت‌الله محمد کاظمی، امام جمعه شهر، سخنرانی کرد.",
            ],
            Language::Persian,
        );
        assert_eq!(official_names(&officials), ["علی کریمی", "محمد کاظمی"]);
    }

    #[test]
    fn attendee_lists_give_officials_without_quotes() {
        let (quotes, officials) = run(
            &[
                "Dự hội nghị có các đồng chí: Nguyễn Thành Hưng, Uỷ viên Ban chấp hành Đảng bộ tỉnh; Ma Quý Đôn, Phó Chủ tịch UBND huyện Na Hang.",
            ],
            Language::Vietnamese,
        );
        assert!(quotes.is_empty());
        assert_eq!(official_names(&officials), ["Nguyễn Thành Hưng", "Ma Quý Đôn"]);
        assert!(officials.iter().all(|o| o.quotes == 0));
    }

    #[test]
    fn a_vietnamese_hearer_named_before_a_colon_closing_the_line_leaves_the_speech_to_the_next() {
        let (quotes, _) = run(
            &[
                "Đại biểu Nguyễn Tiến Sinh đặt câu hỏi cho Bộ trưởng Bộ Công thương Trần Tuấn Anh:",
                // the dash that sets the line off is no part of the speech
                "- Đâu là trách nhiệm của cơ quan quản lý nhà nước trong quản lý đầu tư tại các doanh nghiệp này?",
                // more words than a hearer takes make a clause of their own
                "Bà Lê Thị Hoa đặt câu hỏi cho các cơ quan chức năng của tỉnh về việc quản lý đất công ích và đất rừng:",
                "Các dự án đất công ích của tỉnh đã được rà soát trong năm nay.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<_> = quotes.iter().map(|q| (q.kind, q.paragraph, q.text.as_str())).collect();
        assert_eq!(
            found[0],
            (
                QuoteKind::Direct,
                1,
                "Đâu là trách nhiệm của cơ quan quản lý nhà nước trong quản lý đầu tư tại các doanh nghiệp này?"
            )
        );
        assert!(quotes.iter().all(|q| q.paragraph != 3), "{found:?}");
    }

    #[test]
    fn a_vietnamese_quotation_after_a_short_object_of_the_verb_and_its_colon() {
        let (quotes, _) = run(
            &[
                "Ông Lê Văn Hùng chỉ nói đúng một câu: “Chúng tôi sẽ trả lời bằng văn bản sau”.",
                // the verb nearest the colon gives the quotation
                "Ông Đỗ Văn Hải trả lời rồi nói: “Mời anh chị uống nước”.",
                // no quotation after the colon: the object is what was said
                "Ông Trần Văn Nam nhấn mạnh ba nhiệm vụ: tăng trưởng, ổn định và an sinh xã hội.",
                // a noun of speech names the speech, however long its phrase
                "Anh Dương Xuân Nam đã nói lời chúc mừng mở đầu buổi họp báo: “Đại hội đã thành công tốt đẹp”.",
                // a longer phrase before the colon is a clause of its own
                "Bà Nguyễn Thị Lan nói những điều đã thống nhất tại cuộc họp: “Tỉnh thiếu giáo viên”.",
            ],
            Language::Vietnamese,
        );
        let found: Vec<_> = quotes.iter().map(|q| (q.kind, q.cue.as_deref().unwrap_or(""), q.text.as_str())).collect();
        assert_eq!(
            found[..4],
            [
                (QuoteKind::Direct, "nói", "Chúng tôi sẽ trả lời bằng văn bản sau"),
                (QuoteKind::Direct, "nói", "Mời anh chị uống nước"),
                (QuoteKind::Indirect, "nhấn mạnh", "ba nhiệm vụ: tăng trưởng, ổn định và an sinh xã hội."),
                (QuoteKind::Direct, "nói", "Đại hội đã thành công tốt đẹp"),
            ]
        );
        assert!(found[4..].iter().all(|(kind, _, _)| *kind == QuoteKind::Indirect), "{found:?}");
    }

    #[test]
    fn a_vietnamese_speech_verb_after_another_predicate_of_its_subject() {
        let (quotes, officials) = run(
            &[
                "Ông Trần Văn Nam cảm ơn mọi người và nói: “Chúng tôi sẽ cố gắng hoàn thành kế hoạch”.",
                "Phóng viên đã làm việc với ông Đoàn Mạnh Tùy, Chánh văn phòng Sở GTVT Hải Dương. Tuy nhiên \
                 trong gần một giờ, ông Tùy từ chối trả lời mọi câu hỏi và chỉ nói: “Mời anh chị uống nước”.",
                "Luật sư Đặng Trọng Dũng, từng công tác tại Sở Tư pháp, nêu nhận xét: “Đó là việc hoàn toàn mới”.",
                // a name after the comma is the body the person works for
                "“Chỉ số có thể đạt 1.500 điểm”, ông Phan Dũng Khánh, Giám đốc Tư vấn, CTCK Maybank nhận định.",
                // two subjects joined, not two predicates
                "Ông Lê Văn An và bà Trần Thị Bình cùng nói: “Chúng tôi sẽ cố gắng hoàn thành kế hoạch”.",
            ],
            Language::Vietnamese,
        );
        assert_eq!(
            speakers(&quotes),
            [Some("Trần Văn Nam"), Some("Đoàn Mạnh Tùy"), Some("Đặng Trọng Dũng"), Some("Phan Dũng Khánh")]
        );
        assert_eq!(quotes[1].text, "Mời anh chị uống nước");
        // the predicate after the apposition is no description of the person
        let roles = officials_with_roles(&officials);
        assert!(roles.contains(&("Đoàn Mạnh Tùy", vec!["Chánh văn phòng Sở GTVT Hải Dương"])), "{roles:?}");
        assert!(roles.contains(&("Đặng Trọng Dũng", vec!["từng công tác tại Sở Tư pháp"])), "{roles:?}");
    }

    #[test]
    fn a_vietnamese_predicate_opened_by_an_adverb_after_a_short_name() {
        let (quotes, officials) =
            run(&["HLV Miura đã từ chối trả lời và ngắn gọn: “Chúng tôi là một tập thể”."], Language::Vietnamese);
        assert_eq!(speakers(&quotes), [Some("Miura")]);
        assert_eq!(officials_with_roles(&officials)[0], ("Miura", vec!["HLV"]));
    }

    #[test]
    fn the_person_a_headline_names_in_full_is_whom_a_short_name_or_a_first_pronoun_means() {
        let run_under =
            |headline: &str, paragraphs: &[&str]| speakers_under(headline, paragraphs, Language::Vietnamese);
        let interview = [
            "Trải lòng về một năm qua: “Chưa thể nói là tất cả đều hoàn hảo”- Bộ trưởng Dung mở đầu câu chuyện.",
            "Nhớ lại những ngày tổng lực, ông không giấu nổi niềm vui: “Năm 2017 là năm đền ơn đáp nghĩa”.",
        ];
        let dung = || Some("Đào Ngọc Dung".to_owned());
        // (the first line's quotation is tagged with the short name after a
        // dash, the second's speaker is the pronoun)
        assert_eq!(run_under("Bộ trưởng Đào Ngọc Dung: “Nâng cao chất lượng lao động”", &interview), [dung(), dung()]);
        assert_eq!(run_under("Bộ trưởng Đào Ngọc Dung: “Nâng cao chất lượng lao động”", &interview[1..]), [dung()]);
        // a label without a title or an office may be no person, and one
        // word is no full name: the pronoun then means no one
        assert!(run_under("Đào Ngọc Dung: “Nâng cao chất lượng lao động”", &interview[1..]).is_empty());
        assert!(run_under("Bộ trưởng Dung: “Nâng cao chất lượng lao động”", &interview[1..]).is_empty());
        // a headline that names the person the text shortens, with no label
        let visit = ["Ông Dung nói: “Chúng tôi sẽ hỗ trợ người lao động trong dịp Tết”."];
        assert_eq!(run_under("Bộ trưởng Đào Ngọc Dung thăm công nhân khu công nghiệp", &visit), [dung()]);
        assert!(run_under("Thăm công nhân khu công nghiệp dịp Tết", &visit).is_empty());
        // a given name of two words ends the full name too
        let said = ["“Ai sai sẽ chịu trách nhiệm, nhưng chính quyền phải khắc phục”, bà Quyết Tâm nói."];
        let headline = "Bà Nguyễn Thị Quyết Tâm: “Lãnh đạo đương nhiệm phải giải quyết”";
        assert_eq!(run_under(headline, &said), [Some("Nguyễn Thị Quyết Tâm".to_owned())]);
    }
}
