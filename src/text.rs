//! Text for the terminal: sanitising untrusted strings, display width, cutting and padding by
//! width, and CJK-aware wrapping. Used by both the CLI and the TUI.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The first-line indent of a paragraph: two full-width spaces, as printed Chinese text is.
pub const PARAGRAPH_INDENT: &str = "\u{3000}\u{3000}";

/// The mark that ends a cut string.
pub const ELLIPSIS: char = '…';

/// Replaces every character that could act on a terminal with a harmless visible one.
///
/// C0 controls become their Control Pictures (ESC shows as `␛`), tab becomes a space, and C1
/// controls, DEL and bidirectional overrides/isolates become U+FFFD. This is the one place
/// where untrusted text is made safe; everything drawn or printed from a dataset passes here.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(safe_char).collect())
}

/// Where each byte offset of a text lands in its [`sanitize`]d form: sanitising replaces
/// characters one for one, but a control character (1 byte) shows as a 3-byte picture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// (offset in the text, offset in the sanitised text) just after each character whose
    /// length changed, in order; empty when the two are the same bytes.
    shifts: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The offset in the sanitised text of byte `offset` of the text.
    pub fn shown(&self, offset: usize) -> usize {
        let before = self.shifts.partition_point(|&(raw, _)| raw <= offset);
        match before.checked_sub(1).map(|i| self.shifts[i]) {
            Some((raw, shown)) => shown + (offset - raw),
            None => offset,
        }
    }

    /// [`OffsetMap::shown`] of both ends of `range`.
    pub fn shown_range(&self, range: Range<usize>) -> Range<usize> {
        self.shown(range.start)..self.shown(range.end)
    }
}

/// [`sanitize`], with the map from the text's byte offsets to the sanitised text's.
pub fn sanitize_mapped(text: &str) -> (Cow<'_, str>, OffsetMap) {
    let shown = sanitize(text);
    let mut map = OffsetMap::default();
    if let Cow::Owned(_) = shown {
        let (mut raw_at, mut shown_at) = (0, 0);
        for c in text.chars() {
            let safe = safe_char(c);
            raw_at += c.len_utf8();
            shown_at += safe.len_utf8();
            if safe.len_utf8() != c.len_utf8() {
                map.shifts.push((raw_at, shown_at));
            }
        }
    }
    (shown, map)
}

/// [`sanitize`] for a message of several lines: the line breaks stay, everything else that
/// could act on a terminal is made visible.
pub fn sanitize_lines(text: &str) -> String {
    text.split('\n')
        .map(sanitize)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes, as JSON `\\uXXXX`, the characters [`sanitize`] would replace that a JSON encoder
/// leaves raw (DEL, C1 controls, bidi overrides), so exported JSON is safe on a terminal and
/// still decodes to the exact text.
pub fn escape_unsafe_in_json(json: &str) -> Cow<'_, str> {
    // JSON encoders already escape C0 controls inside strings; newlines between tokens stay.
    let left_raw = |c: char| c >= '\u{7f}' && is_unsafe(c);
    if !json.chars().any(left_raw) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if left_raw(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The character to show in place of `c`.
fn safe_char(c: char) -> char {
    match c {
        '\t' => ' ',
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        c if is_unsafe(c) => '\u{fffd}',
        c => c,
    }
}

/// True for characters that must never reach a terminal raw.
fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\0'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061c}'
    )
}

/// How wide the terminal draws East Asian *Ambiguous* characters (“ ” · — ≥ Ⅲ ─ │): one
/// column, as most Western set-ups do, or two, as many CJK terminal settings do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AmbiguousWidth {
    /// One column.
    #[default]
    Narrow,
    /// Two columns.
    Wide,
}

impl AmbiguousWidth {
    /// Display width of `text` under this rule.
    pub fn width(self, text: &str) -> usize {
        match self {
            AmbiguousWidth::Narrow => text.width(),
            AmbiguousWidth::Wide => text.width_cjk(),
        }
    }

    /// Display width of `c` under this rule (zero for combining marks and controls).
    pub fn char_width(self, c: char) -> usize {
        match self {
            AmbiguousWidth::Narrow => c.width(),
            AmbiguousWidth::Wide => c.width_cjk(),
        }
        .unwrap_or(0)
    }
}

/// The rule the whole process measures with, fixed once at start-up.
static AMBIGUOUS: OnceLock<AmbiguousWidth> = OnceLock::new();

