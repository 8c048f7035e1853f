//! Splitting a paragraph into sentences, as byte ranges.
//!
//! A sentence ends after 。！？； and after ASCII `;` `!` `?` used the same way (this report, like
//! many pasted from the web, writes `;` between Chinese clauses); closing quotes and brackets
//! right after the mark stay with the sentence. An ASCII mark between two Latin letters or
//! digits (`a;b`) is not an end. Spaces around sentences are left out of their ranges.

use std::ops::Range;

/// The byte ranges of the sentences of `paragraph`, in order, none empty.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    let mut previous = None;
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if ends_sentence(previous, c, next) {
            let mut end = at + c.len_utf8();
            while let Some(&(close_at, close)) = chars.peek() {
                if !is_closing(close) {
                    break;
                }
                end = close_at + close.len_utf8();
                chars.next();
            }
            push_trimmed(&mut out, paragraph, start..end);
            start = end;
        }
        previous = Some(c);
    }
    push_trimmed(&mut out, paragraph, start..paragraph.len());
    out
}

/// True when `c`, between `previous` and `next`, ends a sentence.
fn ends_sentence(previous: Option<char>, c: char, next: Option<char>) -> bool {
    match c {
        '。' | '！' | '？' | '；' => true,
        ';' | '!' | '?' => {
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            !(latin(previous) && latin(next))
        }
        _ => false,
    }
}

/// Closing marks that belong to the sentence they follow.
fn is_closing(c: char) -> bool {
    "”’」』）)】》".contains(c)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, paragraph: &str, range: Range<usize>) {
    let text = &paragraph[range.clone()];
    let trimmed = text.trim_start();
    let start = range.start + (text.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    if start < end {
        out.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paragraph: &str) -> Vec<&str> {
        sentences(paragraph)
            .into_iter()
            .map(|r| &paragraph[r])
            .collect()
    }

    #[test]
    fn splits_after_chinese_and_ascii_sentence_marks() {
        assert_eq!(
            texts("增長6%;力爭8%。推進項目！是嗎？好；完成"),
            [
                "增長6%;",
                "力爭8%。",
                "推進項目！",
                "是嗎？",
                "好；",
                "完成"
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            texts("他說“好。”然後（走了。）再見"),
            ["他說“好。”", "然後（走了。）", "再見"]
        );
    }

    #[test]
    fn ascii_marks_inside_latin_text_do_not_split() {
        assert_eq!(texts("見a;b與c?d。"), ["見a;b與c?d。"]);
        assert_eq!(texts("增長8%;2023年"), ["增長8%;", "2023年"]);
    }

    #[test]
    fn spaces_around_sentences_are_left_out() {
        let p = "\u{3000}\u{3000}第一句。 第二句。  ";
        assert_eq!(texts(p), ["第一句。", "第二句。"]);
    }

    #[test]
    fn sentences_cover_the_paragraph_but_for_spaces() {
        let text = include_str!("../../assets/xiuzhou-2023.txt");
        for paragraph in text.lines() {
            let joined: String = texts(paragraph).concat();
            let no_space: String = paragraph.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(
                joined
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>(),
                no_space
            );
        }
        assert!(texts("").is_empty());
        assert!(texts("  ").is_empty());
    }
}
