//! Counted nouns, the one way the tool spells a plural: `count(1, "item")` is
//! "1 item", `count(3, "index")` is "3 indexes".

/// `noun` after `n`, in the plural unless `n` is 1.
pub(crate) fn count(n: u64, noun: &str) -> String {
    format!("{n} {}", noun_for(n, noun))
}

/// `noun` as it goes after `n` (without the number).
pub(crate) fn noun_for(n: u64, noun: &str) -> String {
    if n == 1 {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if noun.ends_with(['s', 'x']) || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(count(1, "message"), "1 message");
        assert_eq!(count(0, "message"), "0 messages");
        assert_eq!(count(2, "index"), "2 indexes");
        assert_eq!(count(2, "entry"), "2 entries");
        assert_eq!(count(2, "day"), "2 days");
        assert_eq!(count(2, "batch"), "2 batches");
        assert_eq!(noun_for(1, "time"), "time");
    }
}