/// Fixes how wide ambiguous characters are for the rest of the process; call it at start-up,
/// before anything is measured or any thread starts. The width is a property of the terminal,
/// which does not change while the program runs, so it is one process-wide setting rather than
/// a parameter of every function here. Returns false (and changes nothing) if it was fixed
/// already to another rule.
pub fn fix_ambiguous_width(rule: AmbiguousWidth) -> bool {
    *AMBIGUOUS.get_or_init(|| rule) == rule
}

/// The rule in force: what [`fix_ambiguous_width`] set, else narrow.
pub fn ambiguous_width() -> AmbiguousWidth {
    AMBIGUOUS.get().copied().unwrap_or_default()
}

/// Display width in terminal columns (CJK characters take two; ambiguous ones one or two,
/// as [`ambiguous_width`] says).
pub fn width(text: &str) -> usize {
    ambiguous_width().width(text)
}

/// Display width of one character (zero for combining marks and controls).
pub fn char_width(c: char) -> usize {
    ambiguous_width().char_width(c)
}

/// Cuts `text` to at most `max` columns, ending with `…` when something was cut.
/// Never splits a character; a wide character that does not fit is left out whole.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    // The ellipsis is ambiguous: two columns under the wide rule.
    let mark = char_width(ELLIPSIS);
    if max < mark {
        return Cow::Borrowed(&text[..prefix_end(text, max)]);
    }
    let end = prefix_end(text, max - mark);
    let mut cut = text[..end].to_string();
    cut.push(ELLIPSIS);
    Cow::Owned(cut)
}

/// Byte index where the longest prefix of `text` no wider than `columns` ends.
pub fn prefix_end(text: &str, columns: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        let w = char_width(c);
        if used + w > columns {
            return i;
        }
        used += w;
    }
    text.len()
}

/// Pads `text` with spaces on the right to exactly `columns` wide (cutting it first if needed).
pub fn pad_right(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let fill = columns.saturating_sub(width(&cut));
    let mut out = String::with_capacity(cut.len() + fill);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// Formats a number as the report writes it: `6`, `302.6`, `41.55`.
pub fn format_number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// One line of a wrapped paragraph: a byte range of the paragraph, maybe after the indent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    /// True for the first line of a paragraph, which starts with [`PARAGRAPH_INDENT`].
    pub indented: bool,
    /// The bytes of the paragraph on this line (trailing spaces included, see [`visible`]).
    pub range: Range<usize>,
}

impl WrappedLine {
    /// The text of this line with trailing whitespace removed, as it is drawn.
    pub fn visible<'a>(&self, paragraph: &'a str) -> &'a str {
        paragraph[self.range.clone()].trim_end()
    }
}

/// Wraps `paragraph` (already sanitised, no newlines) into lines at most `columns` wide.
///
/// Breaks where Unicode line breaking (UAX #14) allows, so no line starts with `，。、；：？！」』）》”`
/// or ASCII `,;:!?)` and none ends with `“「『（《(`. A run with no allowed break that is wider than
/// a line is cut by width, still never before a closing or after an opening mark when it can
/// be avoided. With `indent`, the first line starts with two full-width spaces. The lines'
/// ranges cover the paragraph exactly, in order.
pub fn wrap(paragraph: &str, columns: usize, indent: bool) -> Vec<WrappedLine> {
    let columns = columns.max(2);
    // In a very narrow pane the indent would leave no room for text.
    let indent = indent && columns >= 8;
    let first_budget = if indent {
        columns - width(PARAGRAPH_INDENT)
    } else {
        columns
    };
    let mut lines = LineBuilder {
        lines: Vec::new(),
        start: 0,
        used: 0,
        budget: first_budget,
        columns,
        indent,
    };
    let mut segment_start = 0;
    for (brk, kind) in linebreaks(paragraph).filter(|&(i, _)| i > 0) {
        let segment = &paragraph[segment_start..brk];
        let visible = width(segment.trim_end());
        if lines.used + visible > lines.budget && lines.start < segment_start {
            lines.end_line(segment_start);
        }
        if visible > lines.budget {
            lines.cut_run(paragraph, segment_start, brk);
        } else {
            lines.used += width(segment);
        }
        if kind == BreakOpportunity::Mandatory && brk < paragraph.len() {
            lines.end_line(brk);
        }
        segment_start = brk;
    }
    if lines.start < paragraph.len() || lines.lines.is_empty() {
        lines.end_line(paragraph.len());
    }
    lines.lines
}

/// Collects wrapped lines; each width is measured once, so wrapping is linear in the text.
struct LineBuilder {
    lines: Vec<WrappedLine>,
    /// Where the open line starts.
    start: usize,
    /// Columns used on the open line.
    used: usize,
    /// Columns available on the open line.
    budget: usize,
    columns: usize,
    indent: bool,
}

