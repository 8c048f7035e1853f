//! The outline: the lines of a report as a tree of sections. Zones first (news introduction,
//! page furniture, opening, body, trailing furniture), then headings into parts and sub-parts,
//! lead phrases into topics, and set pieces into editorial sections, keeping every line in order.

use std::ops::Range;

use super::editorial::{self, Kind};
use super::furniture::{is_furniture, is_tail_marker};
use super::headings::{self, Heading};
use super::lines::{is_address, is_bare_address, is_terminated};
use crate::model::{Script, TitleKind};

/// What a section is in the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A section whose title is not in the text.
    Editorial(Kind),
    /// One of a run of paragraphs opening the same way (`這一年,我們…`).
    Theme,
    /// A topic opened by a lead phrase.
    Lead,
    /// A numbered part (`一、`).
    Part,
    /// A numbered sub-part (`（一）`).
    SubPart,
    /// An unnumbered part (`2022年工作回顧`).
    Unnumbered,
    /// An annex (`附件1`).
    Annex,
    /// A glossary (`名词解释`).
    Glossary,
}

/// A section under construction.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the section is.
    pub role: Role,
    /// The numbering as printed.
    pub label: Option<String>,
    /// The title without the label.
    pub title: String,
    /// Where the title comes from.
    pub title_kind: TitleKind,
    /// The paragraphs, one per line of the input.
    pub paragraphs: Vec<String>,
    /// Sub-sections.
    pub children: Vec<Node>,
    number: u32,
    awaits_intro: bool,
}

impl Node {
    fn line(role: Role, label: Option<String>, title: String, number: u32) -> Self {
        Node {
            role,
            label,
            title,
            title_kind: TitleKind::Line,
            paragraphs: Vec::new(),
            children: Vec::new(),
            number,
            awaits_intro: false,
        }
    }

    fn titled(role: Role, title_kind: TitleKind, title: String, paragraphs: Vec<String>) -> Self {
        Node {
            title_kind,
            paragraphs,
            ..Node::line(role, None, title, 0)
        }
    }

    fn last_number(&self, role: Role) -> u32 {
        self.children
            .iter()
            .rev()
            .find(|c| c.role == role)
            .map_or(0, |c| c.number)
    }
}

/// The outline of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// Top-level sections in reading order.
    pub sections: Vec<Node>,
    /// Lines set aside in page-furniture sections.
    pub furniture_lines: usize,
}

/// Where the parts of the input are, as line ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Zones {
    intro: Range<usize>,
    furniture: Range<usize>,
    front: Range<usize>,
    body: Range<usize>,
    tail: Range<usize>,
}

/// A news introduction ends with a line like `原文如下:` within this many lines.
const MAX_INTRO_LINES: usize = 12;

fn zones(lines: &[String]) -> Zones {
    let intro_end = lines
        .iter()
        .take(MAX_INTRO_LINES)
        .position(|l| l.contains("原文如下") && l.chars().count() <= 12)
        .map_or(0, |i| i + 1);
    let starts_body = |line: &String| {
        is_address(line)
            || matches!(
                headings::heading(line),
                Some(Heading::Part { .. } | Heading::Unnumbered(_))
            )
    };
    let body_start = lines[intro_end..]
        .iter()
        .position(starts_body)
        .map_or(intro_end, |i| intro_end + i);
    let furniture_end = (intro_end..body_start)
        .rev()
        .find(|&i| is_furniture(&lines[i], i.checked_sub(1).map(|p| lines[p].as_str())))
        .map_or(intro_end, |i| i + 1);
    let tail_start = (body_start..lines.len())
        .find(|&i| is_tail_marker(&lines[i]))
        .unwrap_or(lines.len());
    Zones {
        intro: 0..intro_end,
        furniture: intro_end..furniture_end,
        front: furniture_end..body_start,
        body: body_start..tail_start,
        tail: tail_start..lines.len(),
    }
}

/// A heading or a paragraph; a paragraph is the lines of one logical paragraph (a line broken
/// mid-sentence, or a bare `各位代表！`, continues on the next line).
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Heading(Heading),
    Paragraph(Vec<String>),
}

