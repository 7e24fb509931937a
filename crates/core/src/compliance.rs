//! The compliance matrix: providers × claims, each cell yes, no or unknown
//! from the catalog's reviewed claims (never guessed), and the filter by
//! required claims.

use crate::{
    catalog::{ComplianceClaim, Provider, Tri},
    parse::Catalog,
};

/// A claim the matrix shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Claim {
    Soc2Type2,
    Iso27001,
    HipaaBaa,
    GdprDpa,
    EuResidency,
    ZeroDataRetention,
    TrainsOnApiData,
}

impl Claim {
    pub const ALL: [Claim; 7] = [Self::Soc2Type2, Self::Iso27001, Self::HipaaBaa, Self::GdprDpa, Self::EuResidency, Self::ZeroDataRetention, Self::TrainsOnApiData];
    /// The id used in the catalog and the URL.
    pub fn id(self) -> &'static str {
        match self {
            Self::Soc2Type2 => "soc2_type2",
            Self::Iso27001 => "iso_27001",
            Self::HipaaBaa => "hipaa_baa",
            Self::GdprDpa => "gdpr_dpa",
            Self::EuResidency => "eu_residency",
            Self::ZeroDataRetention => "zero_data_retention",
            Self::TrainsOnApiData => "trains_on_api_data",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Soc2Type2 => "SOC 2 Type II",
            Self::Iso27001 => "ISO 27001",
            Self::HipaaBaa => "HIPAA BAA available",
            Self::GdprDpa => "GDPR DPA",
            Self::EuResidency => "EU data residency",
            Self::ZeroDataRetention => "Zero-data-retention option",
            Self::TrainsOnApiData => "Trains on API data by default",
        }
    }
    /// What a buyer requiring this claim wants: yes, except "trains on API data", where no.
    pub fn wanted(self) -> Tri {
        if self == Self::TrainsOnApiData {
            Tri::No
        } else {
            Tri::Yes
        }
    }
    /// The requirement in words, for the filter.
    pub fn requirement(self) -> &'static str {
        match self {
            Self::TrainsOnApiData => "Does not train on API data by default",
            other => other.label(),
        }
    }
    pub fn from_id(s: &str) -> Option<Claim> {
        Self::ALL.into_iter().find(|c| c.id() == s)
    }
}

/// Providers whose official trust and data-use pages were reviewed
/// (`../shared/data/sources/compliance_urls.md`); their rows are shown even
/// where every cell is unknown.
pub const REVIEWED_PROVIDERS: [&str; 13] =
    ["openai", "anthropic", "google", "google-vertex", "mistral", "cohere", "amazon-bedrock", "azure", "groq", "togetherai", "fireworks-ai", "deepseek", "xai"];

/// A provider's cell: the claim when the catalog has one, else unknown.
pub fn cell(p: &Provider, claim: Claim) -> (Tri, Option<&ComplianceClaim>) {
    match p.compliance.iter().find(|c| c.claim == claim.id()) {
        Some(c) => (c.value, Some(c)),
        None => (Tri::Unknown, None),
    }
}

/// Whether `p` is confirmed to meet every required claim (unknown does not meet).
pub fn meets(p: &Provider, required: &[Claim]) -> bool {
    required.iter().all(|&c| cell(p, c).0 == c.wanted())
}

/// The matrix's rows: reviewed providers and any other with a claim, in
/// reviewed order then by name; with `required`, only those meeting all.
pub fn rows<'a>(c: &'a Catalog, required: &[Claim]) -> Vec<&'a Provider> {
    let mut out: Vec<&Provider> = REVIEWED_PROVIDERS.iter().filter_map(|id| c.provider(id)).collect();
    let mut others: Vec<&Provider> = c.providers().iter().filter(|p| !p.compliance.is_empty() && !REVIEWED_PROVIDERS.contains(&p.id.as_str())).collect();
    crate::order::sort_by(&mut others, |a, b| a.name.cmp(&b.name));
    out.extend(others);
    out.retain(|p| meets(p, required));
    out
}

/// Counts of sourced (yes/no) and unknown cells over `providers`.
pub fn counts(providers: &[&Provider]) -> (usize, usize) {
    let sourced = providers.iter().map(|p| Claim::ALL.iter().filter(|&&c| cell(p, c).0 != Tri::Unknown).count()).sum::<usize>();
    (sourced, providers.len() * Claim::ALL.len() - sourced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogFile;

    fn catalog() -> Catalog {
        let file: CatalogFile = serde_json::from_value(serde_json::json!({
            "schema_version": 2, "generated_at": "2026-11-20T00:00:00Z", "sources": [],
            "providers": [
                {"id": "openai", "name": "OpenAI", "compliance": [
                    {"claim": "trains_on_api_data", "value": "no", "source": "https://openai.com/business-data/", "checked": "2026-11-26"},
                    {"claim": "zero_data_retention", "value": "yes", "source": "https://openai.com/business-data/", "checked": "2026-11-26"}]},
                {"id": "anthropic", "name": "Anthropic", "compliance": [
                    {"claim": "hipaa_baa", "value": "yes", "source": "https://privacy.claude.com/x", "checked": "2026-11-26"},
                    {"claim": "zero_data_retention", "value": "yes", "source": "https://privacy.claude.com/x", "checked": "2026-11-26"},
                    {"claim": "eu_residency", "value": "yes", "source": "javascript:alert(1)", "checked": "2026-11-26"},
                    {"claim": "soc2_type2", "value": "yes", "source": "https://trust.anthropic.com"}]},
                {"id": "zz", "name": "Other"}
            ],
            "models": [], "offers": []
        }))
        .unwrap();
        Catalog::from_file(file)
    }

    #[test]
    fn cells_are_sourced_or_unknown_and_filters_need_confirmation() {
        let c = catalog();
        // A non-http source and a yes without a checked date are dropped when loading: they stay unknown.
        let anthropic = c.provider("anthropic").unwrap();
        assert_eq!(cell(anthropic, Claim::EuResidency).0, Tri::Unknown);
        assert_eq!(cell(anthropic, Claim::Soc2Type2).0, Tri::Unknown);
        assert_eq!(c.dropped.len(), 2, "{:?}", c.dropped);
        let (v, claim) = cell(anthropic, Claim::HipaaBaa);
        assert_eq!((v, claim.unwrap().source.as_deref()), (Tri::Yes, Some("https://privacy.claude.com/x")));
        assert_eq!(cell(c.provider("openai").unwrap(), Claim::HipaaBaa), (Tri::Unknown, None));

        let ids = |req: &[Claim]| rows(&c, req).iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&[]), ["openai", "anthropic"], "reviewed providers; others only with a claim");
        assert_eq!(ids(&[Claim::ZeroDataRetention]), ["openai", "anthropic"]);
        assert_eq!(ids(&[Claim::HipaaBaa, Claim::ZeroDataRetention]), ["anthropic"]);
        // "Does not train on API data": only a confirmed "no" meets it; unknown does not.
        assert_eq!(ids(&[Claim::TrainsOnApiData]), ["openai"]);
        assert_eq!(counts(&rows(&c, &[])), (4, 10));
        assert_eq!(Claim::from_id("hipaa_baa"), Some(Claim::HipaaBaa));
    }
}