impl LineBuilder {
    /// Closes the open line at byte `end` and opens the next one there.
    fn end_line(&mut self, end: usize) {
        let indented = self.indent && self.lines.is_empty();
        self.lines.push(WrappedLine {
            indented,
            range: self.start..end,
        });
        self.start = end;
        self.used = 0;
        self.budget = self.columns;
    }

    /// Cuts `text[from..to]`, a run with no allowed break that is wider than a line, by width;
    /// the rest stays on the open line.
    fn cut_run(&mut self, text: &str, from: usize, to: usize) {
        for (i, c) in text[from..to].char_indices() {
            let at = from + i;
            let w = char_width(c);
            // Backing off a closing mark can leave the rest still too wide: cut again.
            while self.used + w > self.budget && at > self.start {
                let cut = gentle_cut(text, self.start, at);
                self.end_line(cut);
                self.used = width(&text[cut..at]);
            }
            self.used += w;
        }
    }
}

/// Where to end a forced line `text[start..end]` (which fills the width): as late as possible
/// but not after an opening mark or before a closing one, looking back a few characters.
fn gentle_cut(text: &str, start: usize, end: usize) -> usize {
    let first_end = start + text[start..].chars().next().map_or(0, char::len_utf8);
    let mut cut = end;
    for _ in 0..3 {
        let before = text[..cut].chars().next_back();
        let after = text[cut..].chars().next();
        if !before.is_some_and(is_opening) && !after.is_some_and(is_closing) {
            return cut;
        }
        match before {
            Some(c) if cut - c.len_utf8() >= first_end => cut -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// Marks that must not start a line.
fn is_closing(c: char) -> bool {
    "，。、；：？！」』）》”’〉】,.;:!?)]}…".contains(c)
}

/// Marks that must not end a line.
fn is_opening(c: char) -> bool {
    "“‘「『（《〈【([{".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_map_follows_control_characters_that_grow() {
        let raw = "a\u{1b}b\u{7}c";
        let (shown, map) = sanitize_mapped(raw);
        assert_eq!(shown, "a␛b␇c");
        for (offset, c) in raw.char_indices() {
            let at = map.shown(offset);
            assert_eq!(
                shown[at..].chars().next(),
                Some(safe_char(c)),
                "byte {offset}"
            );
        }
        assert_eq!(map.shown(raw.len()), shown.len());
        assert_eq!(sanitize_mapped("無控制字元").1, OffsetMap::default());
    }

    const SEED: &str = include_str!("../assets/xiuzhou-2023.txt");

    fn lines_of(p: &str, columns: usize) -> Vec<String> {
        wrap(p, columns, true)
            .iter()
            .map(|l| l.visible(p).to_string())
            .collect()
    }

    #[test]
    fn sanitize_replaces_escape_sequences_and_bidi_overrides() {
        let dirty = "a\u{1b}[2Jb\u{7}c\u{9b}d\u{202e}e\tf";
        let clean = sanitize(dirty);
        assert_eq!(clean, "a␛[2Jb␇c\u{fffd}d\u{fffd}e f");
        assert!(!clean.chars().any(is_unsafe));
    }

    #[test]
    fn json_escaping_keeps_the_text_but_not_the_raw_controls() {
        let json = serde_json::to_string_pretty(&["a\u{9b}b\u{202e}c\u{1b}"]).expect("json");
        let escaped = escape_unsafe_in_json(&json);
        assert!(!escaped.chars().any(|c| c != '\n' && is_unsafe(c)));
        let back: Vec<String> = serde_json::from_str(&escaped).expect("valid json");
        assert_eq!(back, ["a\u{9b}b\u{202e}c\u{1b}"]);
    }

    #[test]
    fn sanitize_lines_keeps_line_breaks_and_shows_other_controls() {
        assert_eq!(
            sanitize_lines("a.ron:1:2: bad\n  x\u{1b}[2J\r\n ^"),
            "a.ron:1:2: bad\n  x\u{241b}[2J\u{240d}\n ^"
        );
    }

    #[test]
    fn sanitize_borrows_clean_text() {
        assert!(matches!(sanitize("光伏產業"), Cow::Borrowed(_)));
    }

    #[test]
    fn width_counts_cjk_as_two_columns() {
        assert_eq!(width("光伏ab"), 6);
        assert_eq!(width(PARAGRAPH_INDENT), 4);
    }

    #[test]
    fn the_wide_rule_counts_ambiguous_characters_as_two_columns() {
        let text = "“光伏”·≥6%─";
        assert_eq!(AmbiguousWidth::Narrow.width(text), 11);
        assert_eq!(AmbiguousWidth::Wide.width(text), 16);
        assert_eq!(AmbiguousWidth::Wide.char_width('Ⅲ'), 2);
        assert_eq!(AmbiguousWidth::Wide.char_width('a'), 1);
        assert_eq!(AmbiguousWidth::Wide.char_width('\u{301}'), 0);
        // Unit tests run narrow: the process never fixed the rule.
        assert_eq!(width(text), 11);
    }

    #[test]
    fn truncate_never_splits_a_wide_character() {
        assert_eq!(truncate("光伏產業", 5), "光伏…");
        assert_eq!(truncate("光伏產業", 8), "光伏產業");
        assert_eq!(truncate("光伏產業", 1), "…");
        assert_eq!(truncate("光伏產業", 0), "");
        assert_eq!(width(&truncate("a光伏產業", 4)), 4);
    }

    #[test]
    fn pad_right_pads_by_display_width() {
        assert_eq!(pad_right("光伏", 6), "光伏  ");
        assert_eq!(width(&pad_right("光伏產業", 5)), 5);
    }

    #[test]
    fn format_number_writes_numbers_as_the_report_does() {
        assert_eq!(format_number(6.0), "6");
        assert_eq!(format_number(302.6), "302.6");
        assert_eq!(format_number(41.55), "41.55");
    }

    #[test]
    fn wrap_indents_first_line_with_two_full_width_spaces() {
        let p = "光伏產業".repeat(10);
        let lines = wrap(&p, 20, true);
        assert!(lines[0].indented);
        assert!(lines[1..].iter().all(|l| !l.indented));
        assert_eq!(width(&p[lines[0].range.clone()]), 16);
        assert_eq!(width(&p[lines[1].range.clone()]), 20);
    }

    #[test]
    fn wrapped_lines_rejoin_to_the_paragraph_and_fit_the_width() {
        for paragraph in SEED.lines().filter(|l| !l.is_empty()) {
            for columns in [2, 3, 7, 10, 19, 20, 33, 40, 80, 119] {
                let lines = wrap(paragraph, columns, true);
                let joined: String = lines.iter().map(|l| &paragraph[l.range.clone()]).collect();
                assert_eq!(joined, paragraph, "at {columns} columns");
                for line in &lines {
                    let indent = if line.indented { 4 } else { 0 };
                    let w = indent + width(line.visible(paragraph));
                    assert!(w <= columns.max(2), "{w} > {columns}");
                }
            }
        }
    }

    #[test]
    fn no_line_starts_with_closing_or_ends_with_opening_punctuation() {
        for paragraph in SEED.lines().filter(|l| !l.is_empty()) {
            for columns in [10, 20, 33, 40, 57, 80] {
                for line in lines_of(paragraph, columns) {
                    let first = line.chars().next().unwrap_or(' ');
                    let last = line.chars().last().unwrap_or(' ');
                    assert!(
                        !is_closing(first),
                        "starts with {first:?} at {columns}: {line}"
                    );
                    assert!(!is_opening(last), "ends with {last:?} at {columns}: {line}");
                }
            }
        }
    }

    #[test]
    fn ascii_commas_in_chinese_text_stay_at_line_ends() {
        let p = "地區生產總值增長確保6%以上,力爭8%;一般公共預算收入增長3%";
        for columns in 8..30 {
            for line in lines_of(p, columns) {
                assert!(!line.starts_with([',', ';', '%']), "{line} at {columns}");
            }
        }
    }

    #[test]
    fn a_megabyte_without_break_opportunities_wraps_quickly_and_fully() {
        let run = "a".repeat(1 << 20);
        let lines = wrap(&run, 80, true);
        assert_eq!(lines.len(), (1 << 20) / 80 + 1);
        assert_eq!(lines.last().map(|l| l.range.end), Some(run.len()));
        let cjk = "光".repeat(300_000);
        assert!(
            wrap(&cjk, 7, false)
                .iter()
                .all(|l| width(&cjk[l.range.clone()]) <= 7)
        );
    }

    #[test]
    fn forced_cuts_avoid_closing_marks_at_line_start() {
        let run = "“一二三四五六七八九十”";
        for columns in 4..24 {
            for line in lines_of(run, columns) {
                assert!(!line.starts_with('”'), "{line} at {columns}");
            }
        }
    }

    #[test]
    fn wrap_handles_empty_and_tiny_input() {
        assert_eq!(wrap("", 10, true).len(), 1);
        assert!(!wrap("光", 1, true).is_empty());
    }
}
