//! A report as a library holds it: decoded, or left in its cache entry (mapped and checked,
//! never copied) until something needs more of it than its name. A library of a thousand
//! reports then holds a thousand summaries and the few reports read.

use std::sync::{Arc, OnceLock};

use rkyv::rancor;

use crate::archive::Archived;
use crate::model::{Report, Script};

/// What lists, filters and ordering need of a report, read without decoding it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The report's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its region (may be empty).
    pub region: String,
    /// The year it plans for.
    pub year: u16,
    /// The script it is written in.
    pub script: Script,
    /// How many targets it has.
    pub targets: usize,
    /// How many results it has.
    pub results: usize,
}

impl Summary {
    /// The summary of a decoded report.
    pub fn of(report: &Report) -> Summary {
        Summary {
            id: report.id.clone(),
            title: report.title.clone(),
            region: report.region.clone(),
            year: report.year,
            script: report.script,
            targets: report.targets.len(),
            results: report.results.len(),
        }
    }

    /// How the report is named in lists: its region and year, or its title without a region
    /// (as [`Report::label`]).
    pub fn label(&self) -> String {
        if self.region.trim().is_empty() {
            self.title.clone()
        } else {
            format!("{} {}", self.region, self.year)
        }
    }
}

/// A report, decoded or still archived.
pub struct StoredReport {
    summary: Summary,
    /// The key of its cache entry (the hash of its dataset), when known.
    key: Option<u64>,
    held: Held,
}

enum Held {
    Decoded(Arc<Report>),
    Archived {
        archive: Archived<Report>,
        decoded: OnceLock<Arc<Report>>,
    },
}

impl std::fmt::Debug for StoredReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredReport")
            .field("summary", &self.summary)
            .field("key", &self.key)
            .field("decoded", &self.is_decoded())
            .finish()
    }
}

impl StoredReport {
    /// A report already decoded.
    pub fn decoded(report: Report, key: Option<u64>) -> StoredReport {
        StoredReport {
            summary: Summary::of(&report),
            key,
            held: Held::Decoded(Arc::new(report)),
        }
    }

    /// A report left in `archive` (checked already), its summary read from it; `None` when
    /// the archive does not decode to a report's parts.
    pub(crate) fn archived(archive: Archived<Report>, key: u64) -> Option<StoredReport> {
        let report = archive.get();
        let summary = Summary {
            id: report.id.as_str().to_owned(),
            title: report.title.as_str().to_owned(),
            region: report.region.as_str().to_owned(),
            year: report.year.to_native(),
            script: rkyv::deserialize::<Script, rancor::Error>(&report.script).ok()?,
            targets: report.targets.len(),
            results: report.results.len(),
        };
        // Its pages were read to check it; they are read again when it is decoded.
        archive.release_pages();
        Some(StoredReport {
            summary,
            key: Some(key),
            held: Held::Archived {
                archive,
                decoded: OnceLock::new(),
            },
        })
    }

    /// What lists and filters need, without decoding.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The key of its cache entry, when known.
    pub fn key(&self) -> Option<u64> {
        self.key
    }

    /// True once the whole report is in memory.
    pub fn is_decoded(&self) -> bool {
        match &self.held {
            Held::Decoded(_) => true,
            Held::Archived { decoded, .. } => decoded.get().is_some(),
        }
    }

    /// The whole report, decoded on first use and kept.
    pub fn report(&self) -> &Arc<Report> {
        match &self.held {
            Held::Decoded(report) => report,
            Held::Archived { archive, decoded } => decoded.get_or_init(|| {
                let report = Arc::new(decode(archive));
                // Decoded, the entry's pages are not needed again.
                archive.release_pages();
                report
            }),
        }
    }

    /// The whole report, decoded for the caller alone when it is not kept decoded already
    /// (to index a library without keeping every report in memory).
    pub fn report_once(&self) -> Arc<Report> {
        match &self.held {
            Held::Decoded(report) => Arc::clone(report),
            Held::Archived { archive, decoded } => decoded.get().cloned().unwrap_or_else(|| {
                let report = Arc::new(decode(archive));
                archive.release_pages();
                report
            }),
        }
    }

    /// The whole report, owned.
    pub fn into_report(self) -> Report {
        match self.held {
            Held::Decoded(report) => Arc::unwrap_or_clone(report),
            Held::Archived { archive, decoded } => match decoded.into_inner() {
                Some(report) => Arc::unwrap_or_clone(report),
                None => decode(&archive),
            },
        }
    }
}

/// The report an archive checked at its making holds. Every archived report decodes: the
/// archive was checked as a report's when it was made, so a failure here is a bug, and the
/// report it gives is then an empty one with the archive's id rather than a crash.
fn decode(archive: &Archived<Report>) -> Report {
    rkyv::deserialize::<Report, rancor::Error>(archive.get()).unwrap_or_else(|_| {
        Report::plain(archive.get().id.as_str(), Script::Simplified, Vec::new())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn archived() -> StoredReport {
        let report = load::embedded().expect("embedded");
        let archive = Archived::new(&report).expect("archived");
        StoredReport::archived(archive, 7).expect("a report's archive")
    }

    #[test]
    fn an_archived_report_is_summarised_without_being_decoded() {
        let stored = archived();
        let report = load::embedded().expect("embedded");
        assert_eq!(stored.summary(), &Summary::of(&report));
        assert_eq!(stored.summary().label(), report.label());
        assert!(!stored.is_decoded());
        assert_eq!(stored.key(), Some(7));
    }

    #[test]
    fn an_archived_report_decodes_whole_on_first_use_and_is_kept() {
        let stored = archived();
        let once = stored.report_once();
        assert!(!stored.is_decoded(), "decoding once keeps nothing");
        assert_eq!(*once, load::embedded().expect("embedded"));
        let kept = Arc::clone(stored.report());
        assert!(stored.is_decoded());
        assert!(Arc::ptr_eq(&kept, stored.report()));
        assert_eq!(stored.into_report(), *kept);
    }

    #[test]
    fn a_decoded_report_is_its_own_summary() {
        let report = load::embedded().expect("embedded");
        let stored = StoredReport::decoded(report.clone(), None);
        assert!(stored.is_decoded());
        assert_eq!(stored.summary().targets, report.targets.len());
        assert_eq!(stored.into_report(), report);
    }
}