fn items(lines: &[String]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for line in lines {
        let heading = headings::heading(line).filter(|h| {
            // A glossary straight after an annex marker is the annex's own title.
            !(matches!(h, Heading::Glossary(_))
                && matches!(items.last(), Some(Item::Heading(Heading::Annex(_)))))
        });
        if let Some(heading) = heading {
            if !pending.is_empty() {
                items.push(Item::Paragraph(std::mem::take(&mut pending)));
            }
            items.push(Item::Heading(heading));
            continue;
        }
        pending.push(line.clone());
        if is_terminated(line) && !is_bare_address(line) {
            items.push(Item::Paragraph(std::mem::take(&mut pending)));
        }
    }
    if !pending.is_empty() {
        items.push(Item::Paragraph(pending));
    }
    items
}

/// The printed form of a heading, for when it turns out to be an ordinary line.
fn heading_line(heading: &Heading) -> Vec<String> {
    match heading {
        Heading::Part { label, title, .. } => vec![format!("{label}{title}")],
        Heading::SubPart {
            label, title, rest, ..
        } => vec![format!("{label}{title}{}", rest.as_deref().unwrap_or(""))],
        Heading::Unnumbered(t) | Heading::Annex(t) | Heading::Glossary(t) => vec![t.clone()],
    }
}

/// The last paragraph of the main body when it is the closing appeal (`各位代表！…`).
fn closing(items: &[Item]) -> Option<usize> {
    let first_heading = items.iter().position(|i| matches!(i, Item::Heading(_)))?;
    let main_end = items
        .iter()
        .skip(first_heading)
        .position(|i| matches!(i, Item::Heading(Heading::Annex(_) | Heading::Glossary(_))))
        .map_or(items.len(), |p| first_heading + p);
    let last = main_end.checked_sub(1)?;
    match &items[last] {
        Item::Paragraph(lines) if last > first_heading && is_address(&lines[0]) => Some(last),
        _ => None,
    }
}

/// Marks paragraphs in runs of three or more that open with the same anchor (`這一年`).
fn themes(items: &[Item]) -> Vec<bool> {
    let anchors: Vec<Option<&str>> = items
        .iter()
        .map(|item| match item {
            Item::Paragraph(lines) => editorial::theme_anchor(&lines[0]),
            Item::Heading(_) => None,
        })
        .collect();
    let mut marks = vec![false; items.len()];
    let mut start = 0;
    while start < items.len() {
        let end = (start..items.len())
            .find(|&i| anchors[i].is_none() || anchors[i] != anchors[start])
            .unwrap_or(items.len());
        if anchors[start].is_some() && end - start >= 3 {
            marks[start..end].fill(true);
        }
        start = end.max(start + 1);
    }
    marks
}

/// For each item, whether the next heading (or the closing) is a sub-part heading.
fn next_is_sub_part(items: &[Item], closing: Option<usize>) -> Vec<bool> {
    let mut marks = vec![false; items.len()];
    let mut next = false;
    for (i, item) in items.iter().enumerate().rev() {
        marks[i] = next;
        if let Item::Heading(h) = item {
            next = matches!(h, Heading::SubPart { .. });
        } else if Some(i) == closing {
            next = false;
        }
    }
    marks
}

/// Builds the outline of a report's lines.
pub fn outline(lines: &[String], script: Script) -> Outline {
    let zones = zones(lines);
    let title = |kind| {
        editorial::kind_title(kind, script)
            .unwrap_or_default()
            .to_string()
    };
    let editorial_node = |kind, range: Range<usize>| {
        Node::titled(
            Role::Editorial(kind),
            TitleKind::Editorial,
            title(kind),
            lines[range].to_vec(),
        )
    };
    let mut sections = Vec::new();
    for (kind, range) in [
        (Kind::Intro, zones.intro.clone()),
        (Kind::Furniture, zones.furniture.clone()),
    ] {
        if !range.is_empty() {
            sections.push(editorial_node(kind, range));
        }
    }
    let items = items(&lines[zones.body.clone()]);
    let first_heading = items
        .iter()
        .position(|i| matches!(i, Item::Heading(_)))
        .unwrap_or(items.len());
    let mut front = editorial_node(Kind::Front, zones.front.clone());
    for item in &items[..first_heading] {
        if let Item::Paragraph(lines) = item {
            front.paragraphs.extend(lines.iter().cloned());
        }
    }
    if !front.paragraphs.is_empty() {
        sections.push(front);
    }
    let mut builder = Builder {
        roots: sections,
        path: Vec::new(),
        script,
    };
    let closing = closing(&items);
    let themes = themes(&items);
    let next_sub = next_is_sub_part(&items, closing);
    for (i, item) in items.iter().enumerate().skip(first_heading) {
        match item {
            Item::Heading(heading) => builder.heading(heading),
            Item::Paragraph(lines) if Some(i) == closing => builder.closing(lines.clone()),
            Item::Paragraph(lines) => builder.paragraph(lines.clone(), themes[i], next_sub[i]),
        }
    }
    let mut sections = builder.roots;
    if !zones.tail.is_empty() {
        sections.push(editorial_node(Kind::Furniture, zones.tail.clone()));
    }
    Outline {
        sections,
        furniture_lines: zones.furniture.len() + zones.tail.len(),
    }
}

