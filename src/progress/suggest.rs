/// The candidate closest to what was typed, if any is close enough to be a likely typo.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(typed, c), c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_the_nearest_id_for_a_typo() {
        let ids = ["vision-strategy", "roadmapping", "communication"];
        assert_eq!(closest("vision-stratgy", ids), Some("vision-strategy"));
        assert_eq!(closest("roadmaping", ids), Some("roadmapping"));
    }

    #[test]
    fn suggests_nothing_for_unrelated_input() {
        assert_eq!(closest("zzz", ["vision-strategy", "roadmapping"]), None);
    }
}
