//! Bytes to text: a BOM decides, else valid UTF-8, else GB18030 or Big5 as chardetng guesses;
//! bytes that do not decode are an error naming their offset, never a silent replacement.

use encoding_rs::{BIG5, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// The encoding to read an input file with (`--encoding`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum EncodingChoice {
    /// A byte order mark decides; else valid UTF-8; else GB18030 or Big5, whichever the text looks like.
    #[default]
    Auto,
    /// UTF-8 (a BOM is skipped).
    #[value(name = "utf-8")]
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// Big5.
    Big5,
    /// UTF-16, big-endian when the file starts with FE FF, little-endian otherwise.
    #[value(name = "utf-16")]
    Utf16,
}

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detection {
    /// The file starts with a byte order mark.
    Bom,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Guessed from the bytes by chardetng.
    Guessed,
    /// Named with `--encoding`.
    Chosen,
}

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text, without any byte order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How the encoding was chosen.
    pub detection: Detection,
}

impl Decoded {
    /// A short description such as `GB18030 (guessed)`.
    pub fn describe(&self) -> String {
        let how = match self.detection {
            Detection::Bom => "byte order mark",
            Detection::ValidUtf8 => "valid UTF-8",
            Detection::Guessed => "guessed",
            Detection::Chosen => "--encoding",
        };
        format!("{} ({how})", self.encoding.name())
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// A byte sequence that is not valid in the encoding.
    #[error(
        "byte {} at offset {offset} (line {line}) is not valid {encoding}; \
         the file may be in another encoding (try --encoding)",
        hex(.bytes)
    )]
    Malformed {
        /// The encoding tried.
        encoding: &'static str,
        /// Offset of the first bad byte from the start of the file.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// The bad bytes.
        bytes: Vec<u8>,
    },
    /// The input is too large to decode in memory.
    #[error("{0} bytes is too large to decode")]
    TooLarge(usize),
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("0x{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Decodes `bytes` as `choice` says.
pub fn decode(bytes: &[u8], choice: EncodingChoice) -> Result<Decoded, DecodeError> {
    let chosen = |encoding| strict(bytes, encoding).map(|text| (text, encoding, Detection::Chosen));
    let (text, encoding, detection) = match choice {
        EncodingChoice::Auto => auto(bytes)?,
        EncodingChoice::Utf8 => chosen(UTF_8)?,
        EncodingChoice::Gb18030 => chosen(GB18030)?,
        EncodingChoice::Big5 => chosen(BIG5)?,
        EncodingChoice::Utf16 if bytes.starts_with(&[0xfe, 0xff]) => chosen(UTF_16BE)?,
        EncodingChoice::Utf16 => chosen(UTF_16LE)?,
    };
    Ok(Decoded {
        text,
        encoding,
        detection,
    })
}

fn auto(bytes: &[u8]) -> Result<(String, &'static Encoding, Detection), DecodeError> {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return strict(bytes, encoding).map(|text| (text, encoding, Detection::Bom));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), UTF_8, Detection::ValidUtf8));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, false);
    let order = if guess == BIG5 {
        [BIG5, GB18030]
    } else {
        [GB18030, BIG5]
    };
    let first = strict(bytes, order[0]);
    match first {
        Ok(text) => Ok((text, order[0], Detection::Guessed)),
        Err(error) => strict(bytes, order[1])
            .map(|text| (text, order[1], Detection::Guessed))
            .map_err(|_| error),
    }
}

/// Decodes without replacement; a BOM of this encoding is removed.
fn strict(bytes: &[u8], encoding: &'static Encoding) -> Result<String, DecodeError> {
    let mut decoder = encoding.new_decoder_with_bom_removal();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .ok_or(DecodeError::TooLarge(bytes.len()))?;
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(text),
        DecoderResult::Malformed(bad, after) => {
            let end = read.saturating_sub(usize::from(after)).min(bytes.len());
            let offset = end.saturating_sub(usize::from(bad));
            Err(DecodeError::Malformed {
                encoding: encoding.name(),
                offset,
                line: bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
                bytes: bytes[offset..end].to_vec(),
            })
        }
        // The buffer is sized for the worst case, so this means the input was too large.
        DecoderResult::OutputFull => Err(DecodeError::TooLarge(bytes.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIMPLIFIED: &str = "各位代表：现在，我代表省人民政府向大会报告工作，请予审议。\n\
        一、2025年工作回顾\n全省生产总值增长5.5%，城镇调查失业率5%以内。\n";
    const TRADITIONAL: &str = "各位代表：現在，我代表區人民政府向大會報告工作，請予審議。\n\
        2022年工作回顧\n實現地區生產總值622.31億元，增長4.3%，這一年我們全力穩住經濟大盤。\n";

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(
            !unmappable,
            "test text must be encodable in {}",
            encoding.name()
        );
        bytes.into_owned()
    }

    #[test]
    fn valid_utf8_is_read_as_utf8() {
        let decoded = decode(SIMPLIFIED.as_bytes(), EncodingChoice::Auto).expect("decodes");
        assert_eq!(decoded.text, SIMPLIFIED);
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.detection, Detection::ValidUtf8);
    }

    #[test]
    fn gb18030_bytes_are_detected_as_gb18030() {
        let decoded = decode(&encode(SIMPLIFIED, GB18030), EncodingChoice::Auto).expect("decodes");
        assert_eq!(decoded.text, SIMPLIFIED);
        assert_eq!(decoded.encoding, GB18030);
        assert_eq!(decoded.detection, Detection::Guessed);
    }

    #[test]
    fn big5_bytes_are_detected_as_big5() {
        let decoded = decode(&encode(TRADITIONAL, BIG5), EncodingChoice::Auto).expect("decodes");
        assert_eq!(decoded.text, TRADITIONAL);
        assert_eq!(decoded.encoding, BIG5);
    }

    #[test]
    fn a_utf16le_bom_decides_and_is_removed() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend(TRADITIONAL.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&bytes, EncodingChoice::Auto).expect("decodes");
        assert_eq!(decoded.text, TRADITIONAL);
        assert_eq!(decoded.encoding, UTF_16LE);
        assert_eq!(decoded.detection, Detection::Bom);
    }

    #[test]
    fn a_utf8_bom_is_removed() {
        let bytes = [b"\xef\xbb\xbf".as_slice(), SIMPLIFIED.as_bytes()].concat();
        let decoded = decode(&bytes, EncodingChoice::Auto).expect("decodes");
        assert_eq!(decoded.text, SIMPLIFIED);
        assert_eq!(decoded.detection, Detection::Bom);
    }

    #[test]
    fn forced_utf16_without_bom_is_little_endian() {
        let bytes: Vec<u8> = SIMPLIFIED
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let decoded = decode(&bytes, EncodingChoice::Utf16).expect("decodes");
        assert_eq!(decoded.text, SIMPLIFIED);
        assert_eq!(decoded.detection, Detection::Chosen);
    }

    #[test]
    fn a_forced_encoding_is_used_even_when_the_bytes_are_utf8() {
        // 年度 in UTF-8 (e5 b9 b4 e5 ba a6) is also valid Big5, where it reads 撟游漲.
        let bytes = "年度".as_bytes();
        let forced = decode(bytes, EncodingChoice::Big5).expect("valid Big5 as well");
        assert_eq!(forced.text, "撟游漲");
        assert_eq!(forced.encoding, BIG5);
        assert_eq!(forced.detection, Detection::Chosen);
        let auto = decode(bytes, EncodingChoice::Auto).expect("valid UTF-8");
        assert_eq!((auto.text.as_str(), auto.encoding), ("年度", UTF_8));
    }

    #[test]
    fn a_forced_encoding_that_does_not_fit_is_an_error_not_a_switch_to_utf8() {
        // 。 in UTF-8 (e3 80 82): e3 80 is no Big5 pair.
        let error = decode("。".as_bytes(), EncodingChoice::Big5).expect_err("not Big5");
        assert!(
            matches!(
                error,
                DecodeError::Malformed {
                    encoding: "Big5",
                    offset: 0,
                    line: 1,
                    ..
                }
            ),
            "{error:?}"
        );
    }

    #[test]
    fn an_undecodable_byte_is_reported_at_its_offset() {
        let mut bytes = encode(SIMPLIFIED, GB18030);
        let offset = bytes.len() - 3;
        bytes.insert(offset, 0xff);
        match decode(&bytes, EncodingChoice::Auto) {
            Err(DecodeError::Malformed {
                offset: at,
                line,
                bytes: bad,
                ..
            }) => {
                assert_eq!(at, offset);
                assert_eq!(line, 3);
                assert_eq!(bad, [0xff]);
            }
            other => panic!("expected a malformed-byte error, got {other:?}"),
        }
    }

    #[test]
    fn invalid_utf8_with_forced_utf8_names_the_offset() {
        let error = decode(b"abc\n\xc3(", EncodingChoice::Utf8).expect_err("invalid");
        assert_eq!(
            error.to_string(),
            "byte 0xc3 at offset 4 (line 2) is not valid UTF-8; \
             the file may be in another encoding (try --encoding)"
        );
    }

    #[test]
    fn a_truncated_utf16_file_is_an_error_at_the_last_byte() {
        let mut bytes = vec![0xff, 0xfe, b'a', 0];
        bytes.push(b'b');
        let error = decode(&bytes, EncodingChoice::Auto).expect_err("odd length");
        assert!(
            matches!(error, DecodeError::Malformed { offset: 4, .. }),
            "{error:?}"
        );
    }
}