/// The tree as it grows: the open containers are the path of indices from a root.
struct Builder {
    roots: Vec<Node>,
    path: Vec<usize>,
    script: Script,
}

fn node_at<'a>(roots: &'a mut [Node], path: &[usize]) -> Option<&'a mut Node> {
    let (first, rest) = path.split_first()?;
    let mut node = roots.get_mut(*first)?;
    for &i in rest {
        node = node.children.get_mut(i)?;
    }
    Some(node)
}

impl Builder {
    fn role_at(&mut self, path: &[usize]) -> Option<Role> {
        node_at(&mut self.roots, path).map(|n| n.role)
    }

    /// Adds `node` under the container at `parent` (a root when empty) and opens it.
    fn open(&mut self, parent: Vec<usize>, node: Node) {
        let siblings = match node_at(&mut self.roots, &parent) {
            Some(container) => &mut container.children,
            None => &mut self.roots,
        };
        siblings.push(node);
        let index = siblings.len() - 1;
        self.path = parent;
        self.path.push(index);
    }

    fn last_number(&mut self, parent: &[usize], role: Role) -> u32 {
        match node_at(&mut self.roots, parent) {
            Some(container) => container.last_number(role),
            None => self
                .roots
                .iter()
                .rev()
                .find(|c| c.role == role)
                .map_or(0, |c| c.number),
        }
    }

    fn heading(&mut self, heading: &Heading) {
        match heading {
            Heading::Unnumbered(title) | Heading::Annex(title) | Heading::Glossary(title) => {
                let role = match heading {
                    Heading::Unnumbered(_) => Role::Unnumbered,
                    Heading::Annex(_) => Role::Annex,
                    _ => Role::Glossary,
                };
                self.open(Vec::new(), Node::line(role, None, title.clone(), 0));
            }
            Heading::Part {
                label,
                number,
                title,
            } => {
                let top = self.path.first().copied();
                let parent = match top.and_then(|t| self.role_at(&[t])) {
                    Some(Role::Unnumbered | Role::Annex) => vec![top.unwrap_or_default()],
                    _ => Vec::new(),
                };
                if !self.in_sequence(&parent, Role::Part, *number) {
                    return self.paragraph(heading_line(heading), false, false);
                }
                let node = Node::line(Role::Part, Some(label.clone()), title.clone(), *number);
                self.open(parent, node);
            }
            Heading::SubPart {
                label,
                number,
                title,
                rest,
            } => {
                let mut parent = self.path.clone();
                if parent.last().is_some() && self.role_at(&parent) == Some(Role::SubPart) {
                    parent.pop();
                }
                if !self.in_sequence(&parent, Role::SubPart, *number) {
                    return self.paragraph(heading_line(heading), false, false);
                }
                let mut node =
                    Node::line(Role::SubPart, Some(label.clone()), title.clone(), *number);
                node.paragraphs.extend(rest.iter().cloned());
                node.awaits_intro = rest.is_none();
                self.open(parent, node);
            }
        }
    }

    /// Numbering restarts at one or goes on by one; anything else is not a heading. The first
    /// part of a text may have any number: an excerpt may open at `二、2026年工作安排`.
    fn in_sequence(&mut self, parent: &[usize], role: Role, number: u32) -> bool {
        let last = self.last_number(parent, role);
        let excerpt_opening = role == Role::Part && parent.is_empty() && last == 0;
        number == 1 || number == last + 1 || excerpt_opening
    }

