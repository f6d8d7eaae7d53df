use tally_ingest::Document;

use crate::{Extraction, HedgeTable};

/// Compiled lexicons and patterns. Build once, share across threads.
#[derive(Debug, Default)]
pub struct Extractor {
    hedges: HedgeTable,
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor::default()
    }

    pub fn with_hedges(hedges: HedgeTable) -> Extractor {
        Extractor { hedges }
    }

    /// Every figure in the document's prose, with its sentences and
    /// paragraphs.
    pub fn extract(&self, document: &Document) -> Extraction {
        let _ = (&self.hedges, document);
        Extraction::default()
    }
}
