//! Subjects of services given to people: who is served and what is given.

use super::strip_suffix_any;
use crate::import::headings::is_ideograph;
use crate::import::script::strip_any;

/// Verbs of a service given to people (`为…社会人员开展职业技能培训`).
pub(super) const SERVICE_VERBS: &[&str] = &["开展", "開展", "提供", "进行", "進行"];

/// Words opening a phrase that names who receives a service (`为退役军人提供`).
const RECIPIENT_OPENINGS: &[&str] = &["为", "為", "面向"];

/// Longest subject (characters) that keeps who receives the service it names.
const MAX_SERVICE_SUBJECT: usize = 12;

/// Shortest service (characters) read as a subject without who receives it: `提供服务` names
/// none.
const MIN_SERVICE: usize = 4;

/// Adverbs between the people served and the verb of the service (`免费提供`).
const SERVICE_ADVERBS: &[&str] = &["免费", "免費"];

/// Longest name (characters) of the people served or of the service, read after a count.
const MAX_SERVED_NAME: usize = 10;

/// `subject` without who receives the service it names when it is too long to read as a name:
/// `为未成年人家庭提供一对一公益家庭教育指导服务` gives 一对一公益家庭教育指导服务;
/// `为退役军人提供就业岗位` stays whole.
pub(super) fn without_recipients(subject: &str) -> &str {
    if strip_any(subject, RECIPIENT_OPENINGS).is_none()
        || subject.chars().count() <= MAX_SERVICE_SUBJECT
    {
        return subject;
    }
    SERVICE_VERBS
        .iter()
        .filter_map(|v| subject.find(v).map(|at| &subject[at + v.len()..]))
        .find(|service| service.chars().count() >= MIN_SERVICE)
        .unwrap_or(subject)
}

/// The people counted before a service and the service, from the words after the count:
/// `视力、听力等残疾儿童免费提供人工耳蜗手术、康复训练等康复救助服务` gives 残疾儿童康复救助服务,
/// `困境、留守儿童进行心理健康评估干预` gives 留守儿童心理健康评估干预. Examples before `等` are
/// left out; a list of services with no `等` to name them is not read.
pub(super) fn service_given(after: &str) -> Option<String> {
    let end = after
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(after.len());
    let text = &after[..end];
    let (at, verb) = SERVICE_VERBS
        .iter()
        .filter_map(|v| text.find(v).map(|at| (at, *v)))
        .min()?;
    let people = strip_suffix_any(&text[..at], SERVICE_ADVERBS);
    let people = people
        .rsplit_once('等')
        .or_else(|| people.rsplit_once('、'))
        .map_or(people, |(_, last)| last);
    let service = &text[at + verb.len()..];
    let service = match service.rsplit_once('等') {
        Some((_, named)) => named,
        None if service.contains('、') => return None,
        None => service,
    };
    let readable = |name: &str| {
        (2..=MAX_SERVED_NAME).contains(&name.chars().count()) && name.chars().all(is_ideograph)
    };
    (readable(people) && readable(service)).then(|| format!("{people}{service}"))
}

/// `subject` without the words describing who receives a service, which end in 的 before them:
/// `有意愿从事养老护理工作的社会人员开展职业技能培训` gives 社会人员开展职业技能培训.
pub(super) fn without_description(subject: &str) -> &str {
    let Some(verb) = SERVICE_VERBS.iter().filter_map(|v| subject.find(v)).min() else {
        return subject;
    };
    match subject[..verb].rfind('的') {
        Some(de) if de + '的'.len_utf8() < verb => &subject[de + '的'.len_utf8()..],
        _ => subject,
    }
}