    fn closing(&mut self, lines: Vec<String>) {
        let title = editorial::kind_title(Kind::Closing, self.script).unwrap_or_default();
        self.roots.push(Node::titled(
            Role::Editorial(Kind::Closing),
            TitleKind::Editorial,
            title.to_string(),
            lines,
        ));
        self.path.clear();
    }

    fn paragraph(&mut self, lines: Vec<String>, theme: bool, next_is_sub_part: bool) {
        let path = self.path.clone();
        let script = self.script;
        match node_at(&mut self.roots, &path) {
            Some(container) if container.role == Role::SubPart => {
                if let Some(lines) = in_sub_part(container, lines, next_is_sub_part, script) {
                    // The paragraph closes the sub-part and its part: it belongs to the top part.
                    self.path.truncate(1);
                    let top = self.path.clone();
                    if let Some(top) = node_at(&mut self.roots, &top) {
                        at_part_level(top, lines, false, script);
                    }
                }
            }
            Some(container) => at_part_level(container, lines, theme, script),
            None => {
                let title = editorial::title_for(&lines.concat());
                let node = Node::titled(
                    Role::Editorial(Kind::Other),
                    TitleKind::Editorial,
                    title,
                    lines,
                );
                self.open(Vec::new(), node);
            }
        }
    }
}

/// Places a paragraph in a sub-part, or hands it back when it belongs higher up.
fn in_sub_part(
    container: &mut Node,
    lines: Vec<String>,
    next_is_sub_part: bool,
    script: Script,
) -> Option<Vec<String>> {
    if let Some(lead) = headings::lead(&lines[0]) {
        let node = Node::titled(Role::Lead, TitleKind::Lead, lead.to_string(), lines);
        container.children.push(node);
        container.awaits_intro = false;
        return None;
    }
    if container.awaits_intro && container.children.is_empty() {
        container.paragraphs.extend(lines);
        container.awaits_intro = false;
        return None;
    }
    let text = lines.concat();
    let kind = editorial::classify(&text);
    let has_topics = container.children.iter().any(|c| c.role == Role::Lead);
    if has_topics && is_address(&text) && !matches!(kind, Kind::Thanks | Kind::Problems) {
        container
            .children
            .push(editorial_child(kind, lines, script));
        return None;
    }
    if !next_is_sub_part {
        return Some(lines);
    }
    match container.children.last_mut() {
        Some(last) => last.paragraphs.extend(lines),
        None => container.paragraphs.extend(lines),
    }
    None
}

/// Places a paragraph in a part: theme runs and set pieces become editorial sub-sections,
/// and once a part has sub-sections every later paragraph goes into one.
fn at_part_level(container: &mut Node, lines: Vec<String>, theme: bool, script: Script) {
    let text = lines.concat();
    if theme {
        let title =
            editorial::theme_title(&lines[0]).unwrap_or_else(|| editorial::title_for(&text));
        let node = Node::titled(Role::Theme, TitleKind::Editorial, title, lines);
        container.children.push(node);
        return;
    }
    let kind = editorial::classify(&text);
    let last_role = container.children.last().map(|c| c.role);
    if kind != Kind::Other {
        match container.children.last_mut() {
            Some(last) if last_role == Some(Role::Editorial(kind)) => last.paragraphs.extend(lines),
            _ => container
                .children
                .push(editorial_child(kind, lines, script)),
        }
        return;
    }
    match (container.children.last_mut(), last_role) {
        (None, _) => container.paragraphs.extend(lines),
        (Some(last), Some(Role::Editorial(_))) if !is_address(&text) => {
            last.paragraphs.extend(lines)
        }
        _ => container
            .children
            .push(editorial_child(kind, lines, script)),
    }
}

fn editorial_child(kind: Kind, lines: Vec<String>, script: Script) -> Node {
    let title = editorial::kind_title(kind, script)
        .map(str::to_string)
        .unwrap_or_else(|| editorial::title_for(&lines.concat()));
    Node::titled(Role::Editorial(kind), TitleKind::Editorial, title, lines)
}

#[cfg(test)]
impl Node {
    /// A bare line section for tests elsewhere in the importer.
    pub fn test_node(title: &str, children: Vec<Node>) -> Node {
        Node {
            children,
            ..Node::line(Role::Part, None, title.to_string(), 0)
        }
    }
}
